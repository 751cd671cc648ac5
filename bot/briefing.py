"""From new articles to queued briefs: summarise, store one Brief per language, publish.

``process_new_articles`` takes the ``new`` articles that ingestion wrote, asks the
summarizer for their briefs (in a worker thread: it is CPU-bound), and for each article
commits in one transaction its ``Brief`` rows, its new status and — for feed articles —
one delivery row per subscriber (``bot.delivery.outbox.publish_article``).

An article the summarizer found nothing sendable in is marked ``failed`` with the reason
(the article's own fault: retrying gives the same answer). An article that could not be
briefed for a reason outside it (a model missing, the model worker crashing) is marked
``deferred`` with the reason: the bot requeues those at its next start, and
``triglot retry-failed`` requeues them (and, with ``--all``, the failed ones) at once.
Either way its row and text stay, so nothing is lost.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import metrics
from bot.delivery.outbox import publish_article
from bot.settings import LANGUAGES, TriglotConfig
from bot.store.models import Article, Brief

if TYPE_CHECKING:
    from summarizer import Brief as SummaryBrief

log = logging.getLogger(__name__)

T = TypeVar("T")
BATCH_SIZE = 8  # articles per summarizer call: every model step is batched across them
SOURCE_LANGUAGES = frozenset({"en", "ar", "he"})
#: Not briefed for a reason outside the article (model missing, worker crash): retried.
DEFERRED = "deferred"


class BriefWriter(Protocol):
    """What processing needs of ``summarizer.Summarizer``."""

    def brief_many(self, articles: Any, targets: Any = ...) -> list[SummaryBrief]: ...

    def brief(
        self, text: str, title: str | None = None, source_lang: Any = None, targets: Any = ...
    ) -> SummaryBrief: ...


ModelRunner = Callable[[Callable[[Any], Any]], Awaitable[Any]]


@dataclass
class ProcessReport:
    """What one run did: articles briefed, failed or deferred, delivery rows queued."""

    briefed: int = 0
    failed: int = 0
    deferred: int = 0
    queued: int = 0
    failures: list[tuple[int, str]] = field(default_factory=list)  # (article id, reason)


class ArticleNotBriefed(Exception):
    """The summarizer produced nothing sendable for an article."""


async def process_new_articles(
    config: TriglotConfig,
    session_factory: async_sessionmaker[AsyncSession],
    summarizer: BriefWriter | None = None,
    *,
    run_model: ModelRunner | None = None,
    limit: int | None = None,
) -> ProcessReport:
    """Brief every ``new`` article (at most ``limit``) and queue the briefs to subscribers.

    The summarizer is CPU-bound and not thread-safe. Inside the bot pass ``run_model``
    (``Services.run_model``: the bot's one model thread, shared with on-demand links);
    otherwise ``summarizer`` (built from ``config`` when None) runs in a thread of its own.
    """
    report = ProcessReport()
    async with session_factory() as session:
        query = select(Article.id).where(Article.status == "new").order_by(Article.id)
        article_ids = list((await session.scalars(query.limit(limit))).all())
    if not article_ids:
        return report
    own_thread = None
    if run_model is None:
        own_thread = ThreadPoolExecutor(1, thread_name_prefix="triglot-process")
        run_model = _runner(own_thread, summarizer, config, session_factory)
    try:
        for start in range(0, len(article_ids), BATCH_SIZE):
            await _process_batch(
                session_factory, run_model, article_ids[start : start + BATCH_SIZE], report
            )
    finally:
        if own_thread is not None:
            own_thread.shutdown(wait=False)
    log.info(
        "processed articles: %d briefed, %d failed, %d deferred, %d deliveries queued",
        report.briefed,
        report.failed,
        report.deferred,
        report.queued,
    )
    return report


def _runner(
    executor: ThreadPoolExecutor,
    summarizer: BriefWriter | None,
    config: TriglotConfig,
    session_factory: async_sessionmaker[AsyncSession],
) -> ModelRunner:
    """Runs work in ``executor``, building the summarizer there on first use."""
    built: list[BriefWriter] = [summarizer] if summarizer is not None else []

    async def run(work: Callable[[Any], T]) -> T:
        loop = asyncio.get_running_loop()

        def call() -> T:
            if not built:
                from bot.brief_cache import build_summarizer

                built.append(build_summarizer(config, session_factory, loop))
            return work(built[0])

        return await loop.run_in_executor(executor, call)

    return run


async def _process_batch(
    session_factory: async_sessionmaker[AsyncSession],
    run_model: ModelRunner,
    article_ids: list[int],
    report: ProcessReport,
) -> None:
    from summarizer import SourceText

    async with session_factory() as session:
        articles = list(
            (await session.scalars(select(Article).where(Article.id.in_(article_ids)))).all()
        )
    sources = [
        SourceText(a.text or "", a.title, a.language if a.language in SOURCE_LANGUAGES else None)
        for a in articles
    ]
    try:
        results: list[SummaryBrief | BaseException] = list(
            await run_model(lambda summarizer: summarizer.brief_many(sources, LANGUAGES))
        )
    except Exception:  # one bad article must not sink the others: brief them one by one
        results = []
        for source in sources:
            try:
                results.append(
                    await run_model(
                        lambda summarizer, source=source: summarizer.brief(
                            source.text, source.title, source.source_lang, LANGUAGES
                        )
                    )
                )
            except Exception as exc:
                results.append(exc)
    for article, result in zip(articles, results, strict=True):
        if not isinstance(result, BaseException):
            metrics.record_brief(result)
        await _store(session_factory, article.id, result, report)


async def _store(
    session_factory: async_sessionmaker[AsyncSession],
    article_id: int,
    result: SummaryBrief | BaseException,
    report: ProcessReport,
) -> None:
    async with session_factory() as session, session.begin():
        article = await session.get(Article, article_id)
        if article is None or article.status != "new":
            return  # deleted or handled elsewhere meanwhile
        try:
            if isinstance(result, BaseException):
                raise result
            rows = brief_rows(article_id, result)
        except ArticleNotBriefed as exc:
            reason = str(exc)
            article.status, article.reason = "failed", reason[:2000]
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
        existing = {
            b.language: b
            for b in (await session.scalars(select(Brief).where(Brief.article_id == article_id)))
        }
        for row in rows:
            old = existing.get(row.language)
            if old is not None:  # an article retried after a failure: replace its briefs
                await session.delete(old)
                await session.flush()
            session.add(row)
        article.status, article.reason = "briefed", None
        await session.flush()
        if article.feed_id is not None:  # links users sent are answered, not broadcast
            report.queued += await publish_article(session, article_id)
        report.briefed += 1


async def requeue_articles(
    session_factory: async_sessionmaker[AsyncSession],
    *,
    since: datetime | None = None,
    include_failed: bool = False,
) -> int:
    """Set ``deferred`` articles (and ``failed`` ones with ``include_failed``) stored since
    ``since`` back to ``new``, so the next processing run briefs them; returns how many."""
    statuses = [DEFERRED, "failed"] if include_failed else [DEFERRED]
    query = update(Article).where(Article.status.in_(statuses))
    if since is not None:
        query = query.where(Article.created_at >= since)
    async with session_factory() as session, session.begin():
        result = await session.execute(
            query.values(status="new", reason=None).execution_options(synchronize_session=False)
        )
    return int(result.rowcount or 0)


def brief_rows(article_id: int, brief: SummaryBrief) -> list[Brief]:
    """One ``Brief`` row per language; a withheld language carries the English text."""
    english = brief.texts.get("en")
    if english is None or not english.text.strip():
        raise ArticleNotBriefed("the summarizer withheld the English brief")
    rows = []
    for language in LANGUAGES:
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
                status="withheld" if withheld else (text.status if text else "ok"),
                checks=(text or english).checks,
                timings=(text or english).seconds,
                cache_key=brief.cache_key,
            )
        )
    return rows
