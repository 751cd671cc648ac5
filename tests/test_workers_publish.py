"""A task the AMQP broker refuses is not counted as sent: the bot waits for the broker's
publisher confirm, so the article stays new and goes out after the backoff, not two
visibility timeouts later. The refusal is real: a RabbitMQ policy caps the ``articles``
queue of the tests' virtual host at no message, refusing publishes beyond it."""

from __future__ import annotations

import asyncio
import contextlib
import json
import shutil
import subprocess
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import pytest

from bot.config_loader import load_config
from bot.workers.app import ARTICLES_QUEUE
from bot.workers.client import FIRST_RETRY_SECONDS, WorkerDispatcher
from tests.auxil.bot_harness import write_config
from tests.auxil.delivery import database
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.test_workers import add_new_articles

VHOST = "triglot-tests"
POLICY = "triglot-tests-full-articles"


def _rabbitmqctl(*args: str) -> None:
    subprocess.run(["rabbitmqctl", "-q", *args], check=True, capture_output=True, timeout=60)


@pytest.fixture
def refusing_broker(amqp_url: str) -> Iterator[str]:
    """The tests' virtual host, its ``articles`` queue refusing every new message."""
    if shutil.which("rabbitmqctl") is None:
        pytest.skip("needs rabbitmqctl to set a RabbitMQ policy on the tests' virtual host")
    rule = json.dumps({"max-length": 0, "overflow": "reject-publish"})
    try:
        _rabbitmqctl("set_policy", "-p", VHOST, "--apply-to", "queues", POLICY, "^articles$", rule)
    except (subprocess.CalledProcessError, OSError) as exc:
        pytest.skip(f"cannot set a RabbitMQ policy here (rabbitmqctl needs root): {exc!r}")
    try:
        yield amqp_url
    finally:  # the test clears it itself once the refusal is seen
        with contextlib.suppress(subprocess.CalledProcessError, OSError):
            _rabbitmqctl("clear_policy", "-p", VHOST, POLICY)


def _declare_queues(dispatcher: WorkerDispatcher) -> None:
    """The queues as a running deployment has them. The fixture deleted them, and this
    process's earlier tests may have left kombu believing they exist: a task would then go
    to an exchange bound to no queue, which the broker confirms and drops."""
    with dispatcher.app.connection_for_write() as connection:
        for queue in dispatcher.app.conf.task_queues:
            queue(connection.default_channel).declare()


@contextlib.asynccontextmanager
async def dispatching(
    tmp_path: Path, broker_url: str, titles: list[str]
) -> AsyncIterator[tuple[WorkerDispatcher, Any, list[int]]]:
    """A dispatcher on ``broker_url`` with its queues declared, its database's session
    factory, and the ids of ``titles`` stored as new articles."""
    config = load_config(
        write_config(tmp_path, FakeBotAPI(), extra=f'[workers]\nbroker_url = "{broker_url}"\n')
    )
    async with database(config.database.url) as sessions:
        ids = await add_new_articles(sessions, titles)
        dispatcher = WorkerDispatcher(config, sessions)
        _declare_queues(dispatcher)
        try:
            yield dispatcher, sessions, ids
        finally:
            await dispatcher.close()


async def test_a_refused_task_leaves_its_article_new_and_is_sent_after_the_backoff(
    tmp_path: Path, refusing_broker: str
) -> None:
    async with dispatching(tmp_path, refusing_broker, ["Talks in Cairo"]) as (dispatcher, _, ids):
        [article_id] = ids
        assert await dispatcher.enqueue_new_articles() == 0  # refused: not counted as sent
        assert article_id not in dispatcher.sent
        _rabbitmqctl("clear_policy", "-p", VHOST, POLICY)
        await asyncio.sleep(FIRST_RETRY_SECONDS + 0.5)
        assert await dispatcher.enqueue_new_articles() == 1
        assert article_id in dispatcher.sent


def _delete_articles_queue(dispatcher: WorkerDispatcher) -> None:
    """The ``articles`` queue deleted behind the bot's back (an operator's cleanup, a broker
    restored without its definitions), on a connection of its own."""
    with dispatcher.app.connection_for_write() as connection:
        connection.default_channel.queue_delete(ARTICLES_QUEUE)


def _waiting_in_articles(dispatcher: WorkerDispatcher) -> int:
    with dispatcher.app.connection_for_write() as connection:
        ok = connection.default_channel.queue_declare(ARTICLES_QUEUE, passive=True)
        return int(ok.message_count)


async def test_a_task_whose_queue_was_deleted_is_not_counted_as_sent_and_goes_out_again(
    tmp_path: Path, amqp_url: str
) -> None:
    async with dispatching(tmp_path, amqp_url, ["Talks in Cairo"]) as (dispatcher, sessions, ids):
        [first] = ids
        assert await dispatcher.enqueue_new_articles() == 1  # kombu now knows the queue
        _delete_articles_queue(dispatcher)
        [second] = await add_new_articles(sessions, ["Aid trucks at Rafah"], feed="agency")
        # Unroutable: the broker hands it back instead of confirming and dropping it.
        assert await dispatcher.enqueue_new_articles() == 0
        assert second not in dispatcher.sent and first in dispatcher.sent
        await asyncio.sleep(FIRST_RETRY_SECONDS + 0.5)
        assert await dispatcher.enqueue_new_articles() == 1
        assert second in dispatcher.sent
        assert _waiting_in_articles(dispatcher) == 1  # the queue is back, with the task
