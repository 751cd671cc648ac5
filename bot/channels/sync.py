"""The ``channels`` table made to follow ``[[channels]]``: at start and on ``/reload``.

Each configured channel is checked with the Bot API first (``check.check_chat``): a
``@username`` becomes its numeric id, and a channel the bot cannot post to is kept but
paused, with the reason ``/channels`` shows. A channel the check clears is active again,
so fixing the bot's rights and restarting (or ``/reload``) resumes it. When the Bot API
does not answer, what is stored stays as it is. A config channel gone from the file is
removed (unsubscribed; its history stays); channels added with ``/addchannel`` are
left alone.
"""

from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot

from bot.channels.check import ChatCheck, Problem, check_chat
from bot.channels.store import (
    ChannelPlan,
    chat_ref_text,
    find_channel,
    pause_channel,
    remove_channel,
    save_channel,
)
from bot.settings import ChannelSettings, TriglotConfig
from bot.settings.channels import chat_key, parse_chat
from bot.store.db import lock_for_writing
from bot.store.models import Channel
from bot.store.status import ChannelOrigin

log = logging.getLogger(__name__)

SYNC_LOCK = "channels.config_sync"


def plan_of(settings: ChannelSettings) -> ChannelPlan:
    return ChannelPlan(
        chat_ref=chat_ref_text(settings.chat),
        language=settings.language,
        origin=ChannelOrigin.CONFIG,
        mode=settings.mode,
        digest_hour=settings.digest_hour,
        timezone=settings.timezone,
    )


async def apply_check(session: AsyncSession, plan: ChannelPlan, check: ChatCheck) -> Channel:
    """Store ``plan`` as the Bot API's ``check`` found it: active, or paused with the reason.

    An unanswered check (``UNREACHABLE``) teaches nothing: a stored channel keeps its
    status, a new one with a numeric id is added active (the sender learns the rest), and
    a new @username, whose id is unknown, waits paused.
    """
    named = parse_chat(plan.chat_ref)
    chat_id = check.chat_id
    if chat_id is None and isinstance(named, int):
        chat_id = named
    if check.problem is Problem.UNREACHABLE and (
        chat_id is not None or await find_channel(session, plan.chat_ref) is not None
    ):
        return await save_channel(session, plan, chat_id=chat_id, resume=False)
    channel = await save_channel(
        session, plan, chat_id=chat_id, chat_type=check.chat_type, title=check.title
    )
    if check.problem is not None:
        await pause_channel(session, channel, check.problem)
    return channel


class ConfigChannelSync:
    """Syncs ``[[channels]]`` into the database through ``bot``; a ``/reload`` listener."""

    def __init__(self, bot: Bot, session_factory: async_sessionmaker[AsyncSession]) -> None:
        self._bot = bot
        self._sessions = session_factory

    async def apply_config(self, config: TriglotConfig) -> None:
        plans = [plan_of(settings) for settings in config.channels]
        checks = [await check_chat(self._bot, plan.chat_ref) for plan in plans]
        wanted = {chat_key(plan.chat_ref) for plan in plans}
        async with self._sessions() as session, session.begin():
            await lock_for_writing(await session.connection(), SYNC_LOCK)
            configured = (
                await session.scalars(select(Channel).where(Channel.origin == ChannelOrigin.CONFIG))
            ).all()
            for channel in configured:
                if chat_key(channel.chat_ref) not in wanted:
                    await remove_channel(session, channel)
                    log.info("channel %s is no longer in the config: removed", channel.chat_ref)
            for plan, check in zip(plans, checks, strict=True):
                channel = await apply_check(session, plan, check)
                if check.problem is not None:
                    log.warning(
                        "channel %s: the bot cannot post there (%s%s)",
                        plan.chat_ref,
                        check.problem,
                        f": {check.detail}" if check.detail else "",
                    )
                else:
                    log.info("channel %s (%s) active", plan.chat_ref, channel.language)
