"""A throw-away PostgreSQL database per test, on the server ``TRIGLOT_TEST_POSTGRES_URL``
names (``tests/conftest.py``'s ``database_url`` uses it; so does a test of its own)."""

from __future__ import annotations

import uuid

import asyncpg
from sqlalchemy.engine import make_url

POSTGRES_ENV = "TRIGLOT_TEST_POSTGRES_URL"


class PostgresDatabase:
    """Create a throw-away database on a PostgreSQL server and drop it afterwards."""

    def __init__(self, server_url: str) -> None:
        self._server = make_url(server_url)
        self._name = f"triglot_test_{uuid.uuid4().hex[:12]}"

    async def _admin(self, sql: str) -> None:
        conn = await asyncpg.connect(
            host=self._server.host or "127.0.0.1",
            port=self._server.port or 5432,
            user=self._server.username or "postgres",
            password=self._server.password,
            database=self._server.database or "postgres",
        )
        try:
            await conn.execute(sql)
        finally:
            await conn.close()

    async def __aenter__(self) -> str:
        await self._admin(f'CREATE DATABASE "{self._name}"')
        return self._server.set(database=self._name).render_as_string(hide_password=False)

    async def __aexit__(self, *exc: object) -> None:
        await self._admin(f'DROP DATABASE IF EXISTS "{self._name}" WITH (FORCE)')
