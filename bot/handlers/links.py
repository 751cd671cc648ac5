"""A message with an http(s) link gets the brief of that page, in the sender's language.

The way of one link: per-user limit -> "typing…" -> the stored brief when the article was
seen before (by canonical URL) -> else the safe fetcher and extractor (``bot.ingest``) ->
the model worker, ahead of queued feed articles, for the sender's language (and English,
the fallback when a translation is withheld) -> stored by ``bot.briefing.store_brief``
(Article without a feed, Brief never published to subscribers) -> the brief, rendered
like every other. Every failure has its own polite message. In groups only messages that mention
the bot or reply to it are considered.
"""

from __future__ import annotations

import asyncio
import logging
import math
import re
import time
from collections.abc import Sequence
from urllib.parse import urlsplit

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Message, MessageEntity, Update
from telegram.constants import ChatType
from telegram.ext import Application, MessageHandler, filters

from bot.briefing import ArticleNotBriefed, ModelsFailed, brief_link
from bot.delivery.render import brief_html
from bot.handlers.common import Context, chat_language, link_sender, reply, typing
from bot.ingest.article import fetch_article
from bot.ingest.canonical import MAX_URL_LENGTH, canonical_url
from bot.ingest.errors import (
    FetchBadContentType,
    FetchBadURL,
    FetchError,
    FetchRefused,
    FetchTimeout,
    FetchTooLarge,
    FetchURLTooLong,
)
from bot.ingest.extract import NotArticle
from bot.ingest.relevance import RelevanceScorer
from bot.runtime import Runtime, runtime_of
from bot.sending import send_html
from bot.store.models import Article, Brief, Feed
from bot.store.status import ArticleStatus, ReviewStatus
from summarizer.languages import Language, as_language

log = logging.getLogger(__name__)

_URL_RE = re.compile(r"(?i)\bhttps?://[^\s<>\"]+")


class LinkProblem(Exception):
    """The link cannot be briefed; ``key`` is the catalog text that tells the user why,
    ``cause`` what went wrong for the log (never the link itself: only its host is logged)."""

    def __init__(self, key: str, cause: str = "") -> None:
        super().__init__(key)
        self.key = key
        self.cause = cause


def log_answer(url: str, outcome: str, started: float, cause: str = "") -> None:
    """One line per link answered: the host (nothing else of the user's message), what the
    user was told and why, and how long it took."""
    try:
        host = urlsplit(url).hostname or "?"
    except ValueError:
        host = "?"
    why = f" ({cause})" if cause and cause != outcome else ""
    log.info("link from %s: %s%s in %.2f s", host, outcome, why, time.monotonic() - started)


def _entities(message: Message, types: Sequence[str]) -> dict[MessageEntity, str]:
    """Entities of the message's text, or of its caption (a photo sent with a link)."""
    if message.text is not None:
        return message.parse_entities([*types])
    return message.parse_caption_entities([*types])


def first_http_link(message: Message) -> str | None:
    """The first http(s) link of a message: from its entities, else from its text."""
    for entity, text in _entities(message, [MessageEntity.URL, MessageEntity.TEXT_LINK]).items():
        url = entity.url if entity.type == MessageEntity.TEXT_LINK else text
        if url and url.lower().startswith(("http://", "https://")):
            return url
    return link_in_text(message.text or message.caption or "")


def link_in_text(text: str) -> str | None:
    """The first http(s) link written in ``text`` (an inline query has no entities)."""
    match = _URL_RE.search(text)
    return match.group(0) if match else None


def addressed_to_bot(message: Message, username: str | None, bot_id: int) -> bool:
    """In a group: does the message mention the bot or reply to one of its messages?"""
    replied = message.reply_to_message
    if replied is not None and replied.from_user is not None and replied.from_user.id == bot_id:
        return True
    for entity, text in _entities(
        message, [MessageEntity.MENTION, MessageEntity.TEXT_MENTION]
    ).items():
        if entity.type == MessageEntity.TEXT_MENTION and entity.user and entity.user.id == bot_id:
            return True
        if username and text.lstrip("@").lower() == username.lower():
            return True
    return False


async def on_text(update: Update, context: Context) -> None:
    message = update.effective_message
    chat = update.effective_chat
    user = update.effective_user
    if message is None or chat is None or user is None:
        return
    if chat.type != ChatType.PRIVATE and not addressed_to_bot(
        message, context.bot.username, context.bot.id
    ):
        return
    language = await chat_language(runtime_of(context), update)
    url = first_http_link(message)
    if url is None:
        key = "help.text" if chat.type == ChatType.PRIVATE else "link.group_hint"
        await reply(update, context, language, key)
        return
    await answer_link(update, context, url, language)


async def answer_link(update: Update, context: Context, url: str, language: str) -> None:
    """Brief ``url`` for the sender of the update's message, within their link limit."""
    message, chat, user = update.effective_message, update.effective_chat, update.effective_user
    assert message is not None and chat is not None and user is not None
    runtime = runtime_of(context)
    settings = runtime.config.telegram
    started = time.monotonic()
    wait = runtime.link_limiter.check(
        link_sender(message, user.id),
        settings.link_requests_per_window,
        settings.link_window_minutes * 60,
    )
    if wait:
        await reply(update, context, language, "link.rate_limited", count=math.ceil(wait / 60))
        log_answer(url, "link.rate_limited", started)
        return
    async with typing(context.bot, chat.id):
        try:
            html = await asyncio.wait_for(
                brief_for_link(runtime, url, language), settings.link_timeout_seconds
            )
        except LinkProblem as problem:
            await reply(update, context, language, problem.key)
            log_answer(url, problem.key, started, problem.cause)
            return
        except TimeoutError:
            await reply(update, context, language, "link.timeout")
            log_answer(url, "link.timeout", started, "telegram.link_timeout_seconds")
            return
    await send_html(context.bot, chat.id, language, html)
    log_answer(url, "brief", started)


async def brief_for_link(runtime: Runtime, url: str, language: str) -> str:
    """The brief of the page at ``url`` in ``language`` as HTML, or ``LinkProblem``."""
    key = link_key(url)
    async with runtime.sessions()() as session:
        article = await find_article(session, key)
        brief = await _brief(session, article, language) if article is not None else None
        if brief is not None and brief.review_status == ReviewStatus.REJECTED:
            # answered as such, not briefed again: a new brief would go out unchecked
            raise LinkProblem("link.withheld")
        if article is not None and brief is not None and brief.text:
            return brief_html(brief, article, await _feed_name(session, article))
    if article is None or not article.text:
        article = await _fetch_and_store(runtime, url, key)
    brief = await _summarise(runtime, article, language)
    async with runtime.sessions()() as session:
        feed_name = await _feed_name(session, article)
    return brief_html(brief, article, feed_name)


def link_key(url: str) -> str:
    """The canonical URL articles are stored under, or ``LinkProblem`` (malformed, too long)."""
    try:
        key = canonical_url(url)
    except ValueError:  # a malformed address (bad port, broken IPv6 literal)
        raise LinkProblem("link.invalid") from None
    if len(url) > MAX_URL_LENGTH or len(key) > MAX_URL_LENGTH:
        raise LinkProblem("link.too_long")
    return key


async def find_article(session: AsyncSession, key: str) -> Article | None:
    """The article stored under canonical URL ``key`` (from a feed or a user's link)."""
    return await session.scalar(select(Article).where(Article.canonical_url == key))


async def _feed_name(session: AsyncSession, article: Article) -> str | None:
    if article.feed_id is None:
        return None
    return await session.scalar(select(Feed.name).where(Feed.id == article.feed_id))


async def stored_brief(
    session: AsyncSession, article: Article, language: str
) -> tuple[Brief, Article, str | None] | None:
    """The article's brief in ``language`` with what rendering it needs, if it has one
    that may be shown: a brief an operator rejected is never sent, to anyone."""
    brief = await _brief(session, article, language)
    if brief is None or not brief.text or brief.review_status == ReviewStatus.REJECTED:
        return None
    return brief, article, await _feed_name(session, article)


async def _brief(session: AsyncSession, article: Article, language: str) -> Brief | None:
    return await session.scalar(
        select(Brief).where(Brief.article_id == article.id, Brief.language == language)
    )


async def _fetch_and_store(runtime: Runtime, url: str, key: str) -> Article:
    try:
        page = await fetch_article(url, runtime.config.fetch)
    except FetchURLTooLong:
        raise LinkProblem("link.too_long") from None
    except FetchBadURL as err:
        raise LinkProblem("link.invalid", type(err).__name__) from None
    except FetchBadContentType as err:  # a feed, a PDF, an image: not a news article
        raise LinkProblem("link.not_article", err.reason.rpartition("(")[2].rstrip(")")) from None
    except FetchRefused:
        raise LinkProblem("link.refused") from None
    except FetchTooLarge:
        raise LinkProblem("link.too_large") from None
    except FetchTimeout:
        raise LinkProblem("link.timeout") from None
    except FetchError as err:
        status = getattr(err, "status", None)
        raise LinkProblem("link.failed", f"{type(err).__name__} {status or ''}".strip()) from None
    if isinstance(page, NotArticle):  # too_complex: stopped at its time or memory limit
        problem = "link.too_large" if page.reason == "too_complex" else "link.not_article"
        raise LinkProblem(problem, page.reason)
    keys = {key, canonical_url(page.url)}
    async with runtime.sessions()() as session, session.begin():
        article = await session.scalar(select(Article).where(Article.canonical_url.in_(keys)))
        if article is None:
            article = Article(url=page.url, canonical_url=key, status=ArticleStatus.BRIEFED)
            session.add(article)
        article.title = page.title or article.title
        article.text = page.text
        article.site_name = page.site_name or article.site_name
        article.language = page.language or article.language
        article.published_at = page.published or article.published_at
    return article


async def _summarise(runtime: Runtime, article: Article, language: str) -> Brief:
    reader = as_language(language) or "en"
    # English too: it is what the reader gets when their translation is withheld.
    languages: tuple[Language, ...] = tuple(dict.fromkeys(("en", reader)))
    # Never broadcast; but about the conflict, it is offered in /latest like the rest —
    # unless briefs wait for an editor's approval ([review] required): then only the user
    # who sent the link gets it, and /latest offers only what the feeds' editors approved.
    published = about_the_conflict(runtime, article) and not runtime.config.review.required
    try:
        if runtime.dispatcher is not None:  # model workers elsewhere: on the links queue
            found = await runtime.dispatcher.brief_link(article.id, languages, reader, published)
        else:
            found = await brief_link(
                runtime.sessions(),
                runtime.model_worker(),
                article.id,
                languages,
                (reader,),
                published=published,
            )
    except ModelsFailed as exc:  # the models (missing, crashed), not the article
        log.error(
            "summarising a page from %s failed: %s",
            urlsplit(article.url).hostname,
            exc,
            exc_info=exc.__cause__,
        )
        raise LinkProblem("link.unavailable", str(exc)) from None
    except ArticleNotBriefed:
        raise LinkProblem("link.summary_failed") from None
    if found is None:  # deleted meanwhile (an operator's cleanup)
        raise LinkProblem("link.failed", "article gone")
    return found


def about_the_conflict(runtime: Runtime, article: Article) -> bool:
    """Whether the page a user sent would have been kept from a feed (``[relevance]``)."""
    scorer = RelevanceScorer(runtime.config.relevance)
    return scorer.score(title=article.title, url=article.url, page_text=article.text).relevant


def register(application: Application) -> None:  # type: ignore[type-arg]
    application.add_handler(
        MessageHandler(
            (filters.TEXT | filters.CAPTION) & ~filters.COMMAND & ~filters.UpdateType.EDITED,
            on_text,
        )
    )


__all__ = [
    "LinkProblem",
    "addressed_to_bot",
    "answer_link",
    "brief_for_link",
    "find_article",
    "first_http_link",
    "link_in_text",
    "link_key",
    "stored_brief",
]
