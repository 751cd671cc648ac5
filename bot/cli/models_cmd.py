"""``triglot models prepare`` and ``triglot models build-tiny DIR``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from bot.cli.common import ConfigOption, fail, load_or_exit

models_app = typer.Typer(help="Download, convert or build the summarizer's models.")

_STAGES = ("download", "convert", "done")


@models_app.command("prepare")
def prepare(config: ConfigOption = None) -> None:
    """Download and convert every configured model now (progress bars on a terminal).

    Fails at once, naming the model, when the model hub cannot be reached.
    """
    from rich.progress import BarColumn, Progress, SpinnerColumn, TaskID, TextColumn

    from summarizer.errors import SummarizerError
    from summarizer.models import ModelStore

    settings = load_or_exit(config)
    store = ModelStore(settings.models)
    columns = (SpinnerColumn(), TextColumn("{task.description}"), BarColumn())
    with Progress(*columns, transient=False) as progress:
        for step in store.steps():
            reference = store.reference(step)
            task = progress.add_task(f"{step}: {reference}", total=len(_STAGES))

            def report(
                stage: str, task: TaskID = task, label: str = f"{step}: {reference}"
            ) -> None:
                progress.update(task, description=f"{label} ({stage})")
                progress.update(task, completed=_STAGES.index(stage) + 1)

            try:
                store.prepare(step, report)
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
