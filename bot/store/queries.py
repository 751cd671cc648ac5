"""The operators' queries: the figures ``/stats``, ``/feeds`` and ``/healthz`` show.

One place for them, so that a chat command, the health endpoint and a future web page
read the same numbers. Each function reads in a session the caller opens; none writes.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import and_, func, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.delivery.pause import is_paused
from bot.store.models import Article, Brief, Channel, Delivery, Feed, Subscriber
from bot.store.status import NON_STORY_STATUSES, OUTBOX_STATUSES, DeliveryStatus
from bot.store.types import utcnow


def midnight_utc(now: datetime | None = None) -> datetime:
    """Today's start in UTC (what "today" means in ``/stats`` and ``/feeds``)."""
    return datetime.combine((now or datetime.now(UTC)).date(), time(), UTC)


async def subscribers_per_language(session: AsyncSession) -> dict[str, int]:
    """Subscribed, reachable chats per reading language (channels are counted apart)."""
    rows = await session.execute(
        select(Subscriber.language, func.count())
        .where(Subscriber.subscribed.is_(True), Subscriber.active.is_(True))
        .where(
            Subscriber.chat_id.not_in(select(Channel.chat_id).where(Channel.chat_id.is_not(None)))
        )
        .group_by(Subscriber.language)
    )
    return {language: int(count) for language, count in rows.all()}


async def briefs_made_since(session: AsyncSession, since: datetime) -> tuple[int, int]:
    """(briefs made, of which for links users sent) since ``since``.

    A feed article's brief counts when it was queued to readers, a link's (never queued)
    when it was made.
    """
    made = (
        select(Brief.article_id, Article.feed_id)
        .join(Article, Brief.article_id == Article.id)
        .where(
            or_(
                Brief.published_at >= since,
                and_(Article.feed_id.is_(None), Brief.created_at >= since),
            )
        )
        .distinct()
        .subquery()
    )
    briefs, from_links = (
        await session.execute(
            select(func.count(), func.count().filter(made.c.feed_id.is_(None))).select_from(made)
        )
    ).one()
    return int(briefs or 0), int(from_links or 0)


async def enabled_feeds_by_health(session: AsyncSession) -> dict[bool, int]:
    """Enabled feeds counted by health: ``{True: healthy, False: failing}``."""
    rows = await session.execute(
        select(Feed.healthy, func.count()).where(Feed.enabled.is_(True)).group_by(Feed.healthy)
    )
    return {bool(healthy): int(count) for healthy, count in rows.all()}


async def all_feeds(session: AsyncSession) -> Sequence[Feed]:
    """Every feed, enabled or not, in the order they were added."""
    return (await session.scalars(select(Feed).order_by(Feed.id))).all()


async def feed_with_url(session: AsyncSession, url: str) -> int | None:
    """The id of the feed polled at ``url`` (enabled or not), if there is one."""
    return await session.scalar(select(Feed.id).where(Feed.url == url))


async def entries_per_feed_since(
    session: AsyncSession, since: datetime
) -> dict[int, tuple[int, int]]:
    """Per feed, the entries stored since ``since``: (kept as stories, dropped: off topic,
    the same story, not an article, failed)."""
    dropped = Article.status.in_(NON_STORY_STATUSES)
    rows = await session.execute(
        select(Article.feed_id, dropped, func.count())
        .where(Article.feed_id.is_not(None), Article.created_at >= since)
        .group_by(Article.feed_id, dropped)
    )
    counts: dict[int, tuple[int, int]] = {}
    for feed_id, is_dropped, count in rows:
        if feed_id is None:  # excluded by the query; said again for the type checker
            continue
        kept, off = counts.get(feed_id, (0, 0))
        counts[feed_id] = (kept, off + count) if is_dropped else (kept + count, off)
    return counts


async def outbox_depth(session: AsyncSession) -> int:
    """Deliveries still to send (pending or being sent)."""
    query = select(func.count()).select_from(Delivery).where(Delivery.status.in_(OUTBOX_STATUSES))
    return int(await session.scalar(query) or 0)


async def failing_feeds(session: AsyncSession) -> int:
    """Enabled feeds whose last poll failed."""
    query = (
        select(func.count())
        .select_from(Feed)
        .where(Feed.enabled.is_(True), Feed.consecutive_failures > 0)
    )
    return int(await session.scalar(query) or 0)


@dataclass
class DeliveryStats:
    """Delivery figures for operators: backlog, send rate, failures."""

    pending: int  # queued, due now or waiting for a retry
    sending: int  # handed to the Bot API, answer not yet recorded
    waiting_for_digest: int
    sent_last_minute: int
    sent_last_hour: int
    failed_last_day: int
    deactivated_subscribers: int
    paused: bool
    oldest_pending: datetime | None
    top_errors: list[tuple[str, int]] = field(default_factory=list)  # last day, commonest

    @property
    def backlog(self) -> int:
        return self.pending + self.sending

    @property
    def send_rate_per_second(self) -> float:
        """Messages per second over the last minute."""
        return self.sent_last_minute / 60.0


async def delivery_stats(session: AsyncSession, now: datetime | None = None) -> DeliveryStats:
    now = now or utcnow()
    waiting = (DeliveryStatus.PENDING, DeliveryStatus.SENDING, DeliveryStatus.DIGEST)
    counts = dict(
        (
            await session.execute(
                select(Delivery.status, func.count())
                .where(Delivery.status.in_(waiting))
                .group_by(Delivery.status)
            )
        ).all()
    )

    async def sent_since(delta: timedelta) -> int:
        query = select(func.count()).where(
            Delivery.status == DeliveryStatus.SENT, Delivery.sent_at >= now - delta
        )
        return int(await session.scalar(query) or 0)

    day_ago = now - timedelta(days=1)
    failed = (
        select(Delivery.last_error, func.count().label("n"))
        .where(Delivery.status == DeliveryStatus.FAILED, Delivery.created_at >= day_ago)
        .group_by(Delivery.last_error)
        .order_by(func.count().desc())
    )
    errors = [(str(error), int(n)) for error, n in (await session.execute(failed)).all()]
    return DeliveryStats(
        pending=int(counts.get(DeliveryStatus.PENDING, 0)),
        sending=int(counts.get(DeliveryStatus.SENDING, 0)),
        waiting_for_digest=int(counts.get(DeliveryStatus.DIGEST, 0)),
        sent_last_minute=await sent_since(timedelta(minutes=1)),
        sent_last_hour=await sent_since(timedelta(hours=1)),
        failed_last_day=sum(n for _, n in errors),
        deactivated_subscribers=int(
            await session.scalar(select(func.count()).where(Subscriber.active.is_(False))) or 0
        ),
        paused=await is_paused(session),
        oldest_pending=await session.scalar(
            select(func.min(Delivery.created_at)).where(Delivery.status == DeliveryStatus.PENDING)
        ),
        top_errors=errors[:3],
    )
