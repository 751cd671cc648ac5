"""``triglot fetch-once`` as an operator runs it, against feeds on a local server."""
# ruff: noqa: F811  (pytest fixtures are imported from tests.auxil.tiny_models by name)

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.auxil.cli import run_triglot
from tests.auxil.http_servers import LocalHTTPServer
from tests.auxil.news_site import NewsSite
from tests.auxil.realworld import REALWORLD
from tests.auxil.tiny_models import tiny_cache  # noqa: F401

pytestmark = pytest.mark.skipif(
    not REALWORLD.is_dir(), reason=f"real-world corpus not found at {REALWORLD}"
)


@pytest.fixture
def site() -> Iterator[NewsSite]:
    with LocalHTTPServer() as server:
        yield NewsSite(server)


def write_config(
    tmp_path: Path, site: NewsSite, *, private: bool = True, models: Path | None = None
) -> Path:
    path = tmp_path / "triglot.toml"
    tiny = f'[models]\npreset = "tiny"\ncache_dir = "{models}"\n' if models else ""
    path.write_text(
        tiny
        + f"""
[database]
url = "sqlite+aiosqlite:///{tmp_path / "db.sqlite"}"

[fetch]
allow_private_networks = {"true" if private else "false"}

[[feeds]]
name = "Walla"
url = "{site.walla}"

[[feeds]]
name = "English desk"
url = "{site.english}"
""",
        encoding="utf-8",
    )
    return path


def test_fetch_once_json_reports_per_feed_counts_then_304(tmp_path: Path, site: NewsSite) -> None:
    config = write_config(tmp_path, site)
    first = run_triglot("fetch-once", "--json", "--no-process", "--config", str(config))
    assert first.returncode == 0, first.stderr
    payload = json.loads(first.stdout)
    feeds = {f["name"]: f for f in payload["poll"]["feeds"]}
    assert feeds["Walla"]["new"] == 2
    assert (feeds["English desk"]["new"], feeds["English desk"]["irrelevant"]) == (2, 1)
    assert payload["poll"]["totals"]["new"] == 4
    assert payload["poll"]["requests"] == 8  # 2 feeds + 6 pages
    assert payload["processing"] == {"skipped": "--no-process"}

    second = run_triglot("fetch-once", "--json", "--no-process", "--config", str(config))
    totals = json.loads(second.stdout)["poll"]["totals"]
    assert (totals["new"], totals["not_modified"]) == (0, 2)


def test_fetch_once_prints_a_table(tmp_path: Path, site: NewsSite) -> None:
    config = write_config(tmp_path, site)
    result = run_triglot("fetch-once", "--no-process", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert "Feeds polled" in result.stdout
    assert "Walla" in result.stdout and "English desk" in result.stdout
    assert "processing skipped: --no-process" in result.stdout


def test_fetch_once_fails_when_every_feed_fails(tmp_path: Path, site: NewsSite) -> None:
    config = write_config(tmp_path, site, private=False)
    result = run_triglot("fetch-once", "--json", "--no-process", "--config", str(config))
    assert result.returncode == 1
    errors = [f["error"] for f in json.loads(result.stdout)["poll"]["feeds"]]
    assert all(e.startswith("refused to fetch 127.0.0.1") for e in errors)
    assert site.server.hits() == 0


def test_fetch_once_processes_what_is_new(tmp_path: Path, site: NewsSite, tiny_cache: Path) -> None:
    config = write_config(tmp_path, site, models=tiny_cache)
    result = run_triglot("fetch-once", "--json", "--config", str(config))
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["poll"]["totals"]["new"] == 4
    processing = payload["processing"]
    assert processing["briefed"] + processing["failed"] == 4
    assert processing["briefed"] >= 1
