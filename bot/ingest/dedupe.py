"""Recognising a story that is already stored: by URL key, GUID, exact text, or near text.

:class:`StoryIndex` holds the keys of recent stored stories in memory for one poll
(loaded once, then kept up to date as the poll stores new ones), so checking an article
costs no query per candidate. Near-duplicates are SimHash fingerprints within
``fetch.duplicate_max_distance`` bits, or within :data:`CANDIDATE_DISTANCE` bits and
sharing at least ``fetch.duplicate_min_containment`` of the shorter text's shingles,
among stories of the last ``fetch.duplicate_window_hours``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.ingest.fingerprint import hamming, to_unsigned
from bot.store.models import Article
from bot.store.status import NON_STORY_STATUSES


@dataclass(frozen=True)
class StoryKey:
    article_id: int
    content_hash: str | None
    fingerprint: int | None  # unsigned


class StoryIndex:
    """Recent stories' text keys, for exact and near-duplicate lookups."""

    def __init__(self, max_distance: int) -> None:
        self.max_distance = max_distance
        self._stories: list[StoryKey] = []
        self._by_hash: dict[str, int] = {}

    @classmethod
    async def load(cls, session: AsyncSession, *, since: datetime, max_distance: int) -> StoryIndex:
        index = cls(max_distance)
        rows = await session.execute(
            select(Article.id, Article.content_hash, Article.fingerprint).where(
                Article.created_at >= since,
                Article.duplicate_of_id.is_(None),
                Article.status.not_in(NON_STORY_STATUSES),
                or_(Article.content_hash.is_not(None), Article.fingerprint.is_not(None)),
            )
        )
        for article_id, digest, fingerprint in rows:
            index.add(article_id, digest, fingerprint)
        return index

    def add(self, article_id: int, content_hash: str | None, fingerprint: int | None) -> None:
        key = StoryKey(
            article_id, content_hash, None if fingerprint is None else to_unsigned(fingerprint)
        )
        self._stories.append(key)
        if content_hash:
            self._by_hash.setdefault(content_hash, article_id)

    def find(self, content_hash: str | None, fingerprint: int | None) -> int | None:
        """The id of a stored story with the same or nearly the same text, if any."""
        if content_hash and content_hash in self._by_hash:
            return self._by_hash[content_hash]
        if fingerprint is None:
            return None
        best: tuple[int, int] | None = None
        for story in self._stories:
            if story.fingerprint is None:
                continue
            distance = hamming(story.fingerprint, fingerprint)
            if distance <= self.max_distance and (best is None or distance < best[0]):
                best = (distance, story.article_id)
        return best[1] if best else None

    def near(self, fingerprint: int | None, within: int) -> list[int]:
        """Ids of stories whose fingerprint is within ``within`` bits, nearest first."""
        if fingerprint is None:
            return []
        found = [
            (hamming(story.fingerprint, fingerprint), story.article_id)
            for story in self._stories
            if story.fingerprint is not None
        ]
        return [article_id for distance, article_id in sorted(found) if distance <= within]


#: SimHash distance up to which a story is a candidate for the containment check.
CANDIDATE_DISTANCE = 22


def window_start(now: datetime, hours: float) -> datetime:
    return now - timedelta(hours=hours)
