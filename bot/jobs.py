"""The schedule: poll → process → deliver, the sender and the digests, on PTB's JobQueue.

``install_jobs(application, config, session_factory, worker)`` registers three repeating
jobs (``bot.runtime`` calls it when the bot starts, and closes them when it stops):

- **cycle**, every ``schedule.poll_interval_seconds``: poll the feeds
  (``bot.ingest.poller.poll_all``), brief what is new through the bot's model worker and
  queue it to subscribers (``bot.briefing.process_new_articles``), or with model workers
  elsewhere enqueue it for them (``bot.workers.client``); then send the operators the
  briefs that wait for their review (``bot.review.notify``); with review off, the briefs
  still held from when it was on are offered again, once after the bot starts and once
  after each ``/reload`` that switches review off (at once, not at the next cycle). Never
  two at once
  (``max_instances=1``); runs missed while the bot was down or busy coalesce into one
  (``coalesce=True``), run late by at most ``schedule.misfire_grace_seconds``.
- **send**, every ``schedule.send_interval_seconds``: the sender drains the outbox. A
  broadcast can outlast many intervals; the runs meanwhile return at once.
- **digest**, every ``schedule.digest_check_seconds``: queue the daily digests that are due.

When the application stops, the sender stops claiming, lets the messages in flight finish
and gives the rest back to the queue.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.ext import Application, CallbackContext, Job

from bot import metrics
from bot.briefing import process_new_articles
from bot.delivery.digest import schedule_due_digests
from bot.delivery.sender import Sender
from bot.delivery.transport import PTBTransport
from bot.ingest.poller import poll_all
from bot.model_worker import ModelWorker
from bot.review.notify import announce_pending, reoffer_held
from bot.settings import TriglotConfig

log = logging.getLogger(__name__)


class DeliveryJobs:
    """The state the jobs share: the running config, the database, the model worker and
    the sender. ``after_poll`` is called after each poll (the health check's clock)."""

    def __init__(
        self,
        application: Application,  # type: ignore[type-arg]
        config: TriglotConfig,
        session_factory: async_sessionmaker[AsyncSession],
        worker: ModelWorker | None,
        after_poll: Callable[[], None] | None = None,
        enqueue: Callable[[], Awaitable[object]] | None = None,
    ) -> None:
        self.application = application
        self.config = config
        self.session_factory = session_factory
        self.worker = worker
        self.after_poll = after_poll
        self.enqueue = enqueue
        self.sender: Sender | None = None
        self.jobs: dict[str, Job[Any]] = {}
        self._sending = False
        # Whether the briefs held while review was on were offered again since it went off
        # (or since the start, with it off): ``offer_for_review``.
        self._held_reoffered = False
        self._review_lock = asyncio.Lock()  # one offering at a time: no message sent twice
        # Pending briefs offered to some operators but not yet to all (a failure that may
        # pass): who has each, so the next cycle's retry skips them.
        self._review_reached: dict[int, set[int]] = {}

    async def cycle(self, _context: CallbackContext[Any, Any, Any, Any]) -> None:
        """Poll every due feed, then brief and queue what is new."""
        try:
            report = await poll_all(self.config, self.session_factory)
        except Exception:
            log.exception("polling the feeds failed; processing what is already stored")
        else:
            metrics.record_poll(report)
            if self.after_poll is not None:
                self.after_poll()
        if self.enqueue is not None:  # model workers elsewhere: hand them the new articles
            await self.enqueue()
        else:
            await process_new_articles(self.config, self.session_factory, self.worker)
        await self.offer_for_review()

    async def offer_for_review(self, _context: object = None) -> None:
        """Send the operators the briefs that wait for their review: new pending ones (the
        workers' too, one cycle after they stored them) and, once review is switched off,
        the ones still held from when it was on (``bot.review.notify.reoffer_held``)."""
        async with self._review_lock:
            try:
                admins = self.config.telegram.admin_ids
                if not self.config.review.required and not self._held_reoffered:
                    await reoffer_held(self.application.bot, self.session_factory, admins)
                    self._review_reached.clear()  # each held brief goes to every operator
                    self._held_reoffered = True
                await announce_pending(
                    self.application.bot, self.session_factory, admins, self._review_reached
                )
            except Exception:  # the briefs stay pending and are offered again next cycle
                log.exception("sending the pending briefs to the operators failed")

    async def send(self, _context: CallbackContext[Any, Any, Any, Any]) -> None:
        """Drain the outbox (returns at once while an earlier run is still draining)."""
        if self._sending:
            return
        self._sending = True
        try:
            if self.sender is None:
                self.sender = await self._make_sender()
            await self.sender.drain()
        finally:
            self._sending = False

    async def digests(self, _context: CallbackContext[Any, Any, Any, Any]) -> None:
        await schedule_due_digests(self.session_factory, self.config.delivery)

    async def _make_sender(self) -> Sender:
        token = self.config.telegram.token
        settings = self.config.delivery
        transport = await PTBTransport.connect(
            token.get_secret_value() if token else "",
            self.config.telegram.api_base_url,
            connections=settings.max_in_flight,
            timeout=settings.request_timeout_seconds,
            disable_link_previews=settings.disable_link_previews,
        )
        return Sender(
            settings,
            self.session_factory,
            transport,
            should_stop=lambda: not self.application.running,
        )

    def apply_config(self, config: TriglotConfig) -> None:
        """A reloaded config: new rates and limits now, new intervals from the next run.

        Review switched off: the briefs it still holds are offered again right away."""
        review_off = self.config.review.required and not config.review.required
        self.config = config
        if review_off:
            self._held_reoffered = False
            queue = self.application.job_queue
            if queue is not None:
                queue.run_once(self.offer_for_review, 0, name="triglot-review-off")
        if self.sender is not None:
            self.sender.update_settings(config.delivery)
        for name, seconds in self._intervals(config).items():
            job = self.jobs.get(name)
            if job is not None:
                job.job.reschedule("interval", seconds=seconds)

    async def close(self) -> None:
        if self.sender is not None:
            await self.sender.close()
            self.sender = None

    @staticmethod
    def _intervals(config: TriglotConfig) -> dict[str, float]:
        schedule = config.schedule
        return {
            "triglot-cycle": schedule.poll_interval_seconds,
            "triglot-send": schedule.send_interval_seconds,
            "triglot-digest": schedule.digest_check_seconds,
        }


def install_jobs(
    application: Application,  # type: ignore[type-arg]
    config: TriglotConfig,
    session_factory: async_sessionmaker[AsyncSession],
    worker: ModelWorker | None,
    *,
    after_poll: Callable[[], None] | None = None,
    enqueue: Callable[[], Awaitable[object]] | None = None,
) -> DeliveryJobs:
    """Register the cycle, send and digest jobs on ``application.job_queue``.

    ``worker`` is the bot's model worker: feed articles and users' links share it. With
    model workers elsewhere (``workers.broker_url``) there is none and the cycle calls
    ``enqueue`` instead, which hands the new articles to them.
    """
    queue = application.job_queue
    if queue is None:
        raise RuntimeError("python-telegram-bot was installed without its job-queue extra")
    state = DeliveryJobs(application, config, session_factory, worker, after_poll, enqueue)
    no_overlap = {"max_instances": 1, "coalesce": True}
    callbacks = {
        "triglot-cycle": (state.cycle, 1.0, config.schedule.misfire_grace_seconds),
        # The send job guards against overlap itself (a long broadcast would otherwise log
        # a "skipped: maximum number of running instances reached" warning every tick).
        "triglot-send": (state.send, 0.5, None),
        "triglot-digest": (state.digests, 5.0, 60),
    }
    for name, seconds in DeliveryJobs._intervals(config).items():
        callback, first, grace = callbacks[name]
        kwargs: dict[str, Any] = dict(no_overlap, misfire_grace_time=grace)
        if name == "triglot-send":
            kwargs["max_instances"] = 2
        state.jobs[name] = queue.run_repeating(
            callback, interval=seconds, first=first, name=name, job_kwargs=kwargs
        )
    return state
