"""``triglot run`` as an operator runs it: a process that serves until SIGTERM."""

from __future__ import annotations

import asyncio
from pathlib import Path

import httpx
from sqlalchemy import select

from bot.briefing import DEFERRED
from bot.config_loader import load_config
from bot.delivery.lease import LEASE_KEY
from bot.store.models import Article, RuntimeState
from tests.auxil.bot_harness import TEST_TOKEN, write_config
from tests.auxil.bot_process import start_bot, stop_bot
from tests.auxil.cli import run_triglot
from tests.auxil.delivery import add_article, add_subscribers, database
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.http_servers import free_port


async def test_run_serves_until_sigterm(tmp_path: Path, fake_bot_api: FakeBotAPI) -> None:
    process = start_bot(write_config(tmp_path, fake_bot_api))
    fake_bot_api.send_user_message(500, "/start", language_code="he")
    [welcome] = await fake_bot_api.wait_for_messages(500, 1, timeout=120)
    output = stop_bot(process)
    assert "ברוכים הבאים" in welcome.plain
    assert TEST_TOKEN not in output  # the token never reaches the log


async def test_run_in_webhook_mode_serves_telegram_and_refuses_others(
    tmp_path: Path, fake_bot_api: FakeBotAPI
) -> None:
    port = free_port()
    hook = f"http://127.0.0.1:{port}/tg/hook"
    telegram = f'mode = "webhook"\nwebhook_url = "{hook}"\nwebhook_listen = "127.0.0.1:{port}"'
    process = start_bot(write_config(tmp_path, fake_bot_api, telegram=telegram))
    try:
        fake_bot_api.send_user_message(500, "/start")  # posted with the secret, once set
        [welcome] = await fake_bot_api.wait_for_messages(500, 1, timeout=120)
        forged = {"X-Telegram-Bot-Api-Secret-Token": "guessed", "Content-Type": "application/json"}
        async with httpx.AsyncClient(timeout=60) as client:
            refused = await client.post(hook, content=b"{}", headers=forged)
    finally:
        output = stop_bot(process)
    [set_webhook] = fake_bot_api.calls("setWebhook")
    assert "Welcome" in welcome.plain
    assert refused.status_code == 403
    assert "webhook request from 127.0.0.1 refused (403): wrong secret token" in output
    assert set_webhook.params["secret_token"] not in output


def test_run_without_token_says_so(tmp_path: Path) -> None:
    config = tmp_path / "triglot.toml"
    config.write_text(f'[models]\npreset = "tiny"\ncache_dir = "{tmp_path / "models"}"\n')
    result = run_triglot("run", "--config", str(config))
    assert result.returncode == 2
    assert "TRIGLOT_TELEGRAM_TOKEN" in result.stderr


async def test_a_restart_after_sigterm_sends_at_once(
    tmp_path: Path, fake_bot_api: FakeBotAPI
) -> None:
    """A clean stop gives the sender's lease up: the next start does not wait for it (a
    lease of ten minutes left behind would hold the restarted sender that long)."""
    db_url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    extra = "[delivery]\nsender_lease_seconds = 600\n\n[schedule]\nsend_interval_seconds = 1\n"
    config = write_config(tmp_path, fake_bot_api, extra=extra)
    first = start_bot(config)
    async with database(db_url) as sessions:
        for _ in range(600):  # the send job takes the lease within a second of starting
            async with sessions() as session:
                if await session.get(RuntimeState, LEASE_KEY) is not None:
                    break
            await asyncio.sleep(0.1)
        else:
            raise AssertionError("the first bot never took the sender's lease")
        stop_bot(first)
        async with sessions() as session:
            assert await session.get(RuntimeState, LEASE_KEY) is None

        await add_subscribers(sessions, [500], languages=["en"])
        await add_article(sessions, 1)
    second = start_bot(config)
    try:
        [brief] = await fake_bot_api.wait_for_messages(500, 1, timeout=60)
    finally:
        output = stop_bot(second)
    assert "[1]" in brief.plain
    assert "another sender works on this database" not in output


def test_an_unreachable_bot_api_is_one_line(tmp_path: Path) -> None:
    api_base_url = f"http://127.0.0.1:{free_port()}/bot"  # nothing listens there
    config = tmp_path / "triglot.toml"
    config.write_text(
        f'[telegram]\napi_base_url = "{api_base_url}"\nmax_retries = 1\n\n'
        f'[database]\nurl = "sqlite+aiosqlite:///{tmp_path / "bot.db"}"\n\n'
        f'[models]\npreset = "tiny"\ncache_dir = "{tmp_path / "models"}"\n'
    )
    result = run_triglot("run", "--config", str(config), env={"TRIGLOT_TELEGRAM_TOKEN": TEST_TOKEN})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr + result.stdout
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith(f"error: cannot reach {api_base_url}: "), result.stderr
    assert "connect" in last.lower()
    assert TEST_TOKEN not in result.stderr


def test_run_with_a_malformed_token_says_so_without_showing_it(tmp_path: Path) -> None:
    config = tmp_path / "triglot.toml"
    config.write_text('[telegram]\napi_base_url = "http://127.0.0.1:9/bot"\n')
    for token in ("12345", "123456:short", "bot123456:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"):
        result = run_triglot("run", "--config", str(config), env={"TRIGLOT_TELEGRAM_TOKEN": token})
        assert result.returncode == 2, result.stderr
        assert "does not look like a bot token" in result.stderr
        assert "@BotFather" in result.stderr and "Traceback" not in result.stderr
        assert token not in result.stderr


def test_run_without_the_models_refuses_to_start(tmp_path: Path, fake_bot_api: FakeBotAPI) -> None:
    """The default models never downloaded: one line naming them and the command that
    fetches them, before anything is polled or answered."""
    config = write_config(tmp_path, fake_bot_api)
    config.write_text(config.read_text().replace('preset = "tiny"', 'preset = "default"'))
    result = run_triglot("run", "--config", str(config), env={"TRIGLOT_TELEGRAM_TOKEN": TEST_TOKEN})
    assert result.returncode == 1
    *_, line = result.stderr.strip().splitlines()
    settings = load_config(config).models
    assert line.startswith("error: models not downloaded: ")
    assert settings.summarizer in line
    assert all(model in line for model in settings.translators.values())
    assert "`triglot models prepare`" in line
    assert "bot running" not in result.stdout + result.stderr


async def test_retry_failed_requeues_deferred_articles(tmp_path: Path) -> None:
    db_url = f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}"
    config = tmp_path / "triglot.toml"
    config.write_text(f'[database]\nurl = "{db_url}"\n')
    async with database(db_url) as sessions:
        ids = [await add_article(sessions, number, publish=False) for number in (1, 2)]
        async with sessions() as session, session.begin():
            for article_id, status in zip(ids, (DEFERRED, "failed"), strict=True):
                article = await session.get(Article, article_id)
                assert article is not None
                article.status, article.reason = status, "ModelNotAvailable: ..."

    refused = run_triglot("retry-failed", "--since", "someday", "--config", str(config))
    assert refused.returncode == 2
    result = run_triglot("retry-failed", "--since", "1h", "--config", str(config))
    assert result.returncode == 0, result.stderr
    assert "requeued 1 article(s)" in result.stdout
    everything = run_triglot("retry-failed", "--all", "--config", str(config))
    assert "requeued 1 article(s)" in everything.stdout  # the failed one; the other is new
    async with database(db_url) as sessions, sessions() as session:
        statuses = (await session.scalars(select(Article.status))).all()
    assert statuses == ["new", "new"]
