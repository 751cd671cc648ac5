"""Delivery figures for operators (/stats): backlog, send rate, failures."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.delivery.pause import is_paused
from bot.store.models import Delivery, Subscriber
from bot.store.types import utcnow


@dataclass
class DeliveryStats:
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
    counts = dict(
        (
            await session.execute(
                select(Delivery.status, func.count())
                .where(Delivery.status.in_(("pending", "sending", "digest")))
                .group_by(Delivery.status)
            )
        ).all()
    )

    async def sent_since(delta: timedelta) -> int:
        query = select(func.count()).where(
            Delivery.status == "sent", Delivery.sent_at >= now - delta
        )
        return int(await session.scalar(query) or 0)

    day_ago = now - timedelta(days=1)
    failed = (
        select(Delivery.last_error, func.count().label("n"))
        .where(Delivery.status == "failed", Delivery.created_at >= day_ago)
        .group_by(Delivery.last_error)
        .order_by(func.count().desc())
    )
    errors = [(str(error), int(n)) for error, n in (await session.execute(failed)).all()]
    return DeliveryStats(
        pending=int(counts.get("pending", 0)),
        sending=int(counts.get("sending", 0)),
        waiting_for_digest=int(counts.get("digest", 0)),
        sent_last_minute=await sent_since(timedelta(minutes=1)),
        sent_last_hour=await sent_since(timedelta(hours=1)),
        failed_last_day=sum(n for _, n in errors),
        deactivated_subscribers=int(
            await session.scalar(select(func.count()).where(Subscriber.active.is_(False))) or 0
        ),
        paused=await is_paused(session),
        oldest_pending=await session.scalar(
            select(func.min(Delivery.created_at)).where(Delivery.status == "pending")
        ),
        top_errors=errors[:3],
    )
