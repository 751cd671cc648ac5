"""The dashboard's figures: time series bucketed in the database, for the charts.

Each series counts rows per bucket of a window ending now (the last 24 hours or 7 days);
the bucket index is computed by the database from the row's timestamp, so a week of
deliveries is a few grouped rows, not a week of rows in Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.sql.elements import ColumnElement

from bot.review.actions import count_pending
from bot.store import queries
from bot.store.models import Article, Brief, Delivery, Feed
from bot.store.status import ArticleStatus, BriefStatus, DeliveryStatus
from bot.store.types import utcnow

#: The outcomes the dashboard counts, in the order they are drawn. "failed": an article
#: the summarizer found nothing sendable in (no brief row at all).
OUTCOMES = ("passed", "repaired", "fallback", "withheld", "failed")
_OUTCOME_OF_STATUS: dict[str, str] = {
    BriefStatus.OK: "passed",
    BriefStatus.UNCHECKED: "passed",
    BriefStatus.REPAIRED: "repaired",
    BriefStatus.FALLBACK: "fallback",
    BriefStatus.WITHHELD: "withheld",
}


def outcome_of(status: str) -> str:
    """The dashboard's name for a ``briefs.status``."""
    return _OUTCOME_OF_STATUS.get(status, status)  # StrEnum members hash as their words


@dataclass(frozen=True)
class Window:
    """A span ending now, cut into equal buckets."""

    name: str  # "24h" | "7d"
    hours: int
    bucket_minutes: int  # deliveries and queue
    brief_bucket_minutes: int  # briefs

    def start(self, now: datetime) -> datetime:
        return now - timedelta(hours=self.hours)


WINDOWS = {
    "24h": Window("24h", 24, bucket_minutes=15, brief_bucket_minutes=60),
    "7d": Window("7d", 24 * 7, bucket_minutes=60, brief_bucket_minutes=360),
}


@dataclass
class Series:
    """Counts per bucket for named lines, and the buckets' start times."""

    starts: list[datetime]
    lines: dict[str, list[float]] = field(default_factory=dict)

    def line(self, name: str) -> list[float]:
        return self.lines.setdefault(name, [0.0] * len(self.starts))


@dataclass
class Dashboard:
    """Everything the dashboard draws for one window."""

    window: Window
    briefs_by_outcome: Series
    briefs_by_language: Series
    deliveries: Series  # per minute: sent, failed
    queue: Series  # deliveries waiting at each bucket's end
    feeds: list[tuple[Feed, int, int]]  # feed, entries kept, entries dropped
    delivery: queries.DeliveryStats
    waiting_for_review: int = 0  # pending briefs, held also after review was switched off


def _epoch(session: AsyncSession, column: Any) -> ColumnElement[Any]:
    """Seconds since 1970 of a UTC timestamp column, in this session's SQL dialect."""
    if session.get_bind().dialect.name == "sqlite":
        return cast(func.strftime("%s", column), Integer)
    return cast(func.extract("epoch", column), Integer)


def _bucket(session: AsyncSession, column: Any, start: datetime, minutes: int) -> Any:
    return ((_epoch(session, column) - int(start.timestamp())) / (minutes * 60)).label("bucket")


def _starts(start: datetime, hours: int, minutes: int) -> list[datetime]:
    return [start + timedelta(minutes=minutes * i) for i in range(hours * 60 // minutes)]


async def _counts(
    session: AsyncSession,
    column: Any,
    key: Any,
    start: datetime,
    minutes: int,
    *where: Any,
) -> list[tuple[int, Any, int]]:
    """(bucket, key, count) of rows whose ``column`` falls in the window."""
    bucket = _bucket(session, column, start, minutes)
    rows = await session.execute(
        select(bucket, key, func.count()).where(column >= start, *where).group_by(bucket, key)
    )
    return [(int(b), k, int(n)) for b, k, n in rows.all()]


async def brief_series(
    session: AsyncSession, window: Window, now: datetime
) -> tuple[Series, Series]:
    """Briefs per bucket by outcome, and by language (failed articles count once)."""
    start, minutes = window.start(now), window.brief_bucket_minutes
    by_outcome = Series(_starts(start, window.hours, minutes))
    by_language = Series(list(by_outcome.starts))
    for name in OUTCOMES:
        by_outcome.line(name)
    size = len(by_outcome.starts)
    rows = await _counts(
        session, Brief.created_at, Brief.language + ":" + Brief.status, start, minutes
    )
    for bucket, key, count in rows:
        if 0 <= bucket < size:
            language, _, status = str(key).partition(":")
            by_outcome.line(outcome_of(status))[bucket] += count
            by_language.line(language)[bucket] += count
    failed = await _counts(
        session,
        Article.created_at,
        Article.status,
        start,
        minutes,
        Article.status == ArticleStatus.FAILED,
        Article.text.is_not(None),
    )
    for bucket, _, count in failed:
        if 0 <= bucket < size:
            by_outcome.line("failed")[bucket] += count
    return by_outcome, by_language


async def delivery_series(
    session: AsyncSession, window: Window, now: datetime
) -> tuple[Series, Series]:
    """Deliveries per minute (sent, failed) per bucket, and the queue at each bucket's end.

    The queue is rebuilt from the rows: the ones waiting at the window's start, plus those
    queued since, less those sent (when sent) and those failed or cancelled (when queued:
    the moment they gave up is not stored).
    """
    start, minutes = window.start(now), window.bucket_minutes
    rates = Series(_starts(start, window.hours, minutes))
    queue = Series(list(rates.starts))
    size = len(rates.starts)
    sent, failed, waiting = rates.line("sent"), rates.line("failed"), queue.line("waiting")
    change = [0] * size
    for bucket, _, count in await _counts(
        session, Delivery.sent_at, Delivery.status, start, minutes
    ):
        if 0 <= bucket < size:
            sent[bucket] += count / minutes
            change[bucket] -= count
    gone = (DeliveryStatus.FAILED, DeliveryStatus.CANCELLED)
    for bucket, status, count in await _counts(
        session, Delivery.created_at, Delivery.status, start, minutes
    ):
        if 0 <= bucket < size:
            change[bucket] += count
            if status in gone:
                change[bucket] -= count
            if status == DeliveryStatus.FAILED:
                failed[bucket] += count / minutes
    before = await session.scalar(
        select(func.count())
        .select_from(Delivery)
        .where(
            Delivery.created_at < start,
            Delivery.status.not_in(gone),
            (Delivery.sent_at.is_(None)) | (Delivery.sent_at >= start),
        )
    )
    level = int(before or 0)
    for index, delta in enumerate(change):
        level += delta
        waiting[index] = max(level, 0)
    return rates, queue


async def dashboard(
    session: AsyncSession, window: Window, now: datetime | None = None
) -> Dashboard:
    now = now or utcnow()
    by_outcome, by_language = await brief_series(session, window, now)
    rates, queue = await delivery_series(session, window, now)
    entries = await queries.entries_per_feed_since(session, window.start(now))
    feeds = [(feed, *entries.get(feed.id, (0, 0))) for feed in await queries.all_feeds(session)]
    return Dashboard(
        window=window,
        briefs_by_outcome=by_outcome,
        briefs_by_language=by_language,
        deliveries=rates,
        queue=queue,
        feeds=feeds,
        delivery=await queries.delivery_stats(session, now),
        waiting_for_review=await count_pending(session),
    )
