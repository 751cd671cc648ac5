"""The service's own sections: database, schedule, delivery, metrics, logging and workers."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, field_validator

from bot.settings.checks import check_listen, check_timezone
from summarizer.settings import StrictModel


class DatabaseSettings(StrictModel):
    """Where Triglot keeps its state."""

    url: str = Field(
        "sqlite+aiosqlite:///data/triglot.db",
        description="SQLAlchemy async URL: sqlite+aiosqlite:///PATH or postgresql+asyncpg://…",
    )
    echo: bool = Field(False, description="Log every SQL statement (debugging only).")

    @field_validator("url")
    @classmethod
    def _url_is_supported(cls, value: str) -> str:
        if not value.startswith(("sqlite+aiosqlite://", "postgresql+asyncpg://")):
            raise ValueError(
                "must start with sqlite+aiosqlite:// or postgresql+asyncpg://, "
                f"got {value.split('://')[0]!r}"
            )
        return value


class ScheduleSettings(StrictModel):
    """When feeds are polled, briefs sent and digests composed."""

    poll_interval_seconds: int = Field(
        300, ge=10, le=86400, description="Seconds between two polls of the feeds."
    )
    misfire_grace_seconds: int = Field(
        600,
        ge=1,
        le=86400,
        description="A poll missed by less than this (busy or just restarted) still runs; "
        "several missed polls always coalesce into one.",
    )
    send_interval_seconds: float = Field(
        2.0,
        gt=0,
        le=3600,
        description="Seconds between two looks at the delivery outbox when it is empty.",
    )
    digest_check_seconds: int = Field(
        60, ge=10, le=3600, description="Seconds between two checks for digests that are due."
    )
    default_digest_hour: int = Field(
        8, ge=0, le=23, description="Local hour of the daily digest for a new subscriber."
    )
    default_timezone: str = Field(
        "UTC",
        description="IANA time zone (e.g. Asia/Jerusalem) of a new subscriber's digest hour.",
    )

    @field_validator("default_timezone")
    @classmethod
    def _timezone_is_known(cls, value: str) -> str:
        return check_timezone(value)


class DeliverySettings(StrictModel):
    """How briefs are sent: rate limits, retries and the digest message."""

    messages_per_second: float = Field(
        30.0, gt=0, le=1000, description="Most messages per second overall."
    )
    per_chat_interval_seconds: float = Field(
        1.0, ge=0, le=60, description="Least time between two messages to the same private chat."
    )
    group_messages_per_minute: int = Field(
        20, ge=1, le=60, description="Most messages per minute to one group or channel."
    )
    max_in_flight: int = Field(
        64,
        ge=1,
        le=1000,
        description="Most Bot API requests waiting for an answer at once (never two per chat).",
    )
    max_attempts: int = Field(
        5,
        ge=1,
        le=100,
        description="Attempts before a message that keeps meeting network or server errors "
        "is marked failed (waiting out a 429 does not count).",
    )
    backoff_base_seconds: float = Field(
        2.0,
        gt=0,
        le=3600,
        description="Wait before the first retry; it doubles on every further retry.",
    )
    backoff_max_seconds: float = Field(
        300.0,
        gt=0,
        le=86400,
        description="Longest wait between two retries of one message.",
    )
    request_timeout_seconds: float = Field(
        20.0, gt=0, le=300, description="Seconds to wait for the Bot API to answer a message."
    )
    disable_link_previews: bool = Field(
        True, description="Send briefs without the link preview of the original article."
    )
    digest_max_briefs: int = Field(
        20, ge=1, le=200, description="Most briefs in one daily digest (the newest are kept)."
    )
    sender_lease_seconds: float = Field(
        15.0,
        ge=1,
        le=600,
        description="Only one sender works on a database: it holds a lease renewed every "
        "third of this; after a crash the next sender takes over when it runs out.",
    )


class MetricsSettings(StrictModel):
    """The health and metrics endpoint (``bot/health/``)."""

    listen: str = Field(
        "",
        description="host:port for /healthz and /metrics (e.g. 127.0.0.1:9090); empty: off.",
    )
    poll_stale_intervals: int = Field(
        3,
        ge=1,
        le=100,
        description="/healthz fails when no poll has finished for this many poll intervals.",
    )

    @field_validator("listen")
    @classmethod
    def _listen_is_host_port(cls, value: str) -> str:
        return check_listen(value)


class LoggingSettings(StrictModel):
    """Logging output."""

    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", description="Lowest level logged."
    )
    format: Literal["text", "json"] = Field(
        "text", description='"text" for a terminal, "json" for one JSON object per line.'
    )


class ReviewSettings(StrictModel):
    """Editorial review: an operator's approval before a feed brief is sent (``bot/review/``)."""

    required: bool = Field(
        False,
        description="Hold every new feed brief as pending until an operator approves it "
        "(inline buttons sent to telegram.admin_ids, or the console); rejected briefs are "
        "never sent. A link a user sends is still answered to that user at once. Switching it "
        "off later releases nothing: briefs already held stay pending, are offered to the "
        "operators again and are sent only once approved.",
    )


class WorkerSettings(StrictModel):
    """Model workers on other processes or machines (``triglot worker``, ``bot/workers/``)."""

    broker_url: str = Field(
        "",
        description="Celery broker (redis://host:6379/0 or amqp://user:pass@host//); empty: "
        "the bot briefs in its own process. Set: the bot only enqueues and `triglot worker` "
        "processes brief, into the shared database.",
    )
    visibility_timeout_seconds: int = Field(
        3600,
        ge=1,
        le=86400,
        description="Redis broker: a task whose worker vanished (killed, machine lost) is "
        "given to another worker after this long; keep it above one article's work.",
    )
    retry_max_seconds: float = Field(
        300.0,
        gt=0,
        le=3600,
        description="Longest wait between two tries to reach an unreachable broker (the "
        "wait starts at 2 s and doubles).",
    )

    @field_validator("broker_url")
    @classmethod
    def _broker_is_supported(cls, value: str) -> str:
        if value and not value.startswith(("redis://", "rediss://", "amqp://", "amqps://")):
            raise ValueError(
                "must start with redis://, rediss://, amqp:// or amqps://, "
                f"got {value.split('://')[0]!r}"
            )
        return value
