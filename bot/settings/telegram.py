"""The ``[telegram]`` section: token, API server, polling or webhook."""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, SecretStr, field_validator, model_validator

from bot.settings.checks import check_http_url as _check_http_url
from bot.settings.checks import split_host_port
from summarizer.settings import StrictModel

_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


class TelegramSettings(StrictModel):
    """How Triglot talks to Telegram."""

    token: SecretStr | None = Field(
        None,
        description="Bot token. Only from the TRIGLOT_TELEGRAM_TOKEN environment variable.",
    )
    api_base_url: str = Field(
        "https://api.telegram.org/bot",
        description="Bot API base URL; point it at a local Bot API server or an emulator.",
    )
    admin_ids: list[int] = Field(
        default_factory=list, description="Telegram user ids allowed to use operator commands."
    )
    mode: Literal["polling", "webhook"] = Field(
        "polling",
        description='"polling": the bot asks Telegram for updates; "webhook": Telegram posts '
        "them to webhook_url.",
    )
    poll_timeout_seconds: int = Field(
        30, ge=0, le=60, description="Long-polling timeout of each getUpdates request."
    )
    webhook_url: str = Field(
        "",
        description="Public https URL Telegram posts updates to (webhook mode); its path is "
        "served by the bot.",
    )
    webhook_listen: str = Field(
        "0.0.0.0:8443", description="host:port the bot's webhook server listens on."
    )
    webhook_secret_token: SecretStr | None = Field(
        None,
        description="Secret Telegram sends with each webhook request (letters, digits, _ "
        "and -); requests without it are refused. Unset: a random one is made at each start. "
        "Set it from the TRIGLOT_TELEGRAM__WEBHOOK_SECRET_TOKEN environment variable.",
    )
    drop_pending_updates: bool = Field(
        False, description="Ignore updates that arrived while the bot was not running."
    )
    concurrent_updates: int = Field(
        16,
        ge=1,
        le=256,
        description="Updates of different chats handled at the same time; one chat's updates "
        "are handled in order.",
    )
    max_retries: int = Field(
        3,
        ge=0,
        le=10,
        description="Retries of a Bot API request after a flood wait (429) or a connection "
        "error, with backoff.",
    )
    link_requests_per_window: int = Field(
        5,
        ge=1,
        le=1000,
        description="Links one sender may send in one chat per link_window_minutes.",
    )
    link_window_minutes: int = Field(
        10, ge=1, le=1440, description="Length of the per-sender link request window, in minutes."
    )
    link_timeout_seconds: float = Field(
        120.0,
        gt=0,
        le=1800,
        description="Longest time spent fetching and summarising one link before giving up.",
    )
    latest_count: int = Field(5, ge=1, le=20, description="Briefs shown by /latest.")
    inline_mode: bool = Field(
        True,
        description="Answer inline queries (@bot followed by a link, in any chat) with the "
        "stored brief of the link, or a deep link that briefs it in private. Inline mode must "
        "also be switched on with @BotFather (/setinline).",
    )

    @field_validator("api_base_url")
    @classmethod
    def _api_base_url_is_http(cls, value: str) -> str:
        return _check_http_url(value)

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url_is_http(cls, value: str) -> str:
        return _check_http_url(value, allow_empty=True)

    @field_validator("webhook_listen")
    @classmethod
    def _listen_is_host_port(cls, value: str) -> str:
        if split_host_port(value)[1] == 0:
            raise ValueError(f"must be host:port with a port from 1 to 65535, got {value!r}")
        return value

    @field_validator("webhook_secret_token")
    @classmethod
    def _secret_is_telegrams_shape(cls, value: SecretStr | None) -> SecretStr | None:
        """Telegram's rule for the secret; the message never shows the value."""
        if value is not None and not _WEBHOOK_SECRET.fullmatch(value.get_secret_value()):
            raise ValueError(
                "must be 1 to 256 characters, each a letter, a digit, _ or - "
                "(Telegram's rule for a webhook secret)"
            )
        return value

    @model_validator(mode="after")
    def _webhook_needs_url(self) -> TelegramSettings:
        if self.mode == "webhook" and not self.webhook_url:
            raise ValueError('mode = "webhook" needs webhook_url')
        return self
