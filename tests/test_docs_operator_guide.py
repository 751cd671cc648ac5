"""The operator guide's claims: every metric is explained, and its backup commands work."""

from __future__ import annotations

import re
import shlex
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import pytest

from bot import metrics
from bot.store import Feed, create_engine, session_factory
from bot.store.migrate import upgrade
from tests.auxil.cli import REPO_ROOT, run_triglot

README = (REPO_ROOT / "README.md").read_text(encoding="utf-8")


def guide_section(title: str) -> str:
    start = README.index(f"### {title}")
    end = README.find("\n## ", start)
    following = README.find("\n### ", start + 1)
    ends = [e for e in (end, following) if e > 0]
    return README[start : min(ends) if ends else len(README)]


def test_every_metric_is_explained_in_the_guide() -> None:
    section = guide_section("Health and metrics")
    documented = set(re.findall(r"^\| `(triglot_\w+)", section, re.M))
    exported = {
        f"{family.name}_total" if family.type == "counter" else family.name
        for family in metrics.REGISTRY.collect()
    }
    assert exported == documented


@asynccontextmanager
async def live_wal_database(path: Path) -> AsyncIterator[None]:
    """A migrated database held open, as by the running bot, its newest row only in the WAL."""
    url = f"sqlite+aiosqlite:///{path}"
    await upgrade(url)
    engine = create_engine(url)
    try:
        async with session_factory(engine).begin() as session:
            session.add(Feed(name="only in the WAL", url="https://wal.example/rss"))
        wal = path.with_name(path.name + "-wal")
        assert wal.stat().st_size > 0  # not yet folded into triglot.db
        yield
    finally:
        await engine.dispose()


def feed_names(path: Path) -> list[str]:
    with sqlite3.connect(path) as conn:
        return [row[0] for row in conn.execute("SELECT name FROM feeds")]


async def test_the_guides_python_backup_copies_a_live_wal_database(tmp_path: Path) -> None:
    live = tmp_path / "data" / "triglot.db"
    (line,) = [ln for ln in guide_section("Backing up").splitlines() if "python -c" in ln]
    code = shlex.split(line)[-1]  # docker exec triglot python -c "<code>"
    code = code.replace("/data/triglot.db", str(live)).replace(
        "/data/backup.db", str(tmp_path / "backup.db")
    )
    async with live_wal_database(live):
        subprocess.run([sys.executable, "-c", code], check=True)
    assert feed_names(tmp_path / "backup.db") == ["only in the WAL"]

    # Restore as the guide says: copy into place, then db upgrade has nothing to do.
    restored = tmp_path / "restored" / "triglot.db"
    restored.parent.mkdir()
    shutil.copy(tmp_path / "backup.db", restored)
    result = run_triglot(
        "db", "upgrade", env={"TRIGLOT_DATABASE__URL": f"sqlite+aiosqlite:///{restored}"}
    )
    assert result.returncode == 0 and "nothing to do" in result.stdout, result.stderr
    assert feed_names(restored) == ["only in the WAL"]


@pytest.mark.skipif(shutil.which("sqlite3") is None, reason="no sqlite3 program here")
async def test_the_guides_sqlite3_backup_copies_a_live_wal_database(tmp_path: Path) -> None:
    live = tmp_path / "data" / "triglot.db"
    (line,) = [ln for ln in guide_section("Backing up").splitlines() if "sqlite3 data/" in ln]
    (tmp_path / "backups").mkdir()
    async with live_wal_database(live):
        subprocess.run(["bash", "-c", line], cwd=tmp_path, check=True)
    (backup,) = (tmp_path / "backups").glob("triglot-*.db")
    assert feed_names(backup) == ["only in the WAL"]
