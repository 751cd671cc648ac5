"""What the handlers share: the running config, the database, the summariser, the limits.

One ``Services`` lives in ``application.bot_data["services"]``. ``/reload`` swaps its
``config``; everything that reads settings reads them from here at the time of use, so a
reloaded value (admin ids, link limits) applies to the next update.
"""

from __future__ import annotations

import asyncio
import logging
import math
import time
from collections import deque
from collections.abc import Awaitable, Callable, Hashable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram.ext import CallbackContext

from bot.settings import TriglotConfig

log = logging.getLogger(__name__)

T = TypeVar("T")
ReloadListener = Callable[[TriglotConfig], Awaitable[None] | None]


class LinkRateLimiter:
    """At most ``limit`` link requests per bucket in any ``window`` seconds (in memory).

    A bucket is one sender in one chat (see ``handlers.common.link_sender``): anonymous
    group administrators all post as Telegram's one GroupAnonymousBot, so a bucket per
    user id would make every group's anonymous admins share one. Buckets idle for a whole
    window are dropped (swept at most once per window), so memory follows the senders of
    the last window or two, not every sender ever seen.
    """

    def __init__(self) -> None:
        self._seen: dict[Hashable, deque[float]] = {}
        self._last_sweep = -math.inf

    def check(self, key: Hashable, limit: int, window: float, now: float | None = None) -> float:
        """Record a request; return 0 when allowed, else the seconds until one is allowed."""
        now = time.monotonic() if now is None else now
        self._sweep(now, window)
        seen = self._seen.setdefault(key, deque())
        while seen and now - seen[0] >= window:
            seen.popleft()
        if len(seen) >= limit:
            return window - (now - seen[0])
        seen.append(now)
        return 0.0

    def __len__(self) -> int:
        """How many buckets are kept."""
        return len(self._seen)

    def _sweep(self, now: float, window: float) -> None:
        if now - self._last_sweep < window:
            return
        self._last_sweep = now
        idle = [key for key, seen in self._seen.items() if not seen or now - seen[-1] >= window]
        for key in idle:
            del self._seen[key]


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
)


def _dotted_get(config: TriglotConfig, name: str) -> Any:
    value: Any = config
    for part in name.split("."):
        value = getattr(value, part)
    return value


@dataclass
class Services:
    config: TriglotConfig
    config_path: Path | None = None
    engine: AsyncEngine | None = None
    session_factory: async_sessionmaker[AsyncSession] | None = None
    link_limiter: LinkRateLimiter = field(default_factory=LinkRateLimiter)
    reload_listeners: list[ReloadListener] = field(default_factory=list)
    _summarizer: Any = None
    # The summariser is not thread-safe and is CPU-bound: one worker thread runs it, off
    # the event loop, so the bot keeps answering while a link is summarised.
    _model_thread: ThreadPoolExecutor = field(
        default_factory=lambda: ThreadPoolExecutor(1, thread_name_prefix="triglot-model")
    )

    def sessions(self) -> async_sessionmaker[AsyncSession]:
        if self.session_factory is None:
            raise RuntimeError("the database is not open yet (post_init has not run)")
        return self.session_factory

    def is_admin(self, user_id: int | None) -> bool:
        return user_id is not None and user_id in self.config.telegram.admin_ids

    async def run_model(self, work: Callable[[Any], T]) -> T:
        """Run ``work(summarizer)`` in the model thread; the summariser is built on first use."""

        loop = asyncio.get_running_loop()
        sessions = self.sessions()

        def call() -> T:
            if self._summarizer is None:
                from bot.brief_cache import build_summarizer

                self._summarizer = build_summarizer(self.config, sessions, loop)
            return work(self._summarizer)

        return await loop.run_in_executor(self._model_thread, call)

    async def apply_config(self, config: TriglotConfig) -> list[str]:
        """Make ``config`` the running one and tell the listeners (delivery, ingestion).

        Returns the changed settings that only a restart applies (the connection to
        Telegram and to the database is built once).
        """
        old = self.config
        self.config = config
        restart_only = [
            name for name in RESTART_ONLY if _dotted_get(old, name) != _dotted_get(config, name)
        ]
        if (old.models, old.guard) != (config.models, config.guard):
            self._summarizer = None  # rebuilt with the new models on next use
        for listener in self.reload_listeners:
            result = listener(config)
            if asyncio.iscoroutine(result):
                await result
        return restart_only

    async def close(self) -> None:
        self._model_thread.shutdown(wait=False, cancel_futures=True)
        if self.engine is not None:
            await self.engine.dispose()
            self.engine = None


def services_of(context: CallbackContext[Any, Any, Any, Any]) -> Services:
    return context.application.bot_data["services"]
