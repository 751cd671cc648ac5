"""What an HTTP response tells a fetch: the result, its freshness, Retry-After, media types."""

from __future__ import annotations

import email.utils
import re
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime

import httpx

#: Media types a feed may be served as (servers are sloppy: HTML and plain text happen).
FEED_TYPES: tuple[str, ...] = (
    "*/xml",
    "*/*+xml",
    "text/plain",
    "text/html",
    "application/octet-stream",
    "application/json",
)
#: Media types of an article page.
PAGE_TYPES: tuple[str, ...] = ("text/html", "application/xhtml+xml", "text/plain")


@dataclass(frozen=True)
class FetchResult:
    """A successful fetch (2xx with a body, or 304 Not Modified with none)."""

    requested_url: str
    url: str  # after redirects
    status: int
    headers: httpx.Headers
    body: bytes
    redirects: tuple[str, ...] = ()
    elapsed_seconds: float = 0.0
    requests: int = 1

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def media_type(self) -> str:
        content_type: str = self.headers.get("content-type", "")
        return content_type.split(";", 1)[0].strip().lower()

    @property
    def charset(self) -> str | None:
        match = re.search(r"charset=[\"']?([\w.:-]+)", self.headers.get("content-type", ""), re.I)
        return match.group(1) if match else None

    @property
    def etag(self) -> str | None:
        etag: str | None = self.headers.get("etag")
        return etag

    @property
    def last_modified(self) -> str | None:
        stamp: str | None = self.headers.get("last-modified")
        return stamp

    def cache_lifetime(self, now: datetime | None = None) -> float | None:
        """Seconds the server says this response stays fresh (max-age, else Expires)."""
        return cache_lifetime(self.headers, now)


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


def cache_lifetime(headers: httpx.Headers, now: datetime | None = None) -> float | None:
    """Freshness lifetime from Cache-Control (no-store/no-cache: 0) or Expires."""
    control = headers.get("cache-control", "").lower()
    if "no-store" in control or "no-cache" in control:
        return 0.0
    match = re.search(r"(?:^|[,\s])(?:s-maxage|max-age)\s*=\s*\"?(\d+)", control)
    if match:
        return float(match.group(1))
    expires = headers.get("expires")
    if expires:
        try:
            when = email.utils.parsedate_to_datetime(expires)
        except (TypeError, ValueError):
            return 0.0
        if when.tzinfo is None:
            when = when.replace(tzinfo=UTC)
        return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())
    return None


def media_type_allowed(media_type: str, accept: Collection[str]) -> bool:
    """Whether ``media_type`` matches one of ``accept`` (``*/xml`` and ``*/*+xml`` allowed)."""
    if not media_type:
        return True  # unlabelled: let the parser decide
    main, _, sub = media_type.partition("/")
    for pattern in accept:
        p_main, _, p_sub = pattern.partition("/")
        if p_main not in ("*", main):
            continue
        if p_sub == sub or p_sub == "*" or (p_sub.startswith("*+") and sub.endswith(p_sub[1:])):
            return True
    return False
