"""The model worker: plain data in and out, links ahead of the feed backlog, a clean stop.

The in-process worker runs the real (tiny) summarizer; building it is held back by a gate
so that the test knows which request is already running while others queue behind it.
"""

from __future__ import annotations

import asyncio
import json
import pickle
import threading
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy.ext.asyncio import async_sessionmaker

from bot.model_worker import BriefRequest, InProcessModelWorker, Priority
from bot.settings import TriglotConfig
from summarizer import Brief, Summarizer
from summarizer.settings import ModelSettings

STORY = (
    "Israeli and Palestinian negotiators met in Cairo on Tuesday to discuss a ceasefire in "
    "Gaza, Egyptian officials said. The talks, mediated by Egypt and Qatar, will continue "
    "on Wednesday. The United Nations said 120 aid trucks entered the strip on Monday. "
)
GATE_TIMEOUT = 120.0  # a guard against hanging, never a speed requirement


class HeldBack:
    """A summarizer factory that waits, once it was called, until ``release``."""

    def __init__(self, config: TriglotConfig) -> None:
        self.config = config
        self.called = threading.Event()
        self.released = threading.Event()

    def __call__(self) -> Summarizer:
        self.called.set()
        self.released.wait(GATE_TIMEOUT)
        return Summarizer.from_config(self.config)

    async def wait_until_called(self) -> None:
        assert await asyncio.to_thread(self.called.wait, GATE_TIMEOUT)

    def release(self) -> None:
        self.released.set()


@pytest.fixture
def held_back(tiny_settings: Callable[..., ModelSettings]) -> Iterator[HeldBack]:
    factory = HeldBack(TriglotConfig(models=tiny_settings("transformers")))
    yield factory
    factory.release()


def worker_for(factory: HeldBack) -> InProcessModelWorker:
    # The summarizer comes from the factory: the worker never opens a database session.
    return InProcessModelWorker(factory.config, async_sessionmaker(), summarizer_factory=factory)


def request(priority: Priority = Priority.ARTICLE) -> BriefRequest:
    return BriefRequest(STORY, "Talks in Cairo", "en", ("en",), priority)


def test_a_request_round_trips_through_json_and_pickle() -> None:
    sent = BriefRequest(STORY, "Talks", None, ("he", "en"), Priority.LINK)

    assert BriefRequest.from_dict(json.loads(json.dumps(sent.to_dict()))) == sent
    assert pickle.loads(pickle.dumps(sent)) == sent


async def test_a_brief_comes_back_as_plain_data(held_back: HeldBack) -> None:
    worker = worker_for(held_back)
    held_back.release()
    try:
        brief = await worker.brief(BriefRequest(STORY, "Talks in Cairo", "en", ("en", "ar")))
    finally:
        await worker.close()

    assert list(brief.texts) == ["en", "ar"] and brief.text("en").strip()
    assert Brief.from_dict(json.loads(json.dumps(brief.to_dict()))).to_dict() == brief.to_dict()
    assert pickle.loads(pickle.dumps(brief)) == brief


async def test_a_link_is_briefed_before_feed_articles_queued_ahead_of_it(
    held_back: HeldBack,
) -> None:
    worker = worker_for(held_back)
    finished: list[str] = []

    async def ask(name: str, priority: Priority = Priority.ARTICLE) -> None:
        await worker.brief(request(priority))
        finished.append(name)

    try:
        running = asyncio.create_task(ask("article 1"))
        await held_back.wait_until_called()  # article 1 holds the model thread
        queued = [asyncio.create_task(ask(f"article {n}")) for n in (2, 3)]
        queued.append(asyncio.create_task(ask("link", Priority.LINK)))
        await asyncio.sleep(0)  # all three are queued now
        held_back.release()
        await asyncio.gather(running, *queued)
    finally:
        await worker.close()

    assert finished == ["article 1", "link", "article 2", "article 3"]


async def test_closing_cancels_what_has_not_started_and_refuses_more(
    held_back: HeldBack,
) -> None:
    worker = worker_for(held_back)
    running = asyncio.create_task(worker.brief(request()))
    await held_back.wait_until_called()
    waiting = asyncio.create_task(worker.brief(request()))
    await asyncio.sleep(0)

    await worker.close()
    held_back.release()

    with pytest.raises(asyncio.CancelledError):
        await waiting
    assert (await running).text("en").strip()  # what was running finishes
    with pytest.raises(RuntimeError, match="closed"):
        await worker.brief(request())


async def test_a_batch_must_share_its_languages(held_back: HeldBack) -> None:
    worker = worker_for(held_back)
    with pytest.raises(ValueError, match="same languages"):
        await worker.brief_many([request(), BriefRequest(STORY, languages=("ar",))])
    await worker.close()
