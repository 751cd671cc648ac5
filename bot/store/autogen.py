"""Developer tool: write a new migration from the difference between models and schema.

Usage: ``python -m bot.store.autogen "what changed"``. It builds a scratch SQLite database
at the current head and lets Alembic compare it with ``bot.store.models``.
"""

from __future__ import annotations

import asyncio
import sys
import tempfile
from pathlib import Path

from alembic import command
from sqlalchemy.engine import Connection

from bot.store.db import create_engine
from bot.store.migrate import alembic_config, upgrade


def _revision(connection: Connection, message: str) -> None:
    config = alembic_config()
    config.attributes["connection"] = connection
    command.revision(config, message=message, autogenerate=True)


async def main(message: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'scratch.db'}"
        await upgrade(url)
        engine = create_engine(url)
        async with engine.begin() as connection:
            await connection.run_sync(_revision, message)
        await engine.dispose()


if __name__ == "__main__":
    asyncio.run(main(" ".join(sys.argv[1:]) or "schema change"))
