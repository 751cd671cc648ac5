"""Three channels in three languages get each brief once, in their language, when the bot
process is killed with SIGKILL between two briefs and started again: the channel rows and
their deliveries are in the database before anything is sent, and the restarted bot sends
what is left (and only that)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from sqlalchemy import func, select

from bot.store.models import Channel, Delivery
from bot.store.status import ChannelStatus, DeliveryStatus
from tests.auxil.bot_harness import has_link, write_config
from tests.auxil.bot_process import kill_bot, start_bot, stop_bot
from tests.auxil.channels import (
    CHANNELS,
    WORDS,
    add_language_channels,
    brief_numbers,
    channels_toml,
    eventually,
    schedule_toml,
)
from tests.auxil.delivery import add_article, database
from tests.auxil.fake_bot_api import FakeBotAPI

# Six posts a minute: a channel's second brief waits 10 s after its first, which is when
# the bot is killed (nothing of a channel's is in flight then).
PACED = "[delivery]\ngroup_messages_per_minute = 6\nsender_lease_seconds = 1\n"


async def test_channels_get_each_brief_once_across_a_sigkill_and_restart(
    tmp_path: Path, fake_bot_api: FakeBotAPI, tiny_cache: Path
) -> None:
    add_language_channels(fake_bot_api)
    channels = channels_toml(("@triglot_en", "en"), (CHANNELS["ar"], "ar"), (CHANNELS["he"], "he"))
    config = write_config(
        tmp_path, fake_bot_api, models_cache=tiny_cache, extra=schedule_toml() + PACED + channels
    )
    db_url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    first = start_bot(config)
    try:
        async with database(db_url) as sessions:

            async def count(query) -> int:  # type: ignore[no-untyped-def]
                async with sessions() as session:
                    return int(await session.scalar(query) or 0)

            async def channels_synced() -> bool:
                active = select(func.count()).where(Channel.status == ChannelStatus.ACTIVE)
                return await count(active.select_from(Channel)) == 3

            async def sent(n: int) -> bool:
                rows = select(func.count()).where(Delivery.status == DeliveryStatus.SENT)
                return await count(rows.select_from(Delivery)) == n

            await eventually(channels_synced, "the channels of the config")
            for number in (1, 2):
                await add_article(sessions, number)
            await eventually(lambda: sent(3), "each channel's first brief")
            kill_bot(first)
            sending = select(func.count()).where(Delivery.status == DeliveryStatus.SENDING)
            assert await count(sending.select_from(Delivery)) == 0  # killed between posts
    finally:
        if first.poll() is None:
            kill_bot(first)

    second = start_bot(config)
    try:
        for chat in CHANNELS.values():
            await fake_bot_api.wait_for_messages(chat, 2, timeout=120)
        await asyncio.sleep(1)  # room for a duplicate to show up, if there were one
    finally:
        output = stop_bot(second)
    for language, chat in CHANNELS.items():
        messages = fake_bot_api.sent(chat)
        texts = [m.plain for m in messages]
        assert all(has_link(m) for m in messages)
        assert brief_numbers(texts) == ["[1]", "[2]"], output
        assert all(WORDS[language] in text for text in texts), language
