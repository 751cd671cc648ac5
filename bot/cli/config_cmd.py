"""``triglot config check``: validate and print the effective configuration."""

from __future__ import annotations

from typing import Any

import tomli_w
import typer

from bot.cli.common import ConfigOption, load_or_exit
from bot.logging_setup import REDACTED, redact
from bot.settings import TriglotConfig

config_app = typer.Typer(help="Inspect the configuration.", no_args_is_help=True)


def effective_config_toml(config: TriglotConfig) -> str:
    """The config as TOML with every secret replaced by ``***``."""
    data = config.model_dump(mode="json")
    data["telegram"]["token"] = REDACTED if config.telegram.token else "(not set)"
    data["database"]["url"] = redact(config.database.url)
    return tomli_w.dumps(_drop_none(data))


def _drop_none(value: Any) -> Any:
    if isinstance(value, dict):
        return {k: _drop_none(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [_drop_none(v) for v in value]
    return value


@config_app.command("check")
def check(config: ConfigOption = None) -> None:
    """Validate the config; print it (secrets redacted) or its problems (exit 2)."""
    loaded = load_or_exit(config, configure_logging=False)
    typer.echo(effective_config_toml(loaded), nl=False)
    typer.echo("# config OK", err=True)


def register(app: typer.Typer) -> None:
    app.add_typer(config_app, name="config")
