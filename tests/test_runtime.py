"""The runtime: every part the bot started follows /reload, and stopping the bot stops
them all (server, jobs, model worker, database) through the one shutdown path."""

from __future__ import annotations

from pathlib import Path

import httpx
import pytest
from telegram.ext import ApplicationBuilder, CallbackContext

from bot.model_worker import BriefRequest
from bot.runtime import Parts, runtime_of
from tests.auxil.bot_harness import TEST_TOKEN, running_bot, write_config
from tests.auxil.fake_bot_api import FakeBotAPI

ADMIN = 1


async def test_reload_reaches_every_part_and_stopping_stops_them_all(
    tmp_path: Path,
    fake_bot_api: FakeBotAPI,
    bot_token: str,
) -> None:
    extra = '[metrics]\nlisten = "127.0.0.1:0"\n\n[schedule]\npoll_interval_seconds = 600\n'
    config_path = write_config(tmp_path, fake_bot_api, admin_ids=[ADMIN], extra=extra)
    parts = Parts(jobs=True, health=True)
    async with running_bot(fake_bot_api, config_path, parts=parts) as bot:
        runtime = bot.runtime
        assert runtime.jobs is not None and runtime.health is not None
        assert runtime.health_server is not None
        url = runtime.health_server.url
        config_path.write_text(config_path.read_text().replace("= 600", "= 900"))
        [done] = await bot.say(ADMIN, "/reload")
        assert "Configuration reloaded" in done.plain
        assert runtime.config.schedule.poll_interval_seconds == 900
        assert runtime.jobs.config is runtime.config  # the jobs follow
        assert runtime.health.poll_interval_seconds == 900  # and so does the health check
        worker = runtime.model_worker()

    assert runtime.engine is None  # the database is closed
    with pytest.raises(RuntimeError, match="closed"):
        await worker.brief(BriefRequest("Gaza."))
    with pytest.raises(httpx.ConnectError):
        async with httpx.AsyncClient(base_url=url, timeout=30) as client:
            await client.get("/healthz")


def test_runtime_of_refuses_an_application_not_built_by_the_bot() -> None:
    application = ApplicationBuilder().token(TEST_TOKEN).build()

    with pytest.raises(TypeError, match="build_application"):
        runtime_of(CallbackContext(application))
