"""Model-worker benchmark: the embedded bot against ``triglot worker`` processes on Celery.

    .venv/bin/python -m bench.workers [--articles 12] [--processes 1,2,4] [--backlog 50]
        [--links 5] [--redis redis://127.0.0.1:6379/7] [--models tiny|real-shape]
        [--skip-throughput] [--skip-links]

Tiny random-weight models (``models.preset = "tiny"``), or with ``--models real-shape``
random-weight models of the default models' real architectures (built by
``bench/summarize.py``'s builder under ``data/bench``, transformers backend, fixed output
lengths: summary 64 tokens, each translated sentence at most 40), one thread per process,
a fresh SQLite file per run, the local Redis as broker (its database emptied first).

(a) Throughput: ``--articles`` feed articles (distinct texts, so the brief cache never
    answers) briefed and queued to two subscribers, in articles per minute: the embedded
    model worker (``bot.briefing.process_new_articles``, one model thread, batches of 8)
    against 1, 2, 4 ``triglot worker --concurrency 1`` processes fed by the bot's
    dispatcher. Timed from the enqueueing to the last article ``briefed``, with the
    workers started and ready before.
(b) Link latency: ``--links`` pages users sent, one after the other, each timed from the
    request to its stored brief in the reader's language; on an idle system, then behind a
    backlog of ``--backlog`` feed articles being briefed. Embedded: the links jump the
    model thread's queue (they wait for the batch in hand). Workers (two processes): the
    links queue is served before the articles queue (they wait for the article in hand).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from bot.briefing import brief_link, process_new_articles
from bot.config_loader import load_config
from bot.model_worker import InProcessModelWorker
from bot.settings import TriglotConfig
from bot.store.models import Article, Feed
from bot.store.status import ArticleStatus
from bot.workers.client import WorkerDispatcher
from summarizer.tiny import build_tiny_models
from tests.auxil.delivery import add_subscribers, database
from tests.auxil.workers import Workers

SENTENCES = (
    "Israeli and Palestinian negotiators met in Cairo on Tuesday to discuss a ceasefire in "
    "Gaza, Egyptian officials said. The United Nations said {n} aid trucks entered the strip "
    "on Monday and called for more crossings to open. Talks will continue on Wednesday, a "
    "spokesman for the mediators said, adding that {n} detainees could be released. "
)


#: ``--models real-shape``: the model folders (``bench.summarize.build_all``), else None.
REAL_SHAPE: dict[str, Path] = {}


def models_section(cache: Path) -> str:
    """The ``[models]`` table: the tiny preset, or the real-shape folders with fixed
    output lengths (random weights: cost depends on shape and length, not on content)."""
    common = f'backend = "transformers"\nthreads = 1\ncache_dir = "{cache}"\n'
    if not REAL_SHAPE:
        return f'[models]\npreset = "tiny"\n{common}'
    pairs = "".join(f'"{pair}" = "{REAL_SHAPE[pair]}"\n' for pair in ("en-ar", "en-he", "ar-en"))
    return (
        f'[models]\nsummarizer = "{REAL_SHAPE["summarizer"]}"\n{common}'
        "[models.decoding]\nmin_new_tokens = 64\nmax_new_tokens = 64\n"
        "[models.translation_decoding]\nmin_new_tokens = 0\nmax_new_tokens = 40\n"
        f"[models.translators]\n{pairs}"
    )


def write_config(folder: Path, cache: Path, broker: str) -> Path:
    path = folder / "triglot.toml"
    path.write_text(
        f'[database]\nurl = "sqlite+aiosqlite:///{folder / "bench.db"}"\n'
        f'[workers]\nbroker_url = "{broker}"\n[logging]\nlevel = "INFO"\n' + models_section(cache),
        encoding="utf-8",
    )
    return path


async def add_articles(sessions: Any, count: int, start: int, *, feed: bool = True) -> list[int]:
    async with sessions() as session, session.begin():
        source = Feed(name=f"Wire {start}", url=f"https://wire.example/{start}", enabled=False)
        rows = [
            Article(
                feed=source if feed else None,
                url=f"https://wire.example/{n}",
                canonical_url=f"https://wire.example/{n}",
                title=f"Story {n}",
                text=SENTENCES.format(n=n) * 3,
                language="en",
                status=ArticleStatus.NEW if feed else ArticleStatus.BRIEFED,
            )
            for n in range(start, start + count)
        ]
        session.add_all(rows)
        await session.flush()
        return [row.id for row in rows]


async def wait_briefed(sessions: Any, ids: list[int]) -> None:
    while True:
        async with sessions() as session:
            query = select(func.count()).where(
                Article.id.in_(ids), Article.status == ArticleStatus.BRIEFED
            )
            if await session.scalar(query) == len(ids):
                return
        await asyncio.sleep(0.2)


def fresh(folder: Path, cache: Path, broker: str) -> TriglotConfig:
    for suffix in ("", "-wal", "-shm"):
        (folder / f"bench.db{suffix}").unlink(missing_ok=True)
    import redis

    redis.Redis.from_url(broker).flushdb()
    return load_config(write_config(folder, cache, broker))


#: Every worker group started, stopped at the end whatever happens (``main``).
STARTED: list[Workers] = []


def start_workers(folder: Path, count: int) -> Workers:
    workers = Workers(folder)
    STARTED.append(workers)
    for _ in range(count):
        workers.start(folder / "triglot.toml", "--concurrency", "1")
    for worker in workers.started:
        worker.wait_for(" ready.")
    return workers


async def throughput_embedded(config: TriglotConfig, articles: int) -> float:
    async with database(config.database.url) as sessions:
        await add_subscribers(sessions, [1, 2])
        await add_articles(sessions, articles, 0)
        started = time.monotonic()
        report = await process_new_articles(config, sessions)
        assert report.briefed == articles, report
        return articles / (time.monotonic() - started) * 60


async def throughput_workers(config: TriglotConfig, folder: Path, articles: int, n: int) -> float:
    async with database(config.database.url) as sessions:
        workers = start_workers(folder, n)
        try:
            await add_subscribers(sessions, [1, 2])
            ids = await add_articles(sessions, articles, 0)
            dispatcher = WorkerDispatcher(config, sessions)
            started = time.monotonic()
            await dispatcher.enqueue_new_articles()
            await wait_briefed(sessions, ids)
            seconds = time.monotonic() - started
            await dispatcher.close()
        finally:
            workers.stop_all()
        return articles / seconds * 60


LinkCall = Callable[[int], Awaitable[object]]


async def time_links(call: LinkCall, ids: list[int]) -> list[float]:
    latencies = []
    for article_id in ids:
        started = time.monotonic()
        result = await call(article_id)
        assert result is not None
        latencies.append(time.monotonic() - started)
    return latencies


async def links_embedded(config: TriglotConfig, backlog: int, links: int) -> dict[str, Any]:
    async with database(config.database.url) as sessions:
        worker = InProcessModelWorker(config, sessions)
        link_ids = await add_articles(sessions, 2 * links + 1, 10_000, feed=False)

        def call(article_id: int) -> Awaitable[object]:
            return brief_link(sessions, worker, article_id, ("en",), ("en",), published=False)

        await call(link_ids[-1])  # the models loaded
        idle = await time_links(call, link_ids[:links])
        await add_articles(sessions, backlog, 0)
        feed = asyncio.create_task(process_new_articles(config, sessions, worker))
        await asyncio.sleep(5.0)  # the backlog under way
        busy = await time_links(call, link_ids[links : 2 * links])
        await worker.close()  # the batch in hand finishes, the rest is dropped
        await asyncio.gather(feed, return_exceptions=True)
        return {"idle": idle, "busy": busy}


async def links_workers(
    config: TriglotConfig, folder: Path, backlog: int, links: int
) -> dict[str, Any]:
    async with database(config.database.url) as sessions:
        workers = start_workers(folder, 2)
        dispatcher = WorkerDispatcher(config, sessions)
        try:
            link_ids = await add_articles(sessions, 2 * links + 2, 10_000, feed=False)

            def call(article_id: int) -> Awaitable[object]:
                return dispatcher.brief_link(article_id, ("en",), "en", False)

            await call(link_ids[-1])  # both workers' models loaded
            await call(link_ids[-2])
            idle = await time_links(call, link_ids[:links])
            await add_articles(sessions, backlog, 0)
            await dispatcher.enqueue_new_articles()
            await asyncio.sleep(5.0)  # the backlog under way
            busy = await time_links(call, link_ids[links : 2 * links])
        finally:
            await dispatcher.close()
            workers.stop_all()
        return {"idle": idle, "busy": busy}


def percentiles(values: list[float]) -> str:
    ordered = sorted(values)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"p50 {statistics.median(ordered):6.2f} s  p95 {p95:6.2f} s  (n={len(ordered)})"


async def main_async(args: argparse.Namespace) -> None:
    folder = Path(tempfile.mkdtemp(prefix="triglot-bench-workers-"))
    cache = folder / "models"
    if args.models == "real-shape":
        from bench.summarize import build_all

        workdir = Path("data/bench").resolve()  # the worker processes run elsewhere
        built = {step: workdir / "hf" / step for step in ("summarizer", "en-ar", "en-he", "ar-en")}
        REAL_SHAPE.update(built if all(p.is_dir() for p in built.values()) else build_all(workdir))
    else:
        build_tiny_models(cache / "tiny")
    print(
        f"machine: {platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}"
    )
    print(
        f"load average at start: {os.getloadavg()[0]:.1f}; {args.models} models, one thread each\n"
    )
    if not args.skip_throughput:
        config = fresh(folder, cache, args.redis)
        embedded = await throughput_embedded(config, args.articles)
        print(f"(a) {args.articles} articles, embedded:        {embedded:6.1f} articles/min")
        previous = embedded
        for n in args.processes:
            config = fresh(folder, cache, args.redis)
            rate = await throughput_workers(config, folder, args.articles, n)
            print(
                f"(a) {args.articles} articles, {n} worker process(es): {rate:6.1f} articles/min"
                f"  (x{rate / embedded:.2f} embedded, x{rate / previous:.2f} previous)"
            )
            previous = rate
    if args.skip_links:
        return
    # The model thread's queue holds the link once the batch in hand is done.
    config = fresh(folder, cache, args.redis)
    embedded_links = await links_embedded(config, args.backlog, args.links)
    config = fresh(folder, cache, args.redis)
    worker_links = await links_workers(config, folder, args.backlog, args.links)
    for name, figures in (("embedded", embedded_links), ("workers (2)", worker_links)):
        for state in ("idle", "busy"):
            label = "idle" if state == "idle" else f"backlog {args.backlog}"
            print(f"(b) link latency, {name:11} {label:10}: {percentiles(figures[state])}")
        ratio = statistics.median(figures["busy"]) / statistics.median(figures["idle"])
        print(f"(b) {name}: busy p50 / idle p50 = {ratio:.2f}")


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--articles", type=int, default=12)
    parser.add_argument(
        "--processes", type=lambda s: [int(x) for x in s.split(",")], default=[1, 2, 4]
    )
    parser.add_argument("--backlog", type=int, default=50)
    parser.add_argument("--links", type=int, default=5)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/7")
    parser.add_argument("--skip-throughput", action="store_true")
    parser.add_argument("--skip-links", action="store_true")
    parser.add_argument("--models", choices=("tiny", "real-shape"), default="tiny")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the workers on the way
    try:
        asyncio.run(main_async(parser.parse_args()))
    finally:
        for workers in STARTED:
            workers.stop_all()


if __name__ == "__main__":
    main()
