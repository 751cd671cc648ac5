"""Real HTTP servers on loopback for feeds, pages, redirects and misbehaving servers.

A :class:`LocalHTTPServer` runs a threaded ``http.server`` in the background and answers
from a route table. Routes can serve bytes (with ETag / Last-Modified and 304 answers),
redirect, answer slowly, drip, lie about their size, or send a gzip bomb. Every request is
recorded so a test can see what reached the server (and what never did).

    with LocalHTTPServer() as server:
        server.add("/feed.xml", Route(body=data, content_type="application/rss+xml"))
        url = server.url("/feed.xml")

Tests get one started for them as the ``server`` fixture; ``free_port()`` finds a port.
"""

from __future__ import annotations

import gzip
import hashlib
import http.server
import socket
import ssl
import subprocess
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from pathlib import Path
from types import TracebackType

import pytest

CONTENT_TYPES = {
    ".xml": "application/rss+xml; charset=utf-8",
    ".html": "text/html",
    ".txt": "text/plain; charset=utf-8",
}


@dataclass
class Route:
    """What one path answers."""

    body: bytes = b""
    status: int = 200
    content_type: str | None = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    conditional: bool = True  # send ETag/Last-Modified and honour If-None-Match etc.
    delay: float = 0.0  # seconds before the status line
    drip: float = 0.0  # seconds between 1-byte chunks of the body
    declared_length: int | None = None  # a Content-Length to claim instead of the real one
    handler: Callable[[RecordedRequest], Route] | None = None  # compute the answer per request


@dataclass(frozen=True)
class RecordedRequest:
    method: str
    path: str
    headers: dict[str, str]


def self_signed_certificate(folder: Path, hostname: str) -> tuple[Path, Path]:
    """A certificate for ``hostname`` (and its key), made with the openssl command."""
    cert, key = folder / f"{hostname}.crt", folder / f"{hostname}.key"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1",
         "-keyout", str(key), "-out", str(cert), "-subj", f"/CN={hostname}",
         "-addext", f"subjectAltName=DNS:{hostname}"],
        check=True, capture_output=True,
    )  # fmt: skip
    return cert, key


def gzip_bomb(decompressed_bytes: int) -> bytes:
    """A small gzip stream that inflates to ``decompressed_bytes`` zero bytes."""
    out = gzip.compress(b"\0" * decompressed_bytes, compresslevel=9)
    return out


class _Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def log_message(self, format: str, *args: object) -> None:  # quiet
        return

    def do_GET(self) -> None:
        owner = self.server.owner
        owner.enter()
        try:
            self._answer(owner)
        finally:
            owner.leave()

    def _answer(self, owner: LocalHTTPServer) -> None:
        record = RecordedRequest("GET", self.path, {k.lower(): v for k, v in self.headers.items()})
        owner.record(record)
        route = owner.lookup(self.path)
        if route is None:
            self._send(404, b"not found", {"Content-Type": "text/plain"})
            return
        if route.handler is not None:
            route = route.handler(record)
        if route.delay and owner.stopping.wait(route.delay):
            return
        headers = dict(route.headers)
        if route.content_type:
            headers.setdefault("Content-Type", route.content_type)
        if route.conditional and route.status == 200:
            etag = '"' + hashlib.sha1(route.body).hexdigest()[:16] + '"'
            headers.setdefault("ETag", etag)
            headers.setdefault("Last-Modified", owner.last_modified)
            if self.headers.get("If-None-Match") == headers["ETag"] or (
                "If-None-Match" not in self.headers
                and self.headers.get("If-Modified-Since") == headers["Last-Modified"]
            ):
                self._send(304, b"", {"ETag": headers["ETag"]})
                return
        self._send(route.status, route.body, headers, route.drip, route.declared_length)

    def _send(
        self,
        status: int,
        body: bytes,
        headers: dict[str, str],
        drip: float = 0.0,
        declared_length: int | None = None,
    ) -> None:
        try:
            self.send_response(status)
            for name, value in headers.items():
                self.send_header(name, value)
            if status != 304:
                length = declared_length if declared_length is not None else len(body)
                self.send_header("Content-Length", str(length))
            self.end_headers()
            if status == 304:
                return
            if drip:
                for i in range(len(body)):
                    self.wfile.write(body[i : i + 1])
                    self.wfile.flush()
                    if self.server.owner.stopping.wait(drip):
                        return
            else:
                self.wfile.write(body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256
    owner: LocalHTTPServer

    def handle_error(self, request: object, client_address: object) -> None:
        import sys

        if isinstance(sys.exc_info()[1], ConnectionError):
            return  # the client hung up (a timeout or a size limit on its side): expected
        super().handle_error(request, client_address)  # type: ignore[arg-type]


class _Server6(_Server):
    address_family = socket.AF_INET6


class LocalHTTPServer:
    """A route-table HTTP server on ``host`` (127.0.0.1 by default; any 127/8 or ::1)."""

    def __init__(self, host: str = "127.0.0.1", *, tls: ssl.SSLContext | None = None) -> None:
        self.host = host
        self.scheme = "https" if tls else "http"
        self.routes: dict[str, Route] = {}
        self.requests: list[RecordedRequest] = []
        self.in_flight = 0
        self.max_in_flight = 0  # most requests being answered at the same time
        self.stopping = threading.Event()
        self.last_modified = formatdate(time.time() - 3600, usegmt=True)
        self._lock = threading.Lock()
        server_class = _Server6 if ":" in host else _Server
        self._server = server_class((host, 0), _Handler)
        self._server.owner = self
        if tls is not None:
            self._server.socket = tls.wrap_socket(self._server.socket, server_side=True)
        self.port: int = self._server.server_address[1]
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    # -- routes -------------------------------------------------------------------------
    def add(self, path: str, route: Route) -> str:
        """Serve ``route`` at ``path``; returns the full URL."""
        self.routes[path] = route
        return self.url(path)

    def add_file(self, path: str, file: Path, content_type: str | None = None) -> str:
        ctype = content_type or CONTENT_TYPES.get(file.suffix, "application/octet-stream")
        return self.add(path, Route(body=file.read_bytes(), content_type=ctype))

    def redirect(self, path: str, location: str, status: int = 302) -> str:
        return self.add(path, Route(status=status, headers={"Location": location}, body=b""))

    def lookup(self, path: str) -> Route | None:
        return self.routes.get(path) or self.routes.get(path.split("?", 1)[0])

    def url(self, path: str = "/") -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"{self.scheme}://{host}:{self.port}{path}"

    # -- requests seen ------------------------------------------------------------------
    def record(self, request: RecordedRequest) -> None:
        with self._lock:
            self.requests.append(request)

    def enter(self) -> None:
        with self._lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)

    def leave(self) -> None:
        with self._lock:
            self.in_flight -= 1

    def hits(self, path: str | None = None, *, any_query: bool = False) -> int:
        """Requests for ``path`` (all when None); ``any_query``: whatever its query string."""
        with self._lock:
            paths = [r.path.split("?", 1)[0] if any_query else r.path for r in self.requests]
        return sum(1 for p in paths if path is None or p == path)

    # -- lifetime -----------------------------------------------------------------------
    def start(self) -> LocalHTTPServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def __enter__(self) -> LocalHTTPServer:
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()


@pytest.fixture
def server() -> Iterator[LocalHTTPServer]:
    """A running :class:`LocalHTTPServer` on 127.0.0.1 with no routes yet."""
    with LocalHTTPServer() as srv:
        yield srv


@pytest.fixture
def feed_server() -> Iterator[LocalHTTPServer]:
    """A server with a real RSS feed at ``/rss.xml`` (its title: NYT) and a page that is
    not a feed at ``/page.html``: what an operator's "add feed" is checked against."""
    from tests.auxil.tiny_models import realworld_dir

    with LocalHTTPServer() as srv:
        srv.add_file(
            "/rss.xml",
            realworld_dir() / "feeds" / "feedreader__Rss20NYTimes.xml",
            "application/rss+xml",
        )
        srv.add("/page.html", Route(body=b"<html><body>not a feed</body></html>"))
        yield srv


def free_port(host: str = "127.0.0.1") -> int:
    """A TCP port nothing listens on at the moment (for a server the test starts itself,
    or an address that must refuse connections)."""
    with socket.socket() as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])
