"""The ``triglot`` command line: one module per command, assembled here."""

from __future__ import annotations

import importlib
import logging
import sys

import typer

from bot.logging_setup import redact_std_streams

# Each module exposes register(app). Heavy imports stay inside the commands.
COMMAND_MODULES = (
    "run_cmd",
    "summarize_cmd",
    "fetch_cmd",
    "check_cmd",
    "config_cmd",
    "models_cmd",
    "db_cmd",
)

app = typer.Typer(
    name="triglot",
    help="Neutral news briefs in English, Arabic and Hebrew, on Telegram.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,  # rich tracebacks would print local variables
    add_completion=False,
)

for _name in COMMAND_MODULES:
    try:
        _module = importlib.import_module(f"bot.cli.{_name}")
    except ModuleNotFoundError as exc:  # a command still being written
        if exc.name != f"bot.cli.{_name}":
            raise
        continue
    _module.register(app)


def main() -> None:
    """Console-script entry point: secrets are redacted from everything printed."""
    redact_std_streams()
    try:
        app()
    except KeyboardInterrupt:
        sys.exit(130)
    except Exception:
        logging.getLogger("triglot").exception("unexpected error")
        sys.exit(1)
