"""A feed's entries: which are new, and what each new one is (fetched, extracted, judged).

Nothing is written here: each new entry becomes an :class:`Outcome` that
:mod:`bot.ingest.story_store` stores.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from typing import Final, Literal

from sqlalchemy import or_, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.ingest.article import extract_fetched
from bot.ingest.canonical import MAX_URL_LENGTH, canonical_url, site_of
from bot.ingest.errors import FetchError, FetchFailed, FetchHTTPError, FetchTimeout
from bot.ingest.extract import ExtractedArticle, NotArticle
from bot.ingest.feed_state import FeedView
from bot.ingest.feeds import FeedEntry
from bot.ingest.fingerprint import simhash
from bot.ingest.relevance import Relevance, RelevanceScorer
from bot.ingest.report import EntryDecision, FeedReport
from bot.ingest.safe_fetch import PAGE_TYPES, SafeFetcher
from bot.settings import TriglotConfig
from bot.store.models import Article
from bot.store.status import ArticleStatus
from summarizer.text import words_hash

log = logging.getLogger(__name__)

#: An entry whose page failed for a passing reason: not stored, tried again next poll.
RETRY: Final[Literal["retry"]] = "retry"

#: Page errors worth another try at the next poll (others are stored as failed).
_TRANSIENT = (FetchTimeout,)


def is_transient(exc: FetchError) -> bool:
    if isinstance(exc, _TRANSIENT):
        return True
    if isinstance(exc, FetchHTTPError):
        return exc.status in (408, 425, 429) or exc.status >= 500
    return type(exc) is FetchFailed  # connection errors and the like


@dataclass
class Outcome:
    """What became of one entry, ready to be written."""

    entry: FeedEntry
    kind: ArticleStatus | Literal["retry"]  # new, irrelevant, not_article, failed or retry
    article: ExtractedArticle | None = None
    final_url: str | None = None
    reason: str | None = None
    matched: tuple[str, ...] = ()
    requests: int = 0
    words_hash: str | None = None  # of the text, for relevant articles
    fingerprint: int | None = None  # unsigned SimHash, for relevant articles
    relevance: Relevance | None = None  # when relevance was judged


class RequestSlots:
    """At most ``fetch.concurrency`` requests at once, ``fetch.per_host_concurrency`` per site."""

    def __init__(self, concurrency: int, per_host: int) -> None:
        self._all = asyncio.Semaphore(concurrency)
        self._per_host = per_host
        self._hosts: dict[str, asyncio.Semaphore] = {}

    @contextlib.asynccontextmanager
    async def slot(self, url: str) -> AsyncIterator[None]:
        """Wait for a free request slot: one of the host's, then one of the poll's."""
        host = site_of(url) or url
        if host not in self._hosts:
            self._hosts[host] = asyncio.Semaphore(self._per_host)
        async with self._hosts[host], self._all:
            yield


class UnseenEntries:
    """Picks a feed's entries that no stored row and no other feed of this poll has."""

    def __init__(
        self, session_factory: async_sessionmaker[AsyncSession], max_entries_per_feed: int
    ) -> None:
        self.session_factory = session_factory
        self.limit = max_entries_per_feed
        # Canonical keys taken by some feed in this poll: a link that two feeds carry is
        # fetched once.
        self.claimed: set[str] = set()

    async def pick(
        self, feed: FeedView, entries: Sequence[FeedEntry], report: FeedReport
    ) -> list[FeedEntry]:
        linked = [e for e in entries if e.link]
        for entry in entries:
            if not entry.link:
                report.problem(f"entry without a link skipped: {entry.title[:80]!r}")
        linked = [e for e in linked if not _too_long(e, report)]
        if not linked:
            return []
        links = {e.link for e in linked if e.link}
        keys = {canonical_url(link) for link in links}
        guids = {e.guid for e in linked if e.guid}
        # Only indexed columns in the query (a feed's GUID falls back to its link, so a
        # redirecting feed link is found through the GUID even when the stored key is the
        # canonical form of the page it led to).
        async with self.session_factory() as session:
            rows = await session.execute(
                select(Article.url, Article.canonical_url, Article.guid, Article.feed_id).where(
                    or_(Article.canonical_url.in_(keys), Article.guid.in_(guids | links))
                )
            )
            known = rows.all()
        known_urls = {r.url for r in known} | {r.canonical_url for r in known}
        known_guids = {r.guid for r in known if r.feed_id == feed.id}
        fresh: list[FeedEntry] = []
        limit = self.limit
        for entry in linked:
            assert entry.link is not None
            key = canonical_url(entry.link)
            if entry.link in known_urls or key in known_urls or entry.guid in known_guids:
                report.decide(EntryDecision(entry.link, entry.title, "seen"))
            elif key in self.claimed:  # the same link in this or another feed, this poll
                reason = "the same link was taken from a feed in this poll"
                report.decide(EntryDecision(entry.link, entry.title, "duplicate", reason=reason))
            else:
                if len(fresh) < limit:
                    self.claimed.add(key)
                fresh.append(entry)
        if len(fresh) > limit:
            # Feeds list the newest first: the oldest are left out (a newly added feed
            # does not flood subscribers with its whole archive).
            report.problem(
                f"{len(fresh) - limit} older entries left out (fetch.max_entries_per_feed)"
            )
        return fresh[:limit]


def _too_long(entry: FeedEntry, report: FeedReport) -> bool:
    """An entry whose link (or its canonical key) is too long to store is refused as such:
    skipped with a problem, on SQLite as on PostgreSQL (whose column would refuse it and
    with it the feed's whole transaction)."""
    assert entry.link is not None
    if len(entry.link) <= MAX_URL_LENGTH and len(canonical_url(entry.link)) <= MAX_URL_LENGTH:
        return False
    report.problem(
        f"entry skipped: its link is longer than {MAX_URL_LENGTH:,} characters"
        f" ({entry.title[:80]!r})"
    )
    return True


class EntryJudge:
    """Fetches a new entry's page, extracts it and judges its relevance."""

    def __init__(self, config: TriglotConfig, fetcher: SafeFetcher, slots: RequestSlots) -> None:
        self.config = config
        self.settings = config.fetch
        self.fetcher = fetcher
        self.slots = slots
        self.scorer = RelevanceScorer(config.relevance)

    async def process(self, feed: FeedView, entry: FeedEntry) -> Outcome:
        try:
            return await self._process(feed, entry)
        except Exception as exc:  # one entry's failure is that entry's, never the feed's
            log.exception("entry %s of feed %s failed", entry.link, feed.url)
            reason = f"internal error: {type(exc).__name__}"
            return Outcome(entry, ArticleStatus.FAILED, reason=reason)

    async def _process(self, feed: FeedView, entry: FeedEntry) -> Outcome:
        assert entry.link is not None
        if not self.settings.fetch_pages:
            return self._from_feed_text(feed, entry)
        if not (feed.always_relevant or self.config.relevance.check_page_text):
            relevance = self._score(entry)
            if not relevance.relevant:
                reason = "the feed's title and summary are not about the conflict"
                return Outcome(entry, ArticleStatus.IRRELEVANT, reason=reason, relevance=relevance)
        try:
            async with self.slots.slot(entry.link):
                page = await self.fetcher.fetch(entry.link, accept=PAGE_TYPES)
        except FetchError as exc:
            kind = RETRY if is_transient(exc) else ArticleStatus.FAILED
            return Outcome(entry, kind, reason=exc.reason, requests=exc.requests)
        extracted = await extract_fetched(page, self.settings)
        if isinstance(extracted, NotArticle):
            outcome = Outcome(
                entry, ArticleStatus.NOT_ARTICLE, final_url=page.url, reason=extracted.detail
            )
        else:
            outcome = self._judge(feed, entry, extracted, page.url)
        outcome.requests = page.requests
        return outcome

    def _from_feed_text(self, feed: FeedView, entry: FeedEntry) -> Outcome:
        assert entry.link is not None
        if len(entry.summary) < self.settings.min_article_chars:
            detail = f"the feed's text is too short to summarise ({len(entry.summary)} characters)"
            return Outcome(entry, ArticleStatus.NOT_ARTICLE, reason=detail)
        article = ExtractedArticle(url=entry.link, title=entry.title, text=entry.summary)
        return self._judge(feed, entry, article, entry.link)

    def _judge(
        self, feed: FeedView, entry: FeedEntry, article: ExtractedArticle, final_url: str
    ) -> Outcome:
        relevance = self._score(entry, article, final_url)
        if feed.always_relevant or relevance.relevant:
            return Outcome(
                entry,
                ArticleStatus.NEW,
                article,
                final_url,
                matched=relevance.matched_terms,
                words_hash=words_hash(article.text),
                fingerprint=simhash(article.text),
                relevance=relevance,
            )
        reason = f"relevance score {relevance.score:g} is below {self.config.relevance.threshold:g}"
        return Outcome(
            entry, ArticleStatus.IRRELEVANT, article, final_url, reason=reason, relevance=relevance
        )

    def _score(
        self,
        entry: FeedEntry,
        article: ExtractedArticle | None = None,
        final_url: str | None = None,
    ) -> Relevance:
        """Score an entry on its feed text and, when fetched, its page."""
        page_text = article.text if article and article.text != entry.summary else ""
        return self.scorer.score(
            title=entry.title,
            summary=entry.summary,
            categories=entry.categories,
            url=final_url or entry.link,
            page_title=article.title if article else "",
            page_text=page_text,
        )
