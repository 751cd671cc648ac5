"""``/stats``'s model-workers line counts what waits on the broker in each language's
plural forms: one article is "1 article", two in Arabic the dual, never "1 articles"."""

from __future__ import annotations

from pathlib import Path

import pytest
import redis

from bot.config_loader import load_config
from bot.handlers.operator import _workers_line
from bot.workers.client import WorkerDispatcher
from tests.auxil.bot_harness import write_config
from tests.auxil.delivery import database
from tests.auxil.fake_bot_api import FakeBotAPI


async def _line(tmp_path: Path, redis_url: str, links: int, articles: int, language: str) -> str:
    broker = redis.Redis.from_url(redis_url)
    for queue, count in (("links", links), ("articles", articles)):
        for number in range(count):  # the broker counts messages; their content is no matter
            broker.rpush(queue, f'{{"task": {number}}}')
    api = FakeBotAPI()
    config = load_config(
        write_config(tmp_path, api, extra=f'[workers]\nbroker_url = "{redis_url}"\n')
    )
    async with database(config.database.url) as sessions:
        dispatcher = WorkerDispatcher(config, sessions)
        try:
            return await _workers_line(dispatcher, language)
        finally:
            await dispatcher.close()


async def test_one_waiting_article_is_singular_in_english(tmp_path: Path, redis_url: str) -> None:
    line = await _line(tmp_path, redis_url, links=0, articles=1, language="en")
    assert line == "Model workers: broker reachable; waiting: 0 links, 1 article"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("ar", "رابطان، مقال واحد"), ("he", "שני קישורים, כתבה אחת")],
)
async def test_rtl_counts_use_the_languages_own_forms(
    tmp_path: Path, redis_url: str, language: str, expected: str
) -> None:
    line = await _line(tmp_path, redis_url, links=2, articles=1, language=language)
    assert expected in line
