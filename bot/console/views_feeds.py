"""The feeds page: list, add, pause, resume, remove — the chat commands' own code path —
and the channels briefs are posted to (added and removed as /addchannel, /removechannel do)."""

from __future__ import annotations

from typing import Any

from markupsafe import Markup
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from bot.channels.admin import AddOutcome as ChannelAdd
from bot.channels.admin import add_channel, remove_channel_named
from bot.channels.store import list_channels
from bot.console.app import back, context_of, notice_of, page, render
from bot.console.auth import OpenSession
from bot.feed_admin import AddOutcome, add_feed, parse_id, remove_feed, set_feed_enabled
from bot.formatting import Raw
from bot.i18n import LANGUAGE_NAMES, t
from bot.store import queries

_ADD_PROBLEMS = {
    AddOutcome.USAGE: "That is not a valid feed address (http:// or https://).",
    AddOutcome.EXISTS: "That feed is already in the list.",
}


async def _feeds_page(
    request: Request, notice: str = "", address: str = "", status_code: int = 200
) -> Response:  # notice: plain text (escaped) or Markup
    async with context_of(request).sessions() as session:
        feeds = await queries.all_feeds(session)
        today = await queries.entries_per_feed_since(session, queries.midnight_utc())
        channels = await list_channels(session)
    return render(
        request,
        "feeds.html",
        status_code=status_code,
        feeds=feeds,
        today=today,
        channels=channels,
        languages=LANGUAGE_NAMES,
        notice=notice,
        address=address,
    )


@page
async def show(request: Request, operator: OpenSession) -> Response:
    return await _feeds_page(request, notice_of(request))


@page
async def add(request: Request, operator: OpenSession) -> Response:
    ctx = context_of(request)
    address = str((await request.form()).get("url", ""))
    result = await add_feed(ctx.sessions, ctx.config().fetch, address)
    if result.outcome == AddOutcome.ADDED:
        return await _feeds_page(request, f"Feed {result.feed_id} added: {result.name}.")
    problem = _ADD_PROBLEMS.get(
        result.outcome, f"That address did not give a valid feed: {result.reason}"
    )
    return await _feeds_page(request, problem, address=address, status_code=400)


def _feed_action(enabled: bool | None, notice: str) -> Route:
    async def act(request: Request, operator: OpenSession) -> Response:
        sessions = context_of(request).sessions
        feed_id = parse_id(request.path_params["feed_id"])
        if feed_id is None:
            return back("/feeds", "feed-unknown")
        if enabled is None:
            done = await remove_feed(sessions, feed_id)
        else:
            done = await set_feed_enabled(sessions, feed_id, enabled)
        return back("/feeds", notice if done else "feed-unknown")

    name = "remove" if enabled is None else "resume" if enabled else "pause"
    act.__name__ = f"feed_{name}"
    return Route(f"/feeds/{{feed_id}}/{name}", page(act), methods=["POST"])


def catalog_text(key: str, **params: Any) -> Markup:
    """The bot's own English text: Telegram HTML (a few tags) with its values escaped."""
    return Markup(t("en", key, **params))


@page
async def add_channel_form(request: Request, operator: OpenSession) -> Response:
    ctx = context_of(request)
    form = await request.form()
    chat, language = str(form.get("chat", "")), str(form.get("language", ""))
    if ctx.bot is None:
        return await _feeds_page(request, "Channels can be added only while the bot runs.")
    result = await add_channel(ctx.sessions, ctx.bot, chat, language)
    if result.outcome == ChannelAdd.USAGE:
        notice = catalog_text("channels.add_usage")
    elif result.outcome == ChannelAdd.CANNOT_POST:
        problem = catalog_text(f"channels.problem.{result.problem}")
        notice = catalog_text("channels.add_cannot_post", chat=chat, problem=Raw(problem))
    else:
        notice = catalog_text(
            f"channels.add_{result.outcome}",
            chat=result.chat_ref,
            reading_language=LANGUAGE_NAMES[result.language],
        )
    added = result.outcome in (ChannelAdd.ADDED, ChannelAdd.RESUMED)
    return await _feeds_page(request, notice, status_code=200 if added else 400)


@page
async def remove_channel_form(request: Request, operator: OpenSession) -> Response:
    chat = str((await request.form()).get("chat", ""))
    outcome = await remove_channel_named(context_of(request).sessions, chat)
    notice = catalog_text(f"channels.remove_{outcome}", chat=chat)
    return await _feeds_page(request, notice, status_code=200 if outcome == "done" else 400)


routes = [
    Route("/feeds", show),
    Route("/feeds/add", add, methods=["POST"]),
    _feed_action(False, "feed-paused"),
    _feed_action(True, "feed-resumed"),
    _feed_action(None, "feed-removed"),
    Route("/channels/add", add_channel_form, methods=["POST"]),
    Route("/channels/remove", remove_channel_form, methods=["POST"]),
]
