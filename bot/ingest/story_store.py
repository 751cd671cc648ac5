"""Writing a feed's judged entries: article rows, and stories matched to stored ones.

A relevant entry is a duplicate when one of its URL keys, its words' hash or its
fingerprint belongs to a stored story (or one stored earlier in this poll), or when its
text is mostly contained in a near story; the original then gains the outlet in
``also_reported_by``. Every other entry is stored so that it is never fetched again.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from bot.ingest.canonical import MAX_URL_LENGTH, canonical_url, site_of
from bot.ingest.dedupe import CANDIDATE_DISTANCE, StoryIndex
from bot.ingest.entries import RETRY, Outcome
from bot.ingest.extract import ExtractedArticle
from bot.ingest.feed_state import FeedView
from bot.ingest.fingerprint import containment, to_signed
from bot.ingest.report import EntryDecision, FeedReport
from bot.store.models import Article
from bot.store.status import NON_STORY_STATUSES, ArticleStatus

#: A stored row by canonical key: (id, status, duplicate_of_id).
Taken = dict[str, tuple[int, str, int | None]]


@dataclass
class Tally:
    """Decisions on one feed's entries, applied to the report once committed."""

    decisions: list[EntryDecision] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    new_ids: list[int] = field(default_factory=list)
    stories: list[tuple[int, str, int | None]] = field(default_factory=list)

    def decide(self, outcome: Outcome, decision: str, reason: str | None = None) -> None:
        relevance = outcome.relevance
        self.decisions.append(
            EntryDecision(
                link=outcome.entry.link or "",
                title=outcome.entry.title,
                decision=decision,
                score=relevance.score if relevance else None,
                terms=list(relevance.terms) if relevance else [],
                reason=reason if reason is not None else outcome.reason,
            )
        )

    def mark(self) -> tuple[int, int, int, int]:
        """Where the tally stands (to undo an entry whose row could not be written)."""
        return len(self.decisions), len(self.problems), len(self.new_ids), len(self.stories)

    def undo(self, mark: tuple[int, int, int, int]) -> None:
        decisions, problems, new_ids, stories = mark
        del self.decisions[decisions:], self.problems[problems:]
        del self.new_ids[new_ids:], self.stories[stories:]

    def problem(self, text: str) -> None:
        self.problems.append(text)

    def find_story(self, digest: str) -> int | None:
        return next((i for i, d, _ in self.stories if d == digest), None)

    def apply(self, report: FeedReport) -> None:
        for decision in self.decisions:
            report.decide(decision)
        for text in self.problems:
            report.problem(text)
        report.new_article_ids.extend(self.new_ids)


class StoryStore:
    """Stores outcomes in a session, matching relevant ones to the stories in ``index``."""

    def __init__(self, index: StoryIndex, duplicate_min_containment: float) -> None:
        self.index = index
        self.min_containment = duplicate_min_containment

    async def store(
        self,
        session: AsyncSession,
        feed: FeedView,
        language: str | None,
        outcomes: Sequence[Outcome],
        *,
        careful: bool = False,
    ) -> Tally:
        """Add the rows of ``outcomes``; ``careful`` stores each in its own savepoint (for
        a retry after another process stored one of the URLs meanwhile)."""
        tally = Tally()
        stored = [o for o in outcomes if o.kind != RETRY]
        for outcome in outcomes:
            if outcome.kind == RETRY:
                tally.decide(outcome, "failed", f"{outcome.reason} (will retry)")
                tally.problem(f"{outcome.entry.link}: {outcome.reason} (will retry)")
        if not stored:
            return tally
        keys = [_url_keys(o.entry.link or "", o.final_url or o.entry.link or "", o.article)
                for o in stored]  # fmt: skip
        taken = await _existing_keys(session, {k for ks in keys for k in ks})
        for outcome, outcome_keys in zip(stored, keys, strict=True):
            if not careful:
                await self._store_one(session, feed, language, outcome, outcome_keys, taken, tally)
                continue
            mark = tally.mark()
            try:
                async with session.begin_nested():
                    await self._store_one(
                        session, feed, language, outcome, outcome_keys, taken, tally
                    )
            except IntegrityError:  # another process stored it meanwhile
                tally.undo(mark)
                tally.decide(outcome, "seen", "stored meanwhile by another process")
        return tally

    async def _store_one(
        self,
        session: AsyncSession,
        feed: FeedView,
        language: str | None,
        outcome: Outcome,
        keys: list[str],
        taken: Taken,
        tally: Tally,
    ) -> None:
        entry = outcome.entry
        assert entry.link is not None and outcome.kind != RETRY
        final_url = outcome.final_url or entry.link
        free_key = next((k for k in keys if k not in taken), None)
        article = outcome.article
        row = Article(
            feed_id=feed.id,
            url=entry.link,
            guid=entry.guid,
            title=(article.title if article and article.title else entry.title) or None,
            site_name=(article.site_name if article else None) or feed.name,
            published_at=entry.published or (article.published if article else None),
            language=(article.language if article and article.language else language),
            matched_terms=list(outcome.matched),
            also_reported_by=[],
            reason=outcome.reason,
            status=outcome.kind,
            canonical_url=free_key,
        )
        if outcome.kind != ArticleStatus.NEW:
            tally.decide(outcome, outcome.kind)
            if outcome.kind == ArticleStatus.FAILED:
                tally.problem(f"{entry.link}: {outcome.reason}")
            if free_key is not None:
                session.add(row)
                taken[free_key] = (0, outcome.kind, None)
            return
        assert article is not None and outcome.words_hash is not None
        original_id = _story_behind(keys, taken)
        if original_id is None:
            original_id = self.index.find(outcome.words_hash, outcome.fingerprint)
        if original_id is None:
            original_id = tally.find_story(outcome.words_hash)
        if original_id is None:
            original_id = await self._contained_story(session, article.text, outcome.fingerprint)
        row.content_hash = outcome.words_hash
        row.fingerprint = None if outcome.fingerprint is None else to_signed(outcome.fingerprint)
        if original_id is not None:
            tally.decide(outcome, "duplicate", "the same story is already stored")
            await _add_also_reported_by(session, original_id, feed, final_url)
            if free_key is not None:
                row.status = ArticleStatus.DUPLICATE
                row.duplicate_of_id = original_id
                row.reason = "the same story is already stored"
                session.add(row)
                taken[free_key] = (original_id, ArticleStatus.DUPLICATE, original_id)
            return
        if free_key is None:  # every key taken by rows that are not stories
            tally.decide(outcome, "seen", "its links are already stored")
            return
        row.text = article.text
        session.add(row)
        await session.flush()
        taken[free_key] = (row.id, ArticleStatus.NEW, None)
        tally.decide(outcome, "new")
        tally.new_ids.append(row.id)
        tally.stories.append((row.id, outcome.words_hash, row.fingerprint))

    async def _contained_story(
        self, session: AsyncSession, text: str, fingerprint: int | None
    ) -> int | None:
        """A stored story this text is mostly a copy of (trimmed, or with its own intro)."""
        candidates = self.index.near(fingerprint, CANDIDATE_DISTANCE)[:20]
        if not candidates:
            return None
        rows = await session.execute(
            select(Article.id, Article.text).where(Article.id.in_(candidates))
        )
        texts = {article_id: text for article_id, text in rows}
        for article_id in candidates:
            other = texts.get(article_id)
            if other and containment(text, other) >= self.min_containment:
                return article_id
        return None


def _url_keys(link: str, final_url: str, article: ExtractedArticle | None) -> list[str]:
    """Canonical keys of an entry, most specific first: the page's own same-site canonical
    link, the URL it was fetched from, the feed's link (none wider than the column: the
    feed's link always fits, see ``entries._too_long``)."""
    keys: list[str] = []
    declared = article.declared_url if article else None
    if declared and site_of(declared) == site_of(final_url):
        keys.append(canonical_url(declared))
    for url in (final_url, link):
        key = canonical_url(url)
        if key not in keys:
            keys.append(key)
    return [k for k in keys if len(k) <= MAX_URL_LENGTH]


async def _existing_keys(session: AsyncSession, keys: set[str]) -> Taken:
    """Stored rows by canonical key: (id, status, duplicate_of_id)."""
    found: Taken = {}
    ordered = sorted(keys)
    for start in range(0, len(ordered), 500):  # stay under SQLite's parameter limit
        rows = await session.execute(
            select(
                Article.canonical_url, Article.id, Article.status, Article.duplicate_of_id
            ).where(Article.canonical_url.in_(ordered[start : start + 500]))
        )
        for key, article_id, status, duplicate_of in rows:
            found[key] = (article_id, status, duplicate_of)
    return found


def _story_behind(keys: list[str], taken: Taken) -> int | None:
    """The stored story one of ``keys`` belongs to (following a duplicate to its story)."""
    for key in keys:
        if key not in taken:
            continue
        article_id, status, duplicate_of = taken[key]
        if status == ArticleStatus.DUPLICATE and duplicate_of:
            return duplicate_of
        if status not in NON_STORY_STATUSES and article_id:
            return article_id
    return None


async def _add_also_reported_by(
    session: AsyncSession, original_id: int, feed: FeedView, url: str
) -> None:
    original = await session.get(Article, original_id)
    if original is None:
        return
    outlets: list[dict[str, Any]] = list(original.also_reported_by or [])
    site = site_of(url)
    if original.feed_id == feed.id or any(o.get("site") == site for o in outlets):
        return
    if site_of(original.url) == site:
        return
    outlets.append({"name": feed.name, "site": site, "url": url, "feed_id": feed.id})
    original.also_reported_by = outlets
