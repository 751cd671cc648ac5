"""Helpers for the channel tests: ``[[channels]]`` tables and the channels the fake knows.

api.add_channel(EN_CHANNEL, username="triglot_en")        # the bot may post there
extra = channels_toml(("@triglot_en", "en"), (AR_CHANNEL, "ar"))
"""

from __future__ import annotations

import asyncio
import re
from collections.abc import Awaitable, Callable

from tests.auxil.fake_bot_api import FakeBotAPI

#: Three channels, one per language, as Telegram numbers channels (-100…).
CHANNELS = {"en": -1001000000001, "ar": -1001000000002, "he": -1001000000003}
USERNAMES = {"en": "triglot_en", "ar": "triglot_ar", "he": "triglot_he"}
#: A sentence of each language's brief in ``tests.auxil.delivery.SUMMARIES``.
WORDS = {"en": "ceasefire", "ar": "وقف إطلاق النار", "he": "הפסקת אש"}


def channels_toml(*channels: tuple[int | str, str], extra: str = "") -> str:
    """``[[channels]]`` tables for (chat, language) pairs; ``extra`` goes into each."""
    tables = []
    for chat, language in channels:
        value = f'"{chat}"' if isinstance(chat, str) else str(chat)
        tables.append(f'[[channels]]\nchat = {value}\nlanguage = "{language}"\n{extra}')
    return "\n".join(tables)


def add_language_channels(api: FakeBotAPI) -> None:
    """The three channels of ``CHANNELS``, with the bot an administrator allowed to post."""
    for language, chat_id in CHANNELS.items():
        api.add_channel(chat_id, username=USERNAMES[language], title=f"Triglot {language}")


def schedule_toml(send_interval: float = 0.5) -> str:
    """A send job that looks at the outbox often (briefs go out soon after they are queued)."""
    return f"[schedule]\nsend_interval_seconds = {send_interval}\n"


def brief_numbers(texts: list[str]) -> list[str]:
    """Which articles briefs are of: ``tests.auxil.delivery.add_article`` tags each ``[n]``
    (bidi isolates, which Arabic and Hebrew texts put around the digits, removed)."""
    plain = [re.sub("[\u2066-\u2069]", "", text) for text in texts]
    return [re.findall(r"\[\d+\]", text)[0] for text in plain]


async def eventually(check: Callable[[], Awaitable[bool]], what: str, timeout: float = 120) -> None:
    """Wait until ``check()`` is true (a guard against hanging, not a speed requirement)."""
    for _ in range(int(timeout / 0.1)):
        if await check():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"timed out waiting for {what}")
