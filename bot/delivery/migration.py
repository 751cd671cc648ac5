"""A group that becomes a supergroup gets a new chat id; its subscription follows it.

Telegram says so in two ways: service messages (``migrate_to_chat_id`` in the old group,
``migrate_from_chat_id`` in the new supergroup, handled in ``bot.handlers.groups``) and a
400 "group chat was upgraded to a supergroup chat" with ``migrate_to_chat_id`` when
something is sent to the old id (the sender resends there). Both end in
``follow_migration``, which may run more than once for one migration: the second call
finds nothing at the old id and changes nothing.
"""

from __future__ import annotations

import logging

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.models import Delivery, Subscriber
from bot.store.status import OPEN_STATUSES, DeliveryStatus
from bot.store.types import utcnow

log = logging.getLogger(__name__)

#: Rows that still go somewhere: waiting, or being sent right now (the one that met the
#: migration error is recorded in the same transaction).
_MOVABLE = (*OPEN_STATUSES, DeliveryStatus.SENDING)


async def follow_migration(session: AsyncSession, old_chat_id: int, new_chat_id: int) -> bool:
    """Move the subscriber of ``old_chat_id`` and its unsent deliveries to ``new_chat_id``.

    Returns False when no subscriber has the old id (already followed, or never known).
    When the supergroup already has its own row (someone used the bot there before the
    migration was noticed), that row takes over: the old row's subscription and settings
    carry over unless the new row is subscribed itself, its unsent deliveries move unless
    the new row has the same brief queued, and the old row is deactivated, kept for the
    record. Runs in the caller's transaction.
    """
    if old_chat_id == new_chat_id:
        return False
    old = await session.scalar(select(Subscriber).where(Subscriber.chat_id == old_chat_id))
    if old is None:
        return False
    new = await session.scalar(select(Subscriber).where(Subscriber.chat_id == new_chat_id))
    if new is None:
        old.chat_id, old.chat_type = new_chat_id, "supergroup"
        await session.execute(
            update(Delivery)
            .where(Delivery.subscriber_id == old.id, Delivery.status.in_(_MOVABLE))
            .values(chat_id=new_chat_id)
        )
        log.info("chat %s became supergroup %s: its subscription follows", old_chat_id, new_chat_id)
        return True
    await _merge_into(session, old, new)
    log.info(
        "chat %s became supergroup %s, which already had a row: merged into it",
        old_chat_id,
        new_chat_id,
    )
    return True


async def _merge_into(session: AsyncSession, old: Subscriber, new: Subscriber) -> None:
    if old.subscribed and not new.subscribed:
        new.subscribed, new.active, new.deactivated_reason = True, old.active, None
        new.language, new.mode = old.language, old.mode
        new.digest_hour, new.timezone = old.digest_hour, old.timezone
    queued = {
        row.article_id: row
        for row in await session.scalars(select(Delivery).where(Delivery.subscriber_id == new.id))
    }
    moving = await session.scalars(
        select(Delivery).where(Delivery.subscriber_id == old.id, Delivery.status.in_(_MOVABLE))
    )
    for row in moving.all():
        twin = queued.get(row.article_id)
        row.chat_id = new.chat_id
        if twin is None:
            row.subscriber_id = new.id
        elif row.status == DeliveryStatus.SENDING:  # on its way: the new row's copy goes
            if twin.status in OPEN_STATUSES:
                twin.status, twin.last_error = DeliveryStatus.CANCELLED, "sent before migration"
        else:
            row.status, row.last_error = DeliveryStatus.CANCELLED, "queued for the supergroup"
    reason = f"migrated to supergroup {new.chat_id}"
    old.subscribed, old.active, old.deactivated_reason = False, False, reason
    old.updated_at = utcnow()
