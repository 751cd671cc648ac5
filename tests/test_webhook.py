"""Webhook mode: only requests carrying the secret registered with setWebhook are served.

An update forged by someone who found the webhook URL, claiming an operator's id, must
be refused (403, logged without any secret) and never answered; Telegram's own requests,
which carry the secret, are. A request is judged by its headers before its body is read:
the raw-socket tests below send a Content-Length far larger than the few bytes of body
they send, so an answer that comes at all came without the body; and a body over
``MAX_UPDATE_BYTES`` is refused with 413 while the bot goes on serving.

Hostile connections cannot stall it either: one over ``MAX_CONNECTIONS`` is closed at once,
unread, and a closed one frees its slot; a client that trickles its headers is dropped
once ``HEADER_TIMEOUT_SECONDS`` have passed. These tests make both small, and wait for a
close with a generous guard rather than timing it.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import time
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest

from bot import webhook
from bot.webhook import MAX_UPDATE_BYTES
from tests.auxil.bot_harness import REPLY_TIMEOUT, RunningBot, running_bot, write_config
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.http_servers import free_port

OPERATOR = 7
FORGER = 666
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
SECRET = "s3cret-From_the-config"
PATH = "/tg/hook"
ANSWER_TIMEOUT = 60.0  # a guard against hanging (a server that waits for the body never
# answers these requests), never a speed requirement


def forged_stats_update() -> dict[str, object]:
    """``/stats`` in the forger's chat, claiming to come from the operator."""
    return {
        "update_id": 10_000,
        "message": {
            "message_id": 1,
            "date": int(time.time()),
            "chat": {"id": FORGER, "type": "private", "first_name": "Mallory"},
            "from": {"id": OPERATOR, "is_bot": False, "first_name": "Operator"},
            "text": "/stats",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }


@pytest.mark.parametrize("configured", [None, "s3cret-From_the-config"])
async def test_forged_updates_are_refused_and_telegrams_are_served(
    configured: str | None,
    tmp_path: Path,
    fake_bot_api: FakeBotAPI,
    bot_token: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    port = free_port()
    hook = f"http://127.0.0.1:{port}/tg/hook"
    telegram = f'mode = "webhook"\nwebhook_url = "{hook}"\nwebhook_listen = "127.0.0.1:{port}"'
    if configured:
        telegram += f'\nwebhook_secret_token = "{configured}"'
    config = write_config(tmp_path, fake_bot_api, admin_ids=[OPERATOR], telegram=telegram)
    caplog.set_level(logging.INFO)
    async with running_bot(fake_bot_api, config) as bot:
        [set_webhook] = fake_bot_api.calls("setWebhook")
        secret = set_webhook.params.get("secret_token")
        async with httpx.AsyncClient(timeout=10) as client:
            without = await client.post(hook, json=forged_stats_update())
            wrong = await client.post(
                hook, json=forged_stats_update(), headers={SECRET_HEADER: "guessed"}
            )
        [stats] = await bot.say(OPERATOR, "/stats")  # Telegram's request: with the secret
    assert secret == configured if configured else len(secret or "") >= 32
    assert (without.status_code, wrong.status_code) == (403, 403)
    assert fake_bot_api.sent(FORGER) == []
    assert "Statistics" in stats.plain
    refusals = [r for r in caplog.records if "refused (403)" in r.getMessage()]
    assert [r.levelname for r in refusals] == ["WARNING", "WARNING"]
    assert "127.0.0.1" in refusals[0].getMessage()
    assert secret not in caplog.text and "guessed" not in caplog.text


def start_update(update_id: int, user: int) -> dict[str, object]:
    """``/start`` from ``user`` in their private chat, as Telegram posts it."""
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "date": int(time.time()),
            "chat": {"id": user, "type": "private", "first_name": "Reader"},
            "from": {"id": user, "is_bot": False, "first_name": "Reader"},
            "text": "/start",
            "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
        },
    }


def padded(update: dict[str, object], size: int) -> bytes:
    """``update`` as JSON of exactly ``size`` bytes (an unknown key carries the padding)."""
    bare = json.dumps({**update, "padding": ""}).encode()
    body = json.dumps({**update, "padding": "x" * (size - len(bare))}).encode()
    assert len(body) == size
    return body


@contextlib.asynccontextmanager
async def webhook_bot(
    tmp_path: Path, fake_bot_api: FakeBotAPI
) -> AsyncIterator[tuple[RunningBot, int]]:
    """The bot in webhook mode with the configured SECRET; yields it and its port."""
    port = free_port()
    telegram = (
        f'mode = "webhook"\nwebhook_url = "http://127.0.0.1:{port}{PATH}"\n'
        f'webhook_listen = "127.0.0.1:{port}"\nwebhook_secret_token = "{SECRET}"'
    )
    async with running_bot(
        fake_bot_api, write_config(tmp_path, fake_bot_api, telegram=telegram)
    ) as bot:
        yield bot, port


def request_head(
    method: str = "POST",
    path: str = PATH,
    *,
    secret: bytes | None = SECRET.encode(),
    length: int | None = None,
    content_type: bytes = b"application/json",
    chunked: bool = False,
) -> bytes:
    lines = [f"{method} {path} HTTP/1.1".encode(), b"Host: 127.0.0.1"]
    lines.append(b"Content-Type: " + content_type)
    if secret is not None:
        lines.append(SECRET_HEADER.encode() + b": " + secret)
    if length is not None:
        lines.append(b"Content-Length: %d" % length)
    if chunked:
        lines.append(b"Transfer-Encoding: chunked")
    return b"\r\n".join(lines) + b"\r\n\r\n"


async def exchange(port: int, data: bytes) -> tuple[int, bytes]:
    """Send ``data`` on a new connection (and nothing more), read the answer's status and
    everything after it until the server closes the connection."""
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(data)
        await writer.drain()
        head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), ANSWER_TIMEOUT)
        rest = await asyncio.wait_for(reader.read(), ANSWER_TIMEOUT)  # b"" once closed
    finally:
        writer.close()
    return int(head.split(b" ", 2)[1]), rest


def refusals(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [
        f"{r.levelname} {r.getMessage()}"
        for r in caplog.records
        if r.name == "bot.webhook"
        and r.levelno >= logging.INFO
        and "webhook server" not in r.getMessage()
    ]


GIB = 1 << 30


@pytest.mark.parametrize(
    ("head", "status", "reason"),
    [
        (request_head(secret=None, length=GIB), 403, "no secret token"),
        (request_head(secret=b"guessed", length=GIB), 403, "wrong secret token"),
        (request_head(secret=SECRET[:-1].encode() + b"X", length=GIB), 403, "wrong secret"),
        (request_head(secret=SECRET.encode() + b"\xe9", length=GIB), 403, "wrong secret"),
        (request_head(secret=None, chunked=True), 403, "no secret token"),
        (request_head(length=GIB), 413, f"body over {MAX_UPDATE_BYTES} bytes"),
        (request_head(length=MAX_UPDATE_BYTES + 1), 413, "body over"),
        (request_head(length=100, content_type=b"text/plain"), 415, "not application/json"),
        (request_head(path="/elsewhere", length=GIB), 404, "not the webhook's path"),
        (request_head("PUT", length=GIB), 405, "method PUT"),
    ],
    ids=[
        "no-secret",
        "wrong-secret",
        "secret-off-by-its-last-character",
        "secret-with-a-non-ascii-byte",
        "no-secret-chunked",
        "a-gibibyte",
        "one-byte-over",
        "not-json",
        "another-path",
        "put",
    ],
)
async def test_a_refused_request_is_answered_from_its_headers_and_closed(
    head: bytes,
    status: int,
    reason: str,
    tmp_path: Path,
    fake_bot_api: FakeBotAPI,
    bot_token: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO)
    async with webhook_bot(tmp_path, fake_bot_api) as (bot, port):
        # The headers promise far more body than the 16 bytes that follow them and that
        # never come: the answer arrives all the same, and the connection is closed.
        answer = await exchange(port, head + b'{"update_id": 1,')
        [welcome] = await bot.say(100, "/start")  # the bot goes on serving
    assert answer == (status, b"")
    [line] = refusals(caplog)
    assert line.startswith(f"WARNING webhook request from 127.0.0.1 refused ({status}): ")
    assert reason in line
    assert SECRET not in caplog.text and "guessed" not in caplog.text
    assert "Welcome" in welcome.plain


async def test_an_update_of_the_largest_size_is_served_and_one_byte_more_is_not(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str, caplog: pytest.LogCaptureFixture
) -> None:
    headers = {SECRET_HEADER: SECRET, "Content-Type": "application/json; charset=utf-8"}
    caplog.set_level(logging.INFO)
    async with webhook_bot(tmp_path, fake_bot_api) as (_, port):
        hook = f"http://127.0.0.1:{port}{PATH}"
        async with httpx.AsyncClient(timeout=ANSWER_TIMEOUT) as client:
            over = await client.post(
                hook, content=padded(start_update(1, 201), MAX_UPDATE_BYTES + 1), headers=headers
            )
            largest = await client.post(
                hook, content=padded(start_update(2, 202), MAX_UPDATE_BYTES), headers=headers
            )
            not_json = await client.post(hook, content=b"{not json", headers=headers)
        [welcome] = await fake_bot_api.wait_for_messages(202, 1, timeout=REPLY_TIMEOUT)
    assert (over.status_code, largest.status_code, not_json.status_code) == (413, 200, 400)
    assert "Welcome" in welcome.plain
    assert fake_bot_api.sent(201) == []
    assert [line.split(": ")[0] for line in refusals(caplog)] == [
        "WARNING webhook request from 127.0.0.1 refused (413)",
        "WARNING webhook request from 127.0.0.1 refused (400)",
    ]


async def test_a_chunked_body_is_held_to_the_same_bound(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str, caplog: pytest.LogCaptureFixture
) -> None:
    """With the secret and no Content-Length, a chunk that would take the body past the
    bound is refused as it is announced (tornado answers 400), not read."""
    caplog.set_level(logging.INFO)
    async with webhook_bot(tmp_path, fake_bot_api) as (bot, port):
        chunk = b"%x\r\n" % (MAX_UPDATE_BYTES + 1)
        answer = await exchange(port, request_head(chunked=True) + chunk + b'{"update_id": 1,')
        [welcome] = await bot.say(100, "/start")
    assert answer[0] == 400
    [line] = refusals(caplog)
    assert line.startswith("WARNING webhook request from 127.0.0.1 dropped")
    assert "Welcome" in welcome.plain


def server_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [line for line in refusals(caplog) if line.startswith("WARNING webhook: ")]


async def closed_by_server(reader: asyncio.StreamReader) -> bool:
    """Whether the server closes the connection (before ANSWER_TIMEOUT) without a byte."""
    try:
        return await asyncio.wait_for(reader.read(), ANSWER_TIMEOUT) == b""
    except ConnectionError:
        return True


async def test_connections_over_the_cap_are_closed_unread_and_a_closed_one_frees_its_slot(
    tmp_path: Path,
    fake_bot_api: FakeBotAPI,
    bot_token: str,
    caplog: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Idle connections fill the cap; the ones after them are closed at once, and are
    logged as one line and then a count; once the idle ones are gone, Telegram is served."""
    monkeypatch.setattr(webhook, "MAX_CONNECTIONS", 3)
    monkeypatch.setattr(webhook, "HEADER_TIMEOUT_SECONDS", 3600.0)  # only the cap closes
    caplog.set_level(logging.INFO)
    async with webhook_bot(tmp_path, fake_bot_api) as (bot, port):
        # The server accepts connections in the order they came: these three hold the cap.
        idle = [await asyncio.open_connection("127.0.0.1", port) for _ in range(3)]
        over = [await asyncio.open_connection("127.0.0.1", port) for _ in range(2)]
        over_closed = [await closed_by_server(reader) for reader, _ in over]
        idle_open = [not reader.at_eof() for reader, _ in idle]
        lines_during = server_lines(caplog)
        for _, writer in idle + over:
            writer.close()
        [welcome] = await bot.say(100, "/start")  # posted again until a slot is free
    assert over_closed == [True, True]
    assert idle_open == [True, True, True]
    assert lines_during == [
        "WARNING webhook: connection from 127.0.0.1 closed unread: 3 connections are open, "
        "the most taken (more are counted, one line a minute at most)"
    ]
    assert server_lines(caplog)[1:] == [
        "WARNING webhook: connections closed unread before the server stopped: 1 more"
    ]
    assert "Welcome" in welcome.plain


async def trickle_until_closed(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> int:
    """Send a request line, then one byte of a header that never ends every few hundredths
    of a second; the bytes trickled once the server closed the connection."""
    writer.write(b"POST " + PATH.encode() + b" HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ")
    trickled = 0
    guard = time.monotonic() + ANSWER_TIMEOUT
    try:
        while time.monotonic() < guard:
            with contextlib.suppress(TimeoutError):
                if await asyncio.wait_for(reader.read(1), 0.05) == b"":
                    return trickled
            writer.write(b"a")
            await writer.drain()
            trickled += 1
    except ConnectionError:
        return trickled
    raise AssertionError(f"still open after trickling {trickled} bytes of a header")


async def post_on(reader: asyncio.StreamReader, writer: asyncio.StreamWriter, body: bytes) -> bytes:
    """POST ``body`` with the secret on an open connection; the answer's status line."""
    writer.write(request_head(length=len(body)) + body)
    await writer.drain()
    head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), ANSWER_TIMEOUT)
    assert b"Content-Length: 0" in head  # nothing more to read: the connection is kept
    return head.split(b"\r\n", 1)[0]


@pytest.mark.parametrize("kept_alive", [False, True], ids=["first-request", "kept-alive"])
async def test_a_client_that_trickles_its_headers_is_dropped_at_the_header_deadline(
    kept_alive: bool,
    tmp_path: Path,
    fake_bot_api: FakeBotAPI,
    bot_token: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Bytes that keep coming do not push the deadline back, on a new connection or on a
    kept-alive one after a served update; the dropped connection frees its slot."""
    monkeypatch.setattr(webhook, "HEADER_TIMEOUT_SECONDS", 0.5)
    monkeypatch.setattr(webhook, "MAX_CONNECTIONS", 1)
    served = b"(nothing posted first)"
    async with webhook_bot(tmp_path, fake_bot_api) as (bot, port):
        reader, writer = await asyncio.open_connection("127.0.0.1", port)
        try:
            if kept_alive:
                served = await post_on(reader, writer, json.dumps(start_update(1, 301)).encode())
            trickled = await trickle_until_closed(reader, writer)
        finally:
            writer.close()
        [welcome] = await bot.say(100, "/start")  # the slot the slow client held is free
        if kept_alive:
            [first] = await fake_bot_api.wait_for_messages(301, 1, timeout=REPLY_TIMEOUT)
            assert "Welcome" in first.plain
    assert trickled > 0
    assert "Welcome" in welcome.plain
    assert served == (b"HTTP/1.1 200 OK" if kept_alive else b"(nothing posted first)")
