"""Channels in the database: add or resume, pause, list and remove, each in the caller's
transaction.

Adding a channel writes (or updates) two rows: the ``Channel`` and the ``Subscriber`` of
the same chat that the outbox queues briefs to. Pausing deactivates that subscriber, so
no brief is queued to it; removing unsubscribes it and cancels what it still had queued;
in both cases its history stays.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.channels.state import mark_paused
from bot.delivery.outbox import deactivate_subscriber
from bot.settings.channels import ChatRef, chat_key
from bot.store.db import rows_changed
from bot.store.models import Channel, Delivery, Subscriber
from bot.store.status import (
    CHANNEL_CHAT_TYPE,
    OPEN_STATUSES,
    ChannelOrigin,
    ChannelStatus,
    DeliveryStatus,
    SubscriberMode,
)
from bot.store.types import utcnow


@dataclass(frozen=True)
class ChannelPlan:
    """What a channel should be: from a ``[[channels]]`` table or ``/addchannel``."""

    chat_ref: str
    language: str
    origin: ChannelOrigin
    # None: keep what the channel has (a new one gets every brief at once)
    mode: SubscriberMode | None = None
    digest_hour: int = 8
    timezone: str = "UTC"


@dataclass(frozen=True)
class ChannelView:
    """One line of ``/channels``."""

    chat_ref: str
    chat_id: int | None
    title: str | None
    language: str
    origin: str
    mode: str
    status: str
    paused_reason: str | None
    last_post_at: datetime | None


def chat_ref_text(chat: ChatRef) -> str:
    """How a chat is written in ``channels.chat_ref``."""
    return str(chat)


async def find_channel(session: AsyncSession, chat: ChatRef) -> Channel | None:
    """The channel named ``chat`` (its @username in any case, or its numeric id)."""
    conditions = [func.lower(Channel.chat_ref) == chat_key(chat)]
    if isinstance(chat, int):
        conditions.append(Channel.chat_id == chat)
    return await session.scalar(select(Channel).where(or_(*conditions)).limit(1))


async def save_channel(
    session: AsyncSession,
    plan: ChannelPlan,
    *,
    chat_id: int | None,
    chat_type: str | None = None,
    title: str | None = None,
    resume: bool = True,
) -> Channel:
    """Add the channel of ``plan`` or update it; with ``resume``, active again once its
    chat is known (without, a paused channel stays paused)."""
    by_ref = await find_channel(session, plan.chat_ref)
    by_id = None
    if chat_id is not None:
        by_id = await session.scalar(select(Channel).where(Channel.chat_id == chat_id))
    if by_id is not None and by_ref is not None and by_id is not by_ref:
        await session.delete(by_ref)  # one chat named two ways (@name, then its id)
        await session.flush()
    channel = by_id or by_ref
    if channel is None:
        channel = Channel(chat_ref=plan.chat_ref, origin=plan.origin, language=plan.language)
        session.add(channel)
    channel.chat_ref = plan.chat_ref
    channel.language = plan.language
    channel.origin = plan.origin
    if chat_id is not None:
        channel.chat_id = chat_id
    if title:
        channel.title = title[:300]
    if channel.chat_id is None:
        await session.flush()
        return channel
    subscriber = await session.scalar(
        select(Subscriber).where(Subscriber.chat_id == channel.chat_id)
    )
    if subscriber is None:
        subscriber = Subscriber(chat_id=channel.chat_id)
        session.add(subscriber)
    subscriber.chat_type = chat_type or subscriber.chat_type or CHANNEL_CHAT_TYPE
    subscriber.language = plan.language
    if plan.mode is not None:
        subscriber.mode = plan.mode
        subscriber.digest_hour = plan.digest_hour
        subscriber.timezone = plan.timezone
    subscriber.subscribed = True
    if resume or channel.status == ChannelStatus.ACTIVE:
        subscriber.active = True
        subscriber.deactivated_reason = None
        channel.status = ChannelStatus.ACTIVE
        channel.paused_reason = None
        channel.paused_at = None
    await session.flush()
    return channel


async def pause_channel(session: AsyncSession, channel: Channel, reason: str) -> None:
    """Stop posting to ``channel`` (kept; ``/addchannel`` resumes it) and cancel its queue."""
    subscriber_id = None
    if channel.chat_id is not None:
        subscriber_id = await session.scalar(
            select(Subscriber.id).where(Subscriber.chat_id == channel.chat_id)
        )
    if subscriber_id is not None:
        await deactivate_subscriber(session, subscriber_id, reason)  # pauses the channel too
    mark_paused(channel, reason)


async def remove_channel(session: AsyncSession, channel: Channel) -> int:
    """Stop posting to ``channel`` for good; return the queued posts cancelled.

    Its subscriber row stays, unsubscribed, with its delivery history.
    """
    cancelled = 0
    if channel.chat_id is not None:
        subscriber_id = await session.scalar(
            select(Subscriber.id).where(Subscriber.chat_id == channel.chat_id)
        )
        if subscriber_id is not None:
            await session.execute(
                update(Subscriber)
                .where(Subscriber.id == subscriber_id)
                .values(subscribed=False, updated_at=utcnow())
            )
            result = await session.execute(
                update(Delivery)
                .where(Delivery.subscriber_id == subscriber_id, Delivery.status.in_(OPEN_STATUSES))
                .values(status=DeliveryStatus.CANCELLED, last_error="channel removed")
            )
            cancelled = rows_changed(result)
    await session.delete(channel)
    await session.flush()
    return cancelled


async def list_channels(session: AsyncSession) -> list[ChannelView]:
    """Every channel, config and chat-added side by side, with its last post."""
    last_post = (
        select(Delivery.chat_id, func.max(Delivery.sent_at).label("at"))
        .where(Delivery.status == DeliveryStatus.SENT)
        .group_by(Delivery.chat_id)
        .subquery()
    )
    rows = (
        await session.execute(
            select(Channel, Subscriber.mode, last_post.c.at)
            .outerjoin(Subscriber, Subscriber.chat_id == Channel.chat_id)
            .outerjoin(last_post, last_post.c.chat_id == Channel.chat_id)
            .order_by(Channel.origin, Channel.id)
        )
    ).all()
    return [
        ChannelView(
            chat_ref=channel.chat_ref,
            chat_id=channel.chat_id,
            title=channel.title,
            language=channel.language,
            origin=channel.origin,
            mode=mode or SubscriberMode.INSTANT,
            status=channel.status,
            paused_reason=channel.paused_reason,
            last_post_at=at,
        )
        for channel, mode, at in rows
    ]


@dataclass(frozen=True)
class ChannelSummary:
    """What ``/stats`` says of the channels: how many are active, which are paused."""

    active: int
    paused: list[str]


async def channel_summary(session: AsyncSession) -> ChannelSummary:
    rows = (
        await session.execute(select(Channel.chat_ref, Channel.status).order_by(Channel.id))
    ).all()
    return ChannelSummary(
        active=sum(status == ChannelStatus.ACTIVE for _, status in rows),
        paused=[ref for ref, status in rows if status == ChannelStatus.PAUSED],
    )
