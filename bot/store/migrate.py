"""Apply Alembic migrations programmatically (``triglot db upgrade`` and service start)."""

from __future__ import annotations

import asyncio
import weakref
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy.engine import Connection

from bot.store.db import create_engine, lock_for_writing

MIGRATIONS_DIR = Path(__file__).parent / "migrations"


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str | None:
    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def _upgrade(connection: Connection) -> tuple[str | None, str | None]:
    before = MigrationContext.configure(connection).get_current_revision()
    config = alembic_config()
    config.attributes["connection"] = connection
    command.upgrade(config, "head")
    after = MigrationContext.configure(connection).get_current_revision()
    return before, after


async def upgrade(url: str) -> tuple[str | None, str | None]:
    """Bring the database at ``url`` to the newest schema; return (before, after) revisions.

    Idempotent: on an up-to-date database it changes nothing. Safe to run by several
    processes at once (the bot, ``triglot send``, ``triglot db upgrade``…): one migrates,
    the others wait for it and then find nothing to do. Within one process, upgrades run
    one at a time, because Alembic keeps its running context in module globals.
    """
    async with _in_process_lock():
        engine = create_engine(url)
        try:
            async with engine.begin() as connection:
                await lock_for_writing(connection, "triglot.migrate")
                return await connection.run_sync(_upgrade)
        finally:
            await engine.dispose()


_LOCKS: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Lock] = (
    weakref.WeakKeyDictionary()
)


def _in_process_lock() -> asyncio.Lock:
    """One lock per event loop (an asyncio.Lock belongs to the loop it is first used in)."""
    loop = asyncio.get_running_loop()
    lock = _LOCKS.get(loop)
    if lock is None:
        lock = _LOCKS[loop] = asyncio.Lock()
    return lock
