"""``triglot worker``: a Celery worker that briefs the articles the bot enqueues."""

from __future__ import annotations

from typing import Annotated

import typer

from bot.cli.common import EXIT_BAD_USAGE, ConfigOption, fail, load_or_exit


def worker(
    config: ConfigOption = None,
    concurrency: Annotated[
        int,
        typer.Option(
            "--concurrency",
            min=1,
            max=256,
            help="Worker processes, each with its own copy of the models (about one per core).",
        ),
    ] = 1,
    queues: Annotated[
        str,
        typer.Option(
            "--queues",
            help="Queues to take tasks from: links (pages users sent, served first) "
            "and/or articles (feed articles).",
        ),
    ] = "links,articles",
) -> None:
    """Brief articles queued through workers.broker_url into the shared database, until
    Ctrl-C or SIGTERM (the task at hand is finished first; one killed is run again)."""
    import asyncio

    from bot.model_worker import ModelsMissing, check_models
    from bot.store.migrate import upgrade
    from bot.workers.app import parse_queues

    loaded = load_or_exit(config)
    if not loaded.workers.broker_url:
        raise fail(
            "workers.broker_url is empty: set it (e.g. redis://127.0.0.1:6379/0) in the bot's "
            "config and the workers'; without it the bot briefs in its own process",
            EXIT_BAD_USAGE,
        )
    try:
        wanted = parse_queues(queues)
    except ValueError as err:
        raise fail(str(err), EXIT_BAD_USAGE) from None
    try:
        check_models(loaded)
    except ModelsMissing as err:
        raise fail(str(err)) from None
    asyncio.run(upgrade(loaded.database.url))

    from bot.workers.tasks import run_worker

    run_worker(loaded, concurrency, wanted)


def register(app: typer.Typer) -> None:
    app.command("worker")(worker)
