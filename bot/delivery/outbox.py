"""The outbox: delivery rows are written before any message is sent, and every change of a
row's status is one small committed UPDATE.

Statuses: ``pending`` (due at ``next_attempt_at`` or at once) → ``sending`` (claimed and
committed *before* the HTTP call) → ``sent`` | ``failed`` | ``cancelled``; ``digest`` rows
wait for their subscriber's daily digest, which turns them into ``pending`` rows sharing a
``batch_key``. A chat never has more than one ``sending`` row, which is what bounds the
duplicates after a crash to one message per chat (see ``recover_in_flight``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, case, exists, func, literal, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from bot.channels.state import pause_channel_of_chat
from bot.store.db import rows_changed
from bot.store.models import Article, Brief, Delivery, Feed, Subscriber
from bot.store.status import OPEN_STATUSES, DeliveryStatus, ReviewStatus, SubscriberMode
from bot.store.types import UTCDateTime, utcnow

FALLBACK_LANGUAGE = "en"


def _insert(session: AsyncSession) -> Any:
    """INSERT for this session's dialect, which both know as ``ON CONFLICT DO NOTHING``."""
    dialect = session.get_bind().dialect.name
    return (postgresql if dialect == "postgresql" else sqlite).insert


async def publish_article(session: AsyncSession, article_id: int) -> int:
    """Queue ``article_id``'s briefs to every active subscriber; return the rows written.

    Runs in the caller's transaction, so the briefs and their deliveries commit together.
    Each subscriber gets the brief in their language (English when that language has no
    brief); instant subscribers get a ``pending`` row, digest subscribers a ``digest`` row.
    Idempotent: a subscriber who already has a row for the article gets no second one.

    Editorial review: only briefs not under review or approved are queued. A brief still
    pending (or rejected) is sent to nobody, not even as the English fallback: the English
    brief stands in only for a language that has no brief at all.
    """
    now = utcnow()
    sendable = Brief.review_status.is_(None) | (Brief.review_status == ReviewStatus.APPROVED)
    await session.execute(
        update(Brief)
        .where(Brief.article_id == article_id, Brief.published_at.is_(None), sendable)
        .values(published_at=now)
    )
    own_language = aliased(Brief)
    has_own_brief = exists().where(
        own_language.article_id == article_id, own_language.language == Subscriber.language
    )
    written = 0
    for match_language in (True, False):
        brief_language = Subscriber.language if match_language else literal(FALLBACK_LANGUAGE)
        rows = (
            select(
                Subscriber.id,
                Brief.id,
                literal(article_id),
                Subscriber.chat_id,
                case(
                    (Subscriber.mode == SubscriberMode.DIGEST, DeliveryStatus.DIGEST.value),
                    else_=DeliveryStatus.PENDING.value,
                ),
                literal(0),
                literal(now, UTCDateTime()),
            )
            .join(
                Brief,
                and_(Brief.article_id == article_id, Brief.language == brief_language, sendable),
            )
            .where(Subscriber.subscribed.is_(True), Subscriber.active.is_(True))
        )
        if not match_language:
            rows = rows.where(~has_own_brief)
        insert = _insert(session)(Delivery).from_select(
            [
                "subscriber_id",
                "brief_id",
                "article_id",
                "chat_id",
                "status",
                "attempts",
                "created_at",
            ],
            rows,
        )
        result = await session.execute(insert.on_conflict_do_nothing())
        written += rows_changed(result)
    return written


@dataclass(frozen=True)
class Claimed:
    """A row the sender now owns (status ``sending``), with what it needs to send it."""

    ids: tuple[int, ...]  # one row, or every row of a digest batch
    chat_id: int
    subscriber_id: int
    brief_ids: tuple[int, ...]
    attempts: int


async def claim(
    session: AsyncSession, limit: int, *, skip_chats: frozenset[int] = frozenset()
) -> list[Claimed]:
    """Mark up to ``limit`` due rows ``sending`` and return them; the caller commits.

    At most one row (or one digest batch) per chat, the oldest due one, and none for a chat
    that already has a ``sending`` row or is in ``skip_chats`` (paced).
    """
    now = utcnow()
    due = and_(
        Delivery.status == DeliveryStatus.PENDING,
        (Delivery.next_attempt_at.is_(None)) | (Delivery.next_attempt_at <= now),
    )
    first_per_chat = select(func.min(Delivery.id).label("id")).where(due).group_by(Delivery.chat_id)
    busy = aliased(Delivery)
    query = (
        select(
            Delivery.id,
            Delivery.chat_id,
            Delivery.subscriber_id,
            Delivery.brief_id,
            Delivery.batch_key,
            Delivery.attempts,
        )
        .where(Delivery.id.in_(first_per_chat.scalar_subquery()))
        .where(
            ~exists().where(busy.chat_id == Delivery.chat_id, busy.status == DeliveryStatus.SENDING)
        )
        .order_by(Delivery.id)
        .limit(limit + len(skip_chats))
    )
    picked = [row for row in (await session.execute(query)).all() if row.chat_id not in skip_chats]
    picked = picked[:limit]
    if not picked:
        return []
    batches = {row.batch_key for row in picked if row.batch_key is not None}
    batch_rows: dict[str, list[tuple[int, int]]] = {}
    if batches:
        for row_id, brief_id, key in (
            await session.execute(
                select(Delivery.id, Delivery.brief_id, Delivery.batch_key)
                .where(Delivery.batch_key.in_(batches), Delivery.status == DeliveryStatus.PENDING)
                .order_by(Delivery.id)
            )
        ).all():
            if key is not None:  # the query asked for these keys; for the type checker
                batch_rows.setdefault(key, []).append((row_id, brief_id))
    claimed: list[Claimed] = []
    for row in picked:
        members = batch_rows.get(row.batch_key, [(row.id, row.brief_id)])
        claimed.append(
            Claimed(
                ids=tuple(m[0] for m in members),
                chat_id=row.chat_id,
                subscriber_id=row.subscriber_id,
                brief_ids=tuple(m[1] for m in members),
                attempts=row.attempts,
            )
        )
    all_ids = [i for c in claimed for i in c.ids]
    for chunk in _chunks(all_ids, 500):
        await session.execute(
            update(Delivery)
            .where(Delivery.id.in_(chunk), Delivery.status == DeliveryStatus.PENDING)
            .values(status=DeliveryStatus.SENDING)
        )
    return claimed


async def release(session: AsyncSession, ids: Sequence[int]) -> None:
    """Give claimed rows that were never sent back to the queue (pause, shutdown)."""
    for chunk in _chunks(list(ids), 500):
        await session.execute(
            update(Delivery)
            .where(Delivery.id.in_(chunk), Delivery.status == DeliveryStatus.SENDING)
            .values(status=DeliveryStatus.PENDING)
        )


async def recover_in_flight(session: AsyncSession) -> int:
    """After a crash: put rows left ``sending`` back to ``pending``; return how many.

    Such a row may or may not have reached Telegram (the Bot API has no idempotency key),
    so it is sent again: at-least-once. Because a chat never has two ``sending`` rows,
    a crash repeats at most one message per chat. Run it only when no other sender is
    working on this database.
    """
    result = await session.execute(
        update(Delivery)
        .where(Delivery.status == DeliveryStatus.SENDING)
        .values(status=DeliveryStatus.PENDING)
    )
    return rows_changed(result)


async def deactivate_subscriber(session: AsyncSession, subscriber_id: int, reason: str) -> int:
    """The chat is gone (blocked us, deleted): stop sending to it; return rows cancelled.

    A channel's chat is paused as a channel too (``/channels`` shows why)."""
    await session.execute(
        update(Subscriber)
        .where(Subscriber.id == subscriber_id)
        .values(active=False, deactivated_reason=reason, updated_at=utcnow())
    )
    chat_id = await session.scalar(select(Subscriber.chat_id).where(Subscriber.id == subscriber_id))
    if chat_id is not None:
        await pause_channel_of_chat(session, chat_id, reason)
    result = await session.execute(
        update(Delivery)
        .where(Delivery.subscriber_id == subscriber_id, Delivery.status.in_(OPEN_STATUSES))
        .values(status=DeliveryStatus.CANCELLED, last_error=f"subscriber deactivated: {reason}")
    )
    return rows_changed(result)


async def brief_context(
    session: AsyncSession, brief_ids: Sequence[int]
) -> dict[int, tuple[Brief, Article, str | None]]:
    """Brief, Article and feed name by brief id: what rendering a message needs."""
    rows = (
        await session.execute(
            select(Brief, Article, Feed.name)
            .join(Article, Article.id == Brief.article_id)
            .outerjoin(Feed, Feed.id == Article.feed_id)
            .where(Brief.id.in_(list(brief_ids)))
        )
    ).all()
    return {brief.id: (brief, article, feed_name) for brief, article, feed_name in rows}


def _chunks(items: list[int], size: int) -> list[list[int]]:
    return [items[i : i + size] for i in range(0, len(items), size)]
