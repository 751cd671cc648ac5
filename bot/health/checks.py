"""``/healthz`` and ``/metrics``: a small HTTP server on the bot's own asyncio loop.

``/healthz`` answers 200 when every check passes and 503 otherwise, with a JSON body that
names each check, whether it passed and why::

    {"status": "unhealthy", "failed": ["database"],
     "checks": {"database": {"ok": false, "detail": "..."}, "scheduler": {...}, "poll": {...}}}

The checks:

- ``database``: the figures behind ``/metrics`` (outbox depth, failing feeds) can be read
  within a few seconds; for SQLite the database file must also still exist (an open
  connection keeps working on a deleted file, so a query alone would not notice).
- ``scheduler``: the job scheduler says it is running.
- ``poll``: a poll of the feeds finished within ``metrics.poll_stale_intervals`` poll
  intervals. Right after a start there has been no poll yet; that passes until the same
  span has gone by since the start (models load and the first poll runs in that time).

Because the server runs on the bot's loop, a loop blocked by a long synchronous call
cannot answer at all, and the caller's timeout (Docker's HEALTHCHECK) reports it.

``python -m bot.health [--config PATH]`` asks a running bot's ``/healthz`` (the address
from ``metrics.listen``) and exits 0 when it is healthy; the Docker image's HEALTHCHECK.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import logging
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import tornado.httpserver
import tornado.netutil
import tornado.web
from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import metrics
from bot.logging_setup import redact
from bot.settings import TriglotConfig, split_host_port
from bot.store.db import sqlite_path
from bot.store.models import Delivery, Feed

log = logging.getLogger(__name__)

DATABASE_TIMEOUT_SECONDS = 5.0
OUTBOX_STATUSES = ("pending", "sending")

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
        outbox = await session.scalar(
            select(func.count()).select_from(Delivery).where(Delivery.status.in_(OUTBOX_STATUSES))
        )
        failing = await session.scalar(
            select(func.count())
            .select_from(Feed)
            .where(Feed.enabled.is_(True), Feed.consecutive_failures > 0)
        )
    return int(outbox or 0), int(failing or 0)


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


class _HealthzHandler(tornado.web.RequestHandler):
    def initialize(self, probe: HealthProbe) -> None:
        self.probe = probe

    async def get(self) -> None:
        healthy, body = await self.probe.report()
        self.set_status(200 if healthy else 503)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(json.dumps(body))


class _MetricsHandler(tornado.web.RequestHandler):
    def initialize(self, probe: HealthProbe) -> None:
        self.probe = probe

    async def get(self) -> None:
        await self.probe.database_check()  # refresh outbox depth and failing feeds
        payload, content_type = metrics.render()
        self.set_header("Content-Type", content_type)
        self.set_header("Cache-Control", "no-store")
        self.finish(payload)


def _log_request(handler: tornado.web.RequestHandler) -> None:
    # Scrapes and health probes come every few seconds: keep them out of the INFO log.
    log.debug("%s %s %d", handler.request.method, handler.request.uri, handler.get_status())


@dataclass
class HealthServer:
    """A running health server: where it listens, and how to stop it."""

    host: str
    port: int
    _server: tornado.httpserver.HTTPServer

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def stop(self) -> None:
        """Stop listening and close open connections."""
        self._server.stop()
        await self._server.close_all_connections()


async def start_health_server(
    config: TriglotConfig, session_factory: SessionFactory, status: HealthStatus
) -> HealthServer | None:
    """Serve ``/healthz`` and ``/metrics`` at ``metrics.listen`` on the running loop.

    Returns None when ``metrics.listen`` is empty (the endpoint is off). Port 0 picks a
    free port; the handle's ``port`` says which.
    """
    if not config.metrics.listen:
        return None
    host, port = split_host_port(config.metrics.listen)
    probe = HealthProbe(config, session_factory, status)
    app = tornado.web.Application(
        [
            (r"/healthz", _HealthzHandler, {"probe": probe}),
            (r"/metrics", _MetricsHandler, {"probe": probe}),
        ],
        log_function=_log_request,
    )
    sockets = tornado.netutil.bind_sockets(port, address=host)
    server = tornado.httpserver.HTTPServer(app)
    server.add_sockets(sockets)
    bound = sockets[0].getsockname()[1]
    log.info("health and metrics endpoint on http://%s:%d (/healthz, /metrics)", host, bound)
    return HealthServer(host, bound, server)


STATUS_KEY = "health_status"  # application.bot_data keys
SERVER_KEY = "health_server"


async def setup_hook(application: Any) -> None:
    """A ``bot.app`` setup hook: serve ``/healthz`` and ``/metrics`` beside the bot.

    Runs at the end of ``post_init`` (the database is open). Leaves the ``HealthStatus`` in
    ``application.bot_data["health_status"]`` for the poll job to call ``poll_finished()``
    on (also when ``metrics.listen`` is empty), follows ``/reload``, and stops the server
    when the application shuts down.
    """
    services = application.bot_data["services"]

    def scheduler_running() -> bool:
        job_queue = application.job_queue
        return job_queue is not None and bool(job_queue.scheduler.running)

    status = HealthStatus.from_config(services.config, scheduler_running)
    application.bot_data[STATUS_KEY] = status
    services.reload_listeners.append(status.apply_config)
    server = await start_health_server(services.config, services.sessions(), status)
    if server is None:
        return
    application.bot_data[SERVER_KEY] = server
    shutdown_next = application.post_shutdown

    async def post_shutdown(app: Any) -> None:
        try:
            await server.stop()
        finally:
            if shutdown_next is not None:
                await shutdown_next(app)

    application.post_shutdown = post_shutdown


def probe_url(listen: str) -> str:
    """The ``/healthz`` URL to ask for a server listening at ``listen``."""
    host, port = split_host_port(listen)
    if host in ("0.0.0.0", ""):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}/healthz"


def main(argv: list[str] | None = None) -> int:
    """``python -m bot.health``: exit 0 when the running bot is healthy, 1 when not."""
    from bot.config_loader import ConfigError, load_config

    parser = argparse.ArgumentParser(
        prog="python -m bot.health", description="Ask the running bot's /healthz."
    )
    parser.add_argument("--config", help="config file (default: $TRIGLOT_CONFIG or the default)")
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds to wait")
    args = parser.parse_args(argv)
    try:
        config = load_config(args.config)
    except ConfigError as exc:
        print(exc, file=sys.stderr)
        return 2
    if not config.metrics.listen:
        print("metrics.listen is empty: the health endpoint is off", file=sys.stderr)
        return 2
    url = probe_url(config.metrics.listen)
    try:
        with urllib.request.urlopen(url, timeout=args.timeout) as response:
            print(response.read().decode("utf-8", "replace"))
            return 0
    except urllib.error.HTTPError as exc:
        print(exc.read().decode("utf-8", "replace"))
        return 1
    except (TimeoutError, urllib.error.URLError, OSError) as exc:
        print(f"{url}: {exc}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
