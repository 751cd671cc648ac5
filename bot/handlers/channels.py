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

from bot.channels.admin import AddOutcome, add_channel, remove_channel_named
from bot.channels.check import Problem
from bot.channels.store import (
    ChannelView,
    list_channels,
)
from bot.formatting import Raw
from bot.handlers.common import Context, chat_language, reply
from bot.handlers.operator import operators_only
from bot.i18n import LANGUAGE_NAMES, t
from bot.runtime import runtime_of
from bot.sending import send_html
from bot.store.status import ChannelStatus, SubscriberMode

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
    if len(args) != 2:
        await reply(update, context, language, "channels.add_usage")
        return
    result = await add_channel(services.sessions(), context.bot, args[0], args[1])
    if result.outcome == AddOutcome.USAGE:
        await reply(update, context, language, "channels.add_usage")
    elif result.outcome == AddOutcome.CANNOT_POST:
        problem = Raw(t(language, f"channels.problem.{result.problem}"))
        await reply(
            update, context, language, "channels.add_cannot_post", chat=args[0], problem=problem
        )
    else:
        await reply(
            update,
            context,
            language,
            f"channels.add_{result.outcome}",
            chat=result.chat_ref,
            reading_language=LANGUAGE_NAMES[result.language],
        )


@operators_only
async def removechannel(update: Update, context: Context) -> None:
    services = runtime_of(context)
    language = await chat_language(services, update)
    args = context.args or []
    if len(args) != 1:
        await reply(update, context, language, "channels.remove_usage")
        return
    outcome = await remove_channel_named(services.sessions(), args[0])
    await reply(update, context, language, f"channels.remove_{outcome}", chat=args[0])


CHANNEL_COMMANDS = {"channels": channels, "addchannel": addchannel, "removechannel": removechannel}


def register(application: Application) -> None:  # type: ignore[type-arg]
    for name, handler in CHANNEL_COMMANDS.items():
        application.add_handler(CommandHandler(name, handler))
