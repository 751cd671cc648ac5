"""Subscriber commands: /start, /language, /subscribe, /unsubscribe, /settings, /latest,
/help, and the inline buttons they show.

Button data: ``lang:<code>``, ``mode:instant``, ``mode:digest``, ``hour:menu``,
``hour:<0-23>``, ``tz:menu``, ``tz:<IANA zone>``. Whatever arrives (typed arguments or
button data from an old or forged button) is checked; a bad value gets an answer that says
what is expected, in the chat's language.
"""

from __future__ import annotations

import logging

from sqlalchemy import select
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler

from bot.delivery.render import brief_html
from bot.formatting import Raw
from bot.handlers.common import (
    Context,
    chat_admins_only,
    chat_language,
    chat_subscriber,
    may_change_chat,
    reply,
)
from bot.i18n import LANGUAGE_NAMES, t
from bot.runtime import runtime_of
from bot.sending import send_html
from bot.store.models import Article, Brief, Feed, Subscriber
from bot.store.status import SubscriberMode
from bot.timezones import COMMON_TIMEZONES, MAX_NAME_LENGTH, canonical_timezone
from summarizer.languages import LANGUAGES

log = logging.getLogger(__name__)

_MODES = frozenset(mode.value for mode in SubscriberMode)


def clock(hour: int) -> str:
    """A whole hour as a time of day ("7:00"): one value, so that it stays one
    left-to-right run inside Arabic and Hebrew text."""
    return f"{hour}:00"


def parse_hour(text: str) -> int | None:
    """A whole hour 0-23 written in decimal digits (Arabic-Indic ones too), else None.

    ``str.isdigit`` is not enough: it accepts "²", which ``int`` then refuses.
    """
    if not text.isdecimal() or len(text) > 2:
        return None
    hour = int(text)
    return hour if 0 <= hour <= 23 else None


def language_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [InlineKeyboardButton(LANGUAGE_NAMES[code], callback_data=f"lang:{code}")]
            for code in LANGUAGES
        ]
    )


def settings_keyboard(language: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(
                    t(language, "settings.instant_button"), callback_data="mode:instant"
                ),
                InlineKeyboardButton(
                    t(language, "settings.digest_button"), callback_data="mode:digest"
                ),
            ],
            [
                InlineKeyboardButton(
                    t(language, "settings.hour_button"), callback_data="hour:menu"
                ),
                InlineKeyboardButton(
                    t(language, "settings.timezone_button"), callback_data="tz:menu"
                ),
            ],
        ]
    )


def timezone_keyboard() -> InlineKeyboardMarkup:
    """The common zones, two to a row."""
    buttons = [InlineKeyboardButton(zone, callback_data=f"tz:{zone}") for zone in COMMON_TIMEZONES]
    return InlineKeyboardMarkup([buttons[i : i + 2] for i in range(0, len(buttons), 2)])


def hour_keyboard() -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(clock(hour), callback_data=f"hour:{hour}")
                for hour in range(row * 6, row * 6 + 6)
            ]
            for row in range(4)
        ]
    )


async def start(update: Update, context: Context) -> None:
    """Greet in the chat's language (or the user's app language) and offer the three."""
    async with chat_subscriber(update, context) as subscriber:
        language = subscriber.language
    private = update.effective_chat is not None and update.effective_chat.type == "private"
    key = "start.welcome" if private else "start.group_welcome"
    await reply(update, context, language, key, language_keyboard())


async def _set_language(update: Update, context: Context, language: str) -> None:
    async with chat_subscriber(update, context, language) as subscriber:
        subscriber.language = language
        subscribed = subscriber.subscribed and subscriber.active
    key = "language.chosen_subscribed" if subscribed else "language.chosen"
    await reply(update, context, language, key)


@chat_admins_only
async def language_command(update: Update, context: Context) -> None:
    args = [a.lower() for a in context.args or []]
    if len(args) == 1 and args[0] in LANGUAGES:
        await _set_language(update, context, args[0])
        return
    language = await chat_language(runtime_of(context), update)
    await reply(update, context, language, "language.usage", language_keyboard())


@chat_admins_only
async def subscribe(update: Update, context: Context) -> None:
    """``/subscribe [en|ar|he]``: a group's administrators subscribe the group (its chat
    id is the subscriber), in the language given or the one chosen with /language."""
    args = [a.lower() for a in context.args or []]
    chosen = args[0] if len(args) == 1 and args[0] in LANGUAGES else None
    if args and chosen is None:
        language = await chat_language(runtime_of(context), update)
        await reply(update, context, language, "subscribe.usage")
        return
    async with chat_subscriber(update, context, chosen) as subscriber:
        already = subscriber.subscribed and subscriber.active and chosen is None
        subscriber.language = chosen or subscriber.language
        subscriber.subscribed = True
        subscriber.active = True
        subscriber.deactivated_reason = None
        language, mode = subscriber.language, subscriber.mode
        hour, timezone = subscriber.digest_hour, subscriber.timezone
    group = "group_" if update.effective_chat and update.effective_chat.type != "private" else ""
    if already:
        await reply(update, context, language, f"subscribe.{group}already")
    elif mode == SubscriberMode.DIGEST:
        await reply(
            update,
            context,
            language,
            f"subscribe.{group}done_digest",
            time=clock(hour),
            timezone=timezone,
        )
    else:
        await reply(update, context, language, f"subscribe.{group}done_instant")


@chat_admins_only
async def unsubscribe(update: Update, context: Context) -> None:
    async with chat_subscriber(update, context) as subscriber:
        was = subscriber.subscribed
        subscriber.subscribed = False
        language = subscriber.language
    await reply(
        update, context, language, "subscribe.removed" if was else "subscribe.not_subscribed"
    )


def _settings_html(subscriber: Subscriber) -> str:
    language = subscriber.language
    if subscriber.mode == SubscriberMode.DIGEST:
        delivery = t(language, "settings.delivery_digest", time=clock(subscriber.digest_hour))
    else:
        delivery = t(language, "settings.delivery_instant")
    return t(
        language,
        "settings.summary",
        language=LANGUAGE_NAMES.get(language, language),
        subscribed=t(language, "common.yes" if subscriber.subscribed else "common.no"),
        delivery=Raw(delivery),
        timezone=subscriber.timezone,
    )


async def _apply_setting(subscriber: Subscriber, args: list[str]) -> str | None:
    """Apply ``/settings`` arguments; return the catalog key of a problem, or None."""
    what = args[0].lower()
    if what == SubscriberMode.INSTANT and len(args) == 1:
        subscriber.mode = SubscriberMode.INSTANT
        return None
    if what in (SubscriberMode.DIGEST, "hour") and len(args) <= 2:
        if len(args) == 2:
            hour = parse_hour(args[1])
            if hour is None:
                return "settings.bad_hour"
            subscriber.digest_hour = hour
        elif what == "hour":
            return "settings.bad_hour"
        if what == SubscriberMode.DIGEST:
            subscriber.mode = SubscriberMode.DIGEST
        return None
    if what in ("timezone", "tz") and len(args) == 2:
        zone = canonical_timezone(args[1])
        if zone is None:
            return "settings.bad_timezone"
        subscriber.timezone = zone
        return None
    return "settings.usage"


async def settings_command(update: Update, context: Context) -> None:
    chat = update.effective_chat
    assert chat is not None
    args = list(context.args or [])
    problem = None
    if args and not await may_change_chat(update, context):
        await chat_admins_only(settings_command)(update, context)  # the refusal
        return
    async with chat_subscriber(update, context) as subscriber:
        if args:
            problem = await _apply_setting(subscriber, args)
        language = subscriber.language
        html = _settings_html(subscriber)
    if problem == "settings.bad_timezone":
        typed = args[1] if len(args[1]) <= MAX_NAME_LENGTH else args[1][:MAX_NAME_LENGTH] + "…"
        await reply(update, context, language, problem, timezone=typed)
        return
    if problem:
        await reply(update, context, language, problem)
        return
    if args:
        html = t(language, "settings.saved") + "\n\n" + html
    await send_html(context.bot, chat.id, language, html, settings_keyboard(language))


async def latest(update: Update, context: Context) -> None:
    """The newest briefs in the chat's language, each as its own message, as readers got
    them: a withheld translation is the checked English brief with its note; briefs of
    links users sent are here when they are about the conflict (``bot.handlers.links``)."""
    runtime = runtime_of(context)
    chat = update.effective_chat
    assert chat is not None
    language = await chat_language(runtime, update)
    async with runtime.sessions()() as session:
        rows = (
            await session.execute(
                select(Brief, Article, Feed.name)
                .join(Article, Brief.article_id == Article.id)
                .outerjoin(Feed, Article.feed_id == Feed.id)
                .where(Brief.language == language, Brief.published_at.is_not(None))
                .order_by(Brief.published_at.desc(), Brief.id.desc())
                .limit(runtime.config.telegram.latest_count)
            )
        ).all()
    if not rows:
        await reply(update, context, language, "latest.none")
        return
    await reply(update, context, language, "latest.header")
    for brief, article, feed_name in rows:
        await send_html(context.bot, chat.id, language, brief_html(brief, article, feed_name))


async def help_command(update: Update, context: Context) -> None:
    runtime = runtime_of(context)
    chat = update.effective_chat
    user = update.effective_user
    assert chat is not None
    language = await chat_language(runtime, update)
    html = t(language, "help.text")
    if runtime.config.telegram.inline_mode and context.bot.username:
        html += "\n" + t(language, "help.inline", bot="@" + context.bot.username)
    if runtime.is_admin(user.id if user else None):
        html += "\n\n" + t(language, "help.admin")
    await send_html(context.bot, chat.id, language, html)


@chat_admins_only
async def on_button(update: Update, context: Context) -> None:
    """Inline buttons of /start, /language and /settings; stale or unknown data gets a
    short notice instead of a change."""
    query = update.callback_query
    assert query is not None
    data = query.data or ""
    kind, _, value = data.partition(":")
    notice = None
    try:
        if kind == "lang" and value in LANGUAGES:
            await _set_language(update, context, value)
        elif kind not in ("mode", "hour", "tz") or not await _settings_button(
            update, context, kind, value
        ):
            language = await chat_language(runtime_of(context), update)
            notice = t(language, "settings.stale_button")
    finally:
        await query.answer(notice)


async def _settings_button(update: Update, context: Context, kind: str, value: str) -> bool:
    """Apply a /settings button; False when its data means nothing (nothing changes)."""
    async with chat_subscriber(update, context) as subscriber:
        language, timezone = subscriber.language, subscriber.timezone
        hour = parse_hour(value) if kind == "hour" else None
        zone = canonical_timezone(value) if kind == "tz" else None
        if value == "menu" and kind in ("hour", "tz"):
            pass
        elif hour is not None:
            subscriber.digest_hour = hour
            subscriber.mode = SubscriberMode.DIGEST
        elif kind == "mode" and value in _MODES:
            subscriber.mode = SubscriberMode(value)
        elif zone is not None:
            subscriber.timezone = zone
        else:
            return False
        html = t(language, "settings.saved") + "\n\n" + _settings_html(subscriber)
    if kind == "hour" and value == "menu":
        await reply(
            update, context, language, "settings.choose_hour", hour_keyboard(), timezone=timezone
        )
        return True
    if kind == "tz" and value == "menu":
        await reply(
            update,
            context,
            language,
            "settings.choose_timezone",
            timezone_keyboard(),
            timezone=timezone,
        )
        return True
    assert update.effective_chat is not None
    await send_html(
        context.bot, update.effective_chat.id, language, html, settings_keyboard(language)
    )
    return True


def register(application: Application) -> None:  # type: ignore[type-arg]
    application.add_handler(CommandHandler("start", start))
    application.add_handler(CommandHandler("language", language_command))
    application.add_handler(CommandHandler("subscribe", subscribe))
    application.add_handler(CommandHandler("unsubscribe", unsubscribe))
    application.add_handler(CommandHandler("settings", settings_command))
    application.add_handler(CommandHandler("latest", latest))
    application.add_handler(CommandHandler("help", help_command))
    application.add_handler(CallbackQueryHandler(on_button, pattern=r"^(lang|mode|hour|tz):"))
