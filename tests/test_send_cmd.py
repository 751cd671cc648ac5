"""``triglot send``: the sender run apart from the bot, as an operator runs it."""

from __future__ import annotations

import asyncio
import json
import os
from pathlib import Path

from tests.auxil.cli import TRIGLOT
from tests.auxil.delivery import SUMMARIES, TOKEN, add_article, add_subscribers, database
from tests.auxil.fake_bot_api import FakeBotAPI


async def triglot_send(config: Path, *args: str, token: str = TOKEN) -> tuple[int, str, str]:
    """Run ``triglot send --config CONFIG ARGS`` without blocking the fake API's loop."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIGLOT_")}
    if token:
        env["TRIGLOT_TELEGRAM_TOKEN"] = token
    process = await asyncio.create_subprocess_exec(
        TRIGLOT,
        "send",
        "--config",
        str(config),
        *args,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(process.communicate(), 120)
    assert process.returncode is not None
    return process.returncode, out.decode(), err.decode()


def write_config(tmp_path: Path, api_url: str, database_url: str) -> Path:
    config = tmp_path / "triglot.toml"
    config.write_text(
        f'[telegram]\napi_base_url = "{api_url}"\n'
        f'[database]\nurl = "{database_url}"\n'
        "[delivery]\nmessages_per_second = 300\nper_chat_interval_seconds = 0.05\n"
        '[logging]\nlevel = "WARNING"\n',
        encoding="utf-8",
    )
    return config


async def test_send_until_empty_delivers_the_queue_once_and_prints_counters(
    tmp_path: Path, fake_bot_api: FakeBotAPI
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'triglot.db'}"
    async with database(url) as sessions:
        await add_subscribers(sessions, [1, 2, 3], languages=["en", "ar", "he"])
        await add_article(sessions)
    config = write_config(tmp_path, fake_bot_api.base_url, url)

    code, out, err = await triglot_send(config, "--until-empty", "--transport", "httpx")
    assert code == 0, err
    counters = json.loads(out.strip().splitlines()[-1])
    assert counters["sent"] == 3 and counters["failed"] == 0
    for chat, language in ((1, "en"), (2, "ar"), (3, "he")):
        (message,) = fake_bot_api.sent(chat)
        assert SUMMARIES[language] in message.plain

    code, out, err = await triglot_send(config, "--until-empty")  # ptb; nothing left
    assert code == 0, err
    assert json.loads(out.strip().splitlines()[-1])["sent"] == 0
    assert all(len(fake_bot_api.sent(chat)) == 1 for chat in (1, 2, 3))


async def test_send_without_a_token_says_what_to_set(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'triglot.db'}"
    config = write_config(tmp_path, "http://127.0.0.1:9", url)
    code, out, err = await triglot_send(config, "--until-empty", token="")
    assert code == 1 and out == ""
    assert "the bot token is missing: set TRIGLOT_TELEGRAM_TOKEN" in err
