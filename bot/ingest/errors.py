"""Typed fetch errors. Each carries a one-line reason that can be shown to a user as is."""

from __future__ import annotations


class FetchError(Exception):
    """A fetch that did not produce a usable body. ``reason`` is one user-presentable line."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason.splitlines()[0] if reason else type(self).__name__
        self.requests = 0  # HTTP requests made before it failed (set by the fetcher)


class FetchRefused(FetchError):
    """The URL is not allowed: bad scheme, or it points into a private network."""


class FetchBadURL(FetchRefused):
    """The link itself is unusable: malformed, an invalid host name, or too long to store."""


class FetchURLTooLong(FetchBadURL):
    """The link (or a redirect's target) is longer than a stored link may be."""


class FetchTooLarge(FetchError):
    """The body (after decompression) is larger than ``fetch.max_body_bytes``."""


class FetchTimeout(FetchError):
    """Connecting, reading, or the whole fetch took too long."""


class FetchFailed(FetchError):
    """Anything else: connection refused, TLS error, HTTP error status, redirect loop."""


class FetchHTTPError(FetchFailed):
    """The server answered with an error status (4xx/5xx)."""

    def __init__(self, reason: str, status: int, retry_after: float | None = None) -> None:
        super().__init__(reason)
        self.status = status
        self.retry_after = retry_after


class FetchBadContentType(FetchFailed):
    """The server sent something other than what was asked for (a PDF instead of a page)."""
