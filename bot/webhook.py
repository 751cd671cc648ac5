"""Webhook mode: the small HTTP server Telegram posts updates to, and its secret.

Without a secret, anyone who learns the webhook URL can post an update that claims to
come from an operator. So webhook mode always has one: ``telegram.webhook_secret_token``
when it is set, else a random one made at start (Telegram keeps whatever ``setWebhook``
registered, and a restart registers a new one).

The server is ours, not python-telegram-bot's (``Updater.start_webhook``): that one (22.x)
reads a request's whole body into memory, up to tornado's default of 100 MiB, before it
looks at the secret, and compares the secret with ``!=``. Here a request is judged on its
request line and headers alone, before any of its body is read:

- another path: 404; another method than POST: 405;
- no ``X-Telegram-Bot-Api-Secret-Token`` header, or another secret: 403 (compared in
  constant time, ``hmac.compare_digest``);
- a ``Content-Length`` over ``MAX_UPDATE_BYTES`` (1 MiB): 413; another ``Content-Type``
  than ``application/json``: 415.

A refused request is answered at once and its connection closed, so its body is never
read; each refusal is one WARNING line with the sender's address, the status and the
reason, never the token that was sent. An accepted body is read up to ``MAX_UPDATE_BYTES``
within ``BODY_TIMEOUT_SECONDS`` (a chunked body whose chunks would take it past the bound,
or a body that does not come whole in time, is cut off: one WARNING line, "dropped"),
parsed (not an update: 400) and put on ``application.update_queue``, as
python-telegram-bot's own server does ("custom webhook" in its documentation).

Connections are bounded too, so that a flood of idle or slow ones cannot use up the
process's file descriptors, which the Bot API client and the database need as well: at
most ``MAX_CONNECTIONS`` (256) are open at once, and one more is closed as soon as it is
accepted, unread (one WARNING line, then a count at most once a minute while it lasts).
Each request's headers must come whole within ``HEADER_TIMEOUT_SECONDS`` (10 s) of the
moment the server starts waiting for them, however slowly they trickle in. The cap is half
the process's descriptor limit where that is lower than 256; and should the process run
out of descriptors all the same, the server stops accepting for ``ACCEPT_PAUSE_SECONDS``
(one WARNING line) instead of spinning on a failing ``accept()`` (``bot.accept_loop``).
"""

from __future__ import annotations

import hmac
import json
import logging
import secrets
import socket
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import tornado.http1connection
import tornado.httpserver
import tornado.ioloop
import tornado.iostream
import tornado.netutil
import tornado.web
from telegram import Update
from telegram.ext import Application, ExtBot

from bot.accept_loop import PausingAcceptor, descriptor_limit
from bot.logging_setup import redact
from bot.settings import TelegramSettings

log = logging.getLogger(__name__)

#: The largest request body taken. A Telegram update is at most a few hundred KB (a
#: message of 4096 characters with its entities, the message it replies to, a poll...);
#: 1 MiB leaves room for all of them and bounds what one request can make the bot hold.
MAX_UPDATE_BYTES = 1 << 20
#: How long an accepted request may take to send its body (Telegram sends it at once).
BODY_TIMEOUT_SECONDS = 60.0
#: How long the server waits for a request's headers, counted from the moment it starts
#: waiting for that request: the connection's accept for its first request, the end of the
#: previous answer for the next one on a kept-alive connection. tornado has one timer for
#: both waits (``idle_connection_timeout``, which it uses as ``header_timeout``: a deadline
#: set once, not pushed back by bytes that arrive; 3600 s when not given), so this is also
#: how long a kept-alive connection may sit idle. A client that sends nothing, or trickles
#: its headers byte by byte, holds its connection at most this long; Telegram sends each
#: request whole, and opens a new connection when its idle one was closed.
HEADER_TIMEOUT_SECONDS = 10.0
#: The most connections the server holds open at once. Telegram opens at most setWebhook's
#: ``max_connections`` at a time (40 by default, 100 at most); 256 leaves a wide margin
#: above that and stays well under a common limit of 1024 file descriptors per process.
#: A connection over the cap is closed as soon as it is accepted, before anything is read.
MAX_CONNECTIONS = 256
#: A flood of connections over the cap is logged as one WARNING line when it starts, then
#: as a count of the connections closed since, at most once per this many seconds.
REFUSAL_LOG_SECONDS = 60.0
#: How long the server stops accepting when the process is out of file descriptors or
#: socket memory (``bot.accept_loop``): one WARNING line, no busy loop.
ACCEPT_PAUSE_SECONDS = 1.0
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"


def connection_cap() -> int:
    """``MAX_CONNECTIONS``, or half the process's descriptor limit when that is lower (256
    on macOS by default): the other half stays for the Bot API client and the database."""
    return max(1, min(MAX_CONNECTIONS, descriptor_limit() // 2))


def webhook_secret(settings: TelegramSettings) -> str:
    """The configured secret, or a new random one (43 URL-safe characters, as Telegram
    allows); either way the log redactor knows it."""
    configured = settings.webhook_secret_token
    secret = configured.get_secret_value() if configured else secrets.token_urlsafe(32)
    redact.add([secret])
    if configured is None:
        log.info("webhook: no telegram.webhook_secret_token set; registering a random secret")
    return secret


def _declared_length(value: str) -> int:
    """A Content-Length header's number of bytes; 0 when it is not a plain number (tornado
    then refuses the request itself, and a chunked body is bounded as it comes)."""
    digits = value.strip().lstrip("0")
    if not (digits.isascii() and digits.isdigit()):
        return 0
    # Many digits are too many bytes; int() is never given thousands of them.
    return int(digits) if len(digits) <= len(str(MAX_UPDATE_BYTES)) else MAX_UPDATE_BYTES + 1


@tornado.web.stream_request_body
class _UpdateHandler(tornado.web.RequestHandler):
    """Every request to the server: refused in ``prepare`` (headers only), or read whole."""

    def initialize(
        self,
        ptb: Application,  # type: ignore[type-arg]
        url_path: str,
        secret: bytes,
    ) -> None:
        self.ptb = ptb
        self.url_path = url_path
        self.secret = secret
        self.body = bytearray()

    def prepare(self) -> None:
        headers = self.request.headers
        if self.request.path not in (self.url_path, self.url_path.rstrip("/") + "/"):
            return self._refuse(404, "not the webhook's path")
        if self.request.method != "POST":
            return self._refuse(405, f"method {self.request.method}")
        sent = headers.get(SECRET_HEADER)
        if not sent:
            return self._refuse(403, "no secret token")
        if not hmac.compare_digest(sent.encode(), self.secret):
            return self._refuse(403, "wrong secret token")
        if _declared_length(headers.get("Content-Length", "")) > MAX_UPDATE_BYTES:
            return self._refuse(413, f"body over {MAX_UPDATE_BYTES} bytes")
        media_type = headers.get("Content-Type", "").partition(";")[0].strip().lower()
        if media_type != "application/json":
            return self._refuse(415, "not application/json")
        # Accepted: its body is read, up to the bound (a chunked one too) and in time.
        connection = self.request.connection
        assert isinstance(connection, tornado.http1connection.HTTP1Connection)
        connection.set_max_body_size(MAX_UPDATE_BYTES)
        connection.set_body_timeout(BODY_TIMEOUT_SECONDS)

    def data_received(self, chunk: bytes) -> None:
        if self._finished:
            return  # refused: what still arrives before the connection closes is dropped
        if len(self.body) + len(chunk) > MAX_UPDATE_BYTES:
            self.body.clear()
            return self._refuse(413, f"body over {MAX_UPDATE_BYTES} bytes")
        self.body += chunk

    async def post(self) -> None:
        if self._finished:
            return  # refused in data_received
        bot = self.ptb.bot
        try:
            update = Update.de_json(json.loads(self.body), bot)
        except Exception as error:  # whatever it is, it is not an update
            return self._refuse(400, f"not an update ({type(error).__name__})")
        finally:
            self.body.clear()
        if isinstance(bot, ExtBot):
            bot.insert_callback_data(update)  # arbitrary callback data, when it is on
        await self.ptb.update_queue.put(update)
        self.finish()

    def on_connection_close(self) -> None:
        super().on_connection_close()
        if not self._finished:  # accepted, but its body never came whole
            log.warning(
                "webhook request from %s dropped: its body was cut off, too slow or over %d bytes",
                self.request.remote_ip,
                MAX_UPDATE_BYTES,
            )

    def _refuse(self, status: int, reason: str) -> None:
        log.warning(
            "webhook request from %s refused (%d): %s", self.request.remote_ip, status, reason
        )
        self.set_status(status)
        self.finish()  # before the body is read: tornado then closes the connection

    def write_error(self, status_code: int, **kwargs: Any) -> None:
        self.finish()  # no HTML page, no traceback


def _log_request(handler: tornado.web.RequestHandler) -> None:
    # Telegram posts every update; refusals have their own WARNING line.
    request = handler.request
    log.debug("webhook %s %s %d", request.method, request.path, handler.get_status())


class _CappedHTTPServer(tornado.httpserver.HTTPServer):
    """tornado's HTTPServer, holding at most ``max_connections`` connections open.

    ``handle_stream`` runs for each accepted connection before anything is read from it,
    and ``on_close`` once its serving loop has ended, however it ended: the client closed
    it, the header or body timeout, a refused request, a malformed one, an error, or
    ``close_all_connections``; that gives its slot back.
    """

    def initialize(self, *args: Any, max_connections: int = MAX_CONNECTIONS, **kwargs: Any) -> None:
        super().initialize(*args, **kwargs)
        self.max_connections = max_connections
        self.open_connections = 0
        self._io_loop = tornado.ioloop.IOLoop.current()
        self._refused = 0  # closed unread since the last WARNING line
        self._count_timer: object | None = None  # while set, refusals are only counted

    def add_sockets(self, sockets: Iterable[socket.socket]) -> None:
        for sock in sockets:
            self._sockets[sock.fileno()] = sock
            acceptor = PausingAcceptor(
                sock, self._handle_connection, pause_seconds=ACCEPT_PAUSE_SECONDS, name="webhook"
            )
            self._handlers[sock.fileno()] = acceptor.stop

    def handle_stream(self, stream: tornado.iostream.IOStream, address: tuple[Any, ...]) -> None:
        if self.open_connections >= self.max_connections:
            stream.close()  # nothing read, nothing answered: its descriptor is freed now
            self._refusal(str(address[0]))
            return
        self.open_connections += 1
        super().handle_stream(stream, address)

    def on_close(self, server_conn: object) -> None:
        self.open_connections -= 1
        super().on_close(server_conn)

    def _refusal(self, remote: str) -> None:
        if self._count_timer is not None:
            self._refused += 1
            return
        log.warning(
            "webhook: connection from %s closed unread: %d connections are open, the most "
            "taken (more are counted, one line a minute at most)",
            remote,
            self.open_connections,
        )
        self._count_timer = self._io_loop.call_later(REFUSAL_LOG_SECONDS, self._log_count)

    def _log_count(self) -> None:
        self._count_timer = None
        if self._refused:  # the flood goes on: a count, and the next line in a minute
            log.warning(
                "webhook: connections closed unread in the last %d s: %d more "
                "(%d connections are open, the most taken)",
                REFUSAL_LOG_SECONDS,
                self._refused,
                self.open_connections,
            )
            self._refused = 0
            self._count_timer = self._io_loop.call_later(REFUSAL_LOG_SECONDS, self._log_count)

    def stop_counting(self) -> None:
        """Log the refusals not logged yet, and stop the timer that logs them."""
        if self._count_timer is not None:
            self._io_loop.remove_timeout(self._count_timer)
            self._count_timer = None
        if self._refused:
            log.warning(
                "webhook: connections closed unread before the server stopped: %d more",
                self._refused,
            )
            self._refused = 0


@dataclass
class WebhookServer:
    """A running webhook server: where it listens, and how to stop it."""

    host: str
    port: int
    _server: _CappedHTTPServer

    async def stop(self) -> None:
        """Stop listening and close open connections."""
        self._server.stop()
        self._server.stop_counting()
        await self._server.close_all_connections()


async def start_webhook_server(
    application: Application,  # type: ignore[type-arg]
    *,
    host: str,
    port: int,
    url_path: str,
    secret: str,
) -> WebhookServer:
    """Listen on ``host:port`` for updates posted to ``url_path`` with ``secret``."""
    url_path = "/" + url_path.lstrip("/")
    app = tornado.web.Application(
        [
            (
                r".*",
                _UpdateHandler,
                {"ptb": application, "url_path": url_path, "secret": secret.encode()},
            )
        ],
        log_function=_log_request,
    )
    server = _CappedHTTPServer(
        app,
        # No bound here: tornado would check it after ``prepare`` and log the refused
        # request a second time (400, "Content-Length too long"). ``prepare`` refuses
        # a Content-Length over MAX_UPDATE_BYTES and sets that bound on each accepted
        # request (for chunked bodies); the handler never buffers a refused body.
        max_body_size=1 << 62,
        body_timeout=BODY_TIMEOUT_SECONDS,
        idle_connection_timeout=HEADER_TIMEOUT_SECONDS,
        max_connections=connection_cap(),
    )
    sockets = tornado.netutil.bind_sockets(port, address=host)
    server.add_sockets(sockets)
    bound = sockets[0].getsockname()[1]
    log.info("webhook server on %s:%d, path %s", host, bound, url_path)
    return WebhookServer(host, bound, server)
