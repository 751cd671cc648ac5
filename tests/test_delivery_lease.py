"""Only one sender works on a database: a second one waits for the first one's lease, and
rows a live sender has in flight are never taken for crash leftovers."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update

from bot.delivery.lease import take_lease
from bot.store.models import Delivery
from bot.store.types import utcnow
from tests.auxil.delivery import (
    add_article,
    add_subscribers,
    fast_settings,
    messages_per_chat,
    ptb_sender,
    status_counts,
)


async def test_a_second_sender_waits_until_the_first_one_stops(sessions, fake_bot_api):
    chats = await add_subscribers(sessions, range(1, 6))
    settings = fast_settings()
    async with (
        ptb_sender(sessions, fake_bot_api.base_url, settings) as first,
        ptb_sender(sessions, fake_bot_api.base_url, settings) as second,
    ):
        assert await first.drain() == 0  # nothing to send, but it now holds the lease
        await add_article(sessions, 1)
        assert await second.drain() == 0
        assert fake_bot_api.sent() == []
        assert await first.drain() == 5

        first.request_stop()
        await first.drain()  # a clean stop gives the lease up
        await add_article(sessions, 2)
        assert await second.drain() == 5
    assert messages_per_chat(fake_bot_api) == {chat: 2 for chat in chats}


async def test_rows_in_flight_under_a_live_lease_are_not_recovered(sessions, fake_bot_api):
    await add_subscribers(sessions, range(1, 4))
    await add_article(sessions)
    async with sessions() as session, session.begin():
        await session.execute(update(Delivery).values(status="sending"))
    assert await take_lease(sessions, "another-host:1", 60)
    async with ptb_sender(sessions, fake_bot_api.base_url, fast_settings()) as sender:
        assert await sender.drain() == 0
        assert await status_counts(sessions) == {"sending": 3}

        # The other sender died long ago: its lease ran out, its rows are leftovers.
        assert await take_lease(sessions, "another-host:1", 1, now=utcnow() - timedelta(hours=1))
        await sender.drain()
    assert sender.counters.recovered == 3
    assert await status_counts(sessions) == {"sent": 3}
