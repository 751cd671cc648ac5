"""The one seam between the sender and Telegram: ``send(chat_id, text) -> SendResult``.

Two implementations speak the real Bot API over HTTP: ``PTBTransport`` goes through a
python-telegram-bot ``Bot`` (what the running bot uses), ``HttpxTransport`` posts
``sendMessage`` directly with httpx (less overhead per message; the standalone sender and
the benchmark can choose it). Both turn every answer into one of a few outcomes, so
the sender's rules (retry, deactivate, give up) live in one place.
"""

from __future__ import annotations

import asyncio
import contextlib
import warnings
from collections.abc import AsyncIterator, Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, Generic, Protocol, TypeVar

if TYPE_CHECKING:
    from telegram import Bot

C = TypeVar("C")


class Outcome(StrEnum):
    SENT = "sent"
    RETRY_AFTER = "retry_after"  # 429: wait retry_after seconds, then send the same message
    CHAT_GONE = "chat_gone"  # 403 or "chat not found": deactivate the subscriber
    REJECTED = "rejected"  # other 4xx: this message will never be accepted; do not retry
    TRANSIENT = "transient"  # network error, timeout, 5xx: retry later with backoff
    MIGRATED = "migrated"  # the group became a supergroup: send again to migrated_to


@dataclass(frozen=True)
class SendResult:
    outcome: Outcome
    message_id: int | None = None
    retry_after: float = 0.0
    error: str | None = None
    migrated_to: int | None = None  # the chat's new id (MIGRATED; or sent there after one)


class Transport(Protocol):
    """Sends one HTML message to one chat and says what became of it. Never raises."""

    async def send(self, chat_id: int, text: str) -> SendResult: ...

    async def close(self) -> None: ...


_GONE_PHRASES = ("chat not found", "user is deactivated", "bot was kicked", "peer_id_invalid")


def classify_error(
    code: int,
    description: str,
    retry_after: float | None = None,
    migrate_to_chat_id: int | None = None,
) -> SendResult:
    """Map a Bot API error answer (``error_code``, ``description``, ``parameters``) to an
    outcome."""
    text = f"{code}: {description}"
    lowered = description.lower()
    if migrate_to_chat_id:
        return SendResult(Outcome.MIGRATED, error=text, migrated_to=int(migrate_to_chat_id))
    if code == 429:
        return SendResult(Outcome.RETRY_AFTER, retry_after=float(retry_after or 1), error=text)
    if code == 403 or (code == 400 and any(p in lowered for p in _GONE_PHRASES)):
        return SendResult(Outcome.CHAT_GONE, error=text)
    if code >= 500 or code in (401, 404, 409):
        # A server fault or a bot-side misconfiguration (token, URL): not the message's fault.
        return SendResult(Outcome.TRANSIENT, error=text)
    return SendResult(Outcome.REJECTED, error=text)


class _Pool(Generic[C]):
    """Hands out one client per request, each client holding a single connection.

    httpcore's pool scans every connection and every waiting request on each request and
    answer: one client with 64 connections spent about 4 ms of CPU per message here, 64
    clients of one connection each under 1 ms.
    """

    def __init__(self, clients: Sequence[C]) -> None:
        self.clients = list(clients)
        self._free: asyncio.Queue[C] = asyncio.Queue()
        for client in self.clients:
            self._free.put_nowait(client)

    @contextlib.asynccontextmanager
    async def client(self) -> AsyncIterator[C]:
        client = await self._free.get()
        try:
            yield client
        finally:
            self._free.put_nowait(client)


class HttpxTransport:
    """``sendMessage`` posted straight to ``{base_url}{token}/`` with httpx."""

    def __init__(
        self,
        base_url: str,
        token: str,
        *,
        connections: int = 64,
        timeout: float = 20.0,
        disable_link_previews: bool = True,
    ) -> None:
        import httpx

        self._url = f"{base_url}{token}/sendMessage"
        one = httpx.Limits(max_connections=1, max_keepalive_connections=1)
        self._pool = _Pool(
            [httpx.AsyncClient(timeout=timeout, limits=one) for _ in range(connections)]
        )
        self._extra: dict[str, Any] = {"parse_mode": "HTML"}
        if disable_link_previews:
            self._extra["link_preview_options"] = {"is_disabled": True}

    async def send(self, chat_id: int, text: str) -> SendResult:
        import httpx

        try:
            async with self._pool.client() as client:
                response = await client.post(
                    self._url, json={"chat_id": chat_id, "text": text, **self._extra}
                )
            body = response.json()
        except (httpx.HTTPError, OSError) as exc:
            return SendResult(Outcome.TRANSIENT, error=f"network: {type(exc).__name__}: {exc}")
        except ValueError:  # not JSON
            return SendResult(
                Outcome.TRANSIENT, error=f"{response.status_code}: answer is not JSON"
            )
        if body.get("ok"):
            return SendResult(Outcome.SENT, message_id=(body.get("result") or {}).get("message_id"))
        parameters = body.get("parameters") or {}
        return classify_error(
            int(body.get("error_code") or response.status_code),
            str(body.get("description") or ""),
            parameters.get("retry_after"),
            parameters.get("migrate_to_chat_id"),
        )

    async def close(self) -> None:
        for client in self._pool.clients:
            await client.aclose()


class PTBTransport:
    """``Bot.send_message`` of python-telegram-bot, its exceptions mapped to outcomes.

    Its ``Bot`` objects must have no rate limiter: the sender does its own pacing, and PTB's
    ``AIORateLimiter`` would both slow it twice and retry 429s behind its back. Build it
    with ``connect``, which also keeps the broadcast off the connections the bot's replies
    use.
    """

    def __init__(
        self, bots: Sequence[Bot], *, disable_link_previews: bool = True, owns_bots: bool = False
    ) -> None:
        from telegram import LinkPreviewOptions

        self._pool = _Pool(bots)
        self._owns_bots = owns_bots
        self._preview = LinkPreviewOptions(is_disabled=True) if disable_link_previews else None

    @classmethod
    async def connect(
        cls,
        token: str,
        base_url: str,
        *,
        connections: int = 64,
        timeout: float = 20.0,
        disable_link_previews: bool = True,
    ) -> PTBTransport:
        """``connections`` initialised ``Bot`` objects of one connection each (see ``_Pool``)."""
        from telegram import Bot
        from telegram.request import HTTPXRequest

        bots = [
            Bot(
                token,
                base_url=base_url,
                request=HTTPXRequest(
                    connection_pool_size=1,
                    read_timeout=timeout,
                    write_timeout=timeout,
                    connect_timeout=timeout,
                    pool_timeout=timeout,
                ),
            )
            for _ in range(connections)
        ]
        await asyncio.gather(*(bot.initialize() for bot in bots))
        return cls(bots, disable_link_previews=disable_link_previews, owns_bots=True)

    async def send(self, chat_id: int, text: str) -> SendResult:
        from telegram import error

        try:
            async with self._pool.client() as bot:
                message = await bot.send_message(
                    chat_id=chat_id,
                    text=text,
                    parse_mode="HTML",
                    link_preview_options=self._preview,
                )
        except error.RetryAfter as exc:
            with warnings.catch_warnings():  # PTB 22 warns that it becomes a timedelta
                warnings.simplefilter("ignore")
                wait, text = exc.retry_after, f"429: {exc}"
            seconds = wait.total_seconds() if isinstance(wait, timedelta) else float(wait)
            return SendResult(Outcome.RETRY_AFTER, retry_after=seconds, error=text)
        except error.Forbidden as exc:
            return SendResult(Outcome.CHAT_GONE, error=f"403: {exc.message}")
        except error.BadRequest as exc:
            return classify_error(400, exc.message)
        except error.ChatMigrated as exc:
            return classify_error(
                400, f"group migrated to chat {exc.new_chat_id}", None, exc.new_chat_id
            )
        except (error.InvalidToken, error.EndPointNotFound) as exc:
            return SendResult(Outcome.TRANSIENT, error=f"bot misconfigured: {exc.message}")
        except error.TelegramError as exc:  # NetworkError, TimedOut, 5xx, anything else
            return SendResult(Outcome.TRANSIENT, error=f"network: {type(exc).__name__}: {exc}")
        return SendResult(Outcome.SENT, message_id=message.message_id)

    async def close(self) -> None:
        if self._owns_bots:
            await asyncio.gather(*(bot.shutdown() for bot in self._pool.clients))
