"""The database engine: SQLite by default (WAL, parent folder created), PostgreSQL alike."""

from __future__ import annotations

import hashlib
import time
from pathlib import Path
from typing import Any, cast

from sqlalchemy import CursorResult, Result, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine, AsyncSession, async_sessionmaker
from sqlalchemy.ext.asyncio import create_async_engine as _create_async_engine


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL, or None for other databases and in-memory SQLite."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def create_engine(url: str, *, echo: bool = False) -> AsyncEngine:
    """An async engine for ``url``; for SQLite the folder is created and WAL switched on."""
    path = sqlite_path(url)
    kwargs: dict[str, Any] = {"echo": echo, "pool_pre_ping": True}
    if path is not None:
        path.parent.mkdir(parents=True, exist_ok=True)
        kwargs["connect_args"] = {"timeout": 30}
    engine = _create_async_engine(url, **kwargs)
    if path is not None:
        event.listen(engine.sync_engine, "connect", _sqlite_pragmas)
    return engine


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets the bot read while the sender writes; NORMAL sync is durable in WAL mode
    # except for the last transactions before a power cut, never corrupting the file.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=30000")
    _switch_to_wal(cursor)
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _switch_to_wal(cursor: Any, attempts: int = 300) -> None:
    """``PRAGMA journal_mode=WAL``, tried again while another connection holds the file.

    Switching a new database to WAL needs it to itself, and SQLite answers "database is
    locked" at once instead of waiting out the busy timeout when two processes (the bot and
    its workers, started together) switch it at the same moment. Once one has switched,
    the others' pragma only reads the mode.
    """
    for attempt in range(attempts):
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            return
        except Exception as exc:  # sqlite3's OperationalError, through the async adapter
            if "database is locked" not in str(exc) or attempt == attempts - 1:
                raise
            time.sleep(0.1)


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    return async_sessionmaker(engine, expire_on_commit=False)


def rows_changed(result: Result[Any]) -> int:
    """Rows an UPDATE/INSERT/DELETE touched (0 where the driver cannot tell, which it
    reports as -1); ``session.execute`` types its result as a plain ``Result``."""
    return max(cast(CursorResult[Any], result).rowcount or 0, 0)


async def lock_for_writing(connection: AsyncConnection, name: str) -> None:
    """Make the transaction just begun on ``connection`` the only one doing ``name``.

    For work that reads, decides and then writes (start-up migration, the config-feed
    sync), which two processes starting on one database would otherwise both do: the
    second would create what the first just created. It must be the transaction's first
    statement. PostgreSQL: a transaction-scoped advisory lock named after ``name``, so
    other work goes on. SQLite: ``BEGIN IMMEDIATE`` takes the database's write lock at
    once, instead of at the first write after the reads (the busy timeout makes the second
    process wait for it); DDL inside it is transactional too.
    """
    if connection.dialect.name == "postgresql":
        key = int.from_bytes(
            hashlib.blake2b(name.encode(), digest_size=8).digest(), "big", signed=True
        )
        await connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
    elif connection.dialect.name == "sqlite":
        await connection.exec_driver_sql("BEGIN IMMEDIATE")
