"""The tasks ``triglot worker`` runs, and the worker's start.

``brief_article(article_id, review)`` (queue ``articles``) briefs a feed article that is
still ``new`` and stores its briefs, status and one delivery per subscriber in one
transaction (``bot.briefing.brief_articles``, as the embedded bot does), or holds its briefs
for an operator when ``review`` (the bot's ``review.required`` when it sent the task: the bot
may have reloaded its config since this worker started) or the bot's setting of the moment
(``bot.review.setting``: a task queued before a /reload that turned review on) says so; an
article briefed already
(by another worker, or a redelivered task whose first run got as far as the commit) is
left alone. ``brief_link(...)`` (queue ``links``) briefs a page a user sent in the
reader's language (``bot.briefing.brief_link``) and returns the outcome the bot awaits.

Both run in a pool process of the worker, where ``WorkerProcess`` holds the loop, the
database and the models (loaded once per process, on its first task).
"""

from __future__ import annotations

import logging
import os
from collections.abc import Sequence
from typing import Any

from celery import Celery
from celery.signals import worker_process_init, worker_process_shutdown
from sqlalchemy.exc import SQLAlchemyError

from bot.briefing import ArticleNotBriefed, ModelsFailed, brief_articles, brief_link
from bot.settings import TriglotConfig
from bot.workers.app import BRIEF_ARTICLE, BRIEF_LINK, make_app
from bot.workers.process import WorkerProcess
from summarizer.languages import as_language

log = logging.getLogger(__name__)

#: A database that stays busy or unreachable: the task is tried again this many times, the
#: wait doubling (then the bot enqueues the article again later).
DATABASE_RETRIES = 5

_config: TriglotConfig | None = None
_process: WorkerProcess | None = None


def _current() -> WorkerProcess:
    global _process
    if _process is None:
        assert _config is not None, "install_tasks() was not called in this process"
        _process = WorkerProcess(_config)
    return _process


def _start_process(**_: Any) -> None:
    _current()


def _stop_process(**_: Any) -> None:
    global _process
    if _process is not None:
        _process.close()
        _process = None


def brief_article(article_id: int, review: bool | None = None) -> dict[str, int]:
    """Brief feed article ``article_id`` if it is still ``new``; what was done, in counts.
    ``review`` None: a task from a bot that did not say (this worker's own config decides)."""
    process = _current()
    if review is None:
        review = process.config.review.required
    report = process.run(
        brief_articles(
            process.sessions, process.models, [article_id], review=review, follow_bot_review=True
        )
    )
    log.info(
        "article %d: %d briefed, %d failed, %d deferred, %d deliveries queued",
        article_id,
        report.briefed,
        report.failed,
        report.deferred,
        report.queued,
    )
    return {"briefed": report.briefed, "failed": report.failed, "deferred": report.deferred}


def brief_link_task(
    article_id: int, languages: Sequence[str], store: Sequence[str], published: bool
) -> dict[str, Any]:
    """Brief a page a user sent; ``{"outcome": briefed | not_briefed | unavailable | gone}``."""
    process = _current()
    wanted = [lang for lang in (as_language(x) for x in languages) if lang]
    kept = [lang for lang in (as_language(x) for x in store) if lang]
    try:
        row = process.run(
            brief_link(
                process.sessions, process.models, article_id, wanted, kept, published=published
            )
        )
    except ModelsFailed as exc:
        log.error("link article %d: the models failed: %s", article_id, exc, exc_info=exc)
        return {"outcome": "unavailable", "reason": str(exc)}
    except ArticleNotBriefed as exc:
        return {"outcome": "not_briefed", "reason": str(exc)}
    log.info("link article %d briefed in %s", article_id, ", ".join(kept))
    return {"outcome": "briefed" if row is not None else "gone"}


def install_tasks(app: Celery, config: TriglotConfig) -> None:
    """Register the tasks on ``app`` for a worker of ``config``."""
    global _config
    _config = config
    retry = {
        "autoretry_for": (SQLAlchemyError,),
        "retry_backoff": True,
        "max_retries": DATABASE_RETRIES,
    }
    app.task(name=BRIEF_ARTICLE, ignore_result=True, **retry)(brief_article)
    app.task(name=BRIEF_LINK, **retry)(brief_link_task)
    worker_process_init.connect(_start_process, weak=False)
    worker_process_shutdown.connect(_stop_process, weak=False)


def run_worker(config: TriglotConfig, concurrency: int, queues: Sequence[str]) -> None:
    """Run a Celery worker on ``queues`` (``app.parse_queues``) until it is stopped
    (SIGTERM: the task at hand is finished first; Ctrl-C)."""
    app = make_app(config.workers)
    install_tasks(app, config)
    app.worker_main(
        [
            "worker",
            f"--concurrency={concurrency}",
            f"--queues={','.join(queues)}",
            "--pool=prefork",
            f"--hostname=triglot-{os.getpid()}@%h",
            f"--loglevel={config.logging.level}",
            "--without-gossip",
            "--without-mingle",
        ]
    )
