"""Helpers every handler uses: the chat's language, its subscriber row, replying."""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
from collections.abc import AsyncIterator, Callable, Coroutine
from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Bot, Chat, InlineKeyboardMarkup, Message, Update
from telegram.constants import ChatAction, ChatMemberStatus, ChatType
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.i18n import DEFAULT_LANGUAGE, language_from_code, message, t
from bot.runtime import Runtime, runtime_of
from bot.sending import send_html
from bot.settings import ScheduleSettings
from bot.store.models import Subscriber

log = logging.getLogger(__name__)

Context = ContextTypes.DEFAULT_TYPE
Handler = Callable[[Update, Context], Coroutine[Any, Any, None]]
TYPING_REPEAT_SECONDS = 4.5  # Telegram shows "typing" for about 5 seconds


async def find_subscriber(session: AsyncSession, chat_id: int) -> Subscriber | None:
    return await session.scalar(select(Subscriber).where(Subscriber.chat_id == chat_id))


async def get_or_create_subscriber(
    session: AsyncSession, chat: Chat, language: str, schedule: ScheduleSettings
) -> Subscriber:
    """The chat's row, created on first contact: unsubscribed, in ``language``, with the
    configured default digest hour and time zone."""
    subscriber = await find_subscriber(session, chat.id)
    if subscriber is None:
        subscriber = Subscriber(
            chat_id=chat.id,
            chat_type=chat.type,
            language=language,
            digest_hour=schedule.default_digest_hour,
            timezone=schedule.default_timezone,
        )
        session.add(subscriber)
        await session.flush()
    return subscriber


@contextlib.asynccontextmanager
async def chat_subscriber(
    update: Update, context: Context, language: str | None = None
) -> AsyncIterator[Subscriber]:
    """The chat's subscriber row inside a transaction (created on first contact, in
    ``language`` or the user's app language); changes are committed when the block ends."""
    chat = update.effective_chat
    assert chat is not None
    runtime = runtime_of(context)
    async with runtime.sessions()() as session, session.begin():
        yield await get_or_create_subscriber(
            session, chat, language or telegram_language(update), runtime.config.schedule
        )


def telegram_language(update: Update) -> str:
    """The user's Telegram app language when it is one of ours, else English."""
    user = update.effective_user
    return language_from_code(user.language_code if user else None) or DEFAULT_LANGUAGE


async def chat_language(runtime: Runtime, update: Update) -> str:
    """The language to answer this update in: the chat's choice, else the user's app.

    An update without a chat (an inline query) takes its user's choice in their private
    chat with the bot, whose id is the user's.
    """
    chat, user = update.effective_chat, update.effective_user
    chat_id = chat.id if chat is not None else user.id if user is not None else None
    if chat_id is not None:
        async with runtime.sessions()() as session:
            subscriber = await find_subscriber(session, chat_id)
        if subscriber is not None:
            return subscriber.language
    return telegram_language(update)


async def reply(
    update: Update,
    context: Context,
    language: str,
    key: str,
    reply_markup: InlineKeyboardMarkup | None = None,
    **params: Any,
) -> Message | None:
    """Answer in the update's chat with catalog text ``key``."""
    chat = update.effective_chat
    assert chat is not None
    html = message(language, key, **params)
    return await send_html(context.bot, chat.id, language, html, reply_markup)


async def reply_in_chat_language(update: Update, context: Context, key: str, **params: Any) -> None:
    language = await chat_language(runtime_of(context), update)
    await reply(update, context, language, key, **params)


def link_sender(message: Message, user_id: int) -> tuple[int, int]:
    """Whose link limit a message counts against: its sender in its chat.

    A message posted on behalf of a chat (an anonymous group administrator, a linked
    channel) comes from Telegram's shared GroupAnonymousBot or Channel_Bot user; its
    ``sender_chat`` says who actually sent it.
    """
    sender = message.sender_chat.id if message.sender_chat is not None else user_id
    return message.chat.id, sender


async def may_change_chat(update: Update, context: Context) -> bool:
    """Private chats are their user's; a group's settings are for its administrators."""
    chat = update.effective_chat
    user = update.effective_user
    if chat is None or chat.type == ChatType.PRIVATE:
        return True
    message = update.effective_message
    if message is not None and message.sender_chat is not None:
        return message.sender_chat.id == chat.id  # an anonymous administrator
    if user is None:
        return False
    try:
        member = await context.bot.get_chat_member(chat.id, user.id)
    except TelegramError as err:
        log.warning("cannot check the admins of chat %s: %s", chat.id, err)
        return False
    return member.status in (ChatMemberStatus.OWNER, ChatMemberStatus.ADMINISTRATOR)


def chat_admins_only(handler: Handler) -> Handler:
    """In groups, let only administrators run ``handler``; tell others why not, in their
    own language (their Telegram app's), whatever the group's."""

    @functools.wraps(handler)
    async def guarded(update: Update, context: Context) -> None:
        if await may_change_chat(update, context):
            await handler(update, context)
            return
        language = telegram_language(update)  # the refusal is for the member who asked
        if update.callback_query is not None:
            await update.callback_query.answer(t(language, "common.admins_only"))
        else:
            await reply(update, context, language, "common.admins_only")

    return guarded


async def _keep_typing(bot: Bot, chat_id: int) -> None:
    while True:
        try:
            await bot.send_chat_action(chat_id, ChatAction.TYPING)
        except TelegramError as err:  # optional: a server may refuse it; work goes on
            log.info("chat action refused for chat %s: %s", chat_id, err)
            return
        await asyncio.sleep(TYPING_REPEAT_SECONDS)


@contextlib.asynccontextmanager
async def typing(bot: Bot, chat_id: int) -> AsyncIterator[None]:
    """Show "typing…" in the chat for as long as the block runs."""
    task = asyncio.create_task(_keep_typing(bot, chat_id))
    try:
        yield
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
