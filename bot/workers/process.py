"""What one ``triglot worker`` process holds: an event loop, the database and the models.

Celery runs a task on a plain thread; the briefing functions and the database are async.
A ``WorkerProcess`` runs one event loop on a thread of its own for the life of the
process and runs each task's coroutine there; the models live in an
``InProcessModelWorker`` (its own model thread, the summarizer built once on first use,
its briefs cached in the database through that loop). Made after the fork, in each pool
process (``tasks``), never in Celery's parent process.
"""

from __future__ import annotations

import asyncio
import logging
import threading
from collections.abc import Coroutine
from typing import Any, TypeVar

from bot.model_worker import InProcessModelWorker
from bot.settings import TriglotConfig
from bot.store.db import create_engine, session_factory

log = logging.getLogger(__name__)
T = TypeVar("T")


class WorkerProcess:
    """The event loop, database engine and model worker of one worker process."""

    def __init__(self, config: TriglotConfig) -> None:
        self.config = config
        self.loop = asyncio.new_event_loop()
        self._thread = threading.Thread(
            target=self.loop.run_forever, name="triglot-worker-loop", daemon=True
        )
        self._thread.start()
        self.engine = create_engine(config.database.url, echo=config.database.echo)
        self.sessions = session_factory(self.engine)
        self.models = InProcessModelWorker(config, self.sessions)

    def run(self, coroutine: Coroutine[Any, Any, T]) -> T:
        """Run ``coroutine`` on the process's loop and wait for its result (task thread)."""
        return asyncio.run_coroutine_threadsafe(coroutine, self.loop).result()

    def close(self) -> None:
        """Stop the models, close the database and the loop (the process is exiting)."""
        try:
            self.run(self.models.close())
            self.run(self.engine.dispose())
        except Exception:  # exiting anyway: say so, but do not hang the shutdown
            log.warning("closing the worker process's database failed", exc_info=True)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self._thread.join(5)
