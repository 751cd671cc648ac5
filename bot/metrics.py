"""Prometheus metrics of the running bot, and the one-line calls that update them.

Everything lives in ``REGISTRY``, a registry of its own (not prometheus_client's global
one), so importing this module has no side effect beyond defining the metrics, and
``/metrics`` (served by ``bot.health``) shows exactly these. Call the helpers from
wherever the event happens::

    metrics.feed_polled(ok=True)                   # once per feed fetch
    metrics.articles_found(3)                      # new entries taken from a feed
    metrics.brief_made("ar", status="repaired")    # one brief text written
    metrics.guard_failed("number")                 # one problem the guard found
    metrics.delivery_sent()                        # one message delivered
    metrics.delivery_failed("chat_gone")           # one message given up on
    metrics.observe_model_step("en-ar", 1.7)       # wall time of one model step
    metrics.record_poll(report)                    # feed_polled/articles_found for a poll
    metrics.record_brief(brief)                    # brief_made/model step/guard for a brief

The outbox depth and the count of failing feeds are read from the database, and their
gauges set, at each ``/healthz`` check and ``/metrics`` scrape (``bot.health.checks``).
"""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import Any, Protocol

from prometheus_client import (
    CONTENT_TYPE_LATEST,
    CollectorRegistry,
    Counter,
    Gauge,
    Histogram,
    generate_latest,
)

REGISTRY = CollectorRegistry(auto_describe=True)

# The sender's ``Outcome`` values that end a message undelivered (a 429, ``retry_after``,
# never does: the sender waits it out and sends again). Anything else is counted as
# "other", so a caller can never blow up the label's cardinality with error text. The
# README's metrics table documents each value (tests/test_docs_metrics.py compares them).
DELIVERY_FAILURE_REASONS = ("chat_gone", "rejected", "transient")
FEED_POLL_OUTCOMES = ("ok", "failed")
_LABEL_VALUE = re.compile(r"^[a-z0-9][a-z0-9_\-.]{0,63}$")

FEED_POLLS = Counter(
    "triglot_feed_polls",
    "Feed fetches, by outcome (ok: fetched or not modified; failed: any error).",
    ["outcome"],
    registry=REGISTRY,
)
FEEDS_FAILING = Gauge(
    "triglot_feeds_failing",
    "Enabled feeds whose most recent poll failed (read from the database at scrape time).",
    registry=REGISTRY,
)
ARTICLES_FOUND = Counter(
    "triglot_articles_found",
    "New feed entries taken for processing.",
    registry=REGISTRY,
)
BRIEFS_MADE = Counter(
    "triglot_briefs_made",
    "Brief texts written, by language and guard status (ok, repaired, fallback, withheld).",
    ["language", "status"],
    registry=REGISTRY,
)
GUARD_FAILURES = Counter(
    "triglot_guard_failures",
    "Problems the guard found in candidate summaries, by kind (number, name, loaded, ...).",
    ["kind"],
    registry=REGISTRY,
)
DELIVERIES_SENT = Counter(
    "triglot_deliveries_sent",
    "Briefs delivered to a subscriber.",
    registry=REGISTRY,
)
DELIVERIES_FAILED = Counter(
    "triglot_deliveries_failed",
    "Messages given up on, by the Bot API's last answer (chat_gone, rejected, transient, other).",
    ["reason"],
    registry=REGISTRY,
)
OUTBOX_DEPTH = Gauge(
    "triglot_outbox_depth",
    "Deliveries waiting to be sent (status pending or sending).",
    registry=REGISTRY,
)
MODEL_STEP_SECONDS = Histogram(
    "triglot_model_step_seconds",
    "Wall time of one model step for one article (summarize, translate en-ar, ...).",
    ["step"],
    buckets=(0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8, 15, 30, 60, 120, 300),
    registry=REGISTRY,
)
LAST_POLL = Gauge(
    "triglot_last_poll_timestamp_seconds",
    "Unix time at which the last poll of the feeds finished (0: none since start).",
    registry=REGISTRY,
)
DATABASE_UP = Gauge(
    "triglot_database_up",
    "1 when the last health check or scrape reached the database, else 0.",
    registry=REGISTRY,
)

BROKER_UP = Gauge(
    "triglot_broker_up",
    "With workers.broker_url set: 1 when the bot last reached the broker, else 0.",
    registry=REGISTRY,
)
WORKER_QUEUE_LENGTH = Gauge(
    "triglot_worker_queue_length",
    "Tasks waiting in the broker for a model worker, by queue (links, articles).",
    ["queue"],
    registry=REGISTRY,
)
WORKER_TASK_SECONDS = Histogram(
    "triglot_worker_task_seconds",
    "Time from enqueueing a task to its brief being stored, by queue (links, articles).",
    ["queue"],
    buckets=(0.5, 1, 2, 5, 10, 20, 30, 60, 120, 300, 600, 1800, 3600),
    registry=REGISTRY,
)

# Show the fixed label values at zero from the start: a rate() over a series that appears
# only on its first increment misses that increment.
for _outcome in FEED_POLL_OUTCOMES:
    FEED_POLLS.labels(outcome=_outcome)
for _reason in (*DELIVERY_FAILURE_REASONS, "other"):
    DELIVERIES_FAILED.labels(reason=_reason)


def _label(value: str, fallback: str = "other") -> str:
    """A safe label value: short, lower-case, no free text."""
    value = value.strip().lower().replace(" ", "_")
    return value if _LABEL_VALUE.match(value) else fallback


def feed_polled(ok: bool) -> None:
    """Count one feed fetch; ``ok`` also for 304 Not Modified."""
    FEED_POLLS.labels(outcome="ok" if ok else "failed").inc()


def articles_found(count: int = 1) -> None:
    """Count ``count`` new entries taken from a feed for processing."""
    if count:
        ARTICLES_FOUND.inc(count)


def brief_made(language: str, status: str = "ok") -> None:
    """Count one brief text in ``language`` with the guard's ``status``."""
    BRIEFS_MADE.labels(language=_label(language), status=_label(status)).inc()


def guard_failed(kind: str, count: int = 1) -> None:
    """Count ``count`` guard problems of ``kind`` (a ``Problem.kind``)."""
    if count:
        GUARD_FAILURES.labels(kind=_label(kind)).inc(count)


def delivery_sent(count: int = 1) -> None:
    """Count ``count`` messages delivered."""
    if count:
        DELIVERIES_SENT.inc(count)


def delivery_failed(reason: str = "transient", count: int = 1) -> None:
    """Count ``count`` messages given up on; ``reason`` is the sender's ``Outcome`` value."""
    reason = str(reason)
    if count:
        label = reason if reason in DELIVERY_FAILURE_REASONS else "other"
        DELIVERIES_FAILED.labels(reason=label).inc(count)


def delivery_outcomes(outcomes: Iterable[tuple[str, int]]) -> None:
    """Count one commit of the sender's results: ("sent" or a failure reason, messages)."""
    for outcome, count in outcomes:
        if outcome == "sent":
            delivery_sent(count)
        else:
            delivery_failed(outcome, count)


def set_outbox_depth(depth: int) -> None:
    """Set the number of deliveries still waiting to be sent."""
    OUTBOX_DEPTH.set(depth)


def set_feeds_failing(count: int) -> None:
    """Set the number of enabled feeds whose last poll failed."""
    FEEDS_FAILING.set(count)


def poll_finished(at: float | None = None) -> None:
    """Record that a poll of the feeds finished (Unix time ``at``, default now)."""
    LAST_POLL.set(time.time() if at is None else at)


def observe_model_step(step: str, seconds: float) -> None:
    """Record the wall time of one model step (``summarize``, ``translate en-ar``, ...)."""
    MODEL_STEP_SECONDS.labels(step=_label(step)).observe(max(0.0, seconds))


class _FeedReportLike(Protocol):
    new: int
    error: str | None
    skipped: bool


class _PollReportLike(Protocol):
    @property
    def feeds(self) -> Sequence[_FeedReportLike]: ...


def record_poll(report: _PollReportLike) -> None:
    """Count what one ``bot.ingest.report.PollReport`` did, and that a poll finished.

    Each feed fetched counts as a poll (failed when its ``error`` is set, i.e. the feed
    itself could not be read; a bad entry page does not fail the feed); feeds skipped as
    not yet due do not count. ``new`` entries are the articles found.
    """
    for feed in report.feeds:
        if feed.skipped:
            continue
        feed_polled(ok=feed.error is None)
        articles_found(feed.new)
    poll_finished()


class _BriefTextLike(Protocol):  # read-only members: a StrEnum status is a str
    @property
    def status(self) -> str: ...
    @property
    def seconds(self) -> Mapping[str, float]: ...
    @property
    def checks(self) -> Sequence[Mapping[str, Any]]: ...


class _BriefLike(Protocol):
    @property
    def texts(self) -> Mapping[str, _BriefTextLike]: ...
    @property
    def cached(self) -> bool: ...


def record_brief(brief: _BriefLike) -> None:
    """Count what one ``summarizer.types.Brief`` took: texts, model time, guard problems.

    A brief served from the cache counts as made but adds no model time and no guard
    failures (nothing ran). Problems come from each text's ``checks``: every check entry's
    ``problems`` list of ``{"kind": ...}``.
    """
    for language, text in brief.texts.items():
        brief_made(language, text.status)
        if brief.cached:
            continue
        for step, seconds in text.seconds.items():
            observe_model_step(step, seconds)
        for kind in _problem_kinds(text.checks):
            guard_failed(kind)


def _problem_kinds(checks: Iterable[Mapping[str, Any]]) -> Iterator[str]:
    for check in checks:
        for problem in check.get("problems") or ():
            if isinstance(problem, Mapping) and problem.get("kind"):
                yield str(problem["kind"])


def render() -> tuple[bytes, str]:
    """The metrics in Prometheus text format, and their Content-Type."""
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST
