"""``triglot health``: ask the running bot's ``/healthz`` (the Docker image's HEALTHCHECK).

Prints the JSON answer and exits 0 when the bot is healthy, 1 when it is not or does not
answer, 2 when the config is bad or ``metrics.listen`` is empty (the endpoint is off).
"""

from __future__ import annotations

import urllib.error
import urllib.request
from typing import Annotated

import typer

from bot.cli.common import EXIT_BAD_USAGE, ConfigOption, fail, load_or_exit
from bot.settings import split_host_port


def probe_url(listen: str) -> str:
    """The ``/healthz`` URL to ask for a server listening at ``listen``."""
    host, port = split_host_port(listen)
    if host in ("0.0.0.0", ""):
        host = "127.0.0.1"
    elif host == "::":
        host = "::1"
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}/healthz"


def health(
    config: ConfigOption = None,
    timeout: Annotated[float, typer.Option(help="Seconds to wait for the answer.")] = 10.0,
) -> None:
    """Ask the running bot's /healthz: exit 0 when it is healthy, 1 when not."""
    loaded = load_or_exit(config, configure_logging=False)
    if not loaded.metrics.listen:
        raise fail("metrics.listen is empty: the health endpoint is off", EXIT_BAD_USAGE)
    url = probe_url(loaded.metrics.listen)
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:
            typer.echo(response.read().decode("utf-8", "replace"))
    except urllib.error.HTTPError as exc:  # 503: the body says which check failed
        typer.echo(exc.read().decode("utf-8", "replace"))
        raise typer.Exit(1) from None
    except (TimeoutError, urllib.error.URLError, OSError) as exc:
        raise fail(f"{url}: {exc}") from None


def register(app: typer.Typer) -> None:
    app.command("health")(health)
