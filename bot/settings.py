"""The configuration schema: every key an operator can set, with its type and default.

Each section is a strict pydantic model (unknown keys are errors). The README's
configuration reference is checked against this schema by a test, so every field carries a
``description``.
"""

from __future__ import annotations

import re
from typing import Literal

from pydantic import Field, SecretStr, ValidationInfo, field_validator, model_validator

from bot.ingest.keywords import (
    default_context_terms,
    default_keywords,
    default_sections,
    default_terms,
)
from summarizer.languages import LANGUAGES, Language
from summarizer.settings import GuardSettings, ModelSettings, StrictModel


def _check_http_url(value: str, *, allow_empty: bool = False) -> str:
    """Validate an http(s) URL; keep it a plain string so it round-trips unchanged."""
    from urllib.parse import urlsplit

    if allow_empty and value == "":
        return value
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"must be an http:// or https:// URL, got {value!r}")
    return value


_WEBHOOK_SECRET = re.compile(r"[A-Za-z0-9_-]{1,256}")


def split_host_port(value: str) -> tuple[str, int]:
    """``"host:port"`` (``"[::1]:9090"`` for IPv6) as ``(host, port)``; ValueError if not."""
    host, sep, port = value.rpartition(":")
    host = host.removeprefix("[").removesuffix("]")
    if not sep or not host or not port.isdigit() or int(port) > 65535:
        raise ValueError(f"must be host:port, such as 127.0.0.1:9090, got {value!r}")
    return host, int(port)


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
        host, sep, port = value.rpartition(":")
        if not sep or not host or not port.isdigit() or not 0 < int(port) < 65536:
            raise ValueError(f"must be host:port, got {value!r}")
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
        from bot.timezones import canonical_timezone

        zone = canonical_timezone(value)
        if zone is None:
            raise ValueError(
                f"unknown time zone {value[:80]!r} (use an IANA name such as Asia/Jerusalem)"
            )
        return zone


class FeedSettings(StrictModel):
    """One news feed (a ``[[feeds]]`` table)."""

    name: str = Field(..., min_length=1, description="Name shown to subscribers as the source.")
    url: str = Field(..., description="RSS or Atom feed URL (http or https).")
    language: Language | None = Field(
        None, description="Language of the feed's articles; detected when absent."
    )
    always_relevant: bool = Field(
        False, description="Skip the keyword filter: every article of this feed is relevant."
    )

    @field_validator("url")
    @classmethod
    def _url_is_http(cls, value: str) -> str:
        return _check_http_url(value)


class RelevanceSettings(StrictModel):
    """Which articles are about the conflict (owned by ingestion: ``bot/ingest/relevance.py``).

    Each entry gets a score: every keyword found adds ``keyword_weight`` (one is enough by
    default); every weighted term adds its weight, but only together with another term (a
    country name alone is not enough); a term found only in the entry's categories or only
    in the fetched page's text counts a fraction of its weight; section words of the link's
    path or categories (``sport``, ``opinion``) move the score. Relevant: score at least
    ``threshold``. Terms match whole words, case-insensitively, with Arabic and Hebrew
    attached prefixes allowed (و ف ب ل ك ال / ו ה ב ל מ ש כ), so ``غزة`` also finds
    ``وبغزة`` and ``עזה`` finds ``מעזה``. A trailing ``*`` matches any word ending
    (``Palestin*``). Arabic is compared without diacritics and with alef/ta marbuta forms
    unified; Hebrew without niqqud. ``/reload`` applies changes from the next poll.
    """

    keywords: dict[Language, list[str]] = Field(
        default_factory=default_keywords,
        description="Keywords per language (en, ar, he), each enough alone; empty: the "
        "built-in defaults.",
    )
    terms: dict[Language, dict[str, float]] = Field(
        default_factory=default_terms,
        description="Weighted terms per language (countries, leaders, places) that only count "
        "together with another term; merged into the built-in ones (weight 0 removes one).",
    )
    context_terms: dict[Language, dict[str, float]] = Field(
        default_factory=default_context_terms,
        description="Weighted war vocabulary per language, counted only when a keyword or a "
        "term is also found; merged into the built-in ones (weight 0 removes one).",
    )
    patterns: dict[Language, list[str]] = Field(
        default_factory=dict,
        description="Extra regular expressions per language (Python syntax, case-insensitive), "
        "weighed like keywords.",
    )
    sections: dict[str, float] = Field(
        default_factory=default_sections,
        description="Words of a link's path or of an entry's categories and what they add to "
        "the score; merged into the built-in ones (0 removes one).",
    )
    threshold: float = Field(3.0, gt=0, le=100, description="The score an entry needs to be kept.")
    keyword_weight: float = Field(
        4.0, gt=0, le=100, description="What one keyword (or pattern) adds to the score."
    )
    category_weight: float = Field(
        0.25,
        ge=0,
        le=1,
        description="Share of a term's weight when it is found only in the entry's categories.",
    )
    page_text_weight: float = Field(
        0.5,
        ge=0,
        le=1,
        description="Share of a term's weight when it is found only in the fetched page's text.",
    )
    page_lead_chars: int = Field(
        2000,
        ge=200,
        le=100_000,
        description="How much of the fetched page's text is scored: its lead, where a news "
        "article says what it is about (a long article names many things in passing).",
    )
    min_matches: int = Field(
        1, ge=1, le=20, description="How many different terms an article must match."
    )
    check_page_text: bool = Field(
        True,
        description="Fetch an entry whose feed title and summary do not reach the threshold, "
        "to score its text.",
    )

    @field_validator("keywords")
    @classmethod
    def _empty_means_default(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        """A language left out or given an empty list gets the built-in defaults."""
        defaults = default_keywords()
        return {lang: list(value.get(lang) or defaults[lang]) for lang in LANGUAGES}

    @field_validator("terms", "context_terms")
    @classmethod
    def _terms_extend_default(
        cls, value: dict[str, dict[str, float]], info: ValidationInfo
    ) -> dict[str, dict[str, float]]:
        """Operators add or re-weigh terms; the built-in ones stay unless weighed 0."""
        merged = default_terms() if info.field_name == "terms" else default_context_terms()
        for language, terms in value.items():
            merged[language] = {**merged.get(language, {}), **terms}
        return merged

    @field_validator("sections")
    @classmethod
    def _sections_extend_default(cls, value: dict[str, float]) -> dict[str, float]:
        return {**default_sections(), **value}

    @field_validator("patterns")
    @classmethod
    def _patterns_compile(cls, value: dict[str, list[str]]) -> dict[str, list[str]]:
        import re

        for language, patterns in value.items():
            for pattern in patterns:
                try:
                    re.compile(pattern)
                except re.error as exc:
                    raise ValueError(f"{language}: bad pattern {pattern!r}: {exc}") from None
        return value


class FetchSettings(StrictModel):
    """How feeds, article pages and users' links are fetched (``bot/ingest/``)."""

    allow_private_networks: bool = Field(
        False,
        description="Allow fetching private, loopback and link-local addresses (tests only).",
    )
    allowed_networks: list[str] = Field(
        default_factory=list,
        description="CIDR ranges fetched even though private (an internal feed mirror).",
    )
    user_agent: str = Field(
        "Triglot/0.1 (news brief bot; +https://github.com/triglot)",
        min_length=1,
        description="User-Agent header sent with every request.",
    )
    connect_timeout_seconds: float = Field(
        5.0, gt=0, le=120, description="Longest wait to connect to a server."
    )
    read_timeout_seconds: float = Field(
        15.0, gt=0, le=300, description="Longest wait for the next bytes from a server."
    )
    total_timeout_seconds: float = Field(
        30.0, gt=0, le=600, description="Longest a whole fetch may take, redirects included."
    )
    max_body_bytes: int = Field(
        8_000_000,
        ge=10_000,
        le=100_000_000,
        description="Largest body accepted, measured after decompression.",
    )
    max_redirects: int = Field(5, ge=0, le=20, description="Most redirects followed per fetch.")
    concurrency: int = Field(
        10, ge=1, le=200, description="Most feeds and pages fetched at the same time."
    )
    per_host_concurrency: int = Field(
        2, ge=1, le=50, description="Most requests to one site at the same time (politeness)."
    )
    max_entries_per_feed: int = Field(
        30,
        ge=1,
        le=500,
        description="Most new entries taken from one feed per poll (the newest; older left out).",
    )
    fetch_pages: bool = Field(
        True,
        description="Fetch each entry's page for its full text; false: use the feed's text.",
    )
    min_article_chars: int = Field(
        100, ge=0, le=100_000, description="Shorter extracted text is not an article (too short)."
    )
    paywall_max_chars: int = Field(
        1500,
        ge=0,
        le=100_000,
        description="A page marked not free with less text than this is a paywall.",
    )
    extract_max_bytes: int = Field(
        4_000_000,
        ge=10_000,
        le=100_000_000,
        description="Most bytes of a page given to the extractor (the rest is cut off).",
    )
    extract_max_tags: int = Field(
        40_000,
        ge=100,
        le=10_000_000,
        description="Most tags of a page given to the extractor (the rest is cut off).",
    )
    extract_timeout_seconds: float = Field(
        30.0,
        gt=0,
        le=600,
        description="Longest extraction of one page; its worker process is then stopped.",
    )
    extract_memory_mb: int = Field(
        1024,
        ge=256,
        le=65536,
        description="Memory limit of an extraction worker process, in MiB.",
    )
    backoff_base_seconds: float = Field(
        60.0,
        gt=0,
        le=86400,
        description="Wait after a feed's first failure; doubles per failure.",
    )
    backoff_max_seconds: float = Field(
        21600.0,
        gt=0,
        le=604800,
        description="Longest wait between polls of a failing feed (at most a week).",
    )
    max_cache_seconds: float = Field(
        3600.0,
        ge=0,
        le=86400,
        description="Longest Cache-Control max-age or Retry-After that delays a feed's poll.",
    )
    unhealthy_after_failures: int = Field(
        5, ge=1, le=1000, description="Consecutive failures after which a feed is marked unhealthy."
    )
    duplicate_window_hours: float = Field(
        72.0, gt=0, le=2160, description="How far back near-duplicate stories are looked for."
    )
    duplicate_max_distance: int = Field(
        6, ge=0, le=32, description="Most differing bits of two 64-bit text fingerprints."
    )
    duplicate_min_containment: float = Field(
        0.8,
        gt=0,
        le=1,
        description="Share of the shorter text's 3-word runs found in the other: one story.",
    )

    @field_validator("allowed_networks")
    @classmethod
    def _networks_parse(cls, value: list[str]) -> list[str]:
        import ipaddress

        for network in value:
            try:
                ipaddress.ip_network(network, strict=False)
            except ValueError as exc:
                raise ValueError(f"bad network {network!r}: {exc}") from None
        return value


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
        if value:
            split_host_port(value)
        return value


class LoggingSettings(StrictModel):
    """Logging output."""

    level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        "INFO", description="Lowest level logged."
    )
    format: Literal["text", "json"] = Field(
        "text", description='"text" for a terminal, "json" for one JSON object per line.'
    )


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
    metrics: MetricsSettings = Field(default_factory=MetricsSettings)
    logging: LoggingSettings = Field(default_factory=LoggingSettings)

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
        return found
