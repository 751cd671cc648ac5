"""``triglot retry-failed [--since WHEN] [--all]``: requeue articles that were not briefed.

By default only ``deferred`` articles: those not briefed for a reason outside the article
(a model missing, the model worker crashing). ``--all`` adds the ``failed`` ones (the
summarizer found nothing sendable in them), e.g. after changing the models. The running
bot (or the next ``fetch-once``) briefs them at its next processing run.
"""

from __future__ import annotations

import asyncio
import re
from datetime import UTC, datetime, timedelta
from typing import Annotated

import typer

from bot.cli.common import EXIT_BAD_USAGE, ConfigOption, fail, load_or_exit

_DURATION = re.compile(r"^(\d+)\s*([mhd])$")
_UNITS = {"m": "minutes", "h": "hours", "d": "days"}


def parse_since(value: str, now: datetime | None = None) -> datetime:
    """``"6h"``, ``"2d"``, ``"30m"`` (that long ago) or an ISO date/time (UTC unless it
    says otherwise); anything else is bad usage (exit 2)."""
    now = now or datetime.now(UTC)
    if match := _DURATION.match(value.strip()):
        return now - timedelta(**{_UNITS[match[2]]: int(match[1])})
    try:
        when = datetime.fromisoformat(value.strip())
    except ValueError:
        raise fail(
            f"--since takes a duration (30m, 6h, 2d) or an ISO date/time, got {value!r}",
            EXIT_BAD_USAGE,
        ) from None
    return when if when.tzinfo else when.replace(tzinfo=UTC)


def retry_failed(
    since: Annotated[
        str | None,
        typer.Option(
            "--since", help="Only articles stored since then: 30m, 6h, 2d or an ISO date/time."
        ),
    ] = None,
    include_failed: Annotated[
        bool, typer.Option("--all", help="Also articles the summarizer failed on.")
    ] = False,
    config: ConfigOption = None,
) -> None:
    """Requeue articles not briefed for a reason outside them (model missing, crash)."""
    from sqlalchemy.exc import SQLAlchemyError

    cutoff = parse_since(since) if since is not None else None
    loaded = load_or_exit(config)
    try:
        count = asyncio.run(_requeue(loaded.database.url, cutoff, include_failed))
    except (OSError, SQLAlchemyError) as exc:
        raise fail(f"cannot open the database {loaded.database.url}: {exc}") from None
    typer.echo(f"requeued {count} article(s); the bot briefs them at its next processing run")


async def _requeue(url: str, since: datetime | None, include_failed: bool) -> int:
    from bot.briefing import requeue_articles
    from bot.store.db import create_engine, session_factory
    from bot.store.migrate import upgrade

    await upgrade(url)
    engine = create_engine(url)
    try:
        return await requeue_articles(
            session_factory(engine), since=since, include_failed=include_failed
        )
    finally:
        await engine.dispose()


def register(app: typer.Typer) -> None:
    app.command("retry-failed")(retry_failed)
