"""The health and metrics endpoint, served for real on 127.0.0.1 against real databases."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families
from sqlalchemy import update

from bot import metrics
from bot.cli.health_cmd import probe_url
from bot.health.checks import HealthStatus
from bot.health.server import HealthServer, start_health_server
from bot.runtime import Parts
from bot.settings import TriglotConfig
from bot.store import Delivery, Feed, create_engine, session_factory
from bot.store.migrate import upgrade
from tests.auxil.bot_harness import running_bot, write_config
from tests.auxil.cli import PROBE_ARGS, REPO_ROOT, TRIGLOT
from tests.auxil.delivery import add_article, add_subscribers, database
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.http_servers import free_port

POLL_INTERVAL = 300


def make_config(database_url: str, listen: str = "127.0.0.1:0") -> TriglotConfig:
    return TriglotConfig.model_validate(
        {
            "database": {"url": database_url},
            "schedule": {"poll_interval_seconds": POLL_INTERVAL},
            "metrics": {"listen": listen},
        }
    )


def polled_status(scheduler: list[bool] | None = None) -> HealthStatus:
    """A status whose scheduler runs (unless ``scheduler[0]`` is set false) and has polled."""
    flag = scheduler if scheduler is not None else [True]
    status = HealthStatus(scheduler_running=lambda: flag[0], poll_interval_seconds=POLL_INTERVAL)
    status.poll_finished()
    return status


@asynccontextmanager
async def health_server(
    database_url: str, status: HealthStatus
) -> AsyncIterator[tuple[HealthServer, httpx.AsyncClient]]:
    engine = create_engine(database_url)
    server = await start_health_server(make_config(database_url), session_factory(engine), status)
    assert server is not None
    try:
        async with httpx.AsyncClient(base_url=server.url, timeout=30) as client:
            yield server, client
    finally:
        await server.stop()
        await engine.dispose()


async def test_healthz_is_503_while_the_sqlite_database_is_gone(sqlite_url: str) -> None:
    await upgrade(sqlite_url)
    folder = Path(sqlite_url.removeprefix("sqlite+aiosqlite:///")).parent
    async with health_server(sqlite_url, polled_status()) as (_, client):
        response = await client.get("/healthz")
        assert response.status_code == 200, response.text
        assert response.json()["status"] == "ok"

        moved = folder.rename(folder.with_name("moved-away"))
        response = await client.get("/healthz")
        assert response.status_code == 503
        body = response.json()
        assert body["status"] == "unhealthy" and body["failed"] == ["database"]
        assert "gone" in body["checks"]["database"]["detail"]
        assert body["checks"]["scheduler"]["ok"] and body["checks"]["poll"]["ok"]
        metrics_text = (await client.get("/metrics")).text
        assert "triglot_database_up 0.0" in metrics_text

        moved.rename(folder)
        assert (await client.get("/healthz")).status_code == 200


async def test_healthz_is_503_when_postgresql_does_not_answer() -> None:
    url = f"postgresql+asyncpg://postgres@127.0.0.1:{free_port()}/triglot"
    async with health_server(url, polled_status()) as (_, client):
        response = await client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["failed"] == ["database"]
    assert body["checks"]["database"]["detail"]  # says what went wrong


async def test_healthz_is_503_when_the_scheduler_stops(sqlite_url: str) -> None:
    await upgrade(sqlite_url)
    scheduler = [True]
    async with health_server(sqlite_url, polled_status(scheduler)) as (_, client):
        assert (await client.get("/healthz")).status_code == 200
        scheduler[0] = False
        response = await client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["failed"] == ["scheduler"]


async def test_healthz_follows_the_polls(sqlite_url: str) -> None:
    await upgrade(sqlite_url)
    status = HealthStatus(scheduler_running=lambda: True, poll_interval_seconds=POLL_INTERVAL)
    async with health_server(sqlite_url, status) as (_, client):
        # Just started, no poll yet: within the grace period.
        response = await client.get("/healthz")
        assert response.status_code == 200
        assert "no poll yet" in response.json()["checks"]["poll"]["detail"]

        # Started long ago and still no poll.
        status.started_at = time.monotonic() - 4 * POLL_INTERVAL
        response = await client.get("/healthz")
        assert response.status_code == 503 and response.json()["failed"] == ["poll"]

        # A poll finished: healthy again.
        status.poll_finished()
        assert (await client.get("/healthz")).status_code == 200

        # The last poll is older than three intervals.
        status.last_poll_at = time.monotonic() - 3 * POLL_INTERVAL - 60
        response = await client.get("/healthz")
        assert response.status_code == 503
        assert "limit 900s" in response.json()["checks"]["poll"]["detail"]


async def add_outbox(database_url: str) -> None:
    """Three deliveries queued by the real outbox, one since sent; one feed failing."""
    async with database(database_url) as sessions:
        await add_subscribers(sessions, [1, 2, 3])
        await add_article(sessions)
        async with sessions.begin() as session:
            await session.execute(
                update(Delivery).where(Delivery.chat_id == 3).values(status="sent")
            )
            session.add(Feed(name="a", url="https://a.example/rss", consecutive_failures=2))
            session.add(
                Feed(name="c", url="https://c.example/rss", consecutive_failures=9, enabled=False)
            )


async def test_metrics_lists_every_metric_and_reads_the_outbox(database_url: str) -> None:
    await add_outbox(database_url)
    metrics.feed_polled(ok=False)
    metrics.observe_model_step("summarise", 1.5)
    metrics.guard_failed("number")
    async with health_server(database_url, polled_status()) as (_, client):
        assert (await client.get("/healthz")).status_code == 200
        response = await client.get("/metrics")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/plain")
    families = {f.name: f for f in text_string_to_metric_families(response.text)}
    assert {
        "triglot_feed_polls",
        "triglot_feeds_failing",
        "triglot_articles_found",
        "triglot_briefs_made",
        "triglot_guard_failures",
        "triglot_deliveries_sent",
        "triglot_deliveries_failed",
        "triglot_outbox_depth",
        "triglot_model_step_seconds",
        "triglot_last_poll_timestamp_seconds",
        "triglot_database_up",
    } <= families.keys()

    def value(name: str, sample: str | None = None, **labels: str) -> float:
        for s in families[name].samples:
            if s.name == (sample or name) and s.labels == labels:
                return s.value
        raise AssertionError(f"no sample {sample or name}{labels} in /metrics")

    assert value("triglot_outbox_depth") == 2  # waiting; the sent one is done
    assert value("triglot_feeds_failing") == 1  # the disabled feed does not count
    assert value("triglot_feed_polls", "triglot_feed_polls_total", outcome="failed") >= 1
    assert value("triglot_guard_failures", "triglot_guard_failures_total", kind="number") >= 1
    assert (
        value("triglot_model_step_seconds", "triglot_model_step_seconds_count", step="summarise")
        >= 1
    )
    assert value("triglot_last_poll_timestamp_seconds") > 0
    assert value("triglot_database_up") == 1


async def test_other_paths_are_not_found(sqlite_url: str) -> None:
    await upgrade(sqlite_url)
    async with health_server(sqlite_url, polled_status()) as (_, client):
        assert (await client.get("/")).status_code == 404
        assert (await client.get("/healthz/../admin")).status_code == 404


async def test_no_server_when_listen_is_empty(sqlite_url: str) -> None:
    engine = create_engine(sqlite_url)
    try:
        server = await start_health_server(
            make_config(sqlite_url, listen=""), session_factory(engine), polled_status()
        )
    finally:
        await engine.dispose()
    assert server is None


async def run_probe(listen: str, database_url: str) -> tuple[int, str]:
    """``triglot health``, as Docker's HEALTHCHECK runs it, without blocking the loop."""
    process = await asyncio.create_subprocess_exec(
        TRIGLOT,
        *PROBE_ARGS,
        "--config",
        str(REPO_ROOT / "config" / "triglot.toml"),
        cwd=REPO_ROOT,
        env={
            "PATH": "/usr/bin:/bin",
            "TRIGLOT_METRICS__LISTEN": listen,
            "TRIGLOT_DATABASE__URL": database_url,
        },
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.STDOUT,
    )
    output, _ = await process.communicate()
    assert process.returncode is not None
    return process.returncode, output.decode()


async def test_probe_command_exits_0_when_healthy_and_1_when_not(sqlite_url: str) -> None:
    await upgrade(sqlite_url)
    folder = Path(sqlite_url.removeprefix("sqlite+aiosqlite:///")).parent
    async with health_server(sqlite_url, polled_status()) as (server, _):
        listen = f"0.0.0.0:{server.port}"  # as in the Docker image: probed on 127.0.0.1
        code, output = await run_probe(listen, sqlite_url)
        assert code == 0, output
        assert '"status": "ok"' in output
        folder.rename(folder.with_name("moved-away"))
        code, output = await run_probe(listen, sqlite_url)
        assert code == 1 and '"failed": ["database"]' in output, output
    code, output = await run_probe(listen, sqlite_url)  # nothing listens any more
    assert code == 1 and "Connection refused" in output, output


@pytest.mark.parametrize(
    ("listen", "url"),
    [
        ("0.0.0.0:9090", "http://127.0.0.1:9090/healthz"),
        ("[::]:9090", "http://[::1]:9090/healthz"),
        ("10.0.0.5:80", "http://10.0.0.5:80/healthz"),
    ],
)
def test_probe_asks_a_local_address_for_a_wildcard_listen(listen: str, url: str) -> None:
    assert probe_url(listen) == url


async def test_the_running_bot_serves_healthz_until_it_stops(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    config_path = write_config(tmp_path, fake_bot_api, extra='[metrics]\nlisten = "127.0.0.1:0"')
    async with running_bot(fake_bot_api, config_path, parts=Parts(health=True)) as bot:
        server = bot.runtime.health_server
        status = bot.runtime.health
        assert server is not None and status is not None
        async with httpx.AsyncClient(base_url=server.url, timeout=30) as client:
            response = await client.get("/healthz")
            assert response.status_code == 200, response.text
            assert response.json()["checks"]["scheduler"]["detail"] == "running"
            status.poll_finished()  # what the poll job does after each poll
            text = (await client.get("/metrics")).text
            assert "triglot_outbox_depth 0.0" in text
            assert "triglot_last_poll_timestamp_seconds 0.0" not in text
    with pytest.raises(httpx.ConnectError):  # stopped with the bot
        async with httpx.AsyncClient(base_url=server.url, timeout=30) as client:
            await client.get("/healthz")
