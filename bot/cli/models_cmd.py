"""``triglot models prepare`` and ``triglot models build-tiny DIR``."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from bot.cli.common import ConfigOption, fail, load_or_exit

if TYPE_CHECKING:
    from rich.progress import TaskID

models_app = typer.Typer(help="Download, convert or build the summarizer's models.")

_STAGES = ("download", "convert", "done")


@models_app.command("prepare")
def prepare(config: ConfigOption = None) -> None:
    """Download and convert every configured model now (progress bars on a terminal),
    the guard's entailment judge too when ``guard.judge_model`` names one.

    Fails at once, naming the model, when the model hub cannot be reached.
    """
    from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn

    from summarizer.errors import SummarizerError
    from summarizer.guard.judge import prepare_judge
    from summarizer.models import ModelStore

    settings = load_or_exit(config)
    store = ModelStore(settings.models)
    jobs: list[tuple[str, Callable[[Callable[[str], None]], object]]] = [
        (f"{step}: {store.reference(step)}", partial(store.prepare, step)) for step in store.steps()
    ]
    if judge := settings.guard.judge_model.strip():
        jobs.append((f"guard judge: {judge}", partial(prepare_judge, judge, store.cache_dir)))
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn())
    with Progress(*columns, transient=False) as progress:
        for label, job in jobs:
            task = progress.add_task(label, total=len(_STAGES))

            def report(stage: str, task: TaskID = task, label: str = label) -> None:
                progress.update(task, description=f"{label} ({stage})")
                progress.update(task, completed=_STAGES.index(stage) + 1)

            try:
                job(report)
            except SummarizerError as exc:
                progress.stop()
                raise fail(str(exc)) from None
    typer.echo(f"models ready in {store.cache_dir}")


@models_app.command("build-tiny")
def build_tiny(
    directory: Annotated[Path, typer.Argument(help="Folder to write the tiny models into.")],
    force: Annotated[bool, typer.Option("--force", help="Rebuild models already there.")] = False,
) -> None:
    """Write tiny offline models (random weights) for every step of the pipeline."""
    from summarizer.tiny import build_tiny_models

    built = build_tiny_models(directory, force=force)
    for step, path in built.items():
        typer.echo(f"{step}\t{path}")


def register(app: typer.Typer) -> None:
    app.add_typer(models_app, name="models")
