"""The running service in one object: built, started and torn down in one place.

A ``Runtime`` holds what the bot's parts share: the running config (``/reload`` swaps it),
the database, the model worker (or, with ``workers.broker_url`` set, the dispatcher that
hands the model work to ``triglot worker`` processes: then no model is loaded here), the
scheduled jobs, the ``/healthz`` and ``/metrics`` server, the web console and the link
limiter. ``bot.app`` builds one per ``Application`` (``TriglotApplication.runtime``);
``start`` runs at the end of PTB's ``post_init`` and ``close`` in ``post_shutdown``, the one
shutdown path: whatever started is stopped, in reverse order, even when something fails
on the way. Handlers reach it with
``runtime_of(context)``.

Which optional parts run is a ``Parts`` value: ``triglot run`` runs ``EVERYTHING``; tests
pick the parts they exercise.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram.ext import Application, CallbackContext

from bot.briefing import requeue_articles
from bot.channels.sync import ConfigChannelSync
from bot.health.checks import HealthStatus
from bot.health.server import HealthServer, start_health_server
from bot.jobs import DeliveryJobs, install_jobs
from bot.link_limits import LinkRateLimiter
from bot.model_worker import InProcessModelWorker, ModelWorker, check_models
from bot.review.setting import publish_review_setting
from bot.settings import TriglotConfig
from bot.store.db import create_engine, session_factory
from bot.store.migrate import upgrade

if TYPE_CHECKING:
    from bot.console.server import ConsoleServer
    from bot.workers.client import WorkerDispatcher

log = logging.getLogger(__name__)

ReloadListener = Callable[[TriglotConfig], Awaitable[None] | None]

#: Settings read once, when the bot starts.
RESTART_ONLY = (
    "telegram.token",
    "telegram.api_base_url",
    "telegram.mode",
    "telegram.webhook_url",
    "telegram.webhook_listen",
    "telegram.webhook_secret_token",
    "telegram.poll_timeout_seconds",
    "telegram.concurrent_updates",
    "telegram.max_retries",
    "database.url",
    "database.echo",
    "console.listen",
)


@dataclass(frozen=True)
class Parts:
    """What runs besides the handlers, the database and the model worker."""

    check_models: bool = False  # refuse to start without the configured models
    requeue_deferred: bool = False  # brief again what an earlier run deferred
    jobs: bool = False  # poll, brief, send, digests (``bot.jobs``)
    health: bool = False  # the health status, and its server at ``metrics.listen``
    console: bool = False  # the web console at ``console.listen`` (when set)


HANDLERS_ONLY = Parts()
EVERYTHING = Parts(check_models=True, requeue_deferred=True, jobs=True, health=True, console=True)


def _dotted_get(config: TriglotConfig, name: str) -> Any:
    value: Any = config
    for part in name.split("."):
        value = getattr(value, part)
    return value


class Runtime:
    """The bot's shared state and its life cycle (see the module docstring)."""

    def __init__(
        self,
        config: TriglotConfig,
        *,
        config_path: Path | None = None,
        parts: Parts = HANDLERS_ONLY,
    ) -> None:
        self.config = config
        self.config_path = config_path
        self.parts = parts
        self.engine: AsyncEngine | None = None
        self.session_factory: async_sessionmaker[AsyncSession] | None = None
        self.worker: ModelWorker | None = None  # embedded mode: the models, in this process
        self.dispatcher: WorkerDispatcher | None = None  # workers.broker_url set: the broker
        self.jobs: DeliveryJobs | None = None
        self.health: HealthStatus | None = None
        self.health_server: HealthServer | None = None
        self.console_server: ConsoleServer | None = None
        self.link_limiter = LinkRateLimiter()
        self.reload_listeners: list[ReloadListener] = []
        self._stack = contextlib.AsyncExitStack()

    def sessions(self) -> async_sessionmaker[AsyncSession]:
        if self.session_factory is None:
            raise RuntimeError("the database is not open yet (the bot has not started)")
        return self.session_factory

    def model_worker(self) -> ModelWorker:
        if self.worker is None:
            raise RuntimeError("the model worker is not running yet (the bot has not started)")
        return self.worker

    def console_url(self) -> str:
        """Where the web console's login links point: ``console.public_url``, else the
        address it listens on."""
        settings = self.config.console
        if settings.public_url:
            return settings.public_url
        if self.console_server is not None:
            return self.console_server.url
        return settings.base_url()

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.config.telegram.admin_ids

    async def start(self, application: Application) -> None:  # type: ignore[type-arg]
        """Open the database (migrated first), start the model worker and the parts.

        ``[[channels]]`` are synced (each checked with the Bot API) before anything sends."""
        config, parts = self.config, self.parts
        workers_elsewhere = bool(config.workers.broker_url)
        if parts.check_models and not workers_elsewhere:
            check_models(config)
        before, after = await upgrade(config.database.url)
        if before != after:
            log.info("database migrated from %s to %s", before, after)
        engine = self.engine = create_engine(config.database.url, echo=config.database.echo)
        self._stack.push_async_callback(engine.dispose)
        sessions = self.session_factory = session_factory(engine)
        if workers_elsewhere:  # no model in this process: it enqueues for the workers
            from bot.workers.client import WorkerDispatcher

            dispatcher = self.dispatcher = WorkerDispatcher(config, sessions)
            self._stack.push_async_callback(dispatcher.close)
            self.reload_listeners.append(dispatcher.apply_config)
            log.info("model work goes to the workers through the broker (workers.broker_url)")
        else:
            worker = self.worker = InProcessModelWorker(config, sessions)
            self._stack.push_async_callback(worker.close)
            self.reload_listeners.append(worker.apply_config)
        # The workers' tasks follow the review setting of the moment (bot.review.setting).
        await publish_review_setting(sessions, config.review.required)
        self.reload_listeners.append(
            lambda reloaded: publish_review_setting(sessions, reloaded.review.required)
        )
        channel_sync = ConfigChannelSync(application.bot, sessions)
        await channel_sync.apply_config(config)
        self.reload_listeners.append(channel_sync.apply_config)
        if parts.requeue_deferred and (count := await requeue_articles(sessions)):
            log.info("requeued %d article(s) deferred by an earlier run", count)
        if parts.health:
            self.health = HealthStatus.from_config(config, lambda: _scheduler_running(application))
            if self.dispatcher is not None:
                self.health.broker_check = self.dispatcher.check
            self.reload_listeners.append(self.health.apply_config)
        if parts.jobs:
            self.jobs = install_jobs(
                application,
                config,
                sessions,
                self.worker,
                after_poll=self._poll_finished,
                enqueue=self.dispatcher.enqueue_new_articles if self.dispatcher else None,
            )
            self._stack.push_async_callback(self.jobs.close)
            self.reload_listeners.append(self.jobs.apply_config)
        if self.health is not None:
            self.health_server = await start_health_server(config, sessions, self.health)
            if self.health_server is not None:
                self._stack.push_async_callback(self.health_server.stop)
        if parts.console and config.console.listen:
            await self._start_console(config.console.listen, sessions, application)

    async def _start_console(
        self,
        listen: str,
        sessions: async_sessionmaker[AsyncSession],
        application: Application,  # type: ignore[type-arg]
    ) -> None:
        from bot.console.app import ConsoleContext  # only when the console is on
        from bot.console.server import start_console

        context = ConsoleContext(config=lambda: self.config, sessions=sessions, bot=application.bot)
        self.console_server = await start_console(listen, context)
        self._stack.push_async_callback(self.console_server.stop)

    async def close(self) -> None:
        """Stop what ``start`` started, last started first (server, jobs, worker, database)."""
        await self._stack.aclose()
        self.engine = None

    async def apply_config(self, config: TriglotConfig) -> list[str]:
        """Make ``config`` the running one and tell the parts (worker, jobs, health).

        Returns the changed settings that only a restart applies (the connection to
        Telegram and to the database is built once).
        """
        old = self.config
        self.config = config
        restart_only = [
            name for name in RESTART_ONLY if _dotted_get(old, name) != _dotted_get(config, name)
        ]
        for listener in self.reload_listeners:
            result = listener(config)
            if asyncio.iscoroutine(result):
                await result
        return restart_only

    def _poll_finished(self) -> None:
        if self.health is not None:
            self.health.poll_finished()


def _scheduler_running(application: Application) -> bool:  # type: ignore[type-arg]
    job_queue = application.job_queue
    return job_queue is not None and bool(job_queue.scheduler.running)


class TriglotApplication(Application):  # type: ignore[type-arg]
    """PTB's ``Application`` that carries the bot's ``Runtime``."""

    def __init__(self, *, runtime: Runtime, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.runtime = runtime


def runtime_of_app(application: Application) -> Runtime:  # type: ignore[type-arg]
    if not isinstance(application, TriglotApplication):
        raise TypeError("not an application built by bot.app.build_application")
    return application.runtime


def runtime_of(context: CallbackContext[Any, Any, Any, Any]) -> Runtime:
    """The running bot's ``Runtime``, from a handler's or a job's context."""
    return runtime_of_app(context.application)
