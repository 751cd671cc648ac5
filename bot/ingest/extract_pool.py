"""Page extraction in worker processes that are stopped when their time is up.

Extraction is CPU-bound C code (lxml, regular expressions) that a thread can neither
interrupt nor share the interpreter with: a hostile page in the old extraction thread
froze the event loop, held 2 GB and kept every other link waiting long after the link's
own timeout had given up on it. So each page is extracted in a child process:

- with a memory limit (``RLIMIT_AS`` of ``fetch.extract_memory_mb``, set in the child);
- under a deadline (``fetch.extract_timeout_seconds``): when it passes, or when the
  caller stops waiting (a link's timeout cancels it), the child is killed and the next
  job gets a fresh one; the page is a :class:`~bot.ingest.extract.NotArticle`
  (``too_complex``), never an exception;
- in a lane: users' links have their own workers (:data:`LANE_SIZES`), so a poll's pages
  never queue in front of a user's link, and one hostile link does not hold up the next.

Workers are separate programs (:mod:`bot.ingest.extract_worker`), reused from job to
job; one costs about a second to start (it imports trafilatura) and some 60 MB while
idle.
"""

from __future__ import annotations

import asyncio
import atexit
import logging
import os
import subprocess
import sys
import weakref
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Literal

from bot.ingest.extract import ExtractedArticle, NotArticle
from bot.ingest.extract_worker import READY, PageJob
from bot.settings import FetchSettings

log = logging.getLogger(__name__)

Lane = Literal["links", "feeds"]
#: Worker processes per lane: two for links (one hostile link does not hold up the next
#: user's), one for feeds (a poll is not urgent; the machine keeps a core for the bot).
LANE_SIZES: dict[Lane, int] = {"links": 2, "feeds": 1}
#: Longest wait for a new worker to start (import trafilatura) on a busy machine.
STARTUP_TIMEOUT_SECONDS = 120.0
_MIB = 1024 * 1024
_SOURCE_ROOT = str(Path(__file__).resolve().parents[2])  # where the ``bot`` package is

Extraction = ExtractedArticle | NotArticle

__all__ = ["LANE_SIZES", "Lane", "PageJob", "extract_in_worker", "running_workers", "shutdown"]


class _Worker:
    """One worker program and the parent's ends of its pipes."""

    def __init__(self, memory_mb: int) -> None:
        self.memory_mb = memory_mb
        # Nothing of the bot's own settings (its token among them) reaches a worker.
        env = {k: v for k, v in os.environ.items() if not k.startswith("TRIGLOT_")}
        env["PYTHONPATH"] = os.pathsep.join(
            p for p in (_SOURCE_ROOT, env.get("PYTHONPATH", "")) if p
        )
        self.process = subprocess.Popen(
            [sys.executable, "-m", "bot.ingest.extract_worker", str(memory_mb * _MIB)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
            close_fds=True,
        )
        assert self.process.stdin is not None and self.process.stdout is not None
        self.jobs = Connection(os.dup(self.process.stdin.fileno()), readable=False)
        self.replies = Connection(os.dup(self.process.stdout.fileno()), writable=False)
        self.process.stdin.close()
        self.process.stdout.close()
        self.ready = False

    def wait_ready(self) -> None:
        if self.replies.recv() != READY:
            raise EOFError("the extraction worker did not start")
        self.ready = True

    def kill(self) -> None:
        if self.process.poll() is None:
            self.process.kill()
        try:
            self.process.wait(timeout=5)
        except subprocess.TimeoutExpired:
            log.error("extraction worker %d did not stop", self.process.pid)
        # The pipes are left to the garbage collector: a thread may still be using one
        # (it gets EOF or a broken pipe now), and closing it under that thread could hand
        # its descriptor number to another file.


def too_complex(url: str, detail: str) -> NotArticle:
    return NotArticle(url, "too_complex", detail)


class _Slot:
    """A place for one worker; its worker is replaced after any job that went wrong."""

    def __init__(self, lane: str) -> None:
        self.lane = lane
        self.worker: _Worker | None = None

    async def run(self, job: PageJob, settings: FetchSettings) -> Extraction:
        worker = self.worker
        if worker is None or worker.memory_mb != settings.extract_memory_mb:
            if worker is not None:
                worker.kill()
            worker = self.worker = _Worker(settings.extract_memory_mb)
        deadline = settings.extract_timeout_seconds
        try:
            if not worker.ready:
                async with asyncio.timeout(STARTUP_TIMEOUT_SECONDS):
                    await asyncio.to_thread(worker.wait_ready)
            async with asyncio.timeout(deadline):
                await asyncio.to_thread(worker.jobs.send, (job, settings))
                status, value = await asyncio.to_thread(worker.replies.recv)
        except TimeoutError:
            self._discard()
            if not worker.ready:
                log.error("the %s extraction worker did not start", self.lane)
                return NotArticle(job.url, "no_text", "the page could not be read")
            log.warning("extraction of %s stopped after %g s", job.url, deadline)
            return too_complex(job.url, f"the page is too complex to read within {deadline:g} s")
        except (EOFError, OSError):  # the worker died: the kernel's OOM killer, a crash
            self._discard()
            log.warning("the extraction worker died on %s", job.url)
            return NotArticle(job.url, "no_text", "the page could not be read")
        except BaseException:  # cancelled: whoever asked stopped waiting, so the work stops
            self._discard()
            raise
        if status == "ok":
            result: Extraction = value
            return result
        self._discard()
        if status == "memory":
            log.warning("extraction of %s ran out of its memory limit", job.url)
            limit = f"{settings.extract_memory_mb} MiB"
            return too_complex(job.url, f"the page needs more than {limit} of memory to read")
        log.warning("extraction of %s failed: %s", job.url, value)
        return NotArticle(job.url, "no_text", "the page could not be read")

    def _discard(self) -> None:
        worker, self.worker = self.worker, None
        if worker is not None:
            worker.kill()

    def close(self) -> None:
        self._discard()


class _Lane:
    """``size`` slots; a job waits (in its own event loop) for a free one."""

    def __init__(self, name: str, size: int) -> None:
        self.name = name
        self.slots = [_Slot(name) for _ in range(size)]
        self._free = list(self.slots)
        self._gates: weakref.WeakKeyDictionary[asyncio.AbstractEventLoop, asyncio.Semaphore]
        self._gates = weakref.WeakKeyDictionary()

    def _gate(self) -> asyncio.Semaphore:
        loop = asyncio.get_running_loop()
        gate = self._gates.get(loop)
        if gate is None:
            gate = self._gates[loop] = asyncio.Semaphore(len(self._free))
        return gate

    async def run(self, job: PageJob, settings: FetchSettings) -> Extraction:
        async with self._gate():
            slot = self._free.pop()
            try:
                return await slot.run(job, settings)
            finally:
                self._free.append(slot)

    def close(self) -> None:
        for slot in self.slots:
            slot.close()


_LANES: dict[str, _Lane] = {name: _Lane(name, size) for name, size in LANE_SIZES.items()}


async def extract_in_worker(
    job: PageJob, settings: FetchSettings, lane: Lane = "feeds"
) -> Extraction:
    """Extract ``job`` in a worker of ``lane``, bounded in time and memory (see above)."""
    return await _LANES[lane].run(job, settings)


def running_workers() -> list[int]:
    """Process ids of the workers alive now (for operators and tests)."""
    return [
        slot.worker.process.pid
        for lane in _LANES.values()
        for slot in lane.slots
        if slot.worker is not None and slot.worker.process.poll() is None
    ]


def shutdown() -> None:
    """Stop every worker (also at exit; they are daemons, so they would not outlive us)."""
    for lane in _LANES.values():
        lane.close()


atexit.register(shutdown)
