"""Telegram update handlers: subscribers' commands, links, operators' commands.

``register(application)`` installs them in order; a command none of them knows gets the
unknown-command reply (in groups only when it is addressed to this bot).
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, ContextTypes, MessageHandler, filters

from bot.handlers import channels, groups, inline, links, operator, review, subscriber
from bot.handlers.common import Context, reply_in_chat_language

log = logging.getLogger(__name__)

#: The command menu, per language (operators' commands stay out of it).
MENU_COMMANDS = ("start", "help", "subscribe", "unsubscribe", "latest", "settings", "language")


async def _unknown(update: Update, context: Context) -> None:
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or not message.text:
        return
    _, _, addressee = message.text.split()[0].partition("@")
    if addressee and addressee.lower() != (context.bot.username or "").lower():
        return  # a command for another bot in the same group
    if chat.type != ChatType.PRIVATE and not addressee:
        return
    await operator.unknown_command(update, context)


async def on_error(update: object, context: ContextTypes.DEFAULT_TYPE) -> None:
    """Log the failure; tell the user something went wrong, in their language."""
    log.error("error while handling an update", exc_info=context.error)
    if isinstance(update, Update) and update.effective_chat is not None:
        try:
            await reply_in_chat_language(update, context, "common.error")
        except Exception as err:  # the reply itself failed; the log has the cause
            log.warning("could not tell the user about the error: %s", err)


def register(application: Application) -> None:  # type: ignore[type-arg]
    inline.register(application)  # first: its deep-link /start goes before the greeting
    groups.register(application)
    subscriber.register(application)
    operator.register(application)
    channels.register(application)

    review.register(application)
    links.register(application)
    application.add_handler(MessageHandler(filters.COMMAND, _unknown))
    application.add_error_handler(on_error)
