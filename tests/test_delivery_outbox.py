"""Publishing a brief writes one delivery row per subscriber, in one transaction."""

from __future__ import annotations

import pytest
from sqlalchemy import select, update

from bot.delivery.outbox import publish_article
from bot.store.models import Brief, Delivery, Subscriber
from bot.store.queries import delivery_stats
from tests.auxil.delivery import add_article, add_subscribers, status_counts


async def rows(sessions) -> list[tuple[int, str, str]]:
    """(chat, brief language, status) of every delivery row."""
    async with sessions() as session:
        result = await session.execute(
            select(Delivery.chat_id, Brief.language, Delivery.status)
            .join(Brief, Brief.id == Delivery.brief_id)
            .order_by(Delivery.chat_id)
        )
        return [tuple(row) for row in result.all()]


async def test_each_active_subscriber_gets_one_row_in_their_language_and_mode(sessions):
    await add_subscribers(sessions, [1, 2, 3])  # en, ar, he
    await add_subscribers(sessions, [4], languages=["he"], mode="digest")
    await add_subscribers(sessions, [5], subscribed=False)
    await add_subscribers(sessions, [6], active=False)
    await add_article(sessions)
    assert await rows(sessions) == [
        (1, "en", "pending"),
        (2, "ar", "pending"),
        (3, "he", "pending"),
        (4, "he", "digest"),
    ]


async def test_a_language_without_a_brief_falls_back_to_english(sessions):
    await add_subscribers(sessions, [1, 2, 3])
    await add_article(sessions, languages=["en", "he"])
    assert await rows(sessions) == [
        (1, "en", "pending"),
        (2, "en", "pending"),
        (3, "he", "pending"),
    ]


async def test_publishing_twice_queues_nothing_twice(sessions):
    await add_subscribers(sessions, range(1, 11))
    article = await add_article(sessions)
    async with sessions() as session, session.begin():
        assert await publish_article(session, article) == 0
    assert await status_counts(sessions) == {"pending": 10}


async def test_rows_are_written_with_the_brief_or_not_at_all(sessions):
    await add_subscribers(sessions, range(1, 6))
    article = await add_article(sessions, publish=False)
    with pytest.raises(RuntimeError):
        async with sessions() as session, session.begin():
            assert await publish_article(session, article) == 5
            raise RuntimeError("the process dies before the commit")
    assert await status_counts(sessions) == {}


async def test_stats_show_backlog_and_failures(sessions):
    await add_subscribers(sessions, range(1, 6))
    await add_article(sessions)
    async with sessions() as session, session.begin():
        await session.execute(
            update(Delivery)
            .where(Delivery.chat_id == 1)
            .values(status="failed", last_error="400: Bad Request: message is too long")
        )
        await session.execute(
            update(Subscriber).where(Subscriber.chat_id == 2).values(active=False)
        )
    async with sessions() as session:
        stats = await delivery_stats(session)
    assert (stats.pending, stats.sending, stats.backlog) == (4, 0, 4)
    assert stats.failed_last_day == 1
    assert stats.top_errors == [("400: Bad Request: message is too long", 1)]
    assert stats.deactivated_subscribers == 1
    assert stats.paused is False
    assert stats.oldest_pending is not None
