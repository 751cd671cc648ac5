"""The jobs inside the running bot: a subscriber who used /subscribe gets the brief of a new
feed article without anyone lifting a finger; the schedule never overlaps polls."""

from __future__ import annotations

import asyncio
import re

import httpx

from bot.runtime import Parts
from bot.store.models import Article, Feed
from tests.auxil.bot_harness import running_bot, write_config

STORY = (
    "Israeli and Palestinian negotiators met in Cairo on Tuesday to discuss a ceasefire in "
    "Gaza, Egyptian officials said. The talks will continue on Wednesday. The United Nations "
    "said 120 aid trucks entered the strip on Monday and called for more crossings to open. "
) * 3


async def test_a_new_article_reaches_a_subscriber_through_the_jobs(
    tmp_path, fake_bot_api, bot_token, tiny_cache
):
    config_path = write_config(
        tmp_path,
        fake_bot_api,
        models_cache=tiny_cache,
        extra="[schedule]\npoll_interval_seconds = 10\nsend_interval_seconds = 0.2\n"
        # A slow first cycle (models loading on a busy machine) must not fail the poll check.
        '[metrics]\nlisten = "127.0.0.1:0"\npoll_stale_intervals = 60\n',
    )
    async with running_bot(fake_bot_api, config_path, parts=Parts(jobs=True, health=True)) as bot:
        jobs = {job.name: job.job for job in bot.application.job_queue.jobs()}
        cycle = jobs["triglot-cycle"]
        assert (cycle.max_instances, cycle.coalesce) == (1, True)
        assert cycle.misfire_grace_time == 600
        assert {"triglot-send", "triglot-digest"} <= set(jobs)

        await bot.say(100, "/subscribe")
        before = len(fake_bot_api.sent(100))
        async with bot.runtime.sessions()() as session, session.begin():
            feed = Feed(name="Wire", url="https://wire.example/feed", enabled=False)
            session.add(
                Article(
                    feed=feed,
                    url="https://wire.example/talks",
                    canonical_url="https://wire.example/talks",
                    title="Talks in Cairo",
                    text=STORY,
                    language="en",
                )
            )
        (brief,) = await bot.replies(100, before, until=lambda m: "Talks in Cairo" in m.plain)
        assert "wire.example/talks" in brief.text
        # The operator sees it in /metrics: the brief made, its model time, the message sent.
        assert bot.runtime.health_server is not None
        url = bot.runtime.health_server.url
        async with httpx.AsyncClient(base_url=url, timeout=30) as client:
            for _ in range(200):  # the sent counter follows the commit of the result
                metrics_text = (await client.get("/metrics")).text
                if sample(metrics_text, "triglot_deliveries_sent_total") >= 1:
                    break
                await asyncio.sleep(0.05)
            health = await client.get("/healthz")
            assert health.status_code == 200, health.text
    assert sample(metrics_text, "triglot_deliveries_sent_total") >= 1
    assert sample(metrics_text, 'triglot_briefs_made_total{language="en"', prefix=True) >= 1
    assert sample(metrics_text, "triglot_model_step_seconds_count", prefix=True) >= 1


def sample(text: str, name: str, *, prefix: bool = False) -> float:
    """The sum of the Prometheus samples called ``name`` (or starting with it)."""
    pattern = re.escape(name) + (r"[^ ]*" if prefix else r"(?:\{[^}]*\})?") + r" ([0-9.e+-]+)$"
    return sum(float(m.group(1)) for m in re.finditer(pattern, text, re.M))
