"""``triglot db upgrade``: apply migrations (idempotent)."""

from __future__ import annotations

import asyncio

import typer

from bot.cli.common import ConfigOption, fail, load_or_exit

db_app = typer.Typer(help="Database schema.", no_args_is_help=True)


@db_app.command("upgrade")
def upgrade(config: ConfigOption = None) -> None:
    """Create the database if needed and bring its schema up to date."""
    from sqlalchemy.exc import SQLAlchemyError

    from bot.store.migrate import upgrade as run_upgrade

    loaded = load_or_exit(config)
    try:
        before, after = asyncio.run(run_upgrade(loaded.database.url))
    except (OSError, SQLAlchemyError) as exc:
        raise fail(f"cannot open the database {loaded.database.url}: {exc}") from None
    if before == after:
        typer.echo(f"database already at revision {after}; nothing to do")
    else:
        typer.echo(f"database upgraded from {before or 'empty'} to {after}")


def register(app: typer.Typer) -> None:
    app.add_typer(db_app, name="db")
