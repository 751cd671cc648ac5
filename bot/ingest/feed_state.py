"""A feed's state after a poll: validators and next poll time, or backoff and health."""

from __future__ import annotations

import logging
import random
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.settings import FetchSettings
from bot.store.models import Feed
from bot.store.types import utcnow

log = logging.getLogger(__name__)


@dataclass
class FeedView:
    """The fields of a feed row the poll needs, detached from any session."""

    id: int
    name: str
    url: str
    language: str | None
    always_relevant: bool
    etag: str | None
    last_modified: str | None
    consecutive_failures: int

    @classmethod
    def of(cls, feed: Feed) -> FeedView:
        return cls(
            id=feed.id,
            name=feed.name,
            url=feed.url,
            language=feed.language,
            always_relevant=bool(feed.always_relevant),
            etag=feed.etag,
            last_modified=feed.last_modified,
            consecutive_failures=feed.consecutive_failures or 0,
        )


def backoff_seconds(
    failures: int, settings: FetchSettings, rng: random.Random | None = None
) -> float:
    """Exponential backoff with jitter: base * 2^(n-1), capped, times 0.5-1.0."""
    exponential = settings.backoff_base_seconds * 2.0 ** (min(failures, 60) - 1)
    ceiling = min(exponential, settings.backoff_max_seconds)
    draw = rng.random() if rng is not None else random.random()
    return ceiling * (0.5 + draw / 2)


async def mark_success(
    session: AsyncSession,
    feed: FeedView,
    validators: tuple[str | None, str | None] | None,
    delay: float,
) -> None:
    """A polled feed: healthy, next poll in ``delay`` seconds, validators replaced unless None."""
    row = await session.get(Feed, feed.id)
    if row is None:
        return
    now = utcnow()
    if validators is not None:  # one too wide for its column is not kept (PostgreSQL)
        etag, modified = validators
        row.etag = etag if etag and len(etag) <= 500 else None
        row.last_modified = modified if modified and len(modified) <= 100 else None
    row.last_polled_at = row.last_success_at = now
    row.next_poll_at = now + timedelta(seconds=delay)
    row.consecutive_failures = 0
    row.healthy = True
    row.last_error = None


async def mark_failure(
    session: AsyncSession,
    feed: FeedView,
    settings: FetchSettings,
    reason: str,
    retry_after: float | None,
) -> bool | None:
    """A feed that could not be polled: backoff, and unhealthy after too many failures.

    Returns the feed's health (None when its row is gone) and logs the change.
    """
    now = utcnow()
    row = await session.get(Feed, feed.id)
    if row is None:
        return None
    failures = (row.consecutive_failures or 0) + 1
    delay = backoff_seconds(failures, settings)
    if retry_after is not None:
        delay = max(delay, min(retry_after, settings.backoff_max_seconds))
    row.consecutive_failures = failures
    row.last_polled_at = now
    row.next_poll_at = now + timedelta(seconds=delay)
    row.last_error = reason
    was_healthy = row.healthy
    row.healthy = failures < settings.unhealthy_after_failures
    if was_healthy and not row.healthy:
        log.warning(
            "feed %s (%s) is unhealthy after %d failures: %s", feed.name, feed.url, failures, reason
        )
    else:
        log.info("feed %s failed (%d in a row): %s", feed.url, failures, reason)
    return row.healthy
