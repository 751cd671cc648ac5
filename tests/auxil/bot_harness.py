"""Run the real bot (``bot.app``) against the fake Bot API server, in the test's loop.

    config_path = write_config(tmp_path, api, admin_ids=[1])
    async with running_bot(api, config_path) as bot:
        [reply] = await bot.say(100, "/start")

``say`` injects a user's message and waits for the bot's next replies in that chat;
``press`` does the same for an inline button. The token comes from the environment, as in
production (``TRIGLOT_TELEGRAM_TOKEN``), so ``/reload`` sees it too.
"""

from __future__ import annotations

import asyncio
import contextlib
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from bot.app import build_application, run_bot
from bot.config_loader import TOKEN_ENV, load_config
from bot.runtime import Runtime, runtime_of_app
from tests.auxil.fake_bot_api import FakeBotAPI, SentMessage

TEST_TOKEN = "123456:TEST-token-for-the-fake-bot-api"
REPLY_TIMEOUT = 300.0  # a guard against hanging, never a speed requirement: tiny-model
# link briefs took 70-130 s on a shared two-core machine under a load average of 7 to 11
# The bot's own deadline for a link brief in tests: past the product's 120 s, which a starved
# CI machine reached (the bot then answered "the site took too long" instead of the brief),
# and short of REPLY_TIMEOUT, so a test that does hang still fails with the bot's answer.
TEST_LINK_TIMEOUT = 240


def write_config(
    tmp_path: Path,
    api: FakeBotAPI,
    *,
    admin_ids: list[int] | None = None,
    models_cache: Path | None = None,
    telegram: str = "",
    extra: str = "",
) -> Path:
    """A config file for the bot under test: fake Bot API, SQLite in tmp_path, tiny models."""
    cache = models_cache or tmp_path / "models"
    path = tmp_path / "triglot.toml"
    path.write_text(
        f"""
[telegram]
api_base_url = "{api.base_url}"
admin_ids = {list(admin_ids or [])}
poll_timeout_seconds = 1
{telegram}

[database]
url = "sqlite+aiosqlite:///{tmp_path / "bot.db"}"

[models]
preset = "tiny"
backend = "transformers"
cache_dir = "{cache}"

{extra}
""",
        encoding="utf-8",
    )
    return path


def private_config(
    tmp_path: Path, api: FakeBotAPI, cache: Path, telegram: str = "", fetch: str = ""
) -> Path:
    """A config whose links may reach the test's servers on 127.0.0.1."""
    if "link_timeout_seconds" not in telegram:
        telegram += f"\nlink_timeout_seconds = {TEST_LINK_TIMEOUT}"
    return write_config(
        tmp_path,
        api,
        models_cache=cache,
        telegram=telegram,
        extra=f"[fetch]\nallow_private_networks = true\n{fetch}",
    )


def has_link(message: SentMessage) -> bool:
    """A brief's last message: it links the original article."""
    return "<a href=" in message.text


@pytest.fixture
def bot_token(monkeypatch: pytest.MonkeyPatch) -> str:
    """The bot token, set in the environment as production sets it."""
    monkeypatch.setenv(TOKEN_ENV, TEST_TOKEN)
    return TEST_TOKEN


@dataclass
class RunningBot:
    api: FakeBotAPI
    application: Any
    config_path: Path

    @property
    def runtime(self) -> Runtime:
        return runtime_of_app(self.application)

    async def replies(
        self,
        chat_id: int,
        before: int,
        expect: int = 1,
        until: Callable[[SentMessage], bool] | None = None,
    ) -> list[SentMessage]:
        """The messages after the first ``before`` in ``chat_id``, once ``expect`` arrived
        (or, with ``until``, once one of them satisfies it)."""
        deadline = time.monotonic() + REPLY_TIMEOUT
        while time.monotonic() < deadline:
            new = self.api.sent(chat_id)[before:]
            if any(until(m) for m in new) if until else len(new) >= expect:
                return new
            await asyncio.sleep(0.01)
        raise AssertionError(f"no expected reply in chat {chat_id}; got {new}")

    async def say(
        self,
        chat_id: int,
        text: str,
        expect: int = 1,
        until: Callable[[SentMessage], bool] | None = None,
        **kwargs: Any,
    ) -> list[SentMessage]:
        """Send ``text`` as a user in ``chat_id``; return the bot's replies (see replies)."""
        before = len(self.api.sent(chat_id))
        self.api.send_user_message(chat_id, text, **kwargs)
        return await self.replies(chat_id, before, expect, until)

    async def press(
        self, chat_id: int, message: SentMessage, data: str, expect: int = 1, **kwargs: Any
    ) -> list[SentMessage]:
        """Press the inline button with ``data`` under ``message``."""
        buttons = [
            b["callback_data"]
            for row in (message.reply_markup or {}).get("inline_keyboard", [])
            for b in row
        ]
        assert data in buttons, f"no button {data!r} in {buttons}"
        before = len(self.api.sent(chat_id))
        self.api.press_button(chat_id, message.message_id, data, **kwargs)
        return await self.replies(chat_id, before, expect)


@contextlib.asynccontextmanager
async def running_bot(
    api: FakeBotAPI, config_path: Path, **build: Any
) -> AsyncIterator[RunningBot]:
    """Build the bot from ``config_path`` and run it until the block ends.

    Needs the token in the environment: use the ``bot_token`` fixture.
    """
    config = load_config(config_path)
    application = build_application(config, config_path=config_path, **build)
    stop = asyncio.Event()
    task = asyncio.create_task(run_bot(application, stop))
    runtime = runtime_of_app(application)
    while runtime.session_factory is None or not application.running:  # started?
        if task.done():
            task.result()  # raises what stopped it
        await asyncio.sleep(0.01)
    try:
        yield RunningBot(api, application, config_path)
    finally:
        stop.set()
        await asyncio.wait_for(task, REPLY_TIMEOUT)
