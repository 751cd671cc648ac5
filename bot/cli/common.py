"""What every command shares: loading the config (exit 2 on problems) and logging."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Annotated

import typer

from bot.config_loader import TOKEN_ENV, ConfigError, load_config
from bot.logging_setup import redact, setup_logging
from bot.settings import TriglotConfig

EXIT_BAD_USAGE = 2

ConfigOption = Annotated[
    Path | None,
    typer.Option(
        "--config",
        "-c",
        help="Config file (default: $TRIGLOT_CONFIG or config/triglot.toml).",
        show_default=False,
    ),
]


def fail(message: str, code: int = 1) -> typer.Exit:
    """Print a one-line error to stderr and return the Exit to raise."""
    typer.echo(f"error: {redact(message)}", err=True)
    return typer.Exit(code)


def load_or_exit(path: Path | None, *, configure_logging: bool = True) -> TriglotConfig:
    """Load and validate the config; on problems print ``file:line: what`` and exit 2."""
    redact.add([os.environ.get(TOKEN_ENV, "")])
    try:
        config = load_config(path)
    except ConfigError as exc:
        for problem in exc.problems:
            typer.echo(redact(str(problem)), err=True)
        raise typer.Exit(EXIT_BAD_USAGE) from None
    if configure_logging:
        setup_logging(config.logging.level, config.logging.format, config.secrets())
    else:
        redact.add(config.secrets())
    return config
