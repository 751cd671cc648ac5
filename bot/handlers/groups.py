"""Groups: a group that becomes a supergroup keeps its subscription under its new id.

Telegram announces the migration with a service message in each chat: ``migrate_to_chat_id``
in the old group, ``migrate_from_chat_id`` in the new supergroup. Either one is enough;
the second finds the subscription already moved (``bot.delivery.migration``). A brief sent
to the old id before either arrives is followed by the sender itself.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import Application, MessageHandler, filters

from bot.delivery.migration import follow_migration
from bot.handlers.common import Context
from bot.runtime import runtime_of


async def on_migration(update: Update, context: Context) -> None:
    message = update.effective_message
    if message is None:
        return
    if message.migrate_to_chat_id:
        old, new = message.chat.id, message.migrate_to_chat_id
    elif message.migrate_from_chat_id:
        old, new = message.migrate_from_chat_id, message.chat.id
    else:
        return
    async with runtime_of(context).sessions()() as session, session.begin():
        await follow_migration(session, old, new)


def register(application: Application) -> None:  # type: ignore[type-arg]
    application.add_handler(MessageHandler(filters.StatusUpdate.MIGRATE, on_migration))
