"""The safe fetcher against real servers on loopback: what it fetches and what it refuses."""

from __future__ import annotations

import ipaddress
import shutil
import ssl
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.ingest.errors import (
    FetchBadContentType,
    FetchBadURL,
    FetchFailed,
    FetchHTTPError,
    FetchRefused,
    FetchTimeout,
    FetchTooLarge,
)
from bot.ingest.netguard import parse_ip_literal, refusal_reason
from bot.ingest.responses import FEED_TYPES, PAGE_TYPES, cache_lifetime
from bot.ingest.safe_fetch import SafeFetcher
from bot.settings import FetchSettings
from tests.auxil.http_servers import LocalHTTPServer, Route, gzip_bomb, self_signed_certificate

TRUSTED_HOST = "127.0.0.2"


@pytest.fixture
def trusted_server() -> Iterator[LocalHTTPServer]:
    """A server on 127.0.0.2, the one private address the 'trusted' settings allow."""
    with LocalHTTPServer(TRUSTED_HOST) as srv:
        yield srv


def open_settings(**overrides: object) -> FetchSettings:
    return FetchSettings(allow_private_networks=True, **overrides)


def strict_settings(**overrides: object) -> FetchSettings:
    return FetchSettings(allow_private_networks=False, **overrides)


def trusted_settings(**overrides: object) -> FetchSettings:
    return FetchSettings(allowed_networks=[f"{TRUSTED_HOST}/32"], **overrides)


# -- address spellings and classes ------------------------------------------------------


@pytest.mark.parametrize(
    ("spelling", "address"),
    [
        ("127.0.0.1", "127.0.0.1"),
        ("0x7f000001", "127.0.0.1"),
        ("2130706433", "127.0.0.1"),
        ("017700000001", "127.0.0.1"),
        ("127.1", "127.0.0.1"),
        ("0x7f.0.0.1", "127.0.0.1"),
        ("0177.0.0.01", "127.0.0.1"),
        ("[::1]", "::1"),
        ("[::ffff:127.0.0.1]", "::ffff:127.0.0.1"),
        ("169.254.169.254.", "169.254.169.254"),
    ],
)
def test_odd_address_spellings_are_recognised(spelling: str, address: str) -> None:
    assert parse_ip_literal(spelling) == ipaddress.ip_address(address)


@pytest.mark.parametrize("name", ["example.com", "localhost", "1.2.3.4.5", "256.1.1.1", "0xzz"])
def test_names_are_not_addresses(name: str) -> None:
    assert parse_ip_literal(name) is None


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.0.0.1",
        "172.16.5.4",
        "192.168.1.1",
        "169.254.169.254",
        "100.64.0.1",
        "0.0.0.0",
        "224.0.0.1",
        "240.0.0.1",
        "255.255.255.255",
        "::1",
        "::",
        "fe80::1",
        "fc00::1",
        "fd00:ec2::254",
        "ff02::1",
        "::ffff:127.0.0.1",
        "::ffff:10.0.0.1",
        "2002:7f00:1::",  # 6to4 around 127.0.0.1
        "64:ff9b::a00:1",  # NAT64 around 10.0.0.1
        "168.63.129.16",  # Azure wire server: formally global, still refused
    ],
)
def test_non_public_addresses_are_refused(address: str) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", ["93.184.216.34", "1.1.1.1", "2606:4700:4700::1111"])
def test_public_addresses_are_allowed(address: str) -> None:
    assert refusal_reason(ipaddress.ip_address(address)) is None


# -- fetching ----------------------------------------------------------------------------


async def test_fetches_a_page_and_answers_304_to_its_validators(server: LocalHTTPServer) -> None:
    url = server.add("/page.html", Route(body=b"<html><p>hello</p></html>"))
    async with SafeFetcher(open_settings()) as fetcher:
        first = await fetcher.fetch(url, accept=PAGE_TYPES)
        assert first.status == 200
        assert first.body == b"<html><p>hello</p></html>"
        assert first.etag and first.last_modified
        second = await fetcher.fetch(
            url, accept=PAGE_TYPES, etag=first.etag, last_modified=first.last_modified
        )
    assert second.not_modified
    assert second.body == b""
    assert server.requests[1].headers["if-none-match"] == first.etag


async def test_follows_redirects_and_reports_the_final_url(server: LocalHTTPServer) -> None:
    final = server.add("/final", Route(body=b"<p>here</p>"))
    server.redirect("/hop2", final, status=301)
    start = server.redirect("/hop1", "/hop2")
    async with SafeFetcher(open_settings()) as fetcher:
        result = await fetcher.fetch(start)
    assert result.url == final
    assert result.redirects == (server.url("/hop2"), final)
    assert result.requests == 3


async def test_malformed_redirect_is_a_failure(server: LocalHTTPServer) -> None:
    url = server.redirect("/bad", "http://[::1")
    async with SafeFetcher(open_settings()) as fetcher:
        with pytest.raises(FetchBadURL, match="redirected to a malformed link"):
            await fetcher.fetch(url)


async def test_credentials_in_a_link_are_not_sent(server: LocalHTTPServer) -> None:
    url = server.add("/page", Route(body=b"<p>x</p>"))
    async with SafeFetcher(open_settings()) as fetcher:
        await fetcher.fetch(url.replace("http://", "http://user:secret@"))
    assert "authorization" not in server.requests[0].headers


async def test_redirect_loop_stops(server: LocalHTTPServer) -> None:
    url = server.redirect("/loop", "/loop")
    async with SafeFetcher(open_settings(max_redirects=3)) as fetcher:
        with pytest.raises(FetchFailed, match="too many redirects"):
            await fetcher.fetch(url)
    assert server.hits("/loop") == 4


async def test_gzip_is_decoded(server: LocalHTTPServer) -> None:
    import gzip

    body = "<p>שלום עולם</p>".encode() * 100
    url = server.add("/gz", Route(body=gzip.compress(body), headers={"Content-Encoding": "gzip"}))
    async with SafeFetcher(open_settings()) as fetcher:
        assert (await fetcher.fetch(url)).body == body


@pytest.mark.parametrize("wbits", [zlib.MAX_WBITS, -zlib.MAX_WBITS], ids=["zlib", "raw"])
async def test_deflate_is_decoded_with_or_without_zlib_header(
    server: LocalHTTPServer, wbits: int
) -> None:
    body = b"<p>deflated page</p>" * 50
    compressor = zlib.compressobj(wbits=wbits)
    data = compressor.compress(body) + compressor.flush()
    url = server.add("/deflate", Route(body=data, headers={"Content-Encoding": "deflate"}))
    async with SafeFetcher(open_settings()) as fetcher:
        assert (await fetcher.fetch(url)).body == body


async def test_corrupt_or_unknown_compression_fails(server: LocalHTTPServer) -> None:
    corrupt = server.add("/bad-gz", Route(body=b"not gzip", headers={"Content-Encoding": "gzip"}))
    brotli = server.add("/br", Route(body=b"\x0b\x02", headers={"Content-Encoding": "br"}))
    async with SafeFetcher(open_settings()) as fetcher:
        with pytest.raises(FetchFailed, match="corrupt compressed data"):
            await fetcher.fetch(corrupt)
        with pytest.raises(FetchFailed, match=r"unsupported compression \(br\)"):
            await fetcher.fetch(brotli)


async def test_error_status_is_typed_with_retry_after(server: LocalHTTPServer) -> None:
    url = server.add("/busy", Route(status=503, body=b"busy", headers={"Retry-After": "120"}))
    async with SafeFetcher(open_settings()) as fetcher:
        with pytest.raises(FetchHTTPError) as caught:
            await fetcher.fetch(url)
    assert caught.value.status == 503
    assert caught.value.retry_after == 120
    assert caught.value.reason == "the server answered 503 Service Unavailable"


async def test_wrong_content_type_is_refused(server: LocalHTTPServer) -> None:
    url = server.add("/doc.pdf", Route(body=b"%PDF-1.4", content_type="application/pdf"))
    async with SafeFetcher(open_settings()) as fetcher:
        with pytest.raises(FetchBadContentType, match="application/pdf"):
            await fetcher.fetch(url, accept=PAGE_TYPES)
        with pytest.raises(FetchBadContentType):
            await fetcher.fetch(url, accept=FEED_TYPES)


async def test_slow_server_times_out(server: LocalHTTPServer) -> None:
    url = server.add("/slow", Route(body=b"late", delay=30))
    async with SafeFetcher(open_settings(read_timeout_seconds=0.3)) as fetcher:
        with pytest.raises(FetchTimeout, match=r"sent nothing for 0\.3 s"):
            await fetcher.fetch(url)


async def test_dripping_server_hits_the_whole_fetch_deadline(server: LocalHTTPServer) -> None:
    url = server.add("/drip", Route(body=b"x" * 1000, drip=0.05))
    settings = open_settings(read_timeout_seconds=5, total_timeout_seconds=0.5)
    async with SafeFetcher(settings) as fetcher:
        with pytest.raises(FetchTimeout, match=r"longer than 0\.5 s"):
            await fetcher.fetch(url)


async def test_declared_oversized_body_is_refused(server: LocalHTTPServer) -> None:
    url = server.add("/big", Route(body=b"x" * 200_000))
    async with SafeFetcher(open_settings(max_body_bytes=100_000)) as fetcher:
        with pytest.raises(FetchTooLarge, match="larger than 100 kB"):
            await fetcher.fetch(url)


async def test_undeclared_oversized_body_is_cut_while_streaming(
    server: LocalHTTPServer,
) -> None:
    # Claims 50 kB, sends 200 kB: the client reads only what was claimed, never more.
    url = server.add("/liar", Route(body=b"x" * 200_000, declared_length=50_000))
    async with SafeFetcher(open_settings(max_body_bytes=100_000)) as fetcher:
        result = await fetcher.fetch(url)
    assert len(result.body) == 50_000


async def test_gzip_bomb_is_cut_off(server: LocalHTTPServer) -> None:
    bomb = gzip_bomb(50_000_000)
    assert len(bomb) < 100_000
    url = server.add("/bomb", Route(body=bomb, headers={"Content-Encoding": "gzip"}))
    async with SafeFetcher(open_settings(max_body_bytes=1_000_000)) as fetcher:
        with pytest.raises(FetchTooLarge, match="larger than 1 MB"):
            await fetcher.fetch(url)


# -- refusals ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "host",
    [
        "127.0.0.1",
        "[::1]",
        "169.254.169.254",
        "10.0.0.1",
        "0x7f000001",
        "2130706433",
        "017700000001",
        "127.1",
        "[::ffff:127.0.0.1]",
        "localhost",
        "0.0.0.0",
    ],
)
async def test_private_targets_are_refused_without_a_request(
    server: LocalHTTPServer, host: str
) -> None:
    server.add("/secret", Route(body=b"internal"))
    async with SafeFetcher(strict_settings(connect_timeout_seconds=1)) as fetcher:
        with pytest.raises(FetchRefused) as caught:
            await fetcher.fetch(f"http://{host}:{server.port}/secret")
    assert caught.value.reason.startswith("refused to fetch")
    assert "\n" not in caught.value.reason
    assert server.hits() == 0


@pytest.mark.parametrize(
    "url",
    ["file:///etc/passwd", "ftp://example.com/x", "gopher://127.0.0.1:70/", "javascript:1"],
)
async def test_other_schemes_are_refused(url: str) -> None:
    async with SafeFetcher(strict_settings()) as fetcher:
        with pytest.raises(FetchRefused, match="only http and https"):
            await fetcher.fetch(url)


@pytest.mark.parametrize(
    "target",
    [
        "http://127.0.0.1:{port}/secret",
        "http://[::1]:{port}/secret",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.1/",
        "http://0x7f000001:{port}/secret",
        "http://localhost:{port}/secret",
        "file:///etc/passwd",
    ],
)
async def test_redirects_to_private_targets_are_refused(
    trusted_server: LocalHTTPServer, server: LocalHTTPServer, target: str
) -> None:
    server.add("/secret", Route(body=b"internal"))
    start = trusted_server.redirect("/go", target.format(port=server.port))
    async with SafeFetcher(trusted_settings(connect_timeout_seconds=1)) as fetcher:
        with pytest.raises(FetchRefused):
            await fetcher.fetch(start)
    assert trusted_server.hits("/go") == 1  # the first hop was allowed and made
    assert server.hits() == 0  # the private one never was


async def test_trusted_network_is_fetched_when_private_is_off(
    trusted_server: LocalHTTPServer,
) -> None:
    url = trusted_server.add("/ok", Route(body=b"<p>ok</p>"))
    async with SafeFetcher(trusted_settings()) as fetcher:
        assert (await fetcher.fetch(url)).body == b"<p>ok</p>"


def test_cache_lifetime_reads_max_age_and_no_cache() -> None:
    import httpx

    assert cache_lifetime(httpx.Headers({"Cache-Control": "public, max-age=600"})) == 600
    assert cache_lifetime(httpx.Headers({"Cache-Control": "no-cache"})) == 0
    assert cache_lifetime(httpx.Headers({})) is None


# -- HTTPS to the checked address ---------------------------------------------------------


@pytest.fixture
def tls_server(tmp_path: Path) -> Iterator[tuple[LocalHTTPServer, ssl.SSLContext]]:
    """An HTTPS server on 127.0.0.1 with a certificate for 'localhost' only."""
    if shutil.which("openssl") is None:
        pytest.skip("the openssl command is needed to make a test certificate")
    cert, key = self_signed_certificate(tmp_path, "localhost")
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(cert, key)
    client_context = ssl.create_default_context(cafile=str(cert))
    with LocalHTTPServer("127.0.0.1", tls=server_context) as srv:
        srv.add("/secure", Route(body=b"<p>over tls</p>"))
        yield srv, client_context


async def test_https_connects_to_the_checked_address_and_verifies_the_name(
    tls_server: tuple[LocalHTTPServer, ssl.SSLContext],
) -> None:
    # 'localhost' is resolved and checked (127.0.0.1 is allowed here), the socket goes to
    # 127.0.0.1, and TLS still checks the certificate against the name 'localhost'.
    server, context = tls_server
    settings = FetchSettings(allowed_networks=["127.0.0.1/32"])
    async with SafeFetcher(settings, ssl_context=context) as fetcher:
        result = await fetcher.fetch(f"https://localhost:{server.port}/secure")
    assert result.body == b"<p>over tls</p>"
    assert server.requests[0].headers["host"] == f"localhost:{server.port}"


async def test_https_to_a_name_the_certificate_does_not_cover_fails(
    tls_server: tuple[LocalHTTPServer, ssl.SSLContext],
) -> None:
    server, context = tls_server
    settings = FetchSettings(allowed_networks=["127.0.0.1/32"])
    async with SafeFetcher(settings, ssl_context=context) as fetcher:
        with pytest.raises(FetchFailed, match="could not connect"):
            await fetcher.fetch(f"https://127.0.0.1:{server.port}/secure")
    assert server.hits() == 0


async def test_ipv6_loopback_server_is_fetched_only_when_allowed() -> None:
    with LocalHTTPServer("::1") as server:
        url = server.add("/v6", Route(body=b"<p>six</p>"))
        async with SafeFetcher(open_settings()) as fetcher:
            assert (await fetcher.fetch(url)).body == b"<p>six</p>"
        async with SafeFetcher(strict_settings()) as fetcher:
            with pytest.raises(FetchRefused, match="::1: a loopback address"):
                await fetcher.fetch(url)
        assert server.hits() == 1
