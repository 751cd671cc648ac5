"""``triglot fetch-once`` as an operator runs it, against feeds on a local server."""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest
import redis

from tests.auxil.cli import run_triglot
from tests.auxil.http_servers import Route
from tests.auxil.news_site import NewsSite
from tests.auxil.realworld import REALWORLD

pytestmark = pytest.mark.skipif(
    not REALWORLD.is_dir(), reason=f"real-world corpus not found at {REALWORLD}"
)


def write_config(
    tmp_path: Path,
    site: NewsSite,
    *,
    private: bool = True,
    models: Path | None = None,
    broker_url: str = "",
) -> Path:
    path = tmp_path / "triglot.toml"
    tiny = f'[models]\npreset = "tiny"\ncache_dir = "{models}"\n' if models else ""
    workers = f'[workers]\nbroker_url = "{broker_url}"\n' if broker_url else ""
    path.write_text(
        tiny
        + workers
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
    assert (feeds["Walla"]["new"], feeds["Walla"]["irrelevant"]) == (1, 1)  # the PM's flu
    assert (feeds["English desk"]["new"], feeds["English desk"]["irrelevant"]) == (2, 1)
    assert payload["poll"]["totals"]["new"] == 3
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


def test_fetch_once_json_explains_every_entry_taken(tmp_path: Path, site: NewsSite) -> None:
    config = write_config(tmp_path, site)
    walla_feed = (REALWORLD / "feeds" / "anyway__walla_break_2024-03-04.xml").read_bytes()
    base = site.server.url("").encode()
    # A third feed repeats Walla's links: taken in the same poll, they are duplicates.
    body = walla_feed.replace(b"https://news.walla.co.il", base)
    copy = site.server.add("/feeds/copy.xml", Route(body=body))
    with config.open("a", encoding="utf-8") as handle:
        handle.write(f'\n[[feeds]]\nname = "Copy"\nurl = "{copy}"\n')
    result = run_triglot("fetch-once", "--json", "--no-process", "--config", str(config))
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    decisions = {"new", "seen", "irrelevant", "duplicate", "not_article", "failed"}
    for feed in payload["poll"]["feeds"]:
        entries = feed["entries"]
        links = [e["link"] for e in entries]
        assert len(links) == len(set(links)) == feed["taken"]  # each entry exactly once
        counted = Counter(e["decision"] for e in entries)
        assert set(counted) <= decisions
        assert {d: feed[d] for d in decisions} == {d: counted.get(d, 0) for d in decisions}
        assert feed["taken"] == sum(feed[d] for d in decisions)  # the counts add up
        for entry in entries:
            assert entry["title"] and entry["link"].startswith("http")
            if entry["decision"] in ("new", "irrelevant"):
                assert isinstance(entry["score"], int | float) and entry["terms"] is not None
    by_name = feeds_by_name(payload)
    # Whichever of the two feeds took the links first decided them; the other has duplicates.
    first, second = sorted((by_name["Walla"], by_name["Copy"]), key=lambda f: f["duplicate"])
    assert [e["decision"] for e in second["entries"]] == ["duplicate", "duplicate"]
    walla = {e["link"].rsplit("/", 1)[-1]: e for e in first["entries"]}
    alert, flu = walla["3648139"], walla["3647947"]
    assert alert["decision"] == "new" and alert["score"] >= 3
    assert "כלי טיס עוין" in alert["terms"]
    assert flu["decision"] == "irrelevant" and flu["score"] == 0
    assert flu["terms"] == ["נתניהו (alone)"]  # a name alone is not enough, and it says so
    assert "below" in flu["reason"]
    totals = payload["poll"]["totals"]
    assert totals["taken"] == sum(totals[d] for d in decisions) == 2 + 4 + 2


def test_fetch_once_table_fits_80_columns_when_a_feed_fails(tmp_path: Path, site: NewsSite) -> None:
    config = write_config(tmp_path, site)
    broken = site.server.url("/feeds/gone-for-a-very-long-time-and-this-path-is-long.xml")
    with config.open("a", encoding="utf-8") as handle:
        handle.write(f'\n[[feeds]]\nname = "A feed with quite a long name"\nurl = "{broken}"\n')
    result = run_triglot(
        "fetch-once", "--no-process", "--config", str(config), env={"COLUMNS": "80"}
    )
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80, result.stdout
    reason = next(line for line in lines if line.startswith("A feed with quite a long name: "))
    assert "404" in reason  # the reason, whole, on its own line
    row = next(line.split() for line in lines if line.split()[:1] == ["Walla"])
    numbers = [int(cell) for cell in row[1:8]]
    taken, rest = numbers[0], numbers[1:]
    assert taken == sum(rest) == 2  # new + seen + off topic + same story + not article + failed
    assert "taken = new + seen + off topic + same story + not article + failed" in result.stdout


def feeds_by_name(payload: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {f["name"]: f for f in payload["poll"]["feeds"]}


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
    assert payload["poll"]["totals"]["new"] == 3
    processing = payload["processing"]
    assert processing["briefed"] + processing["failed"] == 3
    assert processing["briefed"] >= 1


def relevant_article_statuses(tmp_path: Path) -> dict[str, int]:
    """How many of the stored articles are new, briefed, ... (off-topic ones left out)."""
    query = (
        "SELECT status, count(*) FROM articles"
        " WHERE status NOT IN ('irrelevant', 'not_article') GROUP BY status"
    )
    with closing(sqlite3.connect(tmp_path / "db.sqlite")) as db:
        return dict(db.execute(query).fetchall())


def test_fetch_once_with_a_broker_queues_the_new_articles_for_the_workers(
    tmp_path: Path, site: NewsSite, redis_url: str
) -> None:
    # No [models] here: this host has none, and needs none, when workers do the briefing.
    config = write_config(tmp_path, site, broker_url=redis_url)
    result = run_triglot("fetch-once", "--json", "--config", str(config))
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["poll"]["totals"]["new"] == 3
    assert payload["processing"] == {"enqueued": 3}
    assert relevant_article_statuses(tmp_path) == {"new": 3}  # a worker briefs them, not this run
    broker = redis.Redis.from_url(redis_url)
    assert broker.llen("articles") == 3  # three tasks waiting on the articles queue

    table = run_triglot("fetch-once", "--config", str(config))
    assert table.returncode == 0, table.stderr
    assert "queued for the model workers: 3" in table.stdout  # still new: queued again


def test_fetch_once_with_the_broker_down_says_so_and_keeps_the_articles(
    tmp_path: Path, site: NewsSite
) -> None:
    config = write_config(tmp_path, site, broker_url="redis://127.0.0.1:9/0")  # nobody there
    result = run_triglot("fetch-once", "--json", "--config", str(config))
    assert result.returncode == 1
    error = json.loads(result.stdout)["processing"]["error"]
    assert error.startswith("broker unreachable (") and error.endswith("the articles stay new")
    assert relevant_article_statuses(tmp_path) == {"new": 3}
