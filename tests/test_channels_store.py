"""The config sync and the outbox with channels, on SQLite and PostgreSQL: a digest channel
gets one post at its hour, a channel Telegram refuses is paused through the sender's
usual path, and a channel taken out of the config is removed with its queue cancelled
but its history kept."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot

from bot.channels.sync import ConfigChannelSync
from bot.delivery.digest import schedule_due_digests
from bot.settings import ChannelSettings, TriglotConfig
from bot.store.models import Channel, Delivery, Subscriber
from tests.auxil.channels import CHANNELS, add_language_channels, brief_numbers
from tests.auxil.delivery import TOKEN, add_article, fast_settings, ptb_sender
from tests.auxil.fake_bot_api import FakeBotAPI

GAZA = "Asia/Gaza"  # UTC+2 in winter


@pytest.fixture
async def bot(fake_bot_api: FakeBotAPI) -> AsyncIterator[Bot]:
    add_language_channels(fake_bot_api)
    async with Bot(TOKEN, base_url=fake_bot_api.base_url) as bot:
        yield bot


def config(*channels: ChannelSettings) -> TriglotConfig:
    return TriglotConfig(channels=list(channels))


async def deliveries(sessions: async_sessionmaker[AsyncSession], chat_id: int) -> list[str]:
    async with sessions() as session:
        query = select(Delivery.status).where(Delivery.chat_id == chat_id).order_by(Delivery.id)
        return list((await session.scalars(query)).all())


async def test_a_digest_channel_gets_one_post_at_its_hour(
    sessions: async_sessionmaker[AsyncSession], fake_bot_api: FakeBotAPI, bot: Bot
) -> None:
    digest = ChannelSettings(
        chat="@triglot_ar", language="ar", mode="digest", digest_hour=7, timezone=GAZA
    )
    await ConfigChannelSync(bot, sessions).apply_config(config(digest))
    for number in (1, 2):
        await add_article(sessions, number)
    settings = fast_settings()
    async with ptb_sender(sessions, fake_bot_api.base_url, settings) as sender:
        await sender.run(0.01, until_empty=True)
        assert fake_bot_api.sent(CHANNELS["ar"]) == []  # waiting for 07:00 in Gaza
        at_seven = datetime(2030, 1, 25, 5, 1, tzinfo=UTC)
        report = await schedule_due_digests(sessions, settings, now=at_seven)
        await sender.run(0.01, until_empty=True)
    [post] = fake_bot_api.sent(CHANNELS["ar"])
    assert (report.digests, report.briefs) == (1, 2)
    assert post.plain.startswith("النشرة اليومية")  # a channel's digest is not "your"
    assert sorted(brief_numbers(post.plain.split("―――"))) == ["[1]", "[2]"]


async def test_a_refused_channel_is_paused_by_the_sender_and_kept(
    sessions: async_sessionmaker[AsyncSession], fake_bot_api: FakeBotAPI, bot: Bot
) -> None:
    sync = ConfigChannelSync(bot, sessions)
    await sync.apply_config(config(ChannelSettings(chat=CHANNELS["he"], language="he")))
    fake_bot_api.drop_chats([CHANNELS["he"]])  # 400 chat not found (the channel was deleted)
    await add_article(sessions, 1)
    async with ptb_sender(sessions, fake_bot_api.base_url, fast_settings()) as sender:
        await sender.run(0.01, until_empty=True)
    await add_article(sessions, 2)
    async with sessions() as session:
        channel = await session.scalar(select(Channel))
        subscriber = await session.scalar(select(Subscriber))
    assert channel is not None and subscriber is not None
    assert (channel.status, channel.paused_reason) == ("paused", "400: Chat not found")
    assert not subscriber.active
    assert await deliveries(sessions, CHANNELS["he"]) == ["failed"]  # none queued since

    fake_bot_api.clear_faults()  # the channel is back: a reload (or restart) resumes it
    await sync.apply_config(config(ChannelSettings(chat=CHANNELS["he"], language="he")))
    await add_article(sessions, 3)
    assert await deliveries(sessions, CHANNELS["he"]) == ["failed", "pending"]


async def test_a_channel_taken_out_of_the_config_is_removed_with_its_queue(
    sessions: async_sessionmaker[AsyncSession], bot: Bot
) -> None:
    sync = ConfigChannelSync(bot, sessions)
    en = ChannelSettings(chat="@triglot_en", language="en", mode="digest", timezone="UTC")
    await sync.apply_config(config(en))
    await add_article(sessions, 1)
    assert await deliveries(sessions, CHANNELS["en"]) == ["digest"]
    await sync.apply_config(config())
    async with sessions() as session:
        channels = (await session.scalars(select(Channel))).all()
        subscriber = await session.scalar(select(Subscriber))
    assert channels == []
    assert subscriber is not None and not subscriber.subscribed  # history kept
    assert await deliveries(sessions, CHANNELS["en"]) == ["cancelled"]
