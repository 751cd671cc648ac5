"""Model workers on Celery with real brokers (Redis; RabbitMQ for the first two tests) and real
``triglot worker`` processes: the bot with a broker loads no model and only enqueues;
articles queued while no worker runs are briefed once one starts, and reach each subscriber
once; a link goes through the links queue and is answered as in the embedded mode; a worker
SIGKILLed mid-task loses nothing; with the broker down the bot still answers and keeps its
articles."""

from __future__ import annotations

import asyncio
import sqlite3
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select

from bot import metrics
from bot.config_loader import load_config
from bot.runtime import Parts, Runtime
from bot.store.models import Article, Brief, Delivery, Feed
from bot.workers.client import WorkerDispatcher
from summarizer import Summarizer
from tests.auxil.bot_harness import has_link, running_bot, write_config
from tests.auxil.cli import run_triglot
from tests.auxil.delivery import add_subscribers, database
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.http_servers import LocalHTTPServer, Route
from tests.auxil.workers import Workers, WorkerSubprocess

ADMIN = 100
READERS = (ADMIN, 101)
STORIES = {
    "Talks in Cairo": "Israeli and Palestinian negotiators met in Cairo on Tuesday to discuss "
    "a ceasefire in Gaza, Egyptian officials said. The talks will continue on Wednesday. ",
    "Aid trucks at Rafah": "The United Nations said 120 aid trucks entered the Gaza Strip "
    "through the Rafah crossing on Monday and called for more crossings to open. ",
}
WAIT_SECONDS = 180.0  # a guard against hanging, never a speed requirement


def broker_config(
    tmp_path: Path,
    api: FakeBotAPI,
    cache: Path,
    broker_url: str,
    visibility: int = 3600,
    more: str = "",
) -> Path:
    """The bot's and the workers' one config: SQLite file, tiny models, the broker;
    ``visibility``: seconds before a vanished worker's task goes to another; ``more``:
    further TOML sections."""
    return write_config(
        tmp_path,
        api,
        admin_ids=[ADMIN],
        models_cache=cache,
        extra=f'[workers]\nbroker_url = "{broker_url}"\n'
        f"visibility_timeout_seconds = {visibility}\n"
        "[schedule]\npoll_interval_seconds = 10\nsend_interval_seconds = 0.2\n"
        '[metrics]\nlisten = "127.0.0.1:0"\npoll_stale_intervals = 60\n'
        "[fetch]\nallow_private_networks = true\n" + more,
    )


@pytest.fixture
def summarizers_built(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every summarizer this process builds (the bot with a broker must build none)."""
    built: list[object] = []
    original = Summarizer.from_config

    def spy(*args: Any, **kwargs: Any) -> Summarizer:
        built.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(Summarizer, "from_config", spy)
    return built


async def add_new_articles(sessions: Any, titles: list[str], *, feed: str = "wire") -> list[int]:
    """Feed articles as the poller stores them: ``new``, text and all, not briefed; each
    call with a feed name of its own (one feed per name)."""
    async with sessions() as session, session.begin():
        source = Feed(name=feed.title(), url=f"https://{feed}.example/feed", enabled=False)
        articles = [
            Article(
                feed=source,
                url=f"https://{feed}.example/{n}",
                canonical_url=f"https://{feed}.example/{n}",
                title=title,
                text=STORIES[title] * 3,
                language="en",
            )
            for n, title in enumerate(titles)
        ]
        session.add_all(articles)
        await session.flush()
        return [a.id for a in articles]


def links_task_count() -> float:
    """How many link tasks ``/metrics`` has timed so far."""
    labels = {"queue": "links"}
    return metrics.REGISTRY.get_sample_value("triglot_worker_task_seconds_count", labels) or 0.0


async def eventually(probe: Callable[[], Any], what: str) -> Any:
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if value := await probe():
            return value
        await asyncio.sleep(0.1)
    raise AssertionError(f"never: {what}")


async def test_queued_articles_are_briefed_when_workers_start_and_sent_once_each(
    tmp_path: Path,
    fake_bot_api: FakeBotAPI,
    bot_token: str,
    tiny_cache: Path,
    broker_url: str,
    workers: Workers,
    server: LocalHTTPServer,
    summarizers_built: list[object],
) -> None:
    config_path = broker_config(tmp_path, fake_bot_api, tiny_cache, broker_url)
    page = "<html><head><title>Crossings</title></head><body><article>{}</article></body></html>"
    paragraphs = "".join(f"<p>{text * 2}</p>" for text in STORIES.values())
    link = server.add("/crossings.html", Route(body=page.format(paragraphs).encode()))
    async with running_bot(fake_bot_api, config_path, parts=Parts(jobs=True, health=True)) as bot:
        runtime = bot.runtime
        assert runtime.worker is None and runtime.dispatcher is not None
        for chat in READERS:
            await bot.say(chat, "/subscribe")
        ids = await add_new_articles(runtime.sessions(), list(STORIES))
        dispatcher = runtime.dispatcher

        async def all_sent() -> bool:
            return set(ids) <= set(dispatcher.sent)

        await eventually(all_sent, "both articles enqueued")
        # No worker yet: the tasks wait in the broker, the articles stay new.
        [stats] = await bot.say(ADMIN, "/stats")
        assert "broker reachable; waiting: 0 links, 2 articles" in stats.plain
        assert await statuses(runtime.sessions()) == {"new": 2}

        workers.start(config_path)
        workers.start(config_path)

        async def both_briefs_reached_both_readers() -> bool:
            return all(received(fake_bot_api, chat) == set(STORIES) for chat in READERS)

        await eventually(both_briefs_reached_both_readers, "both briefs sent to both readers")
        # A link goes through the links queue and is answered as in the embedded mode.
        before = len(fake_bot_api.sent(ADMIN))
        links_timed = links_task_count()  # the registry is the process's: other tests add
        fake_bot_api.send_user_message(ADMIN, link)

        async def answered() -> list[Any]:
            new = fake_bot_api.sent(ADMIN)[before:]
            return new if any(has_link(m) for m in new) else []

        answer = await eventually(answered, "the link answered")
        assert answer[0].plain.startswith("Source: 127.0.0.1")
        assert f'href="{link}"' in answer[-1].text

        async def outbox_drained() -> bool:
            return await delivery_statuses(runtime.sessions()) == {"sent": 4}

        await eventually(outbox_drained, "all four deliveries sent")
        await asyncio.sleep(1.0)  # a duplicate would be sent within the next send runs
        assert runtime.health_server is not None
        async with httpx.AsyncClient(base_url=runtime.health_server.url, timeout=30) as client:
            health = (await client.get("/healthz")).json()
            metrics_text = (await client.get("/metrics")).text
    for chat in READERS:
        titles = Counter(t for m in fake_bot_api.sent(chat) for t in STORIES if t in m.plain)
        assert titles == {title: 1 for title in STORIES}, chat
    assert health["checks"]["broker"]["ok"], health
    assert f'triglot_worker_task_seconds_count{{queue="links"}} {links_timed + 1}' in metrics_text
    assert 'triglot_worker_queue_length{queue="articles"} 0.0' in metrics_text
    assert summarizers_built == []  # the bot itself never built a summarizer


async def test_a_worker_killed_mid_task_loses_nothing(
    tmp_path: Path,
    fake_bot_api: FakeBotAPI,
    tiny_cache: Path,
    broker_url: str,
    workers: Workers,
) -> None:
    # Redelivery after 3 s: a task still running then may also run on another worker
    # (its second run then finds the article briefed), as a real deployment must survive.
    config_path = broker_config(tmp_path, fake_bot_api, tiny_cache, broker_url, visibility=3)
    config = load_config(config_path)
    first = workers.start(config_path)
    first.wait_for(" ready.")  # migrated the database: the lock below must not stop that
    db_path = Path(config.database.url.removeprefix("sqlite+aiosqlite:///"))
    async with database(config.database.url) as sessions:
        await add_subscribers(sessions, READERS)
        [article_id] = await add_new_articles(sessions, ["Talks in Cairo"])
        # Another writer holds the database: the worker can brief but never commit.
        blocker = sqlite3.connect(db_path, isolation_level=None)
        blocker.execute("BEGIN IMMEDIATE")
        dispatcher = WorkerDispatcher(config, sessions)
        try:
            assert await dispatcher.enqueue_new_articles() == 1
        finally:
            await dispatcher.close()
        first.wait_for("triglot.brief_article[")  # received: the task is this worker's
        await asyncio.sleep(1.0)
        first.kill()  # SIGKILL to the worker and its pool process: a machine lost
        blocker.rollback()
        blocker.close()
        assert await statuses(sessions) == {"new": 1}

        second = workers.start(config_path)

        async def briefed() -> bool:
            return await statuses(sessions) == {"briefed": 1}

        await eventually(briefed, "the article briefed by the second worker")
        second.wait_for(f"article {article_id}: 1 briefed")
        async with sessions() as session:
            briefs = await session.scalar(select(func.count()).select_from(Brief))
            per_subscriber = await session.execute(
                select(Delivery.subscriber_id, func.count()).group_by(Delivery.subscriber_id)
            )
            counts = sorted(n for _, n in per_subscriber.all())
    assert briefs == 3  # en, ar, he
    assert counts == [1, 1]  # queued once to each subscriber


async def test_with_the_broker_down_the_bot_answers_and_keeps_its_articles(
    tmp_path: Path,
    fake_bot_api: FakeBotAPI,
    bot_token: str,
    tiny_cache: Path,
    summarizers_built: list[object],
) -> None:
    # Port 1 refuses connections: a broker that is down (no Redis needed for this test).
    config_path = broker_config(tmp_path, fake_bot_api, tiny_cache, "redis://127.0.0.1:1/0")
    async with running_bot(fake_bot_api, config_path, parts=Parts(jobs=True, health=True)) as bot:
        runtime = bot.runtime
        await add_new_articles(runtime.sessions(), list(STORIES))
        assert runtime.dispatcher is not None
        await runtime.dispatcher.enqueue_new_articles()
        [welcome] = await bot.say(101, "/start")
        [stats] = await bot.say(ADMIN, "/stats")
        assert runtime.health_server is not None
        async with httpx.AsyncClient(base_url=runtime.health_server.url, timeout=30) as client:
            health = await client.get("/healthz")
        assert await statuses(runtime.sessions()) == {"new": 2}
        assert runtime.dispatcher.sent == {}
    assert welcome.plain  # answered as ever
    assert "broker unreachable" in stats.plain
    assert "new articles are kept" in stats.plain
    assert health.status_code == 503
    assert health.json()["failed"] == ["broker"]
    assert "articles kept new" in health.json()["checks"]["broker"]["detail"]
    assert summarizers_built == []


def received(api: FakeBotAPI, chat: int) -> set[str]:
    """The titles of the stories whose brief reached ``chat``."""
    return {title for m in api.sent(chat) for title in STORIES if title in m.plain}


async def statuses(sessions: Any) -> dict[str, int]:
    async with sessions() as session:
        rows = await session.execute(select(Article.status, func.count()).group_by(Article.status))
        return {str(status): count for status, count in rows.all()}


async def delivery_statuses(sessions: Any) -> dict[str, int]:
    async with sessions() as session:
        rows = await session.execute(
            select(Delivery.status, func.count()).group_by(Delivery.status)
        )
        return {str(status): count for status, count in rows.all()}


def test_triglot_worker_without_a_broker_says_what_to_set(
    tmp_path: Path, fake_bot_api: FakeBotAPI, tiny_cache: Path
) -> None:
    config_path = write_config(tmp_path, fake_bot_api, models_cache=tiny_cache)
    result = run_triglot("worker", "--config", str(config_path))
    assert result.returncode == 2
    assert "workers.broker_url is empty" in result.stderr
    wrong = run_triglot(
        "worker",
        "--config",
        str(config_path),
        "--queues",
        "feeds",
        env={"TRIGLOT_WORKERS__BROKER_URL": "redis://127.0.0.1:1/0"},
    )
    assert wrong.returncode == 2
    assert "--queues takes links, articles" in wrong.stderr


async def test_with_review_on_a_worker_made_brief_waits_for_an_operator(
    tmp_path: Path,
    fake_bot_api: FakeBotAPI,
    bot_token: str,
    tiny_cache: Path,
    redis_url: str,
    workers: Workers,
) -> None:
    """[review] required holds the workers' briefs as the embedded bot's: stored pending,
    nothing queued, and the bot offers them to the operator with the Approve button."""
    review = "[review]\nrequired = true\n"
    config_path = broker_config(tmp_path, fake_bot_api, tiny_cache, redis_url, more=review)
    async with running_bot(fake_bot_api, config_path, parts=Parts(jobs=True, health=True)) as bot:
        runtime = bot.runtime
        for chat in READERS:  # the operator reads too
            await bot.say(chat, "/subscribe")
        before = len(fake_bot_api.sent(ADMIN))
        worker = workers.start(config_path)
        await add_new_articles(runtime.sessions(), ["Talks in Cairo"])
        notices = await fake_bot_api.wait_for_messages(ADMIN, before + 3, timeout=WAIT_SECONDS)
        offered = notices[before:]
        # three briefs (en, ar, he) offered; if not, the worker's log says why
        assert len(offered) == 3, worker.log()[-4000:]
        assert all(
            any(
                b["callback_data"].startswith("review:approve:")
                for row in (m.reply_markup or {}).get("inline_keyboard", [])
                for b in row
            )
            for m in offered
        ), offered
        assert await statuses(runtime.sessions()) == {"briefed": 1}
        assert await delivery_statuses(runtime.sessions()) == {}  # nobody is sent it yet
    assert received(fake_bot_api, READERS[1]) == set()


async def test_review_turned_on_by_reload_holds_the_briefs_of_running_workers(
    tmp_path: Path,
    fake_bot_api: FakeBotAPI,
    bot_token: str,
    tiny_cache: Path,
    redis_url: str,
    workers: Workers,
) -> None:
    """The workers started with review off; the operator turns it on and sends /reload to
    the bot alone. An article briefed after that is held for the operator, not sent: the
    bot's setting travels with each task."""
    config_path = broker_config(tmp_path, fake_bot_api, tiny_cache, redis_url)
    async with running_bot(fake_bot_api, config_path, parts=Parts(jobs=True, health=True)) as bot:
        runtime = bot.runtime
        for chat in READERS:
            await bot.say(chat, "/subscribe")
        worker = workers.start(config_path)
        worker.wait_for(" ready.")
        broker_config(
            tmp_path, fake_bot_api, tiny_cache, redis_url, more="[review]\nrequired = true\n"
        )
        await bot.say(ADMIN, "/reload")
        assert runtime.config.review.required
        [article_id] = await add_new_articles(runtime.sessions(), ["Talks in Cairo"])
        await assert_briefed_and_held(runtime, article_id, worker)
    assert received(fake_bot_api, READERS[1]) == set()


async def test_review_turned_on_by_reload_holds_the_briefs_of_tasks_already_queued(
    tmp_path: Path,
    fake_bot_api: FakeBotAPI,
    bot_token: str,
    tiny_cache: Path,
    redis_url: str,
    workers: Workers,
) -> None:
    """No worker is up when the bot enqueues an article (review off); the operator turns
    review on with /reload before a worker takes the task. The task says "review off", but
    the bot's setting of the moment holds the brief: nothing reaches the readers."""
    config_path = broker_config(tmp_path, fake_bot_api, tiny_cache, redis_url)
    async with running_bot(fake_bot_api, config_path, parts=Parts(jobs=True, health=True)) as bot:
        runtime = bot.runtime
        assert runtime.dispatcher is not None
        for chat in READERS:
            await bot.say(chat, "/subscribe")
        [article_id] = await add_new_articles(runtime.sessions(), ["Talks in Cairo"])

        async def enqueued() -> bool:
            return article_id in runtime.dispatcher.sent

        await eventually(enqueued, "the article's task sent to the broker")
        broker_config(
            tmp_path, fake_bot_api, tiny_cache, redis_url, more="[review]\nrequired = true\n"
        )
        await bot.say(ADMIN, "/reload")
        assert runtime.config.review.required
        worker = workers.start(config_path)
        await assert_briefed_and_held(runtime, article_id, worker)
    assert received(fake_bot_api, READERS[1]) == set()


async def assert_briefed_and_held(
    runtime: Runtime, article_id: int, worker: WorkerSubprocess
) -> None:
    """Wait until a worker briefed the article; its briefs are held for an operator and
    nobody is queued them (the worker's log says why if not)."""

    async def briefed() -> bool:
        return await statuses(runtime.sessions()) == {"briefed": 1}

    await eventually(briefed, "the article briefed by the worker")
    async with runtime.sessions()() as session:
        held = await session.scalars(
            select(Brief.review_status).where(Brief.article_id == article_id)
        )
        assert set(held) == {"pending"}, worker.log()[-4000:]
    assert await delivery_statuses(runtime.sessions()) == {}  # nobody is sent it
