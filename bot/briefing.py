"""From an article to stored briefs: the one way a summarizer brief becomes rows.

``process_new_articles`` takes the ``new`` articles that ingestion wrote and asks the model
worker (``bot.model_worker``) for their briefs, a batch at a time; ``store_brief`` then
commits, in one transaction per article, its ``Brief`` rows, its new status and — for feed
articles — one delivery row per subscriber (``bot.delivery.outbox.publish_article``). A
link a user sent (``bot.handlers.links``) goes through the same worker and ``store_brief``.

With ``[review] required`` a feed article's rows are stored ``pending`` instead, with no
delivery rows: ``bot.review.approve`` queues them (the same ``publish_article``) once an
operator approves. A link a user sent is answered to that user either way.

An article the summarizer found nothing sendable in is marked ``failed`` with the reason
(the article's own fault: retrying gives the same answer). An article that could not be
briefed for a reason outside it (a model missing, the model worker crashing) is marked
``deferred`` with the reason: the bot requeues those at its next start, and
``triglot retry-failed`` requeues them (and, with ``--all``, the failed ones) at once.
Either way its row and text stay, so nothing is lost.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import metrics
from bot.delivery.outbox import publish_article
from bot.model_worker import BriefRequest, InProcessModelWorker, ModelWorker, Priority
from bot.review.setting import bot_requires_review
from bot.settings import TriglotConfig
from bot.store.db import lock_for_writing, rows_changed
from bot.store.models import Article, Brief
from bot.store.status import ArticleStatus, BriefStatus, ReviewStatus
from bot.store.types import utcnow
from summarizer.languages import LANGUAGES, Language, as_language
from summarizer.types import Brief as SummaryBrief

log = logging.getLogger(__name__)

BATCH_SIZE = 8  # articles per worker request: every model step is batched across them
#: Not briefed for a reason outside the article (model missing, worker crash): retried.
DEFERRED = ArticleStatus.DEFERRED


@dataclass
class ProcessReport:
    """What one run did: articles briefed, failed or deferred, delivery rows queued."""

    briefed: int = 0
    failed: int = 0
    deferred: int = 0
    queued: int = 0
    pending: int = 0  # briefs held for an operator's review
    failures: list[tuple[int, str]] = field(default_factory=list)  # (article id, reason)


@dataclass
class StoredBrief:
    """What ``store_brief`` wrote: the ``Brief`` rows and how many deliveries it queued."""

    rows: list[Brief]
    queued: int = 0
    pending: bool = False  # held for review: nothing queued until an operator approves


class ArticleNotBriefed(Exception):
    """The summarizer produced nothing sendable for an article."""


def brief_request(
    article: Article,
    languages: Sequence[Language] = LANGUAGES,
    priority: Priority = Priority.ARTICLE,
) -> BriefRequest:
    """What the model worker needs of ``article``: plain data."""
    return BriefRequest(
        text=article.text or "",
        title=article.title,
        source_language=as_language(article.language) if article.language else None,
        languages=tuple(languages),
        priority=priority,
    )


async def process_new_articles(
    config: TriglotConfig,
    session_factory: async_sessionmaker[AsyncSession],
    worker: ModelWorker | None = None,
    *,
    limit: int | None = None,
) -> ProcessReport:
    """Brief every ``new`` article (at most ``limit``) and queue the briefs to subscribers.

    Inside the bot ``worker`` is the bot's one model worker (shared with users' links);
    without one, a worker of its own is made from ``config`` for this run.
    """
    report = ProcessReport()
    async with session_factory() as session:
        query = select(Article.id).where(Article.status == ArticleStatus.NEW).order_by(Article.id)
        article_ids = list((await session.scalars(query.limit(limit))).all())
    if not article_ids:
        return report
    runner = worker or InProcessModelWorker(config, session_factory)
    try:
        await brief_articles(
            session_factory, runner, article_ids, report, review=config.review.required
        )
    finally:
        if worker is None:
            await runner.close()
    log.info(
        "processed articles: %d briefed, %d failed, %d deferred, %d deliveries queued, "
        "%d briefs held for review",
        report.briefed,
        report.failed,
        report.deferred,
        report.queued,
        report.pending,
    )
    return report


async def brief_articles(
    session_factory: async_sessionmaker[AsyncSession],
    worker: ModelWorker,
    article_ids: Sequence[int],
    report: ProcessReport | None = None,
    *,
    review: bool = False,
    follow_bot_review: bool = False,
) -> ProcessReport:
    """Brief the articles of ``article_ids`` that are still ``new``, a batch at a time, and
    store each (briefs, status and deliveries in one transaction): the embedded bot's feed
    pipeline and ``triglot worker``'s tasks both come here. An article no longer ``new``
    (briefed meanwhile, by this or another worker) is left alone, so running it twice
    briefs and queues it once. ``review`` (``[review] required``) holds the briefs for an
    operator's approval instead of queueing them; ``follow_bot_review`` (a worker's task)
    holds them too when the bot's current setting says so (``bot.review.setting``)."""
    report = report if report is not None else ProcessReport()
    for start in range(0, len(article_ids), BATCH_SIZE):
        batch = list(article_ids[start : start + BATCH_SIZE])
        await _process_batch(
            session_factory,
            worker,
            batch,
            report,
            review=review,
            follow_bot_review=follow_bot_review,
        )
    return report


async def _process_batch(
    session_factory: async_sessionmaker[AsyncSession],
    worker: ModelWorker,
    article_ids: list[int],
    report: ProcessReport,
    *,
    review: bool = False,
    follow_bot_review: bool = False,
) -> None:
    async with session_factory() as session:
        query = select(Article).where(
            Article.id.in_(article_ids), Article.status == ArticleStatus.NEW
        )
        articles = list((await session.scalars(query.order_by(Article.id))).all())
    if not articles:
        return
    requests = [brief_request(article) for article in articles]
    results: list[SummaryBrief | BaseException]
    try:
        results = list(await worker.brief_many(requests))
    except Exception:  # one bad article must not sink the others: brief them one by one
        results = []
        for request in requests:
            try:
                results.append(await worker.brief(request))
            except Exception as exc:
                results.append(exc)
    for article, result in zip(articles, results, strict=True):
        await _store(
            session_factory,
            article.id,
            result,
            report,
            review=review,
            follow_bot_review=follow_bot_review,
        )


async def _store(
    session_factory: async_sessionmaker[AsyncSession],
    article_id: int,
    result: SummaryBrief | BaseException,
    report: ProcessReport,
    *,
    review: bool = False,
    follow_bot_review: bool = False,
) -> None:
    async with session_factory() as session, session.begin():
        # Workers on other processes may store the same article at once: one at a time,
        # and the second finds it briefed.
        await lock_for_writing(await session.connection(), f"triglot.brief.{article_id}")
        article = await session.get(Article, article_id)
        if article is None or article.status != ArticleStatus.NEW:
            return  # deleted or handled elsewhere meanwhile
        try:
            if isinstance(result, BaseException):
                raise result
            # Read in the storing transaction: a /reload during the brief counts too.
            hold = review or (follow_bot_review and await bot_requires_review(session))
            stored = await store_brief(session, article, result, review=hold)
            report.queued += stored.queued
            report.pending += len(stored.rows) if stored.pending else 0
        except ArticleNotBriefed as exc:
            reason = str(exc)
            article.status, article.reason = ArticleStatus.FAILED, reason[:2000]
            report.failed += 1
            report.failures.append((article_id, reason))
            log.warning("article %d not briefed: %s", article_id, reason)
            return
        except Exception as exc:  # not the article's fault: it is retried later
            reason = f"{type(exc).__name__}: {exc}"
            article.status, article.reason = DEFERRED, reason[:2000]
            report.deferred += 1
            report.failures.append((article_id, reason))
            log.warning("article %d deferred (retried at the next start): %s", article_id, reason)
            return
        report.briefed += 1


async def store_brief(
    session: AsyncSession,
    article: Article,
    brief: SummaryBrief,
    languages: Sequence[Language] = LANGUAGES,
    *,
    answer_only: bool = False,
    published_at: datetime | None = None,
    review: bool = False,
) -> StoredBrief:
    """Store ``brief`` as ``article``'s rows in ``session``'s transaction.

    One ``Brief`` row per language of ``languages`` (replacing older ones: an article
    retried after a failure). Then the article is ``briefed`` and, when it came from a
    feed, queued to every subscriber. ``answer_only`` (a link a user sent) stores the rows
    with ``published_at`` and nothing else: the article keeps its status, nobody is sent it.
    ``review`` (``[review] required``): a feed article's rows are stored ``pending`` and
    nothing is queued; ``bot.review.approve`` queues each once an operator approves it.
    Raises ``ArticleNotBriefed`` when there is nothing sendable (no English brief).
    """
    metrics.record_brief(brief)
    rows = brief_rows(article.id, brief, languages)
    existing = {
        b.language: b
        for b in await session.scalars(select(Brief).where(Brief.article_id == article.id))
    }
    for row in rows:
        old = existing.get(row.language)
        if old is not None:
            await session.delete(old)
            await session.flush()
        row.published_at = published_at
        session.add(row)
    if answer_only:
        await session.flush()
        return StoredBrief(rows)
    article.status, article.reason = ArticleStatus.BRIEFED, None
    await session.flush()
    if article.feed_id is None:  # links users sent are answered, not broadcast
        return StoredBrief(rows)
    if review:
        for row in rows:
            row.review_status = ReviewStatus.PENDING
        await session.flush()
        return StoredBrief(rows, pending=True)
    return StoredBrief(rows, await publish_article(session, article.id))


class ModelsFailed(Exception):
    """The model worker could not brief a link (models missing, crashed): not the page's
    fault; the cause is chained."""


async def brief_link(
    session_factory: async_sessionmaker[AsyncSession],
    worker: ModelWorker,
    article_id: int,
    languages: Sequence[Language],
    store: Sequence[Language],
    *,
    published: bool,
) -> Brief | None:
    """Brief a page a user sent (article ``article_id``, already fetched) in ``languages``
    and store its rows for ``store`` (answer only: never broadcast; offered in /latest from
    now when ``published``). Returns the row of ``store[0]``, or ``None`` when the article
    is gone. A row already there is returned as it is (briefed meanwhile, or a task run
    twice). Raises ``ModelsFailed`` or ``ArticleNotBriefed``. The bot's link handler and
    ``triglot worker``'s link tasks both come here."""
    async with session_factory() as session:
        article = await session.get(Article, article_id)
        if article is None:
            return None
        found = await stored_brief_row(session, article_id, store[0])
        if found is not None:
            return found
    try:
        result = await worker.brief(brief_request(article, languages, Priority.LINK))
    except Exception as exc:
        raise ModelsFailed(type(exc).__name__) from exc
    try:
        async with session_factory() as session, session.begin():
            await lock_for_writing(await session.connection(), f"triglot.brief.{article_id}")
            stored = await store_brief(
                session,
                article,
                result,
                store,
                answer_only=True,
                published_at=utcnow() if published else None,
            )
    except IntegrityError:  # written meanwhile by the feed pipeline or another request
        async with session_factory() as session:
            found = await stored_brief_row(session, article_id, store[0])
        return found or brief_rows(article_id, result, store)[0]  # answered, though not stored
    return stored.rows[0]


async def stored_brief_row(session: AsyncSession, article_id: int, language: str) -> Brief | None:
    """The stored brief of ``article_id`` in ``language``, if it has a text."""
    query = select(Brief).where(Brief.article_id == article_id, Brief.language == language)
    found: Brief | None = await session.scalar(query)
    return found if found is not None and found.text else None


async def requeue_articles(
    session_factory: async_sessionmaker[AsyncSession],
    *,
    since: datetime | None = None,
    include_failed: bool = False,
    include_briefed: bool = False,
    article_ids: Sequence[int] | None = None,
) -> int:
    """Set ``deferred`` articles (and ``failed`` ones with ``include_failed``, ``briefed``
    ones with ``include_briefed``: the console's re-run) stored since ``since``, or only
    those of ``article_ids``, back to ``new``, so the next processing run briefs them;
    returns how many."""
    statuses = [DEFERRED]
    if include_failed:
        statuses.append(ArticleStatus.FAILED)
    if include_briefed:
        statuses.append(ArticleStatus.BRIEFED)
    query = update(Article).where(Article.status.in_(statuses))
    if since is not None:
        query = query.where(Article.created_at >= since)
    if article_ids is not None:
        query = query.where(Article.id.in_(list(article_ids)))
    async with session_factory() as session, session.begin():
        result = await session.execute(
            query.values(status=ArticleStatus.NEW, reason=None).execution_options(
                synchronize_session=False
            )
        )
    return rows_changed(result)


def brief_rows(
    article_id: int, brief: SummaryBrief, languages: Sequence[Language] = LANGUAGES
) -> list[Brief]:
    """One ``Brief`` row per language; a withheld language carries the English text."""
    english = brief.texts.get("en")
    if english is None or not english.text.strip():
        raise ArticleNotBriefed("the summarizer withheld the English brief")
    rows = []
    for language in languages:
        text = brief.texts.get(language)
        withheld = text is None or not text.text.strip()
        chosen = english if withheld else text
        assert chosen is not None
        rows.append(
            Brief(
                article_id=article_id,
                language=language,
                text=chosen.text,
                source_language=brief.source_lang,
                model=(text or english).model or None,
                status=BriefStatus.WITHHELD if withheld else chosen.status,
                checks=(text or english).checks,
                timings=(text or english).seconds,
                cache_key=brief.cache_key,
            )
        )
    return rows
