"""Storage: migrations on a new SQLite file, idempotent upgrades, a round trip."""

from __future__ import annotations

import asyncio
import os
import sqlite3
import sys
from collections import Counter
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from bot.store import Article, Brief, Delivery, Feed, Subscriber, create_engine, session_factory
from bot.store.migrate import head_revision, upgrade
from tests.auxil.cli import REPO_ROOT, run_triglot
from tests.auxil.postgres import POSTGRES_ENV, PostgresDatabase


async def test_upgrade_creates_the_file_and_folder_then_changes_nothing(tmp_path: Path) -> None:
    path = tmp_path / "new" / "folder" / "triglot.db"
    url = f"sqlite+aiosqlite:///{path}"
    before, after = await upgrade(url)
    assert (before, after) == (None, head_revision())
    assert path.is_file()
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"feeds", "articles", "briefs", "subscribers", "deliveries"} <= tables
    schema_before = path.read_bytes()
    assert await upgrade(url) == (head_revision(), head_revision())
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert len(path.read_bytes()) == len(schema_before)


def test_db_upgrade_command_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "data" / "bot.db"
    env = {"TRIGLOT_DATABASE__URL": f"sqlite+aiosqlite:///{path}"}
    first = run_triglot("db", "upgrade", "--config", "config/triglot.toml", env=env)
    assert first.returncode == 0, first.stderr
    assert "upgraded from empty" in first.stdout
    assert path.is_file()
    second = run_triglot("db", "upgrade", "--config", "config/triglot.toml", env=env)
    assert second.returncode == 0, second.stderr
    assert "nothing to do" in second.stdout


async def test_round_trip_of_every_table(database_url: str) -> None:
    engine = create_engine(database_url)
    sessions = session_factory(engine)
    published = datetime(2026, 11, 25, 9, 30, tzinfo=UTC)
    async with sessions.begin() as session:
        feed = Feed(name="ynet", url="https://ynet.example/rss", language="he", etag='"abc"')
        article = Article(
            feed=feed,
            url="https://ynet.example/a?utm_source=x",
            canonical_url="https://ynet.example/a",
            title="כותרת",
            language="he",
            text="טקסט",
            published_at=published,
            matched_terms=["עזה"],
            also_reported_by=["Reuters"],
        )
        brief = Brief(article=article, language="ar", text="ملخص ٣", checks=[{"kind": "number"}])
        subscriber = Subscriber(chat_id=-100123456789, language="ar", subscribed=True)
        session.add_all([feed, article, brief, subscriber])
        await session.flush()
        session.add(
            Delivery(
                subscriber_id=subscriber.id,
                brief_id=brief.id,
                article_id=article.id,
                chat_id=subscriber.chat_id,
            )
        )
    async with sessions() as session:
        stored = (await session.execute(select(Article))).scalar_one()
        assert stored.published_at == published and stored.published_at.tzinfo is not None
        assert stored.matched_terms == ["עזה"] and stored.title == "כותרת"
        delivery = (await session.execute(select(Delivery))).scalar_one()
        assert (delivery.status, delivery.attempts, delivery.chat_id) == (
            "pending",
            0,
            -100123456789,
        )
        brief = (await session.execute(select(Brief))).scalar_one()
        assert brief.text == "ملخص ٣" and brief.checks == [{"kind": "number"}]
        feed = (await session.execute(select(Feed))).scalar_one()
        assert (feed.etag, feed.healthy, feed.consecutive_failures) == ('"abc"', True, 0)
    # One delivery per subscriber and article, enforced by the database itself.
    with pytest.raises(IntegrityError):
        async with sessions.begin() as session:
            session.add(
                Delivery(
                    subscriber_id=delivery.subscriber_id,
                    brief_id=delivery.brief_id,
                    article_id=delivery.article_id,
                    chat_id=delivery.chat_id,
                )
            )
    await engine.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
async def fresh_database_url(request: pytest.FixtureRequest, sqlite_url: str) -> AsyncIterator[str]:
    """A database nobody has migrated yet: a new SQLite file, or a new PostgreSQL database."""
    if request.param == "sqlite":
        yield sqlite_url
        return
    server = os.environ.get(POSTGRES_ENV)
    if not server:
        pytest.skip(f"PostgreSQL tests need {POSTGRES_ENV} (e.g. postgresql+asyncpg://...)")
    async with PostgresDatabase(server) as url:
        yield url


async def test_processes_starting_together_on_a_new_database_all_start(
    fresh_database_url: str,
) -> None:
    """Four processes migrate and sync the config feeds at once: none fails on the
    migration (``alembic_version already exists``) or a feed (``UNIQUE feeds.url``)."""
    processes = [
        await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.auxil.fresh_start",
            fresh_database_url,
            "30",
            cwd=REPO_ROOT,
            stdin=asyncio.subprocess.PIPE,
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.STDOUT,
        )
        for _ in range(4)
    ]
    for process in processes:  # all imported and waiting: then all start at once
        assert process.stdout is not None
        assert await process.stdout.readline() == b"ready\n"
    outputs = await asyncio.gather(*(p.communicate(b"go\n") for p in processes))
    outputs = [out.decode() for out, _ in outputs]
    for process, output in zip(processes, outputs, strict=True):
        assert process.returncode == 0 and output.rstrip().endswith("ok"), output
    engine = create_engine(fresh_database_url)
    try:
        async with session_factory(engine)() as session:
            urls = (await session.scalars(select(Feed.url))).all()
    finally:
        await engine.dispose()
    assert len(urls) == len(set(urls)) == 30


async def test_concurrent_upgrades_in_one_process_all_succeed(sqlite_url: str) -> None:
    results = await asyncio.gather(*(upgrade(sqlite_url) for _ in range(4)))
    head = head_revision()
    assert Counter(results) == {(None, head): 1, (head, head): 3}
