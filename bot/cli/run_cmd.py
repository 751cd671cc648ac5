"""``triglot run``: run the bot (polling, or webhook when ``telegram.mode = "webhook"``)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

import typer

from bot.cli.common import EXIT_BAD_USAGE, ConfigOption, fail, load_or_exit

if TYPE_CHECKING:
    from telegram.ext import Application

    from bot.app import SetupHook
    from bot.settings import TriglotConfig

log = logging.getLogger(__name__)


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
    except ModelsMissing as err:
        raise fail(str(err)) from None
    except NetworkError as err:  # the Bot API never answered, even after the retries
        raise fail(f"cannot reach {loaded.telegram.api_base_url}: {err.message}") from None


def setup_hooks() -> list[SetupHook]:
    """What runs inside the bot besides the handlers: polling, processing and delivery
    jobs, then the /healthz and /metrics server (which checks on those jobs)."""
    from bot.health.hook import setup_hook as setup_health
    from bot.jobs import setup_delivery

    return [check_models, requeue_deferred, setup_delivery, setup_health]


class ModelsMissing(RuntimeError):
    """Configured models are not on this machine; the message says what to run."""


def missing_models(config: TriglotConfig) -> list[str]:
    """The configured models that are not on this machine (the tiny preset builds its own).

    Checked before the bot starts: without its models every article and every link would
    fail, each with the cause buried in a traceback.
    """
    if config.models.preset == "tiny":
        return []
    from summarizer.errors import ModelNotAvailable
    from summarizer.models import ModelStore

    store = ModelStore(config.models)
    missing = []
    for step in store.steps():
        try:
            store.checkpoint_path(step)
        except ModelNotAvailable:
            missing.append(store.reference(step))
    return missing


async def check_models(application: Application) -> None:  # type: ignore[type-arg]
    """A setup hook, first: refuse to start without the configured models (after the
    token and the Bot API were checked, before any job runs)."""
    from bot.app import services_of_app
    from summarizer.errors import PREPARE_COMMAND

    if missing := missing_models(services_of_app(application).config):
        raise ModelsMissing(
            f"models not downloaded: {', '.join(missing)}; fetch them with "
            f"`{PREPARE_COMMAND}` (or set models.preset = \"tiny\" for tiny offline models)"
        )


async def requeue_deferred(application: Application) -> None:  # type: ignore[type-arg]
    """A setup hook: articles deferred earlier (a model missing, a worker crash) are briefed
    again by this run."""
    from bot.app import services_of_app
    from bot.processing import requeue_articles

    count = await requeue_articles(services_of_app(application).sessions())
    if count:
        log.info("requeued %d article(s) deferred by an earlier run", count)


def register(app: typer.Typer) -> None:
    app.command("run")(run)
