"""Polling every feed once: conditional GET, backoff, health, and new articles stored.

This module runs the poll; its steps live in modules with one job each:
:mod:`~bot.ingest.feed_sync` (``[[feeds]]`` into the table), :mod:`~bot.ingest.entries`
(which entries are new, and what each is), :mod:`~bot.ingest.story_store` (rows and
story matches written) and :mod:`~bot.ingest.feed_state` (validators, backoff, health).

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
import logging
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.ingest.dedupe import StoryIndex, window_start
from bot.ingest.entries import RETRY, EntryJudge, Outcome, RequestSlots, UnseenEntries
from bot.ingest.errors import FetchError, FetchHTTPError
from bot.ingest.feed_state import FeedView, mark_failure, mark_success
from bot.ingest.feed_sync import sync_config_feeds
from bot.ingest.feeds import parse_feed
from bot.ingest.report import FeedReport, PollProgress, PollReport
from bot.ingest.safe_fetch import FEED_TYPES, SafeFetcher
from bot.ingest.story_store import StoryStore
from bot.settings import FetchSettings, TriglotConfig
from bot.store.models import Feed
from bot.store.types import utcnow
from summarizer.languages import as_language

log = logging.getLogger(__name__)


class _Poll:
    """One poll of the due feeds, concurrently; database writes one feed at a time."""

    def __init__(
        self,
        config: TriglotConfig,
        session_factory: async_sessionmaker[AsyncSession],
        fetcher: SafeFetcher,
        index: StoryIndex,
        progress: PollProgress | None,
    ) -> None:
        self.settings: FetchSettings = config.fetch
        self.session_factory = session_factory
        self.fetcher = fetcher
        self.index = index
        self.progress = progress
        self.slots = RequestSlots(config.fetch.concurrency, config.fetch.per_host_concurrency)
        self.unseen = UnseenEntries(session_factory, config.fetch.max_entries_per_feed)
        self.judge = EntryJudge(config, fetcher, self.slots)
        self.stories = StoryStore(index, config.fetch.duplicate_min_containment)
        self.write_lock = asyncio.Lock()

    async def poll_feed(self, feed: FeedView) -> FeedReport:
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

    async def _poll_feed(self, feed: FeedView, report: FeedReport) -> None:
        try:
            async with self.slots.slot(feed.url):
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
        feed_language = feed.language or as_language(parsed.language)
        fresh = await self.unseen.pick(feed, parsed.entries, report)
        outcomes = await asyncio.gather(*(self.judge.process(feed, e) for e in fresh))
        report.requests += sum(o.requests for o in outcomes)
        complete = all(o.kind != RETRY for o in outcomes)
        await self._commit(
            feed,
            report,
            outcomes,
            feed_language,
            validators=(result.etag, result.last_modified) if complete else None,
            delay=delay,
        )

    async def _commit(
        self,
        feed: FeedView,
        report: FeedReport,
        outcomes: Sequence[Outcome] = (),
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
                    tally = await self.stories.store(session, feed, language, outcomes)
                    await mark_success(session, feed, validators, delay)
            except IntegrityError:
                # Another process stored one of these URLs meanwhile: redo row by row.
                async with session.begin():
                    tally = await self.stories.store(
                        session, feed, language, outcomes, careful=True
                    )
                    await mark_success(session, feed, validators, delay)
        tally.apply(report)
        for article_id, digest, fingerprint in tally.stories:
            self.index.add(article_id, digest, fingerprint)
        report.healthy = True

    async def _record_failure(
        self, feed: FeedView, report: FeedReport, reason: str, retry_after: float | None
    ) -> None:
        async with self.write_lock, self.session_factory() as session, session.begin():
            healthy = await mark_failure(session, feed, self.settings, reason, retry_after)
        if healthy is not None:
            report.healthy = healthy


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
    due: list[FeedView] = []
    for feed in feeds:
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
        due.append(FeedView.of(feed))
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
