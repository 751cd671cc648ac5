"""Webhook mode: only requests carrying the secret registered with setWebhook are served.

An update forged by someone who found the webhook URL, claiming an operator's id, must
be refused (403, logged without any secret) and never answered; Telegram's own requests,
which carry the secret, are.
"""

from __future__ import annotations

import logging
import time
from pathlib import Path

import httpx
import pytest

from tests.auxil.bot_harness import running_bot, write_config
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.http_servers import free_port

OPERATOR = 7
FORGER = 666
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def forged_stats_update() -> dict[str, object]:
    """``/stats`` in the forger's chat, claiming to come from the operator."""
    return {
        "update_id": 10_000,
        "message": {
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": FORGER, "type": "private", "first_name": "Mallory"},
            "from": {"id": OPERATOR, "is_bot": False, "first_name": "Operator"},
            "text": "/stats",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }


@pytest.mark.parametrize("configured", [None, "s3cret-From_the-config"])
async def test_forged_updates_are_refused_and_telegrams_are_served(
    configured: str | None,
    tmp_path: Path,
    fake_bot_api: FakeBotAPI,
    bot_token: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    port = free_port()
    hook = f"http://127.0.0.1:{port}/tg/hook"
    telegram = f'mode = "webhook"\nwebhook_url = "{hook}"\nwebhook_listen = "127.0.0.1:{port}"'
    if configured:
        telegram += f'\nwebhook_secret_token = "{configured}"'
    config = write_config(tmp_path, fake_bot_api, admin_ids=[OPERATOR], telegram=telegram)
    caplog.set_level(logging.INFO)
    async with running_bot(fake_bot_api, config) as bot:
        [set_webhook] = fake_bot_api.calls("setWebhook")
        secret = set_webhook.params.get("secret_token")
        async with httpx.AsyncClient(timeout=10) as client:
            without = await client.post(hook, json=forged_stats_update())
            wrong = await client.post(
                hook, json=forged_stats_update(), headers={SECRET_HEADER: "guessed"}
            )
        [stats] = await bot.say(OPERATOR, "/stats")  # Telegram's request: with the secret
    assert secret == configured if configured else len(secret or "") >= 32
    assert (without.status_code, wrong.status_code) == (403, 403)
    assert fake_bot_api.sent(FORGER) == []
    assert "Statistics" in stats.plain
    refusals = [r for r in caplog.records if "refused (403)" in r.getMessage()]
    assert [r.levelname for r in refusals] == ["WARNING", "WARNING"]
    assert "127.0.0.1" in refusals[0].getMessage()
    assert secret not in caplog.text and "guessed" not in caplog.text
