"""The one HTTP client for feeds, article pages and users' links, safe against SSRF.

What it guarantees, per fetch:

- only ``http`` and ``https``; every hop of a redirect chain is checked again (redirects
  are followed here, by hand, at most ``fetch.max_redirects``);
- the socket goes to an address that :mod:`bot.ingest.netguard` checked, resolved once
  (no DNS-rebinding window), never through an environment proxy;
- connect and read timeouts plus a deadline for the whole fetch (a server that drips one
  byte a second cannot hold a worker);
- at most ``fetch.max_body_bytes``, counted while streaming and *after* decompression, with
  decompression itself bounded, so a gzip bomb is cut off after that many bytes of output;
- the media type is checked against what the caller expects.

Failures are typed (:mod:`bot.ingest.errors`) with a one-line reason fit for users. What a
response means (freshness, Retry-After, media types) is in :mod:`bot.ingest.responses`, the
bounded decompression in :mod:`bot.ingest.bounded_decoder`.
"""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections.abc import Collection
from dataclasses import dataclass, field
from types import TracebackType

import httpcore
import httpx

from bot.ingest.bounded_decoder import BoundedDecoder, human_bytes
from bot.ingest.canonical import MAX_URL_LENGTH
from bot.ingest.errors import (
    FetchBadContentType,
    FetchBadURL,
    FetchError,
    FetchFailed,
    FetchHTTPError,
    FetchRefused,
    FetchTimeout,
    FetchTooLarge,
    FetchURLTooLong,
)
from bot.ingest.netguard import AddressPolicy, GuardedNetworkBackend, valid_host_name
from bot.ingest.responses import (
    FEED_TYPES,
    PAGE_TYPES,
    FetchResult,
    media_type_allowed,
    parse_retry_after,
)
from bot.settings import FetchSettings

__all__ = ["FEED_TYPES", "PAGE_TYPES", "FetchResult", "SafeFetcher", "guarded_transport"]

log = logging.getLogger(__name__)

_REDIRECTS = frozenset({301, 302, 303, 307, 308})


@dataclass
class _Counter:
    requests: int = 0
    redirects: list[str] = field(default_factory=list)


def guarded_transport(
    settings: FetchSettings, ssl_context: ssl.SSLContext | None = None
) -> httpx.AsyncHTTPTransport:
    """An httpx transport whose connections go only where the address policy allows.

    ``ssl_context`` replaces the default (certifi's CAs), e.g. to trust a private CA.
    """
    policy = AddressPolicy(
        allow_private=settings.allow_private_networks,
        allowed_networks=settings.allowed_networks,
    )
    transport = httpx.AsyncHTTPTransport(trust_env=False)
    # httpx has no public hook for the network backend; the pool is its documented
    # building block (httpcore), so we build the same pool with our backend.
    transport._pool = httpcore.AsyncConnectionPool(
        ssl_context=ssl_context or httpx.create_ssl_context(trust_env=False),
        max_connections=max(settings.concurrency * 2, 10),
        max_keepalive_connections=max(settings.concurrency, 5),
        keepalive_expiry=5.0,
        network_backend=GuardedNetworkBackend(policy),
    )
    return transport


class SafeFetcher:
    """Fetches URLs under the rules of ``fetch`` settings. Use as an async context manager.

    One instance is shared by all the fetches of a poll (connections are pooled).
    """

    def __init__(
        self, settings: FetchSettings, *, ssl_context: ssl.SSLContext | None = None
    ) -> None:
        self.settings = settings
        _warn_if_open(settings)
        self.policy = AddressPolicy(
            allow_private=settings.allow_private_networks,
            allowed_networks=settings.allowed_networks,
        )
        self.requests_made = 0
        self._client = httpx.AsyncClient(
            transport=guarded_transport(settings, ssl_context),
            follow_redirects=False,
            trust_env=False,
            timeout=httpx.Timeout(
                connect=settings.connect_timeout_seconds,
                read=settings.read_timeout_seconds,
                write=settings.read_timeout_seconds,
                pool=settings.total_timeout_seconds,
            ),
            headers={
                "User-Agent": settings.user_agent,
                "Accept-Encoding": "gzip, deflate",
            },
        )

    async def __aenter__(self) -> SafeFetcher:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        await self._client.aclose()

    def check_url(self, url: str) -> httpx.URL:
        """Parse ``url`` and refuse it if it can never be fetched (scheme, address literal).

        A malformed link, an invalid (internationalised) host name or a link longer than
        :data:`~bot.ingest.canonical.MAX_URL_LENGTH` is :class:`FetchBadURL`.
        """
        url = url.strip()
        if len(url) > MAX_URL_LENGTH:
            raise FetchURLTooLong(f"the link is longer than {MAX_URL_LENGTH:,} characters")
        try:
            parsed = httpx.URL(url)
            host = parsed.host  # decodes an IDNA (xn--) name: raises UnicodeError if bad
        except (httpx.InvalidURL, TypeError, ValueError) as exc:  # UnicodeError included
            raise FetchBadURL(f"not a valid link: {url[:200]}") from exc
        if parsed.scheme not in ("http", "https"):
            shown = parsed.scheme or "no scheme"
            raise FetchRefused(f"only http and https links can be fetched, not {shown}")
        if not host:
            raise FetchRefused(f"the link has no host: {url[:200]}")
        if not valid_host_name(parsed.raw_host):
            raise FetchBadURL(f"the link's host name is not valid: {host[:200]}")
        self.policy.check_host_literal(host)
        if parsed.userinfo:
            parsed = parsed.copy_with(username=None, password=None)
        return parsed

    async def fetch(
        self,
        url: str,
        *,
        accept: Collection[str] | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> FetchResult:
        """GET ``url``; 2xx gives the body, 304 (when a validator is sent) an empty one.

        Raises a :class:`~bot.ingest.errors.FetchError` subclass for everything else.
        """
        started = time.monotonic()
        counter = _Counter()
        try:
            async with asyncio.timeout(self.settings.total_timeout_seconds):
                result = await self._fetch(url, accept, etag, last_modified, counter)
        except FetchError as exc:
            exc.requests = counter.requests
            raise
        except TimeoutError as exc:
            reason = f"the server took longer than {self.settings.total_timeout_seconds:g} s"
            raise _counted(FetchTimeout(reason), counter) from exc
        except httpx.TimeoutException as exc:
            raise _counted(FetchTimeout(_timeout_reason(exc, self.settings)), counter) from exc
        except httpx.ConnectError as exc:
            raise _counted(FetchFailed(f"could not connect: {_one_line(exc)}"), counter) from exc
        except httpx.HTTPError as exc:
            raise _counted(FetchFailed(f"the fetch failed: {_one_line(exc)}"), counter) from exc
        except (UnicodeError, ValueError) as exc:  # what a hostile server's answer may raise
            raise _counted(FetchFailed(f"the fetch failed: {_one_line(exc)}"), counter) from exc
        finally:
            self.requests_made += counter.requests
        return FetchResult(
            requested_url=url,
            url=result[0],
            status=result[1],
            headers=result[2],
            body=result[3],
            redirects=tuple(counter.redirects),
            elapsed_seconds=time.monotonic() - started,
            requests=counter.requests,
        )

    async def _fetch(
        self,
        url: str,
        accept: Collection[str] | None,
        etag: str | None,
        last_modified: str | None,
        counter: _Counter,
    ) -> tuple[str, int, httpx.Headers, bytes]:
        current = url
        for _hop in range(self.settings.max_redirects + 1):
            target = self.check_url(current)
            headers: dict[str, str] = {}
            if etag:
                headers["If-None-Match"] = etag
            if last_modified:
                headers["If-Modified-Since"] = last_modified
            if accept:
                headers["Accept"] = ", ".join(
                    a.replace("*/*+xml", "application/rss+xml, application/atom+xml").replace(
                        "*/xml", "application/xml, text/xml"
                    )
                    for a in accept
                )
            request = self._client.build_request("GET", target, headers=headers)
            counter.requests += 1
            try:
                response = await self._client.send(request, stream=True)
            except (httpx.InvalidURL, httpx.RemoteProtocolError, UnicodeError) as exc:
                # httpx prepares a redirect's next request even when not following it
                if isinstance(exc, httpx.RemoteProtocolError) and "location" not in str(exc):
                    raise
                raise FetchBadURL("the server redirected to a malformed link") from exc
            try:
                if response.status_code in _REDIRECTS and "location" in response.headers:
                    current = _redirect_target(response)
                    counter.redirects.append(current)
                    log.debug("redirect %s -> %s", target, current)
                    continue
                if response.status_code == 304:
                    return str(response.url), 304, response.headers, b""
                if response.status_code >= 400 or response.status_code < 200:
                    raise _http_error(response)
                if accept is not None and not media_type_allowed(
                    response.headers.get("content-type", "").split(";", 1)[0].strip().lower(),
                    accept,
                ):
                    kind = response.headers.get("content-type", "").split(";", 1)[0]
                    raise FetchBadContentType(f"the link is not a web page or feed ({kind})")
                body = await self._read_body(response)
                return str(response.url), response.status_code, response.headers, body
            finally:
                await response.aclose()
        raise FetchFailed(f"too many redirects (more than {self.settings.max_redirects})")

    async def _read_body(self, response: httpx.Response) -> bytes:
        limit = self.settings.max_body_bytes
        declared = response.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            raise FetchTooLarge(f"the content is larger than {human_bytes(limit)}")
        decoder = BoundedDecoder(response.headers.get("content-encoding", ""), limit)
        parts: list[bytes] = []
        raw_size = 0
        async for chunk in response.aiter_raw():
            raw_size += len(chunk)
            if raw_size > limit:
                raise FetchTooLarge(f"the content is larger than {human_bytes(limit)}")
            parts.append(decoder.feed(chunk))
        parts.append(decoder.flush())
        return b"".join(parts)


_warned_open = False


def _warn_if_open(settings: FetchSettings) -> None:
    """Say once per process that the SSRF protection is off (it must never be by mistake)."""
    global _warned_open
    if settings.allow_private_networks and not _warned_open:
        _warned_open = True
        log.warning(
            "fetch.allow_private_networks is on: links can reach private and loopback "
            "addresses (meant for tests and trusted, isolated deployments only)"
        )


def _redirect_target(response: httpx.Response) -> str:
    """The absolute link a redirect points to; a malformed or unfit one is FetchBadURL."""
    try:
        target = str(response.url.join(response.headers["location"]))
    except (httpx.InvalidURL, ValueError) as exc:  # UnicodeError (IDNA) is a ValueError
        raise FetchBadURL("the server redirected to a malformed link") from exc
    if len(target) > MAX_URL_LENGTH:
        raise FetchURLTooLong(
            f"the server redirected to a link longer than {MAX_URL_LENGTH:,} characters"
        )
    return target


def _counted(error: FetchError, counter: _Counter) -> FetchError:
    error.requests = counter.requests
    return error


def _http_error(response: httpx.Response) -> FetchHTTPError:
    status = response.status_code
    phrase = response.reason_phrase or httpx.codes.get_reason_phrase(status)
    retry_after = parse_retry_after(response.headers.get("retry-after"))
    return FetchHTTPError(f"the server answered {status} {phrase}".strip(), status, retry_after)


def _timeout_reason(exc: httpx.TimeoutException, settings: FetchSettings) -> str:
    if isinstance(exc, httpx.ConnectTimeout):
        return f"could not connect within {settings.connect_timeout_seconds:g} s"
    if isinstance(exc, httpx.PoolTimeout):
        return "too many fetches at once; gave up waiting"
    return f"the server sent nothing for {settings.read_timeout_seconds:g} s"


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().splitlines()
    return text[0][:200] if text else type(exc).__name__
