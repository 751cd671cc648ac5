"""The dashboard's series, bucketed by the database (SQLite, and PostgreSQL when given)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.console import charts
from bot.console.stats import WINDOWS, dashboard
from bot.store.models import Article, Brief, Delivery, Feed, Subscriber
from bot.store.status import ArticleStatus, BriefStatus, DeliveryStatus

NOW = datetime(2026, 11, 20, 12, 0, tzinfo=UTC)


def ago(**delta: float) -> datetime:
    return NOW - timedelta(**delta)


async def _store_a_day(sessions: async_sessionmaker[AsyncSession]) -> None:
    async with sessions() as session, session.begin():
        feed = Feed(name="Wire", url="https://wire.example.org/rss", healthy=False)
        subscriber = Subscriber(chat_id=7, subscribed=True)
        session.add_all([feed, subscriber])
        await session.flush()

        def article(n: int, status: str, at: datetime) -> Article:
            url = f"https://wire.example.org/{n}"
            return Article(
                feed_id=feed.id,
                url=url,
                canonical_url=url,
                text="text",
                status=status,
                created_at=at,
            )

        briefed = article(1, ArticleStatus.BRIEFED, ago(hours=3))
        failed = article(2, ArticleStatus.FAILED, ago(minutes=90))
        old = article(3, ArticleStatus.BRIEFED, ago(days=2))  # outside the 24 hours
        session.add_all([briefed, failed, old])
        await session.flush()
        english = Brief(article_id=briefed.id, language="en", text="x", created_at=ago(minutes=30))
        session.add_all(
            [
                english,
                Brief(
                    article_id=briefed.id,
                    language="ar",
                    text="x",
                    status=BriefStatus.WITHHELD,
                    created_at=ago(minutes=30),
                ),
                Brief(
                    article_id=briefed.id,
                    language="he",
                    text="x",
                    status=BriefStatus.FALLBACK,
                    created_at=ago(hours=2, minutes=30),
                ),
                Brief(article_id=old.id, language="en", text="x", created_at=ago(days=2)),
            ]
        )
        await session.flush()
        for n, (status, created, sent) in enumerate(
            [
                (DeliveryStatus.SENT, ago(minutes=20), ago(minutes=10)),
                (DeliveryStatus.SENT, ago(minutes=20), ago(minutes=10)),
                (DeliveryStatus.FAILED, ago(minutes=20), None),
                (DeliveryStatus.PENDING, ago(minutes=5), None),
            ]
        ):
            reader = Subscriber(chat_id=100 + n, subscribed=True)
            session.add(reader)
            await session.flush()
            session.add(
                Delivery(
                    subscriber_id=reader.id,
                    brief_id=english.id,
                    article_id=briefed.id,
                    chat_id=reader.chat_id,
                    status=status,
                    created_at=created,
                    sent_at=sent,
                )
            )


async def test_a_day_of_briefs_and_deliveries_lands_in_its_buckets(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    await _store_a_day(sessions)
    async with sessions() as session:
        day = await dashboard(session, WINDOWS["24h"], NOW)
        week = await dashboard(session, WINDOWS["7d"], NOW)
    outcome = day.briefs_by_outcome.lines
    assert len(day.briefs_by_outcome.starts) == 24
    assert day.briefs_by_outcome.starts[-1] == ago(hours=1)
    assert (outcome["passed"][23], outcome["withheld"][23]) == (1, 1)
    assert outcome["fallback"][21] == 1 and outcome["failed"][22] == 1
    assert sum(sum(values) for values in outcome.values()) == 4  # the old brief is out
    language = day.briefs_by_language.lines
    assert (language["en"][23], language["ar"][23], language["he"][21]) == (1, 1, 1)
    # Deliveries per minute, in 15-minute buckets: two sent 10 minutes ago, one failed.
    assert day.deliveries.lines["sent"][95] == 2 / 15
    assert day.deliveries.lines["failed"][94] == 1 / 15
    # The queue: three queued 20 minutes ago (one gave up), two of them sent, one new.
    assert day.queue.lines["waiting"][93:] == [0, 2, 1]
    assert sum(sum(v) for v in week.briefs_by_outcome.lines.values()) == 5
    assert [(feed.name, kept, dropped) for feed, kept, dropped in day.feeds] == [("Wire", 1, 1)]
    assert day.delivery.pending == 1
    drawn = charts.all_charts(day)
    assert all(svg.startswith("<svg") and "<script" not in svg for svg in drawn.values())
    assert "Wire (failing)" in drawn["feeds"]
