"""The configuration schema: every key an operator can set, with its type and default.

Each section is a strict pydantic model (unknown keys are errors), in a module per group:
:mod:`~bot.settings.telegram`, :mod:`~bot.settings.ingest` (feeds, relevance, fetch),
:mod:`~bot.settings.service` (database, schedule, delivery, metrics, logging, workers),
:mod:`~bot.settings.console` (the web console); the model
and guard sections are the summarizer's own. The README's configuration reference is
checked against this schema by a test, so every field carries a ``description``.
"""

from __future__ import annotations

from pydantic import Field, field_validator

from bot.settings.channels import ChannelSettings, check_unique_chats
from bot.settings.checks import split_host_port
from bot.settings.console import ConsoleSettings
from bot.settings.ingest import FeedSettings, FetchSettings, RelevanceSettings
from bot.settings.service import (
    DatabaseSettings,
    DeliverySettings,
    LoggingSettings,
    MetricsSettings,
    ReviewSettings,
    ScheduleSettings,
    WorkerSettings,
)
from bot.settings.telegram import TelegramSettings
from summarizer.settings import GuardSettings, ModelSettings, StrictModel

__all__ = [
    "ChannelSettings",
    "ConsoleSettings",
    "DatabaseSettings",
    "DeliverySettings",
    "FeedSettings",
    "FetchSettings",
    "GuardSettings",
    "LoggingSettings",
    "MetricsSettings",
    "ModelSettings",
    "RelevanceSettings",
    "ReviewSettings",
    "ScheduleSettings",
    "TelegramSettings",
    "TriglotConfig",
    "WorkerSettings",
    "split_host_port",
]


class TriglotConfig(StrictModel):
    """The whole configuration of a Triglot deployment."""

    telegram: TelegramSettings = Field(default_factory=TelegramSettings)
    database: DatabaseSettings = Field(default_factory=DatabaseSettings)
    schedule: ScheduleSettings = Field(default_factory=ScheduleSettings)
    feeds: list[FeedSettings] = Field(default_factory=list)
    relevance: RelevanceSettings = Field(default_factory=RelevanceSettings)
    fetch: FetchSettings = Field(default_factory=FetchSettings)
    models: ModelSettings = Field(default_factory=ModelSettings)
    guard: GuardSettings = Field(default_factory=GuardSettings)
    delivery: DeliverySettings = Field(default_factory=DeliverySettings)
    review: ReviewSettings = Field(default_factory=ReviewSettings)
    metrics: MetricsSettings = Field(default_factory=MetricsSettings)
    logging: LoggingSettings = Field(default_factory=LoggingSettings)
    channels: list[ChannelSettings] = Field(default_factory=list)

    @field_validator("channels")
    @classmethod
    def _channels_are_distinct(cls, value: list[ChannelSettings]) -> list[ChannelSettings]:
        return check_unique_chats(value)

    console: ConsoleSettings = Field(default_factory=ConsoleSettings)

    workers: WorkerSettings = Field(default_factory=WorkerSettings)

    def secrets(self) -> list[str]:
        """Every secret value in this config, for the log redactor."""
        found = [
            secret.get_secret_value()
            for secret in (self.telegram.token, self.telegram.webhook_secret_token)
            if secret is not None
        ]
        from sqlalchemy.engine import make_url

        password = make_url(self.database.url).password
        if password:
            found.append(str(password))
        if self.workers.broker_url:
            from urllib.parse import unquote, urlsplit

            broker_password = urlsplit(self.workers.broker_url).password
            if broker_password:
                found.append(unquote(broker_password))
        return found
