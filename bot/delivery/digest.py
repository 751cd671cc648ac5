"""Daily digests: at a subscriber's chosen local hour, their waiting briefs become one
message (or a few, when they do not fit in one).

Briefs for digest subscribers are queued as ``digest`` rows. When the hour comes,
``schedule_due_digests`` gives the rows of each message a shared ``batch_key`` and makes
them ``pending``; the sender then claims and sends each batch as one message, with the same
crash safety as any other. ``last_digest_at`` makes the job idempotent: it can run every
minute, and a digest missed while the bot was down goes out at the next run.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.delivery.outbox import brief_context
from bot.delivery.render import brief_html, pack_digest
from bot.settings import DeliverySettings
from bot.store.db import rows_changed
from bot.store.models import Delivery, Subscriber
from bot.store.status import DeliveryStatus, SubscriberMode
from bot.store.types import utcnow

log = logging.getLogger(__name__)


@dataclass
class DigestReport:
    digests: int = 0  # subscribers whose digest was queued
    messages: int = 0
    briefs: int = 0
    dropped: int = 0  # over digest_max_briefs: the oldest are cancelled
    released: int = 0  # rows of subscribers who went back to instant delivery


def last_digest_slot(now: datetime, hour: int, timezone: str) -> datetime:
    """The most recent moment (UTC) that was ``hour``:00 in ``timezone``."""
    try:
        zone = ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        zone = ZoneInfo("UTC")
    local = now.astimezone(zone)
    slot = local.replace(hour=hour, minute=0, second=0, microsecond=0)
    if slot > local:
        slot = (slot - timedelta(days=1)).replace(hour=hour)
    return slot.astimezone(now.tzinfo)


async def schedule_due_digests(
    session_factory: async_sessionmaker[AsyncSession],
    settings: DeliverySettings,
    now: datetime | None = None,
) -> DigestReport:
    """Queue the digest of every subscriber whose digest hour has come since their last."""
    now = now or utcnow()
    report = DigestReport()
    async with session_factory() as session, session.begin():
        report.released = await _release_instant(session)
        subscribers = (
            await session.scalars(
                select(Subscriber).where(
                    Subscriber.mode == SubscriberMode.DIGEST,
                    Subscriber.active.is_(True),
                    Subscriber.subscribed.is_(True),
                )
            )
        ).all()
        for subscriber in subscribers:
            slot = last_digest_slot(now, subscriber.digest_hour, subscriber.timezone)
            if (subscriber.last_digest_at or subscriber.created_at) >= slot:
                continue  # this slot's digest went out, or they subscribed after it
            await _queue_digest(session, subscriber, slot, settings, report)
            subscriber.last_digest_at = now
    if report.digests:
        log.info(
            "digests queued: %d subscriber(s), %d message(s), %d brief(s)",
            report.digests,
            report.messages,
            report.briefs,
        )
    return report


async def _release_instant(session: AsyncSession) -> int:
    """Subscribers who switched back to instant delivery get their waiting briefs now."""
    instant = select(Subscriber.id).where(Subscriber.mode != SubscriberMode.DIGEST)
    result = await session.execute(
        update(Delivery)
        .where(Delivery.status == DeliveryStatus.DIGEST, Delivery.subscriber_id.in_(instant))
        .values(status=DeliveryStatus.PENDING)
    )
    return rows_changed(result)


async def _queue_digest(
    session: AsyncSession,
    subscriber: Subscriber,
    slot: datetime,
    settings: DeliverySettings,
    report: DigestReport,
) -> None:
    rows = (
        await session.execute(
            select(Delivery.id, Delivery.brief_id)
            .where(
                Delivery.subscriber_id == subscriber.id, Delivery.status == DeliveryStatus.DIGEST
            )
            .order_by(Delivery.id)
        )
    ).all()
    if not rows:
        return
    dropped, rows = rows[: -settings.digest_max_briefs], rows[-settings.digest_max_briefs :]
    if dropped:
        await session.execute(
            update(Delivery)
            .where(Delivery.id.in_([r.id for r in dropped]))
            .values(status=DeliveryStatus.CANCELLED, last_error="over the digest's brief limit")
        )
        report.dropped += len(dropped)
    context = await brief_context(session, [r.brief_id for r in rows])
    htmls = [brief_html(*context[r.brief_id]) for r in rows]
    for number, group in enumerate(pack_digest(htmls), start=1):
        key = f"digest:{subscriber.id}:{slot:%Y%m%d%H}:{number}"
        await session.execute(
            update(Delivery)
            .where(Delivery.id.in_([rows[i].id for i in group]))
            .values(status=DeliveryStatus.PENDING, batch_key=key, next_attempt_at=None)
        )
        report.messages += 1
    report.digests += 1
    report.briefs += len(rows)
