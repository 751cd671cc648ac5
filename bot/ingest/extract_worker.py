"""The extraction worker process: ``python -m bot.ingest.extract_worker MEMORY_BYTES``.

It limits its own address space to ``MEMORY_BYTES`` (``RLIMIT_AS``), then reads jobs
``(PageJob, FetchSettings)`` as pickles from its standard input and writes one reply per
job to its standard output: ``("ok", ExtractedArticle | NotArticle)``, ``("memory",
None)`` when the page needed more memory, or ``("error", "one line")``. Its parent,
:mod:`bot.ingest.extract_pool`, kills it when a job's time is up.

A separate program rather than ``multiprocessing.Process``: ``spawn`` would re-import the
parent's main script in the child (and a script without a ``__main__`` guard would start
over), and ``fork`` would copy the bot's threads' locks.
"""

from __future__ import annotations

import logging
import os
import resource
import sys
from dataclasses import dataclass
from multiprocessing.connection import Connection
from typing import Any

from bot.ingest.charset import decode_text
from bot.ingest.extract import ExtractedArticle, NotArticle, extract_article
from bot.ingest.plaintext import bounded_text
from bot.settings import FetchSettings

READY = "ready"


@dataclass(frozen=True)
class PageJob:
    """One fetched page to extract: its bytes and what the server said they are."""

    body: bytes
    url: str
    media_type: str = "text/html"
    charset: str | None = None


def extract_page(job: PageJob, settings: FetchSettings) -> ExtractedArticle | NotArticle:
    """The whole CPU-bound step for one page: decoding a text/plain page, or extraction."""
    if job.media_type == "text/plain":
        text = bounded_text(decode_text(job.body, job.charset)[0])
        if len(text) < settings.min_article_chars:
            detail = f"the page has too little text to summarise ({len(text)} characters)"
            return NotArticle(job.url, "too_short", detail)
        return ExtractedArticle(url=job.url, title="", text=text)
    return extract_article(job.body, job.url, settings)


def serve(jobs: Connection, replies: Connection) -> None:
    """Extract one job after another until the parent closes the pipe."""
    while True:
        try:
            job, settings = jobs.recv()
        except (EOFError, OSError):
            return
        try:
            reply: tuple[str, Any] = ("ok", extract_page(job, settings))
        except MemoryError:
            reply = ("memory", None)
        except Exception as exc:  # reported; the parent replaces this worker
            reply = ("error", f"{type(exc).__name__}: {exc}"[:300])
        replies.send(reply)


def main(argv: list[str]) -> None:
    memory_bytes = int(argv[1])
    logging.basicConfig(
        level=logging.WARNING, format="extraction worker: %(levelname)s %(name)s: %(message)s"
    )
    logging.getLogger("trafilatura").setLevel(logging.ERROR)  # its guesses about each page
    import trafilatura  # noqa: F401  (imported before the limit: the first job is not slower)

    # The protocol gets its own copy of stdout; stdout itself goes to stderr, so that
    # nothing a library prints can corrupt a reply.
    replies = Connection(os.dup(1), readable=False)
    os.dup2(2, 1)
    jobs = Connection(os.dup(0), writable=False)
    resource.setrlimit(resource.RLIMIT_AS, (memory_bytes, memory_bytes))
    replies.send(READY)
    serve(jobs, replies)


if __name__ == "__main__":
    main(sys.argv)
