"""``triglot fetch-once [--json] [--no-process]``: poll every feed once and process what is new.

On a terminal: a progress bar while feeds are polled, then one table row per feed: entries
taken, and what became of them (new, already seen, off topic, the same story, not an
article, failed: they add up to the entries taken), and the feed's status; why a feed
failed is printed on its own line under the table, so the table fits 80 columns. With
``--json``: one JSON object, ``{"poll": ..., "processing": ...}``; each feed lists every
entry taken with its ``link``, ``title``, ``decision`` and, where relevance was judged,
its ``score`` and the ``terms`` that decided it.

Exit status: 0, or 1 when every feed polled failed or processing failed.
"""

from __future__ import annotations

import asyncio
import dataclasses
import json
import logging
import sys
from typing import TYPE_CHECKING, Annotated, Any

import typer

from bot.cli.common import ConfigOption, load_or_exit

if TYPE_CHECKING:
    from rich.progress import Progress, TaskID

    from bot.ingest.report import FeedReport, PollReport
    from bot.settings import TriglotConfig


#: The table's counters (they add up: taken = the others) and their short two-line
#: headers, so the table fits an 80-column terminal.
COLUMN_TITLES = {
    "taken": "taken",
    "new": "new",
    "seen": "seen",
    "irrelevant": "off\ntopic",
    "duplicate": "same\nstory",
    "not_article": "not\narticle",
    "failed": "failed",
}


class _BarProgress:
    """Feeds the poll's progress into a rich progress bar (on standard error)."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress
        self.task: TaskID | None = None

    def feeds_started(self, total: int) -> None:
        self.task = self.progress.add_task("polling feeds", total=total)

    def feed_done(self, report: FeedReport) -> None:
        if self.task is not None:
            self.progress.update(self.task, advance=1, description=f"polled {report.name}")


async def _run(
    config: TriglotConfig, *, show_progress: bool, process: bool
) -> tuple[PollReport, dict[str, Any]]:
    from bot.ingest.poller import poll_all
    from bot.store.db import create_engine, session_factory
    from bot.store.migrate import upgrade

    logging.getLogger("alembic").setLevel(logging.WARNING)  # not "running upgrade ..." noise
    await upgrade(config.database.url)
    engine = create_engine(config.database.url, echo=config.database.echo)
    try:
        sessions = session_factory(engine)
        if show_progress:
            from rich.console import Console
            from rich.progress import Progress

            with Progress(console=Console(stderr=True), transient=True) as bar:
                report = await poll_all(
                    config, sessions, progress=_BarProgress(bar), due_only=False
                )
        else:
            report = await poll_all(config, sessions, due_only=False)
        processing = await _process(config, sessions) if process else {"skipped": "--no-process"}
    finally:
        await engine.dispose()
    return report, processing


async def _process(config: TriglotConfig, sessions: Any) -> dict[str, Any]:
    """Brief what is new (``bot.briefing``), or with a broker set hand it to the model
    workers as the bot does; a failure is reported, not raised."""
    from bot.briefing import process_new_articles

    if config.workers.broker_url:
        return await _enqueue(config, sessions)
    try:
        result = await process_new_articles(config, sessions)
    except Exception as exc:
        message = str(exc).strip().splitlines()
        return {"error": message[0] if message else type(exc).__name__}
    return dataclasses.asdict(result)


async def _enqueue(config: TriglotConfig, sessions: Any) -> dict[str, Any]:
    """Queue each new article for ``triglot worker`` (this host may have no models); what
    the broker does not take stays new, for the bot's next cycle or the next run."""
    from bot.workers.client import WorkerDispatcher

    dispatcher = WorkerDispatcher(config, sessions)
    try:
        enqueued = await dispatcher.enqueue_new_articles()
        state = await dispatcher.state()
    finally:
        await dispatcher.close()
    if not state.reachable:
        return {"error": f"broker unreachable ({state.error}); the articles stay new"}
    return {"enqueued": enqueued}


def _print_table(report: PollReport, processing: dict[str, Any]) -> None:
    from rich import box
    from rich.console import Console
    from rich.markup import escape
    from rich.table import Table

    table = Table(
        box=box.SIMPLE_HEAD,
        padding=(0, 1),
        collapse_padding=True,
        show_edge=False,
        title="Feeds polled",
        title_justify="left",
        caption=f"taken = new + seen + off topic + same story + not article + failed; "
        f"{report.requests} HTTP requests",
        caption_justify="left",
    )
    table.add_column("feed", no_wrap=True, overflow="ellipsis", max_width=16)
    for title in COLUMN_TITLES.values():
        table.add_column(title, justify="right", min_width=max(map(len, title.split("\n"))))
    table.add_column("status", no_wrap=True)
    for feed in report.feeds:
        table.add_row(
            escape(feed.name),
            *(str(getattr(feed, name)) for name in COLUMN_TITLES),
            _status(feed),
            end_section=False,
        )
    totals = report.totals()
    table.add_row(
        "[bold]total[/bold]",
        *(str(totals[name]) for name in COLUMN_TITLES),
        "",
        end_section=True,
    )
    console = Console()
    console.print(table)
    for feed in report.feeds:
        if feed.error:  # on its own line: a long reason would squeeze the table
            console.print(f"{feed.name}: {feed.error}", markup=False, highlight=False)
        for problem in feed.problems[:3]:
            console.print(f"  {feed.name}: {problem}", style="dim", markup=False)
    if "skipped" in processing:
        console.print(f"processing skipped: {processing['skipped']}")
    elif "error" in processing:
        console.print(f"[red]processing failed:[/red] {escape(processing['error'])}")
    elif "enqueued" in processing:
        console.print(f"queued for the model workers: {processing['enqueued']}")
    else:
        done = ", ".join(f"{k} {v}" for k, v in processing.items() if isinstance(v, int | float))
        console.print(f"processed: {done}")


def _status(feed: FeedReport) -> str:
    """The feed's status in one short word (the reason goes under the table)."""
    if not feed.healthy:
        return "[red]unhealthy[/red]"
    if feed.error:
        return "[yellow]failed[/yellow]"
    if feed.skipped:
        return "not due"
    return "304" if feed.not_modified else "ok"


def fetch_once(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    no_process: Annotated[
        bool, typer.Option("--no-process", help="Only poll; do not summarise what is new.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Poll every feed once, process what is new, and print what was found and done."""
    settings = load_or_exit(config)
    show_progress = not as_json and sys.stderr.isatty()
    report, processing = asyncio.run(
        _run(settings, show_progress=show_progress, process=not no_process)
    )
    if as_json:
        payload = {"poll": report.to_dict(), "processing": processing}
        typer.echo(json.dumps(payload, ensure_ascii=False, indent=2, default=str))
    else:
        _print_table(report, processing)
    polled = [f for f in report.feeds if not f.skipped]
    if (polled and all(f.error for f in polled)) or "error" in processing:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("fetch-once")(fetch_once)
