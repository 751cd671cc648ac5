"""Polling every feed once: conditional GET, backoff, health, and new articles stored.

``poll_all`` is the whole ingestion step. For each due feed, concurrently (at most
``fetch.concurrency`` requests at once):

1. GET the feed with its stored ETag / Last-Modified; a 304 costs one request and
   stores nothing but the poll time.
2. Parse it (broken feeds leniently; unusable ones count as a failure).
3. Drop entries already stored (by entry URL, its canonical key, or the feed's GUID).
4. Fetch and extract each new entry's page; keep it if the feed is ``always_relevant`` or
   its relevance score (feed title, summary and categories, link section, page text; see
   :mod:`bot.ingest.relevance`) reaches ``relevance.threshold`` (with
   ``relevance.check_page_text = false``, an entry whose feed text does not reach it is
   judged irrelevant without fetching its page).
5. Recognise duplicates: the same canonical URL (also the page's own same-site canonical
   link), the same text, or a near-identical fingerprint; a duplicate from another outlet
   is added to the original's ``also_reported_by``.
6. Store every looked-at entry (so it is never fetched again): relevant new stories with
   status ``new`` and their text, the rest as ``irrelevant``, ``duplicate``,
   ``not_article`` or ``failed`` with the reason.

At most ``fetch.max_entries_per_feed`` new entries are taken per poll, the newest (feeds
list them first); older ones are left out. Then the feed's state: validators (only when
every entry was dealt with, so a page that failed for a passing reason is retried), the
next poll time (Retry-After, Cache-Control max-age and RSS ``<ttl>`` respected, capped
by ``fetch.max_cache_seconds``), and on failure an exponential backoff with jitter and,
after ``fetch.unhealthy_after_failures`` failures in a row, the feed marked unhealthy
with the reason.

Every entry taken gets one decision in the report (``FeedReport.entries``: new, seen,
irrelevant, duplicate, not_article or failed, with the relevance score and terms).

Network and extraction run concurrently (at most ``fetch.concurrency`` requests, and
``fetch.per_host_concurrency`` to one site); database writes go through one lock (SQLite
has one writer), each feed's in one short transaction.
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import json
import logging
import random
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.ingest.article import extract_fetched
from bot.ingest.canonical import MAX_URL_LENGTH, canonical_url, site_of
from bot.ingest.dedupe import CANDIDATE_DISTANCE, NON_STORY_STATUSES, StoryIndex, window_start
from bot.ingest.errors import FetchError, FetchFailed, FetchHTTPError, FetchTimeout
from bot.ingest.extract import ExtractedArticle, NotArticle
from bot.ingest.feeds import FeedEntry, parse_feed
from bot.ingest.fingerprint import containment, content_hash, simhash, to_signed
from bot.ingest.relevance import Relevance, RelevanceScorer
from bot.ingest.report import EntryDecision, FeedReport, PollProgress, PollReport
from bot.ingest.safe_fetch import FEED_TYPES, PAGE_TYPES, SafeFetcher
from bot.settings import FetchSettings, TriglotConfig
from bot.store.db import lock_for_writing
from bot.store.models import Article, Feed, RuntimeState
from bot.store.types import utcnow

log = logging.getLogger(__name__)

#: Page errors worth another try at the next poll (others are stored as failed).
_TRANSIENT = (FetchTimeout,)


def _is_transient(exc: FetchError) -> bool:
    if isinstance(exc, _TRANSIENT):
        return True
    if isinstance(exc, FetchHTTPError):
        return exc.status in (408, 425, 429) or exc.status >= 500
    return type(exc) is FetchFailed  # connection errors and the like


#: RuntimeState key: digest of the ``[[feeds]]`` last synced into the feeds table.
CONFIG_FEEDS_STATE = "ingest.config_feeds_sha256"


async def sync_config_feeds(
    config: TriglotConfig, session_factory: async_sessionmaker[AsyncSession]
) -> bool:
    """Make the ``feeds`` table follow ``[[feeds]]``; True when anything was synced.

    Only when ``[[feeds]]`` changed since the last sync (a digest is kept in
    ``runtime_state``): new feeds are added, changed ones updated and re-enabled, removed
    ones disabled. Between config changes, what operators did (``/removefeed`` disabling
    a config feed, ``/addfeed``) stays as they left it.
    """
    payload = json.dumps([f.model_dump(mode="json") for f in config.feeds], sort_keys=True)
    digest = hashlib.sha256(payload.encode()).hexdigest()
    wanted = {f.url: f for f in config.feeds}
    async with session_factory() as session, session.begin():
        # Two processes starting at once would both add the new feeds: one at a time.
        await lock_for_writing(await session.connection(), CONFIG_FEEDS_STATE)
        state = await session.get(RuntimeState, CONFIG_FEEDS_STATE)
        if state is not None and state.value == digest:
            return False
        existing = {f.url: f for f in (await session.scalars(select(Feed))).all()}
        for url, settings in wanted.items():
            feed = existing.get(url)
            if feed is None:
                session.add(
                    Feed(
                        name=settings.name,
                        url=url,
                        language=settings.language,
                        always_relevant=settings.always_relevant,
                        origin="config",
                        enabled=True,
                        consecutive_failures=0,
                        healthy=True,
                    )
                )
                continue
            feed.name = settings.name
            feed.language = settings.language
            feed.always_relevant = settings.always_relevant
            feed.origin = "config"
            feed.enabled = True
        for url, feed in existing.items():
            if feed.origin == "config" and url not in wanted and feed.enabled:
                feed.enabled = False
        if state is None:
            session.add(RuntimeState(key=CONFIG_FEEDS_STATE, value=digest))
        else:
            state.value = digest
    return True


@dataclass
class _FeedView:
    """The fields of a feed row the poll needs, detached from any session."""

    id: int
    name: str
    url: str
    language: str | None
    always_relevant: bool
    etag: str | None
    last_modified: str | None
    consecutive_failures: int


@dataclass
class _Outcome:
    """What became of one entry, ready to be written."""

    entry: FeedEntry
    kind: str  # new | irrelevant | not_article | failed | retry
    article: ExtractedArticle | None = None
    final_url: str | None = None
    reason: str | None = None
    matched: tuple[str, ...] = ()
    requests: int = 0
    content_hash: str | None = None  # of the text, for relevant articles
    fingerprint: int | None = None  # unsigned SimHash, for relevant articles
    relevance: Relevance | None = None  # when relevance was judged


@dataclass
class _Tally:
    """Decisions on one feed's entries, applied to the report once committed."""

    decisions: list[EntryDecision] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    new_ids: list[int] = field(default_factory=list)
    stories: list[tuple[int, str, int | None]] = field(default_factory=list)

    def decide(self, outcome: _Outcome, decision: str, reason: str | None = None) -> None:
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


class _Poll:
    def __init__(
        self,
        config: TriglotConfig,
        session_factory: async_sessionmaker[AsyncSession],
        fetcher: SafeFetcher,
        index: StoryIndex,
        progress: PollProgress | None,
    ) -> None:
        self.config = config
        self.settings: FetchSettings = config.fetch
        self.session_factory = session_factory
        self.fetcher = fetcher
        self.index = index
        self.progress = progress
        self.scorer = RelevanceScorer(config.relevance)
        self.slots = asyncio.Semaphore(config.fetch.concurrency)
        self.host_slots: dict[str, asyncio.Semaphore] = {}
        self.write_lock = asyncio.Lock()
        # Canonical keys taken by some feed in this poll: a link that two feeds carry is
        # fetched once.
        self.claimed: set[str] = set()

    @contextlib.asynccontextmanager
    async def _slot(self, url: str) -> AsyncIterator[None]:
        """Wait for a free request slot: one of the host's, then one of the poll's."""
        host = site_of(url) or url
        if host not in self.host_slots:
            self.host_slots[host] = asyncio.Semaphore(self.settings.per_host_concurrency)
        async with self.host_slots[host], self.slots:
            yield

    # -- one feed --------------------------------------------------------------------
    async def poll_feed(self, feed: _FeedView) -> FeedReport:
        report = FeedReport(feed_id=feed.id, name=feed.name, url=feed.url)
        try:
            await self._poll_feed(feed, report)
        except Exception as exc:  # one feed's bug must not stop the others
            log.exception("polling feed %s failed", feed.url)
            report.errors += 1
            report.error = f"internal error: {type(exc).__name__}"
            await self._record_failure(feed, report, report.error, None)
        if self.progress is not None:
            self.progress.feed_done(report)
        return report

    async def _poll_feed(self, feed: _FeedView, report: FeedReport) -> None:
        try:
            async with self._slot(feed.url):
                result = await self.fetcher.fetch(
                    feed.url,
                    accept=FEED_TYPES,
                    etag=feed.etag,
                    last_modified=feed.last_modified,
                )
        except FetchError as exc:
            report.requests += exc.requests
            report.errors += 1
            report.error = exc.reason
            retry_after = exc.retry_after if isinstance(exc, FetchHTTPError) else None
            await self._record_failure(feed, report, exc.reason, retry_after)
            return
        report.requests += result.requests
        delay = min(result.cache_lifetime() or 0.0, self.settings.max_cache_seconds)
        if result.not_modified:
            report.not_modified = 1
            await self._commit(feed, report, validators=None, delay=delay)
            return
        content_type = result.headers.get("content-type")
        # The biggest CPU-bound step runs in a worker thread: the bot stays responsive.
        parsed = await asyncio.to_thread(
            parse_feed, result.body, content_type=content_type, url=feed.url
        )
        if parsed.unusable:
            report.errors += 1
            report.error = parsed.problem or "the feed has no entries"
            await self._record_failure(feed, report, report.error, None)
            return
        if parsed.problem:
            report.problem(parsed.problem)
        if parsed.ttl_seconds:  # RSS <ttl>: the publisher's own "poll me at most this often"
            delay = min(max(delay, parsed.ttl_seconds), self.settings.max_cache_seconds)
        feed_language = feed.language or _short_language(parsed.language)
        fresh = await self._unseen_entries(feed, parsed.entries, report)
        outcomes = await asyncio.gather(*(self._process_entry(feed, e) for e in fresh))
        report.requests += sum(o.requests for o in outcomes)
        complete = all(o.kind != "retry" for o in outcomes)
        await self._commit(
            feed,
            report,
            outcomes,
            feed_language,
            validators=(result.etag, result.last_modified) if complete else None,
            delay=delay,
        )

    async def _unseen_entries(
        self, feed: _FeedView, entries: Sequence[FeedEntry], report: FeedReport
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
        limit = self.settings.max_entries_per_feed
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

    async def _process_entry(self, feed: _FeedView, entry: FeedEntry) -> _Outcome:
        try:
            return await self._process_entry_unguarded(feed, entry)
        except Exception as exc:  # one entry's failure is that entry's, never the feed's
            log.exception("entry %s of feed %s failed", entry.link, feed.url)
            return _Outcome(entry, "failed", reason=f"internal error: {type(exc).__name__}")

    async def _process_entry_unguarded(self, feed: _FeedView, entry: FeedEntry) -> _Outcome:
        assert entry.link is not None
        if not self.settings.fetch_pages:
            return self._from_feed_text(feed, entry)
        if not (feed.always_relevant or self.config.relevance.check_page_text):
            relevance = self._score(entry)
            if not relevance.relevant:
                reason = "the feed's title and summary are not about the conflict"
                return _Outcome(entry, "irrelevant", reason=reason, relevance=relevance)
        try:
            async with self._slot(entry.link):
                page = await self.fetcher.fetch(entry.link, accept=PAGE_TYPES)
        except FetchError as exc:
            kind = "retry" if _is_transient(exc) else "failed"
            return _Outcome(entry, kind, reason=exc.reason, requests=exc.requests)
        extracted = await extract_fetched(page, self.settings)
        if isinstance(extracted, NotArticle):
            outcome = _Outcome(entry, "not_article", final_url=page.url, reason=extracted.detail)
        else:
            outcome = self._judge(feed, entry, extracted, page.url)
        outcome.requests = page.requests
        return outcome

    def _from_feed_text(self, feed: _FeedView, entry: FeedEntry) -> _Outcome:
        assert entry.link is not None
        if len(entry.summary) < self.settings.min_article_chars:
            detail = f"the feed's text is too short to summarise ({len(entry.summary)} characters)"
            return _Outcome(entry, "not_article", reason=detail)
        article = ExtractedArticle(url=entry.link, title=entry.title, text=entry.summary)
        return self._judge(feed, entry, article, entry.link)

    def _judge(
        self, feed: _FeedView, entry: FeedEntry, article: ExtractedArticle, final_url: str
    ) -> _Outcome:
        relevance = self._score(entry, article, final_url)
        if feed.always_relevant or relevance.relevant:
            return _Outcome(
                entry,
                "new",
                article,
                final_url,
                matched=relevance.matched_terms,
                content_hash=content_hash(article.text),
                fingerprint=simhash(article.text),
                relevance=relevance,
            )
        reason = f"relevance score {relevance.score:g} is below {self.config.relevance.threshold:g}"
        return _Outcome(entry, "irrelevant", article, final_url, reason=reason, relevance=relevance)

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

    # -- writing -----------------------------------------------------------------------
    async def _commit(
        self,
        feed: _FeedView,
        report: FeedReport,
        outcomes: Sequence[_Outcome] = (),
        language: str | None = None,
        *,
        validators: tuple[str | None, str | None] | None,
        delay: float,
    ) -> None:
        """Store the entries and the feed's new state in one transaction.

        ``validators`` None keeps the stored ETag/Last-Modified (a 304, or a poll that left
        entries for later); otherwise they replace the stored ones.
        """
        async with self.write_lock, self.session_factory() as session:
            try:
                async with session.begin():
                    tally = await self._store_outcomes(session, feed, language, outcomes)
                    await self._mark_success(session, feed, validators, delay)
            except IntegrityError:
                # Another process stored one of these URLs meanwhile: redo row by row.
                async with session.begin():
                    tally = await self._store_outcomes(
                        session, feed, language, outcomes, careful=True
                    )
                    await self._mark_success(session, feed, validators, delay)
        tally.apply(report)
        for article_id, digest, fingerprint in tally.stories:
            self.index.add(article_id, digest, fingerprint)
        report.healthy = True

    async def _mark_success(
        self,
        session: AsyncSession,
        feed: _FeedView,
        validators: tuple[str | None, str | None] | None,
        delay: float,
    ) -> None:
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

    async def _store_outcomes(
        self,
        session: AsyncSession,
        feed: _FeedView,
        language: str | None,
        outcomes: Sequence[_Outcome],
        *,
        careful: bool = False,
    ) -> _Tally:
        tally = _Tally()
        stored = [o for o in outcomes if o.kind != "retry"]
        for outcome in outcomes:
            if outcome.kind == "retry":
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
        feed: _FeedView,
        language: str | None,
        outcome: _Outcome,
        keys: list[str],
        taken: dict[str, tuple[int, str, int | None]],
        tally: _Tally,
    ) -> None:
        entry = outcome.entry
        assert entry.link is not None
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
        if outcome.kind != "new":
            tally.decide(outcome, outcome.kind)
            if outcome.kind == "failed":
                tally.problem(f"{entry.link}: {outcome.reason}")
            if free_key is not None:
                session.add(row)
                taken[free_key] = (0, outcome.kind, None)
            return
        assert article is not None and outcome.content_hash is not None
        original_id = _story_behind(keys, taken)
        if original_id is None:
            original_id = self.index.find(outcome.content_hash, outcome.fingerprint)
        if original_id is None:
            original_id = tally.find_story(outcome.content_hash)
        if original_id is None:
            original_id = await self._contained_story(session, article.text, outcome.fingerprint)
        row.content_hash = outcome.content_hash
        row.fingerprint = None if outcome.fingerprint is None else to_signed(outcome.fingerprint)
        if original_id is not None:
            tally.decide(outcome, "duplicate", "the same story is already stored")
            await _add_also_reported_by(session, original_id, feed, final_url)
            if free_key is not None:
                row.status = "duplicate"
                row.duplicate_of_id = original_id
                row.reason = "the same story is already stored"
                session.add(row)
                taken[free_key] = (original_id, "duplicate", original_id)
            return
        if free_key is None:  # every key taken by rows that are not stories
            tally.decide(outcome, "seen", "its links are already stored")
            return
        row.text = article.text
        session.add(row)
        await session.flush()
        taken[free_key] = (row.id, "new", None)
        tally.decide(outcome, "new")
        tally.new_ids.append(row.id)
        tally.stories.append((row.id, outcome.content_hash, row.fingerprint))

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
            if other and containment(text, other) >= self.settings.duplicate_min_containment:
                return article_id
        return None

    # -- feed state ----------------------------------------------------------------------
    async def _record_failure(
        self, feed: _FeedView, report: FeedReport, reason: str, retry_after: float | None
    ) -> None:
        now = utcnow()
        async with self.write_lock, self.session_factory() as session, session.begin():
            row = await session.get(Feed, feed.id)
            if row is None:
                return
            failures = (row.consecutive_failures or 0) + 1
            delay = backoff_seconds(failures, self.settings)
            if retry_after is not None:
                delay = max(delay, min(retry_after, self.settings.backoff_max_seconds))
            row.consecutive_failures = failures
            row.last_polled_at = now
            row.next_poll_at = now + timedelta(seconds=delay)
            row.last_error = reason
            was_healthy = row.healthy
            row.healthy = failures < self.settings.unhealthy_after_failures
            report.healthy = row.healthy
        if was_healthy and not report.healthy:
            log.warning(
                "feed %s (%s) is unhealthy after %d failures: %s",
                feed.name,
                feed.url,
                failures,
                reason,
            )
        else:
            log.info("feed %s failed (%d in a row): %s", feed.url, failures, reason)


def backoff_seconds(
    failures: int, settings: FetchSettings, rng: random.Random | None = None
) -> float:
    """Exponential backoff with jitter: base * 2^(n-1), capped, times 0.5-1.0."""
    exponential = settings.backoff_base_seconds * 2 ** (min(failures, 60) - 1)
    ceiling = min(exponential, settings.backoff_max_seconds)
    return ceiling * (0.5 + (rng or random).random() / 2)


def _url_keys(link: str, final_url: str, article: ExtractedArticle | None) -> list[str]:
    """Canonical keys of an entry, most specific first: the page's own same-site canonical
    link, the URL it was fetched from, the feed's link (none wider than the column: the
    feed's link always fits, see ``_too_long``)."""
    keys: list[str] = []
    declared = article.declared_url if article else None
    if declared and site_of(declared) == site_of(final_url):
        keys.append(canonical_url(declared))
    for url in (final_url, link):
        key = canonical_url(url)
        if key not in keys:
            keys.append(key)
    return [k for k in keys if len(k) <= MAX_URL_LENGTH]


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


async def _existing_keys(
    session: AsyncSession, keys: set[str]
) -> dict[str, tuple[int, str, int | None]]:
    """Stored rows by canonical key: (id, status, duplicate_of_id)."""
    found: dict[str, tuple[int, str, int | None]] = {}
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


def _story_behind(keys: list[str], taken: dict[str, tuple[int, str, int | None]]) -> int | None:
    """The stored story one of ``keys`` belongs to (following a duplicate to its story)."""
    for key in keys:
        if key not in taken:
            continue
        article_id, status, duplicate_of = taken[key]
        if status == "duplicate" and duplicate_of:
            return duplicate_of
        if status not in NON_STORY_STATUSES and article_id:
            return article_id
    return None


async def _add_also_reported_by(
    session: AsyncSession, original_id: int, feed: _FeedView, url: str
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


def _short_language(value: str | None) -> str | None:
    if not value:
        return None
    code = value.split("-", 1)[0].split("_", 1)[0].lower()
    return {"iw": "he"}.get(code, code) if code in ("en", "ar", "he", "iw") else None


async def poll_all(
    config: TriglotConfig,
    session_factory: async_sessionmaker[AsyncSession],
    *,
    progress: PollProgress | None = None,
    due_only: bool = True,
    sync_feeds: bool = True,
) -> PollReport:
    """Poll the enabled feeds once and store what is new; see the module docstring.

    ``due_only=False`` polls every enabled feed even if its backoff or cache lifetime has
    not run out (``triglot fetch-once`` does this: an operator asked for it).
    """
    report = PollReport(started_at=utcnow())
    if sync_feeds:
        await sync_config_feeds(config, session_factory)
    now = utcnow()
    async with session_factory() as session:
        enabled = select(Feed).where(Feed.enabled.is_(True)).order_by(Feed.id)
        feeds = (await session.scalars(enabled)).all()
        index = await StoryIndex.load(
            session,
            since=window_start(now, config.fetch.duplicate_window_hours),
            max_distance=config.fetch.duplicate_max_distance,
        )
    due: list[_FeedView] = []
    for feed in feeds:
        view = _FeedView(
            id=feed.id,
            name=feed.name,
            url=feed.url,
            language=feed.language,
            always_relevant=bool(feed.always_relevant),
            etag=feed.etag,
            last_modified=feed.last_modified,
            consecutive_failures=feed.consecutive_failures or 0,
        )
        if due_only and feed.next_poll_at is not None and feed.next_poll_at > now:
            report.feeds.append(
                FeedReport(
                    feed_id=feed.id,
                    name=feed.name,
                    url=feed.url,
                    skipped=True,
                    healthy=feed.healthy,
                    error=feed.last_error,
                )
            )
            continue
        due.append(view)
    if progress is not None:
        progress.feeds_started(len(due))
    async with SafeFetcher(config.fetch) as fetcher:
        poll = _Poll(config, session_factory, fetcher, index, progress)
        report.feeds.extend(await asyncio.gather(*(poll.poll_feed(f) for f in due)))
    report.feeds.sort(key=lambda f: f.feed_id)
    report.finished_at = utcnow()
    totals = report.totals()
    log.info(
        "poll done: %d feeds, %d requests, %s",
        len(due),
        report.requests,
        ", ".join(f"{k} {v}" for k, v in totals.items()),
    )
    return report
