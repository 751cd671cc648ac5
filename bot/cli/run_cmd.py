"""``triglot run``: run the bot (polling, or webhook when ``telegram.mode = "webhook"``)."""

from __future__ import annotations

import typer

from bot.cli.common import EXIT_BAD_USAGE, ConfigOption, fail, load_or_exit


def run(config: ConfigOption = None) -> None:
    """Run the bot until Ctrl-C or SIGTERM: the handlers and every part of the runtime
    (polling, briefing and delivery jobs, the /healthz and /metrics server)."""
    import asyncio

    from telegram.error import NetworkError

    from bot.app import TokenProblem, serve
    from bot.model_worker import ModelsMissing
    from bot.runtime import EVERYTHING

    loaded = load_or_exit(config)
    try:
        asyncio.run(serve(loaded, config_path=config, parts=EVERYTHING))
    except TokenProblem as err:
        raise fail(str(err), EXIT_BAD_USAGE) from None
    except ModelsMissing as err:
        raise fail(str(err)) from None
    except NetworkError as err:  # the Bot API never answered, even after the retries
        raise fail(f"cannot reach {loaded.telegram.api_base_url}: {err.message}") from None


def register(app: typer.Typer) -> None:
    app.command("run")(run)
