"""``triglot send``: run the sender apart from the bot, e.g. to empty the outbox once.

Prints one JSON line of counters when it stops (``--until-empty``: when nothing is left
to send; otherwise at SIGTERM or Ctrl-C). What it does: ``bot.delivery.standalone``.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from enum import StrEnum
from typing import Annotated

import typer

from bot.cli.common import ConfigOption, fail, load_or_exit
from bot.config_loader import TOKEN_ENV


class TransportKind(StrEnum):
    PTB = "ptb"  # python-telegram-bot, as the bot itself sends
    HTTPX = "httpx"  # a plain httpx client: faster, for paid broadcasts


def send(
    config: ConfigOption = None,
    transport: Annotated[
        TransportKind, typer.Option(help="Bot API client: ptb (as the bot) or httpx.")
    ] = TransportKind.PTB,
    until_empty: Annotated[
        bool, typer.Option("--until-empty", help="Exit when nothing is left to send.")
    ] = False,
) -> None:
    """Send queued briefs (one sender per database: waits while another one works)."""
    # Deferred: the sender pulls in SQLAlchemy and python-telegram-bot, which the other
    # commands (the Docker HEALTHCHECK's `triglot health` above all) do not need.
    from bot.delivery.standalone import run_sender

    loaded = load_or_exit(config)
    if not loaded.telegram.token:
        raise fail(f"the bot token is missing: set {TOKEN_ENV}")
    with contextlib.suppress(KeyboardInterrupt):  # before the sender's own handlers are set
        counters = asyncio.run(run_sender(loaded, transport.value, until_empty))
        typer.echo(json.dumps(counters))


def register(app: typer.Typer) -> None:
    app.command("send")(send)
