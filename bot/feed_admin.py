"""Operators' changes to the feed list, one code path for the chat commands and the console.

``/addfeed`` and the console's "Add feed" form both call :func:`add_feed` (the address is
validated as a ``[[feeds]]`` URL, must be new, and must answer with a feed); ``/removefeed``
and the console's "Remove" both call :func:`remove_feed`; pausing a feed is
:func:`set_feed_enabled` (a paused feed is not polled and keeps its articles).
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.ingest.errors import FetchError
from bot.ingest.feeds import parse_feed
from bot.ingest.responses import FEED_TYPES
from bot.ingest.safe_fetch import SafeFetcher
from bot.settings import FeedSettings, FetchSettings
from bot.store import queries
from bot.store.models import Feed

Sessions = async_sessionmaker[AsyncSession]


class AddOutcome(StrEnum):
    USAGE = "usage"  # not a valid feed address
    EXISTS = "exists"
    INVALID = "invalid"  # fetched, but no usable feed there (``reason`` says why)
    ADDED = "added"


@dataclass(frozen=True)
class AddFeedResult:
    outcome: AddOutcome
    feed_id: int | None = None
    name: str = ""
    reason: str = ""


async def check_feed(url: str, fetch_settings: FetchSettings) -> tuple[str | None, str]:
    """Fetch ``url`` as a feed: (error reason or None, the feed's title)."""
    try:
        async with SafeFetcher(fetch_settings) as fetcher:
            result = await fetcher.fetch(url, accept=FEED_TYPES)
    except FetchError as err:
        return err.reason, ""
    # Off the event loop: an 8 MB feed takes a while to parse even when nothing is hostile.
    parsed = await asyncio.to_thread(
        parse_feed, result.body, content_type=result.headers.get("content-type"), url=url
    )
    if parsed.unusable or (not parsed.entries and not parsed.title):
        return parsed.problem or "no feed entries were found", ""
    return None, parsed.title


async def add_feed(
    sessions: Sessions, fetch_settings: FetchSettings, address: str
) -> AddFeedResult:
    """Add the feed at ``address`` (an operator's feed) once it has been checked."""
    try:
        url = FeedSettings(name="feed", url=address.strip()).url
    except ValueError:
        return AddFeedResult(AddOutcome.USAGE)
    async with sessions() as session:
        if await queries.feed_with_url(session, url) is not None:
            return AddFeedResult(AddOutcome.EXISTS)
    problem, title = await check_feed(url, fetch_settings)
    if problem is not None:
        return AddFeedResult(AddOutcome.INVALID, reason=problem)
    name = title.strip()[:200] or urlsplit(url).hostname or url
    async with sessions() as session, session.begin():
        feed = Feed(name=name, url=url, origin="operator", enabled=True)
        session.add(feed)
        await session.flush()
        feed_id = feed.id
    return AddFeedResult(AddOutcome.ADDED, feed_id, name)


async def remove_feed(sessions: Sessions, feed_id: int) -> bool:
    """Remove a feed; False when there is none with that id.

    Articles keep their history (feed_id becomes NULL); a feed from the config file is
    only disabled, so that the next config sync does not bring it back.
    """
    async with sessions() as session, session.begin():
        feed = await session.get(Feed, feed_id)
        if feed is None:
            return False
        if feed.origin == "operator":
            await session.delete(feed)
        else:
            feed.enabled = False
    return True


async def set_feed_enabled(sessions: Sessions, feed_id: int, enabled: bool) -> bool:
    """Pause (not polled) or resume a feed; False when there is none with that id."""
    async with sessions() as session, session.begin():
        feed = await session.get(Feed, feed_id)
        if feed is None:
            return False
        feed.enabled = enabled
    return True


def parse_id(text: str) -> int | None:
    """A feed number as an operator typed it, or None.

    ASCII digits only, and few enough for any database integer ("²".isdigit() is True).
    """
    text = text.strip()
    if text.isascii() and text.isdigit() and 0 < len(text) < 10:
        return int(text)
    return None
