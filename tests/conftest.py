"""Shared fixtures: offline models, a clean environment, config files and databases.

Databases: ``database_url`` is a fresh SQLite file, and also a fresh PostgreSQL database
(one per test) when ``TRIGLOT_TEST_POSTGRES_URL`` names a server, e.g.
``postgresql+asyncpg://postgres@127.0.0.1:5432/postgres``; ``sessions`` is a session
factory on it.

Every other shared fixture lives beside the helpers it uses, in a module of
``tests/auxil/`` listed in ``pytest_plugins`` below; a test names the fixture as an
argument and imports nothing for it.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from tests.auxil.cli import REPO_ROOT
from tests.auxil.postgres import POSTGRES_ENV, PostgresDatabase
from tests.auxil.realworld import REALWORLD

if TYPE_CHECKING:
    from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

# Nothing can download weights here: fail at once instead of after a long timeout.
os.environ["HF_HUB_OFFLINE"] = "1"
os.environ["TRANSFORMERS_OFFLINE"] = "1"
os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")

pytest_plugins = [
    "tests.auxil.shared_data",  # a loud section when tests skipped for want of realworld/
    "tests.auxil.tiny_models",  # tiny_cache, tiny_settings: tiny random-weight models
    "tests.auxil.fake_bot_api",  # fake_bot_api: the fake Telegram Bot API server
    "tests.auxil.bot_harness",  # bot_token: the token in the environment, as in production
    "tests.auxil.http_servers",  # server, feed_server: HTTP servers on loopback
    "tests.auxil.news_site",  # site: the real feeds and pages served on that server
    "tests.auxil.guard",  # guard: the guard with its default settings
    "tests.auxil.browser",  # browser: the system's headless chromium, driven by Playwright
    "tests.auxil.workers",  # redis_url, amqp_url, broker_url, workers: brokers, `triglot worker`s
]


@pytest.fixture(autouse=True)
def _clean_triglot_env(monkeypatch: pytest.MonkeyPatch) -> None:
    """A developer's own TRIGLOT_* variables must not change what tests see."""
    for name in list(os.environ):
        if name.startswith("TRIGLOT_") and name != POSTGRES_ENV:
            monkeypatch.delenv(name)


@pytest.fixture
def repo_root() -> Path:
    return REPO_ROOT


@pytest.fixture(scope="session")
def realworld() -> Path:
    """The shared folder of real third-party feeds and pages (skip when absent)."""
    if not REALWORLD.is_dir():
        pytest.skip(f"real-world test data not found at {REALWORLD} (../shared/realworld)")
    return REALWORLD


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / 'db' / 'triglot.db'}"


@pytest.fixture(params=["sqlite", "postgresql"])
async def database_url(request: pytest.FixtureRequest, sqlite_url: str) -> AsyncIterator[str]:
    """A migrated, empty database: SQLite always, PostgreSQL when the server is given."""
    from bot.store.migrate import upgrade

    if request.param == "sqlite":
        await upgrade(sqlite_url)
        yield sqlite_url
        return
    server = os.environ.get(POSTGRES_ENV)
    if not server:
        pytest.skip(f"PostgreSQL tests need {POSTGRES_ENV} (e.g. postgresql+asyncpg://...)")
    async with PostgresDatabase(server) as url:
        await upgrade(url)
        yield url


@pytest.fixture
async def sessions(database_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """A session factory on ``database_url`` (migrated, empty; SQLite and PostgreSQL)."""
    from bot.store.db import create_engine, session_factory

    engine = create_engine(database_url)
    try:
        yield session_factory(engine)
    finally:
        await engine.dispose()
