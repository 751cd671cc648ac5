"""The bot's side of the model workers: enqueue articles and links, watch the broker.

``WorkerDispatcher`` replaces the bot's model worker when ``workers.broker_url`` is set
(``bot.runtime``). Each feed cycle it sends one ``brief_article`` task per ``new`` article
not sent yet (by id: the worker reads the text from the shared database), with the bot's
``review.required`` of the moment, so that a ``/reload`` that turns review on holds the
workers' briefs too (a worker reads its own config only at start); a link a user
sent goes to the ``links`` queue, for the reader's language only, and its answer is
awaited; a second task on the ``articles`` queue then briefs the page in the other
languages. Publishing is blocking (kombu), so it runs on a thread.

When the broker cannot be reached the articles simply stay ``new``: the next try waits 2 s,
then twice as long each time up to ``workers.retry_max_seconds``, and ``/healthz``
(check ``broker``), ``/stats`` and ``triglot_broker_up`` say so meanwhile. Sent articles
are remembered until they leave ``new``: then the time from enqueueing to the stored
brief is observed in ``triglot_worker_task_seconds``. A bot restart sends the ``new`` ones
again, and so does a cycle when a task has been waiting twice the visibility timeout (the
broker lost it); that is harmless: a task for a briefed article does nothing.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import metrics
from bot.briefing import ArticleNotBriefed, ModelsFailed, stored_brief_row
from bot.health.checks import Check
from bot.logging_setup import redact
from bot.settings import TriglotConfig
from bot.store.models import Article, Brief
from bot.store.status import ArticleStatus
from bot.store.types import utcnow
from bot.workers.app import (
    ARTICLES_QUEUE,
    BRIEF_ARTICLE,
    BRIEF_LINK,
    LINKS_QUEUE,
    QUEUES,
    make_app,
    publish_options,
)
from summarizer.languages import LANGUAGES, Language

log = logging.getLogger(__name__)

FIRST_RETRY_SECONDS = 2.0
RESULT_POLL_SECONDS = 0.05


@dataclass(frozen=True)
class BrokerState:
    """What ``/stats`` says about the broker."""

    reachable: bool
    retry_in_seconds: float
    error: str
    queued: dict[str, int]


class WorkerDispatcher:
    """Sends the bot's model work to ``triglot worker`` processes through the broker."""

    def __init__(
        self, config: TriglotConfig, session_factory: async_sessionmaker[AsyncSession]
    ) -> None:
        settings = config.workers
        self.app = make_app(settings)
        self._publish = publish_options(settings.broker_url)
        self._sessions = session_factory
        self._retry_max = settings.retry_max_seconds
        self._visibility = settings.visibility_timeout_seconds
        self._review = config.review.required
        self._failures = 0
        self._next_try = 0.0
        self._error = ""
        self._queued: dict[str, int] = {}
        self.sent: dict[int, datetime] = {}  # article id -> when its task was sent
        metrics.BROKER_UP.set(1)

    @property
    def reachable(self) -> bool:
        return self._failures == 0

    def apply_config(self, config: TriglotConfig) -> None:
        """A reloaded config: a new retry limit and review setting for the tasks sent from
        now on (a new broker needs a restart)."""
        self._retry_max = config.workers.retry_max_seconds
        self._review = config.review.required

    async def enqueue_new_articles(self) -> int:
        """Send a task for each ``new`` article not sent yet; returns how many were sent.
        While the broker is failing, nothing is tried until its next retry time."""
        async with self._sessions() as session:
            query = select(Article.id).where(Article.status == ArticleStatus.NEW)
            new = set((await session.scalars(query.order_by(Article.id))).all())
            await self._observe_done(session, new)
        if time.monotonic() < self._next_try:
            return 0
        # A task lost by the broker (a Redis restart without persistence) is sent again once
        # it is well past the time a vanished worker's task takes to come back.
        stale = utcnow() - timedelta(seconds=2 * self._visibility)
        waiting = {article_id for article_id, at in self.sent.items() if at > stale}
        count = 0
        for article_id in sorted(new - waiting):
            try:
                await self._send(BRIEF_ARTICLE, [article_id, self._review], ARTICLES_QUEUE)
            except Exception:
                break  # the rest stay new: tried again after the backoff
            self.sent[article_id] = utcnow()
            count += 1
        if count:
            log.info("enqueued %d article(s) for the model workers", count)
        return count

    async def brief_link(
        self, article_id: int, languages: Sequence[Language], reader: Language, published: bool
    ) -> Brief | None:
        """The stored brief of a page a user sent, in ``reader``'s language, made by a worker
        on the links queue. Raises ``ModelsFailed`` (broker or models) or
        ``ArticleNotBriefed``, as the embedded ``bot.briefing.brief_link``."""
        started = time.monotonic()
        try:
            result = await self._send(
                BRIEF_LINK, [article_id, list(languages), [reader], published], LINKS_QUEUE
            )
        except Exception as exc:
            raise ModelsFailed(f"broker unreachable: {type(exc).__name__}") from exc
        outcome = await self._result(result)
        metrics.WORKER_TASK_SECONDS.labels(queue=LINKS_QUEUE).observe(time.monotonic() - started)
        if outcome.get("outcome") == "unavailable":
            raise ModelsFailed(str(outcome.get("reason", "the models failed on a worker")))
        if outcome.get("outcome") == "not_briefed":
            raise ArticleNotBriefed(str(outcome.get("reason", "")))
        await self._follow_up(article_id, reader, published)
        async with self._sessions() as session:
            return await stored_brief_row(session, article_id, reader)

    async def check(self) -> Check:
        """``/healthz``'s ``broker`` check; also reads the queue lengths for ``/metrics``."""
        try:
            self._queued = await asyncio.to_thread(self._queue_lengths)
        except Exception as exc:
            self._failed(exc)
            return Check("broker", False, self._down_detail())
        self._succeeded()
        for queue, length in self._queued.items():
            metrics.WORKER_QUEUE_LENGTH.labels(queue=queue).set(length)
        waiting = ", ".join(f"{q} {n}" for q, n in self._queued.items())
        return Check("broker", True, f"reachable; tasks waiting: {waiting}")

    async def state(self) -> BrokerState:
        """The broker as ``/stats`` reports it (asks it now)."""
        await self.check()
        retry = max(0.0, self._next_try - time.monotonic()) if self._failures else 0.0
        return BrokerState(self.reachable, retry, self._error, dict(self._queued))

    async def close(self) -> None:
        await asyncio.to_thread(self.app.close)

    # -- internals -----------------------------------------------------------------------
    async def _send(self, name: str, args: list[Any], queue: str) -> Any:
        # Only a link's first task has a result to wait for.
        ignore_result = name == BRIEF_ARTICLE or queue != LINKS_QUEUE
        try:
            result = await asyncio.to_thread(
                self.app.send_task,
                name,
                args=args,
                queue=queue,
                retry=False,
                ignore_result=ignore_result,
                **self._publish,
            )
        except Exception as exc:
            self._failed(exc)
            raise
        self._succeeded()
        return result

    async def _result(self, result: Any) -> dict[str, Any]:
        """The task's return value once it is ready (the caller's timeout bounds the wait)."""
        while not await asyncio.to_thread(result.ready):
            await asyncio.sleep(RESULT_POLL_SECONDS)
        value = await asyncio.to_thread(result.get, propagate=False)
        if not isinstance(value, dict):  # the task raised (a database failing on the worker)
            raise ModelsFailed(f"the worker's task failed: {type(value).__name__}")
        return value

    async def _follow_up(self, article_id: int, reader: Language, published: bool) -> None:
        """Brief the page in the other languages too, behind the feed articles."""
        others = [lang for lang in LANGUAGES if lang != reader]
        languages = list(dict.fromkeys(["en", *others]))
        try:
            await self._send(BRIEF_LINK, [article_id, languages, others, published], ARTICLES_QUEUE)
        except Exception:
            log.warning("could not enqueue the other languages of link article %d", article_id)

    async def _observe_done(self, session: AsyncSession, new: set[int]) -> None:
        """Forget sent articles that left ``new``, observing how long their briefing took."""
        done = [article_id for article_id in self.sent if article_id not in new]
        if not done:
            return
        query = (
            select(Brief.article_id, func.min(Brief.created_at))
            .where(Brief.article_id.in_(done))
            .group_by(Brief.article_id)
        )
        for article_id, created in (await session.execute(query)).all():
            seconds = (created - self.sent[article_id]).total_seconds()
            metrics.WORKER_TASK_SECONDS.labels(queue=ARTICLES_QUEUE).observe(max(0.0, seconds))
        for article_id in done:
            del self.sent[article_id]

    def _queue_lengths(self) -> dict[str, int]:
        lengths = {}
        with self.app.connection_for_read() as connection:
            connection.ensure_connection(max_retries=1)
            channel = connection.default_channel
            for name in QUEUES:
                try:
                    lengths[name] = channel.queue_declare(queue=name, passive=True).message_count
                except Exception:  # not declared yet: nothing was ever sent to it
                    if not connection.connected:
                        raise
                    lengths[name] = 0
                    channel = connection.default_channel
        return lengths

    def _failed(self, exc: BaseException) -> None:
        self._failures += 1
        wait = min(FIRST_RETRY_SECONDS * 2 ** (self._failures - 1), self._retry_max)
        self._next_try = time.monotonic() + wait
        self._error = redact(f"{type(exc).__name__}: {exc}".splitlines()[0])[:300]
        metrics.BROKER_UP.set(0)
        log.warning(
            "broker unreachable (%s); articles stay new, next try in %.0f s", self._error, wait
        )

    def _succeeded(self) -> None:
        if self._failures:
            log.info("broker reachable again after %d failed tries", self._failures)
        self._failures, self._next_try, self._error = 0, 0.0, ""
        metrics.BROKER_UP.set(1)

    def _down_detail(self) -> str:
        retry = max(0.0, self._next_try - time.monotonic())
        return f"unreachable ({self._error}); articles kept new, next try in {retry:.0f}s"
