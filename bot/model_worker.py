"""The model worker: where briefs are written, behind an interface of plain data.

Feed processing (``bot.briefing``) and users' links (``bot.handlers.links``) ask a
``ModelWorker`` for briefs with a ``BriefRequest`` (article text, title, languages,
priority) and get back ``summarizer.Brief`` values. Both sides are plain data: they
pickle and round-trip through JSON (``to_dict`` / ``from_dict``), so a worker may live in
another process or on another machine.

``InProcessModelWorker`` is the default: one model thread inside the bot (the summarizer
is CPU-bound and not thread-safe), the summarizer built there on first use, and a priority
queue in front of it so that a user's link is briefed before the feed articles waiting
behind it (a link waits at most for the batch already being briefed).
"""

from __future__ import annotations

import asyncio
import itertools
import logging
import queue
import threading
from collections.abc import Callable, Sequence
from concurrent.futures import Future
from dataclasses import asdict, dataclass, field
from enum import StrEnum
from typing import Any, Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.brief_cache import build_summarizer
from bot.settings import TriglotConfig
from summarizer import SourceText, Summarizer
from summarizer.errors import PREPARE_COMMAND, ModelNotAvailable
from summarizer.languages import LANGUAGES, Language
from summarizer.models import ModelStore, checkpoint_folder
from summarizer.types import Brief

log = logging.getLogger(__name__)


class Priority(StrEnum):
    """Who is waiting for a brief: a user who sent a link, or the feed pipeline."""

    LINK = "link"
    ARTICLE = "article"


#: Lower is served first.
_RANK = {Priority.LINK: 0, Priority.ARTICLE: 1}


@dataclass(frozen=True)
class BriefRequest:
    """One article to brief: plain data only, so it can cross a process boundary.

    ``source_language`` is the article's language when known (else detected);
    ``languages`` the briefs wanted, in that order.
    """

    text: str
    title: str | None = None
    source_language: Language | None = None
    languages: tuple[Language, ...] = LANGUAGES
    priority: Priority = Priority.ARTICLE

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BriefRequest:
        values = dict(data)
        values["languages"] = tuple(values.get("languages", LANGUAGES))
        values["priority"] = Priority(values.get("priority", Priority.ARTICLE))
        return cls(**values)


class ModelWorker(Protocol):
    """Writes briefs. Raises when the models fail (missing, crashed): not the article's
    fault, so the caller defers the article rather than failing it."""

    async def brief(self, request: BriefRequest) -> Brief:
        """The brief of one article."""
        ...

    async def brief_many(self, requests: Sequence[BriefRequest]) -> list[Brief]:
        """Briefs of several articles (same languages and priority), batched where the
        worker can; raises if any fails (the caller then asks one by one)."""
        ...

    def apply_config(self, config: TriglotConfig) -> None:
        """A reloaded config: new models or guard rules apply from the next request."""
        ...

    async def close(self) -> None:
        """Stop: requests not started yet are cancelled."""
        ...


SummarizerFactory = Callable[[], Summarizer]


@dataclass(order=True)
class _Job:
    rank: int
    seq: int
    requests: Sequence[BriefRequest] = field(compare=False)
    future: Future[list[Brief]] = field(compare=False)


class InProcessModelWorker:
    """``ModelWorker`` on one thread of this process, links served before feed articles.

    ``summarizer_factory`` builds the summarizer (on first use, in the model thread); the
    default builds it from the running config with its briefs cached in the database.
    """

    def __init__(
        self,
        config: TriglotConfig,
        session_factory: async_sessionmaker[AsyncSession],
        *,
        summarizer_factory: SummarizerFactory | None = None,
    ) -> None:
        self._config = config
        self._sessions = session_factory
        self._factory = summarizer_factory
        self._summarizer: Summarizer | None = None
        self._queue: queue.PriorityQueue[_Job] = queue.PriorityQueue()
        self._seq = itertools.count()
        self._thread: threading.Thread | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._closed = False

    async def brief(self, request: BriefRequest) -> Brief:
        [brief] = await self.brief_many([request])
        return brief

    async def brief_many(self, requests: Sequence[BriefRequest]) -> list[Brief]:
        if not requests:
            return []
        if len({(r.languages, r.priority) for r in requests}) > 1:
            raise ValueError("one batch must want the same languages at the same priority")
        if self._closed:
            raise RuntimeError("the model worker is closed")
        self._loop = asyncio.get_running_loop()  # where the brief cache runs its queries
        future: Future[list[Brief]] = Future()
        rank = _RANK[Priority(requests[0].priority)]
        self._queue.put(_Job(rank, next(self._seq), list(requests), future))
        self._start()
        return await asyncio.wrap_future(future)

    def apply_config(self, config: TriglotConfig) -> None:
        old, self._config = self._config, config
        if (old.models, old.guard) != (config.models, config.guard):
            self._summarizer = None  # rebuilt with the new models on next use

    async def close(self) -> None:
        self._closed = True
        while True:
            try:
                job = self._queue.get_nowait()
            except queue.Empty:
                break
            job.future.cancel()
        if self._thread is not None:
            self._queue.put(_Job(-1, -1, [], Future()))  # the stop signal, served first

    def _start(self) -> None:
        if self._thread is None:
            self._thread = threading.Thread(target=self._serve, name="triglot-model", daemon=True)
            self._thread.start()

    def _serve(self) -> None:
        while True:
            job = self._queue.get()
            if job.rank < 0:
                return
            if not job.future.set_running_or_notify_cancel():
                continue  # its caller gave up waiting (a link's timeout)
            try:
                job.future.set_result(self._run(job.requests))
            except BaseException as exc:  # reported to the caller, who defers the article
                job.future.set_exception(exc)

    def _run(self, requests: Sequence[BriefRequest]) -> list[Brief]:
        summarizer = self._summarizer
        if summarizer is None:
            summarizer = self._summarizer = self._build()
        sources = [SourceText(r.text, r.title, r.source_language) for r in requests]
        return summarizer.brief_many(sources, requests[0].languages)

    def _build(self) -> Summarizer:
        if self._factory is not None:
            return self._factory()
        assert self._loop is not None
        return build_summarizer(self._config, self._sessions, self._loop)


class ModelsMissing(RuntimeError):
    """Configured models are not on this machine; the message says what to run."""


def missing_models(config: TriglotConfig) -> list[str]:
    """The configured models that are not on this machine (the tiny preset builds its own;
    the guard's entailment judge, when set, must be there whatever the preset)."""
    missing = []
    if config.models.preset != "tiny":
        store = ModelStore(config.models)
        for step in store.steps():
            try:
                store.checkpoint_path(step)
            except ModelNotAvailable:
                missing.append(store.reference(step))
    if judge := config.guard.judge_model.strip():
        try:
            checkpoint_folder(judge, config.models.cache_dir)
        except ModelNotAvailable:
            missing.append(judge)
    return missing


def check_models(config: TriglotConfig) -> None:
    """Refuse to start without the configured models: without them every article and every
    link would fail, each with the cause buried in a traceback."""
    if missing := missing_models(config):
        raise ModelsMissing(
            f"models not downloaded: {', '.join(missing)}; fetch them with "
            f'`{PREPARE_COMMAND}` (or set models.preset = "tiny" for tiny offline models)'
        )
