"""Operator commands: /stats, /feeds, /addfeed, /removefeed, /reload, /pause, /resume,
/console.

Only ``telegram.admin_ids`` (read at each command, so ``/reload`` can change them) may use
them; anyone else gets exactly the reply to an unknown command, so the commands do not
reveal themselves.
"""

from __future__ import annotations

import functools
import logging
from typing import TYPE_CHECKING, Any

from telegram import Update
from telegram.ext import Application, CommandHandler

from bot.channels.store import channel_summary
from bot.config_loader import ConfigError, load_config
from bot.console.auth import end_sessions_of, issue_login
from bot.delivery.pause import set_paused
from bot.feed_admin import AddOutcome, add_feed, parse_id, remove_feed
from bot.formatting import Raw
from bot.handlers.common import Context, Handler, chat_language, reply
from bot.i18n import message, t
from bot.review.actions import count_pending
from bot.runtime import runtime_of
from bot.sending import send_html
from bot.store import queries
from summarizer.languages import LANGUAGES

if TYPE_CHECKING:
    from bot.workers.client import WorkerDispatcher

log = logging.getLogger(__name__)


def operators_only(handler: Handler) -> Handler:
    @functools.wraps(handler)
    async def guarded(update: Update, context: Context) -> None:
        user = update.effective_user
        if not runtime_of(context).is_admin(user.id if user else None):
            await unknown_command(update, context)
            return
        await handler(update, context)

    return guarded


async def unknown_command(update: Update, context: Context) -> None:
    language = await chat_language(runtime_of(context), update)
    await reply(update, context, language, "common.unknown_command")


@operators_only
async def stats(update: Update, context: Context) -> None:
    services = runtime_of(context)
    language = await chat_language(services, update)
    async with services.sessions()() as session:
        per_language = await queries.subscribers_per_language(session)
        briefs_today, from_links = await queries.briefs_made_since(session, queries.midnight_utc())
        health = await queries.enabled_feeds_by_health(session)
        delivery = await queries.delivery_stats(session)
        channels = await channel_summary(session)
        waiting_for_review = await count_pending(session)
    # Any: the counts go to the catalog text as keyword arguments.
    by_language: dict[str, Any] = {lang: per_language.get(lang, 0) for lang in LANGUAGES}
    html = message(
        language,
        "admin.stats",
        subscribers=sum(per_language.values()),
        **by_language,
        briefs_today=briefs_today,
        from_links=from_links,
        queue=delivery.backlog,
        sent_hour=delivery.sent_last_hour,
        rate=round(delivery.send_rate_per_second, 1),
        failed_today=delivery.failed_last_day,
        sending=t(language, "admin.sending_paused" if delivery.paused else "admin.sending_active"),
        feeds_healthy=health.get(True, 0),
        feeds_failing=health.get(False, 0),
    )
    if channels.active or channels.paused:
        html += "\n" + t(
            language, "channels.stats", active=channels.active, paused=len(channels.paused)
        )
    if channels.paused:
        separator = t(language, "list.separator")
        html += "\n" + t(language, "channels.stats_paused", names=separator.join(channels.paused))
    if waiting_for_review:  # with review off too: briefs held before it was switched off
        key = "review.stats_waiting" if services.config.review.required else "review.stats_held"
        html += "\n" + t(language, key, briefs=waiting_for_review)
    if services.dispatcher is not None:  # model workers elsewhere: how the broker is doing
        html += "\n" + await _workers_line(services.dispatcher, language)
    chat = update.effective_chat
    assert chat is not None
    await send_html(context.bot, chat.id, language, html)


async def _workers_line(dispatcher: WorkerDispatcher, language: str) -> str:
    state = await dispatcher.state()
    if state.reachable:
        return t(
            language,
            "admin.workers_ok",
            links=Raw(t(language, "admin.workers_links", count=state.queued.get("links", 0))),
            articles=Raw(
                t(language, "admin.workers_articles", count=state.queued.get("articles", 0))
            ),
        )
    return t(
        language, "admin.workers_down", error=state.error, seconds=round(state.retry_in_seconds)
    )


@operators_only
async def feeds(update: Update, context: Context) -> None:
    services = runtime_of(context)
    language = await chat_language(services, update)
    async with services.sessions()() as session:
        rows = await queries.all_feeds(session)
        today = await queries.entries_per_feed_since(session, queries.midnight_utc())
    if not rows:
        await reply(update, context, language, "admin.feeds_none")
        return
    lines = [t(language, "admin.feeds_header")]
    for feed in rows:
        health = (
            "admin.feed_disabled"
            if not feed.enabled
            else "admin.feed_healthy"
            if feed.healthy
            else "admin.feed_failing"
        )
        lines.append(
            t(
                language,
                "admin.feed_line",
                id=feed.id,
                name=feed.name,
                url=feed.url,
                health=Raw(t(language, health)),
            )
        )
        kept, dropped = today.get(feed.id, (0, 0))
        lines.append("   " + t(language, "admin.feed_today", kept=kept, dropped=dropped))
    assert update.effective_chat is not None
    await send_html(context.bot, update.effective_chat.id, language, "\n".join(lines))


@operators_only
async def addfeed(update: Update, context: Context) -> None:
    services = runtime_of(context)
    language = await chat_language(services, update)
    args = context.args or []
    if len(args) != 1:
        await reply(update, context, language, "admin.addfeed_usage")
        return
    result = await add_feed(services.sessions(), services.config.fetch, args[0])
    if result.outcome == AddOutcome.ADDED:
        await reply(
            update, context, language, "admin.addfeed_added", id=result.feed_id, name=result.name
        )
    elif result.outcome == AddOutcome.INVALID:
        await reply(update, context, language, "admin.addfeed_invalid", reason=result.reason)
    else:
        await reply(update, context, language, f"admin.addfeed_{result.outcome}")


@operators_only
async def removefeed(update: Update, context: Context) -> None:
    services = runtime_of(context)
    language = await chat_language(services, update)
    args = context.args or []
    feed_id = parse_id(args[0]) if len(args) == 1 else None
    if feed_id is None:
        await reply(update, context, language, "admin.removefeed_usage")
        return
    removed = await remove_feed(services.sessions(), feed_id)
    key = "admin.removefeed_done" if removed else "admin.removefeed_not_found"
    await reply(update, context, language, key, id=feed_id)


@operators_only
async def reload_config(update: Update, context: Context) -> None:
    """Re-read the config file; an invalid one is refused and the running one kept."""
    services = runtime_of(context)
    language = await chat_language(services, update)
    try:
        config = load_config(services.config_path)
    except ConfigError as err:
        errors = "\n".join(str(problem) for problem in err.problems)
        await reply(update, context, language, "admin.reload_failed", errors=errors)
        return
    except OSError as err:
        await reply(update, context, language, "admin.reload_failed", errors=str(err))
        return
    restart_only = await services.apply_config(config)
    log.info("configuration reloaded from %s", services.config_path or "the default path")
    if restart_only:
        await reply(
            update, context, language, "admin.reload_needs_restart", keys=", ".join(restart_only)
        )
    else:
        await reply(update, context, language, "admin.reload_done")


async def _set_paused(update: Update, context: Context, paused: bool) -> None:
    services = runtime_of(context)
    await set_paused(services.sessions(), paused)
    language = await chat_language(services, update)
    await reply(update, context, language, "admin.paused" if paused else "admin.resumed")


@operators_only
async def pause(update: Update, context: Context) -> None:
    await _set_paused(update, context, True)


@operators_only
async def resume(update: Update, context: Context) -> None:
    await _set_paused(update, context, False)


@operators_only
async def console(update: Update, context: Context) -> None:
    """A one-time login link to the web console; ``/console logout`` ends its sessions."""
    services = runtime_of(context)
    language = await chat_language(services, update)
    settings = services.config.console
    user = update.effective_user
    assert user is not None
    args = [arg.lower() for arg in context.args or []]
    if args == ["logout"]:
        count = await end_sessions_of(services.sessions(), user.id)
        await reply(update, context, language, "admin.console_logged_out", sessions=count)
        return
    if not settings.listen:
        await reply(update, context, language, "admin.console_off")
        return
    token = await issue_login(services.sessions(), user.id, settings.login_link_minutes)
    url = f"{services.console_url()}/login/{token}"
    await reply(
        update,
        context,
        language,
        "admin.console_link",
        url=url,
        minutes=settings.login_link_minutes,
    )


OPERATOR_COMMANDS: dict[str, Handler] = {
    "stats": stats,
    "feeds": feeds,
    "addfeed": addfeed,
    "removefeed": removefeed,
    "reload": reload_config,
    "pause": pause,
    "resume": resume,
    "console": console,
}


def register(application: Application) -> None:  # type: ignore[type-arg]
    for name, handler in OPERATOR_COMMANDS.items():
        application.add_handler(CommandHandler(name, handler))
