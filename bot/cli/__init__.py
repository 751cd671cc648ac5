"""The ``triglot`` command line: one module per command, assembled here."""

from __future__ import annotations

import logging
import sys

import typer

from bot.cli import (
    check_cmd,
    config_cmd,
    db_cmd,
    fetch_cmd,
    health_cmd,
    models_cmd,
    retry_cmd,
    run_cmd,
    send_cmd,
    summarize_cmd,
    worker_cmd,
)
from bot.logging_setup import redact_std_streams

app = typer.Typer(
    name="triglot",
    help="Neutral news briefs in English, Arabic and Hebrew, on Telegram.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,  # rich tracebacks would print local variables
    add_completion=False,
)

# Each module registers its command(s); heavy imports stay inside the commands.
for _module in (
    run_cmd,
    summarize_cmd,
    fetch_cmd,
    check_cmd,
    config_cmd,
    models_cmd,
    db_cmd,
    health_cmd,
    retry_cmd,
    send_cmd,
    worker_cmd,
):
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
