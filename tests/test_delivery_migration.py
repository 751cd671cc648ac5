"""A group that became a supergroup: the sender follows Telegram's "group chat was upgraded
to a supergroup chat" to the new id, and the subscription moves there with its queue."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.delivery.migration import follow_migration
from bot.delivery.sender import Sender
from bot.delivery.transport import HttpxTransport
from bot.store.models import Delivery, Subscriber
from tests.auxil.delivery import (
    SUMMARIES,
    TOKEN,
    add_article,
    add_subscribers,
    fast_settings,
    messages_per_chat,
    ptb_sender,
)
from tests.auxil.fake_bot_api import FakeBotAPI

GROUP, SUPERGROUP, READER = -4001, -1000000004001, 4002


@asynccontextmanager
async def httpx_sender(
    sessions: async_sessionmaker[AsyncSession], base_url: str
) -> AsyncIterator[Sender]:
    transport = HttpxTransport(base_url, TOKEN, connections=4)
    try:
        yield Sender(fast_settings(), sessions, transport)
    finally:
        await transport.close()


def _sender(transport: str, sessions: async_sessionmaker[AsyncSession], api: FakeBotAPI):  # type: ignore[no-untyped-def]
    if transport == "ptb":
        return ptb_sender(sessions, api.base_url, fast_settings())
    return httpx_sender(sessions, api.base_url)


async def _rows(sessions: async_sessionmaker[AsyncSession]) -> list[tuple[str, int, int]]:
    async with sessions() as session:
        rows = await session.execute(
            select(Delivery.status, Delivery.chat_id, Delivery.subscriber_id).order_by(Delivery.id)
        )
        return [tuple(row) for row in rows.all()]  # type: ignore[misc]


@pytest.mark.parametrize("transport", ["ptb", "httpx"])
async def test_briefs_queued_for_a_migrated_group_arrive_once_at_its_new_id(
    sessions: async_sessionmaker[AsyncSession], fake_bot_api: FakeBotAPI, transport: str
) -> None:
    await add_subscribers(sessions, [GROUP, READER], languages=["ar", "en"])
    fake_bot_api.migrate_chat(GROUP, SUPERGROUP)
    await add_article(sessions, 1)
    await add_article(sessions, 2)  # queued for the old id too
    async with _sender(transport, sessions, fake_bot_api) as sender:
        await sender.run(0.01, until_empty=True)
        await add_article(sessions, 3)  # published after the move
        await sender.run(0.01, until_empty=True)

    received = messages_per_chat(fake_bot_api)
    assert (received[SUPERGROUP], received[READER], received[GROUP]) == (3, 3, 0)
    assert all(SUMMARIES["ar"] in m.plain for m in fake_bot_api.sent(SUPERGROUP))
    # Only the first brief met the old id; the queue had already moved for the second.
    refused = [c for c in fake_bot_api.rejected() if c.params.get("chat_id") == GROUP]
    assert len(refused) == 1
    async with sessions() as session:
        group = await session.scalar(select(Subscriber).where(Subscriber.chat_id == SUPERGROUP))
    assert group is not None
    assert (group.chat_type, group.language, group.subscribed, group.active) == (
        "supergroup",
        "ar",
        True,
        True,
    )
    mine = [(status, chat) for status, chat, who in await _rows(sessions) if who == group.id]
    assert mine == [("sent", SUPERGROUP)] * 3


async def test_a_migration_noticed_twice_changes_nothing_the_second_time(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    await add_subscribers(sessions, [GROUP])
    await add_article(sessions, 1)
    async with sessions() as session, session.begin():
        assert await follow_migration(session, GROUP, SUPERGROUP)
    async with sessions() as session, session.begin():
        assert not await follow_migration(session, GROUP, SUPERGROUP)
    async with sessions() as session:
        chats = (await session.scalars(select(Subscriber.chat_id))).all()
    assert chats == [SUPERGROUP]
    assert [(status, chat) for status, chat, _ in await _rows(sessions)] == [
        ("pending", SUPERGROUP)
    ]


async def test_a_supergroup_that_already_has_a_row_takes_over_the_subscription(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    # The group subscribed in Arabic with two briefs queued; someone sent /start in the
    # supergroup before the migration was noticed, which made an unsubscribed row.
    [old_id, new_id] = await add_subscribers(sessions, [GROUP, SUPERGROUP], languages=["ar"])
    async with sessions() as session, session.begin():
        fresh = await session.scalar(select(Subscriber).where(Subscriber.chat_id == new_id))
        assert fresh is not None
        fresh.subscribed, fresh.language = False, "he"
    await add_article(sessions, 1)
    await add_article(sessions, 2)
    async with sessions() as session, session.begin():
        assert await follow_migration(session, old_id, new_id)
    async with sessions() as session:
        rows = {s.chat_id: s for s in (await session.scalars(select(Subscriber))).all()}
    old, new = rows[GROUP], rows[SUPERGROUP]
    assert (new.subscribed, new.active, new.language) == (True, True, "ar")
    assert (old.subscribed, old.active) == (False, False)
    assert old.deactivated_reason == f"migrated to supergroup {SUPERGROUP}"
    assert await _rows(sessions) == [("pending", SUPERGROUP, new.id)] * 2
