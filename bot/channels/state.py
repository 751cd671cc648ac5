"""Pausing a channel: what happens when Telegram refuses a chat that is a channel.

Kept apart from ``store`` so that the outbox (``outbox.deactivate_subscriber``) can pause
a channel without importing what imports the outbox.
"""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.store.models import Channel
from bot.store.status import ChannelStatus
from bot.store.types import utcnow

log = logging.getLogger(__name__)


def mark_paused(channel: Channel, reason: str) -> None:
    """Pause ``channel`` (kept, never deleted) and say so in the log."""
    if channel.status == ChannelStatus.PAUSED and channel.paused_reason == reason:
        return
    channel.status = ChannelStatus.PAUSED
    channel.paused_reason = reason[:2000]
    channel.paused_at = utcnow()
    log.warning(
        "channel %s paused: %s; /addchannel %s %s resumes it once the bot can post there",
        channel.chat_ref,
        reason,
        channel.chat_ref,
        channel.language,
    )


async def pause_channel_of_chat(session: AsyncSession, chat_id: int, reason: str) -> bool:
    """Pause the channel whose chat is ``chat_id``; False when that chat is no channel."""
    channel = await session.scalar(select(Channel).where(Channel.chat_id == chat_id))
    if channel is None:
        return False
    mark_paused(channel, reason)
    return True
