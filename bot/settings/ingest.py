"""The ingestion sections: ``[[feeds]]``, ``[relevance]`` and ``[fetch]``."""

from __future__ import annotations

from pydantic import Field, ValidationInfo, field_validator

from bot.ingest.keywords import (
    default_context_terms,
    default_keywords,
    default_sections,
    default_terms,
)
from bot.settings.checks import check_http_url as _check_http_url
from summarizer.languages import LANGUAGES, Language
from summarizer.settings import StrictModel


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
        "together with another term; merged into the built-in ones (weight 0 removes one, "
        "a negative weight counts against: القطاع الخاص, the private sector, is not the Strip).",
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
    context_anchor_weight: float = Field(
        1.0,
        ge=0,
        le=100,
        description="War vocabulary (context terms) counts only when the keywords and terms "
        "found weigh at least this much together (Qatar alone, 0.5, does not make a ceasefire "
        "in Congo this conflict's).",
    )
    section_veto_terms: int = Field(
        4,
        ge=0,
        le=20,
        description="A negative section hint (opinion, sport) does not count when this many "
        "different terms count (0: it always counts).",
    )
    check_page_text: bool = Field(
        True,
        description="Fetch an entry whose feed title and summary do not reach the threshold, "
        "to score its text.",
    )

    @field_validator("keywords")
    @classmethod
    def _empty_means_default(cls, value: dict[Language, list[str]]) -> dict[Language, list[str]]:
        """A language left out or given an empty list gets the built-in defaults."""
        defaults = default_keywords()
        return {lang: list(value.get(lang) or defaults[lang]) for lang in LANGUAGES}

    @field_validator("terms", "context_terms")
    @classmethod
    def _terms_extend_default(
        cls, value: dict[Language, dict[str, float]], info: ValidationInfo
    ) -> dict[Language, dict[str, float]]:
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
