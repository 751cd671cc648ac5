"""Inline mode: ``@TheBot <link>`` in any chat shares the brief of that link.

Telegram waits about ten seconds for an inline answer, so the answer only reads the
database, never fetches or summarises: a link whose brief is stored (by canonical URL,
as ``bot.handlers.links`` finds it) in the user's language (their choice in their private
chat with the bot, else their Telegram app's, else English) is offered as an article
whose message is the brief, formatted as the bot formats every brief. That message is
one message (a chosen result sends exactly one): a brief too long for it is cut after
its last whole sentence that fits, with a note that it was shortened, and keeps its
source and the link to the article (``bot.delivery.render.one_message_brief``). Any other link is
offered as a message with a deep link, ``https://t.me/<bot>?start=link-…``
(``bot.store.start_links``), and a button above the results to the same place: a
``/start`` with that payload briefs the link in the private chat, like a link sent there.
``telegram.inline_mode = false`` answers every query with no results, only a button to the
bot (switch it off with @BotFather's /setinline too).
"""

from __future__ import annotations

import logging

from telegram import (
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    InlineQueryResultArticle,
    InlineQueryResultsButton,
    InputTextMessageContent,
    LinkPreviewOptions,
    Update,
)
from telegram.constants import ParseMode
from telegram.ext import Application, CommandHandler, InlineQueryHandler, filters

from bot.delivery.render import one_message_brief
from bot.formatting import prepare_messages, visible_text
from bot.handlers.common import Context, chat_language, reply
from bot.handlers.links import LinkProblem, answer_link, find_article, link_in_text, link_key
from bot.handlers.links import stored_brief as find_stored_brief
from bot.i18n import t
from bot.runtime import Runtime, runtime_of
from bot.store import start_links

log = logging.getLogger(__name__)

#: How long Telegram may reuse an answer for the same user and text. A link without a
#: brief gets a short time: it may be briefed any minute.
STORED_CACHE_SECONDS = 300
UNKNOWN_CACHE_SECONDS = 5
#: The start parameter of "open the bot" when there is no link to brief.
PLAIN_START = "inline"
DESCRIPTION_LENGTH = 200


def _plain(language: str, key: str) -> str:
    """A catalog text as the plain text titles and buttons take."""
    return visible_text(t(language, key))


async def on_inline_query(update: Update, context: Context) -> None:
    query = update.inline_query
    if query is None:
        return
    runtime = runtime_of(context)
    language = await chat_language(runtime, update)
    url = link_in_text(query.query) if runtime.config.telegram.inline_mode else None
    key = _key_of(url) if url is not None else None
    if url is None or key is None:  # off, or nothing to brief: only the way to the bot
        off = not runtime.config.telegram.inline_mode
        text = _plain(language, "inline.off_button" if off else "inline.no_link_button")
        button = InlineQueryResultsButton(text, start_parameter=PLAIN_START)
        await query.answer([], cache_time=UNKNOWN_CACHE_SECONDS, is_personal=True, button=button)
        return
    stored = await _stored_result(runtime, key, language)
    if stored is not None:
        await query.answer([stored], cache_time=STORED_CACHE_SECONDS, is_personal=True)
        return
    payload = await start_links.remember(runtime.sessions(), url)
    await query.answer(
        [_open_the_bot(language, url, context.bot.username or "", payload)],
        cache_time=UNKNOWN_CACHE_SECONDS,
        is_personal=True,
        button=InlineQueryResultsButton(
            _plain(language, "inline.unknown_title"), start_parameter=payload
        ),
    )


def _key_of(url: str) -> str | None:
    """The canonical URL of ``url``; None when it is malformed or too long to brief."""
    try:
        return link_key(url)
    except LinkProblem:
        return None


async def _stored_result(
    runtime: Runtime, key: str, language: str
) -> InlineQueryResultArticle | None:
    """The stored brief of the article at ``key`` in ``language``, ready to share."""
    async with runtime.sessions()() as session:
        article = await find_article(session, key)
        found = await find_stored_brief(session, article, language) if article else None
    if found is None:
        return None
    brief = found[0]
    # One message, never the first of several parts: a brief too long for one is
    # shortened at a sentence end, says so, and keeps its source and link.
    text = one_message_brief(*found)
    return InlineQueryResultArticle(
        id=f"brief-{brief.id}",
        title=_plain(language, "inline.brief_title"),
        description=brief.text[:DESCRIPTION_LENGTH],
        input_message_content=InputTextMessageContent(
            text,
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        ),
    )


def _open_the_bot(
    language: str, url: str, bot_username: str, payload: str
) -> InlineQueryResultArticle:
    """The result for a link without a stored brief: the link and a deep link to brief it."""
    deep_link = f"https://t.me/{bot_username}?start={payload}"
    button = InlineKeyboardButton(_plain(language, "inline.open_button"), url=deep_link)
    text = prepare_messages(language, t(language, "inline.unknown_message", url=url))[0]
    return InlineQueryResultArticle(
        id=payload,
        title=_plain(language, "inline.unknown_title"),
        description=_plain(language, "inline.unknown_description"),
        input_message_content=InputTextMessageContent(
            text,
            parse_mode=ParseMode.HTML,
            link_preview_options=LinkPreviewOptions(is_disabled=True),
        ),
        reply_markup=InlineKeyboardMarkup([[button]]),
    )


async def start_with_link(update: Update, context: Context) -> None:
    """``/start link-…`` in a private chat: brief the link the deep link stands for."""
    runtime = runtime_of(context)
    language = await chat_language(runtime, update)
    payload = (context.args or [""])[0]
    async with runtime.sessions()() as session:
        url = await start_links.recall(session, payload)
    if url is None:
        await reply(update, context, language, "inline.link_expired")
        return
    await answer_link(update, context, url, language)


def register(application: Application) -> None:  # type: ignore[type-arg]
    """Before the subscriber commands: their ``/start`` greets, this one briefs."""
    application.add_handler(InlineQueryHandler(on_inline_query))
    deep_link = filters.ChatType.PRIVATE & filters.Regex(rf"^/start(@\w+)?\s+{start_links.PREFIX}")
    application.add_handler(CommandHandler("start", start_with_link, filters=deep_link))
