"""Operators' changes to the channel list, one code path for the chat commands and the console.

``/addchannel`` and the console's "Add channel" form both call :func:`add_channel` (the
chat and language parsed as ``[[channels]]`` parses them, then the Bot API asked whether
the bot can post there before anything is stored); ``/removechannel`` and the console's
"Remove" both call :func:`remove_channel_named` (a channel of the config file is not
removed: the next config sync would bring it back).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Bot

from bot.channels.check import Problem, check_chat
from bot.channels.store import (
    ChannelPlan,
    chat_ref_text,
    find_channel,
    remove_channel,
    save_channel,
)
from bot.settings.channels import parse_chat
from bot.store.status import ChannelOrigin, ChannelStatus
from summarizer.languages import as_language

Sessions = async_sessionmaker[AsyncSession]


class AddOutcome(StrEnum):
    USAGE = "usage"  # not a chat and a language
    CANNOT_POST = "cannot_post"  # ``problem`` says what is missing
    ADDED = "added"
    RESUMED = "resumed"  # a paused channel whose check passes again


@dataclass(frozen=True)
class AddChannelResult:
    outcome: AddOutcome
    chat_ref: str = ""
    language: str = ""
    problem: Problem | None = None


async def add_channel(
    sessions: Sessions, bot: Bot, chat_text: str, language_text: str
) -> AddChannelResult:
    """Add (or resume) the channel ``chat_text`` in ``language_text`` once the bot can post."""
    try:
        chat = parse_chat(chat_text)
    except ValueError:
        return AddChannelResult(AddOutcome.USAGE)
    language = as_language(language_text.strip().lower())
    if language is None:
        return AddChannelResult(AddOutcome.USAGE)
    check = await check_chat(bot, chat)
    if check.problem is not None:
        return AddChannelResult(AddOutcome.CANNOT_POST, chat_text, language, check.problem)
    async with sessions() as session, session.begin():
        existing = await find_channel(session, chat)
        if existing is None and check.chat_id is not None:
            existing = await find_channel(session, check.chat_id)
        resumed = existing is not None and existing.status == ChannelStatus.PAUSED
        if existing is None:
            chat_ref, origin = chat_ref_text(chat), ChannelOrigin.OPERATOR
        else:  # a channel of the config stays one (and keeps its mode)
            chat_ref, origin = existing.chat_ref, ChannelOrigin(existing.origin)
        plan = ChannelPlan(chat_ref=chat_ref, language=language, origin=origin)
        channel = await save_channel(
            session, plan, chat_id=check.chat_id, chat_type=check.chat_type, title=check.title
        )
        chat_ref = channel.chat_ref
    outcome = AddOutcome.RESUMED if resumed else AddOutcome.ADDED
    return AddChannelResult(outcome, chat_ref, language)


class RemoveOutcome(StrEnum):
    USAGE = "usage"
    NOT_FOUND = "not_found"
    CONFIG = "config"  # in the config file: removed there, not here
    DONE = "done"


async def remove_channel_named(sessions: Sessions, chat_text: str) -> RemoveOutcome:
    """Stop posting to the channel ``chat_text`` for good (an operator's channel only)."""
    try:
        chat = parse_chat(chat_text)
    except ValueError:
        return RemoveOutcome.USAGE
    async with sessions() as session, session.begin():
        channel = await find_channel(session, chat)
        if channel is None:
            return RemoveOutcome.NOT_FOUND
        if channel.origin == ChannelOrigin.CONFIG:
            return RemoveOutcome.CONFIG
        await remove_channel(session, channel)
    return RemoveOutcome.DONE
