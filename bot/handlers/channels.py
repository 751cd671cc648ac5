"""Operators' channel commands: /channels, /addchannel CHAT LANG, /removechannel CHAT.

Like every operator command, only ``telegram.admin_ids`` may use them; anyone else gets
the unknown-command reply. ``/addchannel`` asks the Bot API whether the bot can post in
the chat before storing anything, and says what is missing when it cannot; on a paused
channel it resumes it once the check passes.
"""

from __future__ import annotations

from datetime import datetime

from telegram import Update
from telegram.ext import Application, CommandHandler

from bot.channels.check import Problem, check_chat
from bot.channels.store import (
    ChannelPlan,
    ChannelView,
    chat_ref_text,
    find_channel,
    list_channels,
    remove_channel,
    save_channel,
)
from bot.formatting import Raw
from bot.handlers.common import Context, chat_language, reply
from bot.handlers.operator import operators_only
from bot.i18n import LANGUAGE_NAMES, t
from bot.runtime import runtime_of
from bot.sending import send_html
from bot.settings.channels import parse_chat
from bot.store.status import ChannelOrigin, ChannelStatus, SubscriberMode
from summarizer.languages import as_language

PROBLEMS = frozenset(Problem)


def status_text(language: str, view: ChannelView) -> str:
    """Active, or paused and why, in ``language`` (a Bot API error is shown as it came)."""
    if view.status == ChannelStatus.ACTIVE:
        return t(language, "channels.status_active")
    reason: str | Raw = view.paused_reason or "?"
    if reason in PROBLEMS:
        reason = Raw(t(language, f"channels.problem.{reason}"))
    return t(language, "channels.status_paused", reason=reason)


def _when(moment: datetime | None, language: str) -> str:
    return f"{moment:%Y-%m-%d %H:%M} UTC" if moment else t(language, "channels.never")


def channel_line(language: str, view: ChannelView) -> str:
    name = (
        f"{view.chat_ref} ({view.title})"
        if view.title and view.title != view.chat_ref
        else view.chat_ref
    )
    mode = "channels.mode_digest" if view.mode == SubscriberMode.DIGEST else "channels.mode_instant"
    return t(
        language,
        "channels.line",
        chat=name,
        language=LANGUAGE_NAMES.get(view.language, view.language),
        mode=Raw(t(language, mode)),
        status=Raw(status_text(language, view)),
        last_post=_when(view.last_post_at, language),
        origin=Raw(t(language, f"channels.origin_{view.origin}")),
    )


@operators_only
async def channels(update: Update, context: Context) -> None:
    services = runtime_of(context)
    language = await chat_language(services, update)
    async with services.sessions()() as session:
        views = await list_channels(session)
    if not views:
        await reply(update, context, language, "channels.list_none")
        return
    lines = [t(language, "channels.list_header")]
    lines += [channel_line(language, view) for view in views]
    assert update.effective_chat is not None
    await send_html(context.bot, update.effective_chat.id, language, "\n".join(lines))


@operators_only
async def addchannel(update: Update, context: Context) -> None:
    services = runtime_of(context)
    language = await chat_language(services, update)
    args = context.args or []
    try:
        if len(args) != 2:
            raise ValueError
        chat = parse_chat(args[0])
        channel_language = as_language(args[1].lower())
        if channel_language is None:
            raise ValueError
    except ValueError:
        await reply(update, context, language, "channels.add_usage")
        return
    check = await check_chat(context.bot, chat)
    if check.problem is not None:
        problem = Raw(t(language, f"channels.problem.{check.problem}"))
        await reply(
            update, context, language, "channels.add_cannot_post", chat=args[0], problem=problem
        )
        return
    async with services.sessions()() as session, session.begin():
        existing = await find_channel(session, chat)
        if existing is None and check.chat_id is not None:
            existing = await find_channel(session, check.chat_id)
        resumed = existing is not None and existing.status == ChannelStatus.PAUSED
        if existing is None:
            chat_ref, origin = chat_ref_text(chat), ChannelOrigin.OPERATOR
        else:  # a channel of the config stays one (and keeps its mode)
            chat_ref, origin = existing.chat_ref, ChannelOrigin(existing.origin)
        plan = ChannelPlan(chat_ref=chat_ref, language=channel_language, origin=origin)
        channel = await save_channel(
            session, plan, chat_id=check.chat_id, chat_type=check.chat_type, title=check.title
        )
        chat_ref = channel.chat_ref
    key = "channels.add_resumed" if resumed else "channels.add_added"
    await reply(
        update,
        context,
        language,
        key,
        chat=chat_ref,
        reading_language=LANGUAGE_NAMES[channel_language],
    )


@operators_only
async def removechannel(update: Update, context: Context) -> None:
    services = runtime_of(context)
    language = await chat_language(services, update)
    args = context.args or []
    try:
        if len(args) != 1:
            raise ValueError
        chat = parse_chat(args[0])
    except ValueError:
        await reply(update, context, language, "channels.remove_usage")
        return
    async with services.sessions()() as session, session.begin():
        channel = await find_channel(session, chat)
        if channel is None:
            key = "channels.remove_not_found"
        elif channel.origin == ChannelOrigin.CONFIG:
            key = "channels.remove_config"
        else:
            await remove_channel(session, channel)
            key = "channels.remove_done"
    await reply(update, context, language, key, chat=args[0])


CHANNEL_COMMANDS = {"channels": channels, "addchannel": addchannel, "removechannel": removechannel}


def register(application: Application) -> None:  # type: ignore[type-arg]
    for name, handler in CHANNEL_COMMANDS.items():
        application.add_handler(CommandHandler(name, handler))
