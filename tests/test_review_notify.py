"""Offering pending briefs to the operators (``bot.review.notify.announce_pending``) through
a fake Bot API: a failure that may pass (Telegram asks to wait, a server error) does not
lose a brief's buttons for an operator, and the retry reaches only those still missing it;
an operator who blocked the bot is not retried for ever."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot

from bot.review.notify import announce_pending
from bot.store.models import Brief
from bot.store.status import ReviewStatus
from summarizer.guard import Guard
from tests.auxil.console import seed_article
from tests.auxil.delivery import TOKEN
from tests.auxil.fake_bot_api import FakeBotAPI

FIRST, SECOND = 7, 8


@pytest.fixture
async def bot(fake_bot_api: FakeBotAPI) -> AsyncIterator[Bot]:
    async with Bot(TOKEN, base_url=fake_bot_api.base_url) as bot:
        yield bot


async def pending_ids(sessions: async_sessionmaker[AsyncSession]) -> set[int]:
    async with sessions() as session:
        query = select(Brief.id).where(Brief.review_status == ReviewStatus.PENDING)
        return set((await session.scalars(query)).all())


def offered(api: FakeBotAPI, chat: int) -> list[int]:
    """The brief ids whose Approve button ``chat`` was sent, in order."""
    return [
        int(button["callback_data"].rpartition(":")[2])
        for message in api.sent(chat)
        for row in (message.reply_markup or {}).get("inline_keyboard", [])
        for button in row
        if button["callback_data"].startswith("review:approve:")
    ]


async def test_an_operator_telegram_asks_to_wait_for_gets_every_brief_next_cycle_once(
    sessions: async_sessionmaker[AsyncSession], fake_bot_api: FakeBotAPI, bot: Bot, guard: Guard
) -> None:
    await seed_article(sessions, guard, review=True)
    briefs = await pending_ids(sessions)
    assert len(briefs) >= 2
    reached: dict[int, set[int]] = {}
    fake_bot_api.flood(retry_after=1, chat_ids=[SECOND], times=1)

    assert await announce_pending(bot, sessions, [FIRST, SECOND], reached) == 0
    assert offered(fake_bot_api, SECOND) == []
    assert len(offered(fake_bot_api, FIRST)) == 1  # the rest waits, as Telegram asked

    await announce_pending(bot, sessions, [FIRST, SECOND], reached)
    await announce_pending(bot, sessions, [FIRST, SECOND], reached)  # nothing left to send
    assert sorted(offered(fake_bot_api, FIRST)) == sorted(briefs)  # once each
    assert sorted(offered(fake_bot_api, SECOND)) == sorted(briefs)
    assert reached == {}


async def test_a_server_error_for_one_operator_is_retried_for_that_operator_only(
    sessions: async_sessionmaker[AsyncSession], fake_bot_api: FakeBotAPI, bot: Bot, guard: Guard
) -> None:
    await seed_article(sessions, guard, review=True)
    briefs = await pending_ids(sessions)
    reached: dict[int, set[int]] = {}
    fake_bot_api.fail_method("sendMessage", 502, "Bad Gateway", times=1)

    await announce_pending(bot, sessions, [FIRST, SECOND], reached)
    assert len(offered(fake_bot_api, FIRST)) == len(briefs) - 1
    await announce_pending(bot, sessions, [FIRST, SECOND], reached)
    assert sorted(offered(fake_bot_api, FIRST)) == sorted(briefs)
    assert sorted(offered(fake_bot_api, SECOND)) == sorted(briefs)


async def test_an_operator_who_blocked_the_bot_does_not_hold_the_others_back(
    sessions: async_sessionmaker[AsyncSession], fake_bot_api: FakeBotAPI, bot: Bot, guard: Guard
) -> None:
    await seed_article(sessions, guard, review=True)
    briefs = await pending_ids(sessions)
    fake_bot_api.block_chats([FIRST])

    assert await announce_pending(bot, sessions, [FIRST, SECOND], {}) == len(briefs)
    assert await announce_pending(bot, sessions, [FIRST, SECOND], {}) == 0  # not retried
    assert sorted(offered(fake_bot_api, SECOND)) == sorted(briefs)
    blocked = [c for c in fake_bot_api.calls("sendMessage") if c.params.get("chat_id") == FIRST]
    assert len(blocked) <= len(briefs)
