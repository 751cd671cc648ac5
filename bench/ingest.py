"""Ingestion benchmark: poll 200 local feeds twice, against naive sequential polling.

    .venv/bin/python bench/ingest.py [--feeds 200] [--latency-ms 50] [--concurrency 10]

A local server on 127.0.0.1 serves N feeds made from the real feeds of
../shared/realworld (links made unique per feed), each answer delayed by a simulated
network latency. Measured, in one run on this machine:

- Triglot's ``poll_all``: a first poll (every feed fetched, parsed, entries checked for
  relevance and duplicates and stored in SQLite; pages not fetched: ``fetch_pages=false``,
  so the figure is about polling, not trafilatura), then a second poll where every feed
  answers 304 Not Modified.
- Baseline: the naive loop (one feed after the other, plain GET without validators,
  feedparser on the body), twice.

It prints wall time and HTTP requests for each, plus the machine.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from tests.auxil.http_servers import LocalHTTPServer, Route  # noqa: E402
from tests.auxil.realworld import REALWORLD  # noqa: E402

FEED_FILES = sorted((REALWORLD / "feeds").glob("*.xml"))
HOSTS = (
    b"http://www.ynet.co.il",
    b"https://news.walla.co.il",
    b"https://www.jpost.com",
    b"http://www.nytimes.com",
    b"http://feeds.reuters.com",
    b"http://feeds.breakingnews.ie",
    b"http://www.reuters.com",
    b"http://www.breakingnews.ie",
)


def serve_feeds(server: LocalHTTPServer, count: int, latency: float) -> list[str]:
    urls = []
    for i in range(count):
        body = FEED_FILES[i % len(FEED_FILES)].read_bytes()
        for host in HOSTS:
            body = body.replace(host, f"https://site{i}.example".encode())
        urls.append(
            server.add(
                f"/feed/{i}.xml",
                Route(body=body, delay=latency, content_type="application/rss+xml"),
            )
        )
    return urls


async def triglot_polls(
    urls: list[str], concurrency: int, db_dir: Path
) -> list[tuple[float, int, dict[str, int]]]:
    from bot.ingest.poller import poll_all
    from bot.settings import FeedSettings, FetchSettings, TriglotConfig
    from bot.store.db import create_engine, session_factory
    from bot.store.migrate import upgrade

    url = f"sqlite+aiosqlite:///{db_dir / 'bench.db'}"
    await upgrade(url)
    config = TriglotConfig(
        database={"url": url},
        feeds=[FeedSettings(name=f"feed {i}", url=u) for i, u in enumerate(urls)],
        fetch=FetchSettings(
            allow_private_networks=True,
            concurrency=concurrency,
            # Every feed is on 127.0.0.1 here; real feeds are on different sites.
            per_host_concurrency=concurrency,
            fetch_pages=False,
        ),
    )
    engine = create_engine(url)
    sessions = session_factory(engine)
    results = []
    try:
        for _ in range(2):
            started = time.perf_counter()
            report = await poll_all(config, sessions, due_only=False)
            results.append((time.perf_counter() - started, report.requests, report.totals()))
    finally:
        await engine.dispose()
    return results


def baseline_polls(urls: list[str]) -> list[tuple[float, int]]:
    import feedparser
    import httpx

    results = []
    with httpx.Client(timeout=30) as client:
        for _ in range(2):
            started = time.perf_counter()
            requests = 0
            for url in urls:
                response = client.get(url)
                requests += 1
                feedparser.parse(response.content)
            results.append((time.perf_counter() - started, requests))
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--latency-ms", type=float, default=50.0)
    parser.add_argument("--concurrency", type=int, default=10)
    args = parser.parse_args()
    if not FEED_FILES:
        sys.exit(f"no feeds found in {REALWORLD / 'feeds'}")
    python = platform.python_version()
    print(f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {python}")
    load = ", ".join(f"{x:.1f}" for x in os.getloadavg())
    print(f"load average before the run: {load} (other work on the machine skews timings)")
    print(
        f"feeds: {args.feeds} (from {len(FEED_FILES)} real feeds), "
        f"simulated latency {args.latency_ms:g} ms per response, concurrency {args.concurrency}"
    )
    with LocalHTTPServer() as server, tempfile.TemporaryDirectory() as tmp:
        urls = serve_feeds(server, args.feeds, args.latency_ms / 1000)
        base = baseline_polls(urls)
        ours = asyncio.run(triglot_polls(urls, args.concurrency, Path(tmp)))
    print()
    print(f"{'':34}{'poll 1':>12}{'requests':>10}{'poll 2':>12}{'requests':>10}")
    print(
        f"{'baseline (sequential, plain GET)':34}{base[0][0]:>11.2f}s{base[0][1]:>10}"
        f"{base[1][0]:>11.2f}s{base[1][1]:>10}"
    )
    print(
        f"{'triglot poll_all':34}{ours[0][0]:>11.2f}s{ours[0][1]:>10}"
        f"{ours[1][0]:>11.2f}s{ours[1][1]:>10}"
    )
    totals = ours[0][2]
    print()
    print("triglot poll 1 entries: " + ", ".join(f"{k} {v}" for k, v in totals.items()))
    print(f"triglot poll 2: not modified {ours[1][2]['not_modified']} of {args.feeds} feeds")
    print(f"speed-up: poll 1 x{base[0][0] / ours[0][0]:.1f}, poll 2 x{base[1][0] / ours[1][0]:.1f}")


if __name__ == "__main__":
    main()
