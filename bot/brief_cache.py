"""The summarizer's brief cache backed by the bot's database, and the one way the bot
builds its summarizer.

The summarizer runs in a worker thread and calls its cache synchronously; the database is
async and lives on the event loop. ``DatabaseBriefCache`` bridges the two by running each
query on the loop and waiting for it from the worker thread (the loop is free meanwhile:
it is only awaiting that thread). A database hiccup never fails a brief: the cache just
misses.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any, TypeVar

from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.settings import TriglotConfig
from bot.store.models import CachedBrief
from summarizer import Brief, Summarizer

log = logging.getLogger(__name__)
T = TypeVar("T")
QUERY_TIMEOUT_SECONDS = 30.0


class DatabaseBriefCache:
    """``summarizer.cache.BriefCache`` over the ``brief_cache`` table."""

    def __init__(
        self, session_factory: async_sessionmaker[AsyncSession], loop: asyncio.AbstractEventLoop
    ) -> None:
        self._sessions = session_factory
        self._loop = loop

    def get(self, key: str) -> Brief | None:
        data = self._run(self._get(key))
        return Brief.from_dict(data) if data else None

    def put(self, key: str, brief: Brief) -> None:
        self._run(self._put(key, brief.to_dict()))

    def _run(self, coroutine: Coroutine[Any, Any, T]) -> T | None:
        try:
            asyncio.get_running_loop()
        except RuntimeError:
            pass  # a worker thread, as it should be
        else:
            coroutine.close()
            raise RuntimeError("DatabaseBriefCache must be used from a worker thread")
        try:
            return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(
                QUERY_TIMEOUT_SECONDS
            )
        except Exception:
            log.warning("brief cache unavailable; summarising without it", exc_info=True)
            return None

    async def _get(self, key: str) -> dict[str, Any] | None:
        async with self._sessions() as session:
            row = await session.get(CachedBrief, key)
            return row.data if row is not None else None

    async def _put(self, key: str, data: dict[str, Any]) -> None:
        async with self._sessions() as session, session.begin():
            dialect = session.bind.dialect.name if session.bind else "sqlite"
            insert = pg_insert if dialect == "postgresql" else sqlite_insert
            await session.execute(
                insert(CachedBrief)
                .values(key=key, data=data)
                .on_conflict_do_update(index_elements=["key"], set_={"data": data})
            )


def build_summarizer(
    config: TriglotConfig,
    session_factory: async_sessionmaker[AsyncSession],
    loop: asyncio.AbstractEventLoop,
) -> Summarizer:
    """The summarizer from ``config`` with its briefs cached in the database."""
    return Summarizer.from_config(config, cache=DatabaseBriefCache(session_factory, loop))
