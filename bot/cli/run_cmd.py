"""``triglot run``: run the bot (polling, or webhook when ``telegram.mode = "webhook"``)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

from bot.cli.common import EXIT_BAD_USAGE, ConfigOption, fail, load_or_exit

if TYPE_CHECKING:
    from bot.app import SetupHook


def run(config: ConfigOption = None) -> None:
    """Run the bot until Ctrl-C or SIGTERM."""
    import asyncio

    from telegram.error import NetworkError

    from bot.app import TokenProblem, serve

    loaded = load_or_exit(config)
    try:
        asyncio.run(serve(loaded, config_path=config, setup=setup_hooks()))
    except TokenProblem as err:
        raise fail(str(err), EXIT_BAD_USAGE) from None
    except NetworkError as err:  # the Bot API never answered, even after the retries
        raise fail(f"cannot reach {loaded.telegram.api_base_url}: {err.message}") from None


def setup_hooks() -> list[SetupHook]:
    """What runs inside the bot besides the handlers: polling, processing and delivery
    jobs, then the /healthz and /metrics server (which checks on those jobs)."""
    from bot.health.hook import setup_hook as setup_health
    from bot.jobs import setup_delivery

    return [setup_delivery, setup_health]


def register(app: typer.Typer) -> None:
    app.command("run")(run)
