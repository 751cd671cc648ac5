"""The health checks behind ``/healthz``, and the database figures behind ``/metrics``.

- ``database``: the figures behind ``/metrics`` (outbox depth, failing feeds) can be read
  within a few seconds; for SQLite the database file must also still exist (an open
  connection keeps working on a deleted file, so a query alone would not notice).
- ``scheduler``: the job scheduler says it is running.
- ``broker`` (only with ``workers.broker_url`` set): the broker answers; the queue
  lengths are read on the way (``bot.workers.client``).
- ``poll``: a poll of the feeds finished within ``metrics.poll_stale_intervals`` poll
  intervals. Right after a start there has been no poll yet; that passes until the same
  span has gone by since the start (models load and the first poll runs in that time).
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import metrics
from bot.logging_setup import redact
from bot.settings import TriglotConfig
from bot.store.db import sqlite_path
from bot.store.queries import failing_feeds, outbox_depth

DATABASE_TIMEOUT_SECONDS = 5.0

SessionFactory = async_sessionmaker[AsyncSession]


@dataclass(frozen=True)
class Check:
    """The result of one health check."""

    name: str
    ok: bool
    detail: str


@dataclass
class HealthStatus:
    """What the running bot tells the health check: its scheduler and its polls.

    The bot creates one at start, passing a callable that says whether its scheduler is
    running, and calls ``poll_finished()`` each time a poll of the feeds finishes.
    """

    scheduler_running: Callable[[], bool]
    poll_interval_seconds: float
    stale_intervals: int = 3
    started_at: float = field(default_factory=time.monotonic)
    last_poll_at: float | None = None  # time.monotonic() of the last finished poll
    #: With model workers (``workers.broker_url``): reaches the broker, refreshes its gauges.
    broker_check: Callable[[], Awaitable[Check]] | None = None

    @classmethod
    def from_config(
        cls, config: TriglotConfig, scheduler_running: Callable[[], bool]
    ) -> HealthStatus:
        return cls(
            scheduler_running=scheduler_running,
            poll_interval_seconds=config.schedule.poll_interval_seconds,
            stale_intervals=config.metrics.poll_stale_intervals,
        )

    @property
    def stale_after_seconds(self) -> float:
        """How old the last poll (or, before the first, the start) may be."""
        return self.poll_interval_seconds * self.stale_intervals

    def apply_config(self, config: TriglotConfig) -> None:
        """Follow a reloaded config's poll interval (``/reload``)."""
        self.poll_interval_seconds = config.schedule.poll_interval_seconds
        self.stale_intervals = config.metrics.poll_stale_intervals

    def poll_finished(self) -> None:
        """Record that a poll of the feeds finished now (also for the metrics)."""
        self.last_poll_at = time.monotonic()
        metrics.poll_finished()

    def scheduler_check(self) -> Check:
        try:
            running = bool(self.scheduler_running())
        except Exception as exc:  # a broken probe is a failed check, not a crashed server
            return Check("scheduler", False, f"cannot tell: {exc!r}")
        return Check("scheduler", running, "running" if running else "not running")

    def poll_check(self) -> Check:
        now = time.monotonic()
        limit = self.stale_after_seconds
        if self.last_poll_at is None:
            since_start = now - self.started_at
            if since_start <= limit:
                return Check(
                    "poll",
                    True,
                    f"no poll yet; started {since_start:.0f}s ago (grace {limit:.0f}s)",
                )
            return Check("poll", False, f"no poll finished since the start {since_start:.0f}s ago")
        age = now - self.last_poll_at
        if age <= limit:
            return Check("poll", True, f"last poll finished {age:.0f}s ago")
        return Check("poll", False, f"last poll finished {age:.0f}s ago (limit {limit:.0f}s)")


async def read_database_figures(
    session_factory: SessionFactory, database_url: str
) -> tuple[int, int]:
    """Outbox depth and failing feeds, read from the database; raises when unreachable."""
    path = sqlite_path(database_url)
    if path is not None and not path.exists():
        raise FileNotFoundError(f"SQLite database file {path} is gone")
    async with session_factory() as session:
        return await outbox_depth(session), await failing_feeds(session)


class HealthProbe:
    """Runs the checks and refreshes the database-backed gauges."""

    def __init__(
        self, config: TriglotConfig, session_factory: SessionFactory, status: HealthStatus
    ) -> None:
        self.database_url = config.database.url
        self.session_factory = session_factory
        self.status = status

    async def database_check(self) -> Check:
        """Read the database figures (and update their gauges); fail when that fails."""
        try:
            outbox, failing = await asyncio.wait_for(
                read_database_figures(self.session_factory, self.database_url),
                DATABASE_TIMEOUT_SECONDS,
            )
        except TimeoutError:
            metrics.DATABASE_UP.set(0)
            return Check("database", False, f"no answer within {DATABASE_TIMEOUT_SECONDS:.0f}s")
        except Exception as exc:
            metrics.DATABASE_UP.set(0)
            return Check("database", False, _one_line(exc))
        metrics.DATABASE_UP.set(1)
        metrics.set_outbox_depth(outbox)
        metrics.set_feeds_failing(failing)
        return Check("database", True, "reachable")

    async def report(self) -> tuple[bool, dict[str, Any]]:
        """(healthy, JSON-able body) for ``/healthz``."""
        checks = [
            await self.database_check(),
            self.status.scheduler_check(),
            self.status.poll_check(),
        ]
        if self.status.broker_check is not None:
            checks.append(await self.status.broker_check())
        failed = [c.name for c in checks if not c.ok]
        body = {
            "status": "unhealthy" if failed else "ok",
            "failed": failed,
            "checks": {c.name: {"ok": c.ok, "detail": c.detail} for c in checks},
        }
        return not failed, body


def _one_line(exc: BaseException) -> str:
    """A short, single-line description of an error (SQLAlchemy's run to many lines)."""
    text = str(getattr(exc, "orig", None) or exc).strip().splitlines()
    first = text[0] if text else ""
    return redact(f"{type(exc).__name__}: {first}")[:300]
