"""A fake Telegram Bot API server on 127.0.0.1 for tests and benchmarks.

Point the bot at it with ``telegram.api_base_url = api.base_url``
(``http://127.0.0.1:PORT/bot``); every token is accepted unless ``token=`` is given.

Three ways to run it
--------------------
- In the test's event loop::

      async with FakeBotAPI() as api:
          ...

- In its own thread and event loop (the server then never competes with the code under
  test for the loop; every public method below is safe to call from any thread)::

      api = FakeBotAPI().start_in_thread()    # or the ``fake_bot_api`` fixture below
      ...
      api.stop_thread()

- As a separate process (survives the SIGKILL of the process under test)::

      python -m tests.auxil.fake_bot_api --port 0 [--db FILE] [--latency 0.02]

  It prints ``READY <port>`` on stdout once it listens. ``spawn_fake_bot_api()`` starts it
  and returns a ``RemoteFakeBotAPI`` whose methods mirror the public methods of
  ``FakeBotAPI`` (faults, injection, ``sent()``) over ``POST /_control``. With ``--db FILE``
  every accepted message is also written to a SQLite table
  ``messages(chat_id, message_id, method, text, plain, parse_mode, reply_markup, ts)``.

Speed: about 2,900 sendMessage/s as a separate process on this 2-core machine (10,000
messages over 50 keep-alive connections), about 2,000/s with ``--latency 0.02``.

Bot API methods
---------------
getMe, getUpdates (long polling with ``timeout``; 409 while a webhook is set), sendMessage,
editMessageText, editMessageReplyMarkup, sendChatAction, answerCallbackQuery,
setMyCommands, getMyCommands, deleteMyCommands, setWebhook, deleteWebhook, getWebhookInfo,
logOut, close, getChat, getChatMember ("administrator" for users named by
``set_chat_admins``, else "member"), answerInlineQuery (checked, recorded; refused
after ``INLINE_ANSWER_SECONDS``). Anything else answers 404 "Not Found". Parameters
are read from a query string, form data (what python-telegram-bot sends), multipart, or a JSON body.

Messages are checked as Telegram checks them (``tests/auxil/telegram_html.py``): HTML
tags/entities ("Bad Request: can't parse entities: ..."), empty text ("Bad Request:
message text is empty"), over 4096 UTF-16 units after parsing ("Bad Request: message is
too long"), inline keyboards (callback_data 1-64 bytes). While a webhook is set, injected
updates are POSTed to it (with ``X-Telegram-Bot-Api-Secret-Token``).

Test API (all thread-safe)
--------------------------
Injecting updates (what users do)::

    api.send_user_message(chat_id, text, user_id=None, language_code="en",
                          chat_type="private", reply_to_bot=False) -> update dict
        (entities are added as Telegram's clients add them: a leading /command, http(s)
        links, @mentions)
    api.press_button(chat_id, message_id, data, user_id=None, language_code="en")
    api.send_inline_query(user_id, query, language_code="en") -> update dict
    api.migrate_group(old_chat_id, new_chat_id)   # the two service messages + migrate_chat
    api.inject_update(update_dict)

Looking at what the bot did::

    api.sent(chat_id=None) -> list[SentMessage]      # accepted sendMessage/edits, in order
    api.calls(method=None) -> list[Call]             # every request, accepted or not
    api.rejected() -> list[Call]                     # requests answered with an error
    api.inline_answers(query_id=None) -> list[dict]  # accepted answerInlineQuery calls
    await api.wait_for_inline_answer(query_id) -> dict
    await api.wait_for_messages(chat_id, count=1, timeout=10) -> list[SentMessage]
    api.clear()                                      # forget sent messages and calls

Channels (getChat and getChatMember answer for them; a ``@username`` names one too)::

    api.add_channel(chat_id, username=None, title="Test channel", chat_type="channel",
                    bot_status="administrator", can_post_messages=True)
    api.remove_bot_from_channel(chat_id)   # every request about it: 403, bot not a member

Inline buttons (a press is a callback query; Telegram accepts one answer per query, to a
query it sent: anything else is 400 "query is too old ... or query ID is invalid")::

    api.callback_answers(query_id=None) -> list[dict]      # answerCallbackQuery parameters
    await api.wait_for_answer(query_id, timeout=60) -> dict
    api.edits(chat_id, message_id) -> list[SentMessage]    # editMessageText of one message

Faults (rules are matched in order; ``times=None`` means forever)::

    api.fail_method("setMyCommands", code=400, description="Bad Request: ...", times=None)
    api.flood(retry_after=1, method="sendMessage", chat_ids=None, times=1, every=None)
    api.block_chats([ids])        # 403 "Forbidden: bot was blocked by the user"
    api.drop_chats([ids])         # 400 "Bad Request: chat not found"
    api.set_chat_admins(chat_id, [user ids])   # who getChatMember says administers a group
    api.migrate_chat(old_chat_id, new_chat_id)   # 400 with parameters.migrate_to_chat_id
    api.set_latency(0.02)         # seconds added to every Bot API request
    api.set_rate_limit(30)        # more than N messages in any second -> 429 retry_after=1
    api.clear_faults()

``SentMessage`` has chat_id, message_id, method, text (as sent), plain (as shown),
parse_mode, reply_markup (dict or None), ts (time.monotonic()).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import itertools
import json
import re
import sqlite3
import subprocess
import sys
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field
from email.parser import BytesParser
from email.policy import HTTP
from typing import Any, TypeVar
from urllib.parse import parse_qsl, urlsplit

import pytest

from tests.auxil.telegram_html import HTMLParseError, parse_html, utf16_len

T = TypeVar("T")
#: The user Telegram names as the sender of anonymous group administrators' messages.
GROUP_ANONYMOUS_BOT: dict[str, Any] = {
    "id": 1087968824,
    "is_bot": True,
    "first_name": "Group",
    "username": "GroupAnonymousBot",
}
BOT_USER: dict[str, Any] = {
    "id": 7000001,
    "is_bot": True,
    "first_name": "Triglot",
    "username": "triglot_test_bot",
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
}
MAX_TEXT_UTF16 = 4096
JSON_PARAMS = frozenset(
    {
        "reply_markup",
        "entities",
        "commands",
        "scope",
        "allowed_updates",
        "reply_parameters",
        "link_preview_options",
    }
)
INT_PARAMS = frozenset(
    {
        "message_id",
        "offset",
        "limit",
        "timeout",
        "max_connections",
        "reply_to_message_id",
        "user_id",
    }
)


class ApiError(Exception):
    """An error answer of the Bot API."""

    def __init__(self, code: int, description: str, retry_after: int | None = None) -> None:
        super().__init__(description)
        self.code = code
        self.description = description
        self.retry_after = retry_after

    def payload(self) -> dict[str, Any]:
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.code,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


class MigratedError(ApiError):
    """What Telegram answers for the old id of a group that became a supergroup."""

    def __init__(self, new_chat_id: int) -> None:
        super().__init__(400, "Bad Request: group chat was upgraded to a supergroup chat")
        self.new_chat_id = new_chat_id

    def payload(self) -> dict[str, Any]:
        return {**super().payload(), "parameters": {"migrate_to_chat_id": self.new_chat_id}}


#: Telegram refuses an inline answer that comes later than this after the query.
INLINE_ANSWER_SECONDS = 10.0
#: What a deep link's start parameter may be.
START_PARAMETER_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")


@dataclass
class SentMessage:
    chat_id: int | str
    message_id: int
    method: str
    text: str
    plain: str
    parse_mode: str | None
    reply_markup: dict[str, Any] | None
    ts: float


@dataclass
class Call:
    method: str
    params: dict[str, Any]
    ok: bool = True
    error: str | None = None


@dataclass
class FaultRule:
    """Answer matching requests with an error instead of serving them."""

    code: int
    description: str
    method: str | None = None
    chat_ids: frozenset[Any] | None = None
    times: int | None = None
    every: int | None = None
    retry_after: int | None = None
    seen: int = 0

    def matches(self, method: str, chat_id: Any) -> bool:
        if self.times is not None and self.times <= 0:
            return False
        if self.method is not None and self.method != method:
            return False
        if self.chat_ids is not None and _chat_key(chat_id) not in self.chat_ids:
            return False
        self.seen += 1
        if self.every and self.seen % self.every:
            return False
        if self.times is not None:
            self.times -= 1
        return True


def _chat_key(chat_id: Any) -> Any:
    with contextlib.suppress(TypeError, ValueError):
        return int(chat_id)
    return chat_id


@dataclass
class FakeChannel:
    """A channel (or group) added with ``add_channel``: what getChat and getChatMember say."""

    chat_id: int
    username: str | None
    title: str
    chat_type: str
    bot_status: str  # "administrator", "member", "left"
    can_post_messages: bool


#: The rights every ChatMemberAdministrator carries (python-telegram-bot requires them).
ADMIN_RIGHTS = (
    "can_be_edited",
    "is_anonymous",
    "can_manage_chat",
    "can_delete_messages",
    "can_manage_video_chats",
    "can_restrict_members",
    "can_promote_members",
    "can_change_info",
    "can_invite_users",
    "can_post_stories",
    "can_edit_stories",
    "can_delete_stories",
)


@dataclass
class _State:
    updates: list[dict[str, Any]] = field(default_factory=list)
    sent: list[SentMessage] = field(default_factory=list)
    calls: list[Call] = field(default_factory=list)
    faults: list[FaultRule] = field(default_factory=list)
    blocked: set[Any] = field(default_factory=set)
    missing: set[Any] = field(default_factory=set)
    commands: list[dict[str, Any]] = field(default_factory=list)
    chat_admins: dict[Any, set[int]] = field(default_factory=dict)
    webhook: dict[str, Any] = field(default_factory=dict)
    latency: float = 0.0
    rate_limit: int | None = None
    # Groups and inline mode.
    migrated: dict[Any, int] = field(default_factory=dict)
    inline_queries: dict[str, float] = field(default_factory=dict)  # id -> when asked
    inline_answers: list[dict[str, Any]] = field(default_factory=list)

    # Callback queries injected by press_button and not yet answered (answerCallbackQuery).
    open_queries: set[str] = field(default_factory=set)


class FakeBotAPI:
    """The server; see the module docstring for its API."""

    def __init__(
        self,
        host: str = "127.0.0.1",
        port: int = 0,
        *,
        token: str | None = None,
        db_path: str | None = None,
    ) -> None:
        self.host = host
        self.port = port
        self.token = token
        self._state = _State()
        self._lock = threading.RLock()
        self._update_ids = itertools.count(1)
        self._message_ids: dict[Any, itertools.count[int]] = {}
        self._server: asyncio.Server | None = None
        self._loop: asyncio.AbstractEventLoop | None = None
        self._new_update: asyncio.Event | None = None
        self._thread: threading.Thread | None = None
        self._recent_sends: deque[float] = deque()
        self._db = _MessageLog(db_path) if db_path else None
        self._webhook_client: Any = None
        self._channels: dict[Any, FakeChannel] = {}

    # ------------------------------------------------------------------ lifecycle
    @property
    def base_url(self) -> str:
        return f"http://{self.host}:{self.port}/bot"

    async def start(self) -> FakeBotAPI:
        self._loop = asyncio.get_running_loop()
        self._new_update = asyncio.Event()
        self._server = await asyncio.start_server(self._serve, self.host, self.port, backlog=1024)
        self.port = self._server.sockets[0].getsockname()[1]
        return self

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), 2)
            self._server = None
        if self._webhook_client is not None:
            await self._webhook_client.aclose()
            self._webhook_client = None

    async def __aenter__(self) -> FakeBotAPI:
        return await self.start()

    async def __aexit__(self, *exc: object) -> None:
        await self.stop()

    def start_in_thread(self) -> FakeBotAPI:
        """Run the server in a daemon thread with its own event loop; return when listening."""
        ready = threading.Event()
        loop = asyncio.new_event_loop()

        def run() -> None:
            asyncio.set_event_loop(loop)
            loop.run_until_complete(self.start())
            ready.set()
            loop.run_forever()
            loop.run_until_complete(self.stop())
            # Connections still open (a long-polling getUpdates) end here, not in the
            # garbage collector's "Task was destroyed but it is pending!" during a later test.
            pending = asyncio.all_tasks(loop)
            for task in pending:
                task.cancel()
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
            loop.close()

        self._thread = threading.Thread(target=run, name="fake-bot-api", daemon=True)
        self._thread.start()
        ready.wait()
        return self

    def stop_thread(self) -> None:
        if self._thread and self._loop:
            self._loop.call_soon_threadsafe(self._loop.stop)
            self._thread.join(5)
            self._thread = None

    # ------------------------------------------------------------------ test API: updates
    def inject_update(self, update: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            update = {"update_id": next(self._update_ids), **update}
            self._state.updates.append(update)
            webhook = self._state.webhook.get("url")
        if self._loop is not None:
            if webhook:
                self._loop.call_soon_threadsafe(
                    lambda: self._loop.create_task(self._post_webhook(update))  # type: ignore[union-attr]
                )
            elif self._new_update is not None:
                self._loop.call_soon_threadsafe(self._new_update.set)
        return update

    def send_user_message(
        self,
        chat_id: int,
        text: str,
        *,
        user_id: int | None = None,
        language_code: str | None = "en",
        chat_type: str = "private",
        reply_to_bot: bool = False,
        first_name: str = "Tester",
        anonymous_admin: bool = False,
    ) -> dict[str, Any]:
        """Inject a message as a user would send it (commands get a bot_command entity).

        ``anonymous_admin``: posted by an anonymous group administrator, as Telegram
        delivers it: from the shared GroupAnonymousBot, with the group as ``sender_chat``.
        """
        user: dict[str, Any] = {
            "id": user_id if user_id is not None else chat_id,
            "is_bot": False,
            "first_name": first_name,
        }
        if anonymous_admin:
            user = dict(GROUP_ANONYMOUS_BOT)
        if language_code:
            user["language_code"] = language_code
        chat: dict[str, Any] = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = first_name
        else:
            chat["title"] = "Test group"
        message: dict[str, Any] = {
            "message_id": self._next_message_id(chat_id),
            "date": int(time.time()),
            "chat": chat,
            "from": user,
            "text": text,
        }
        entities = _entities(text)
        if entities:
            message["entities"] = entities
        if anonymous_admin:
            message["sender_chat"] = chat
        if reply_to_bot:
            message["reply_to_message"] = {
                "message_id": self._next_message_id(chat_id),
                "date": int(time.time()),
                "chat": chat,
                "from": BOT_USER,
                "text": "…",
            }
        return self.inject_update({"message": message})

    def press_button(
        self,
        chat_id: int,
        message_id: int,
        data: str,
        *,
        user_id: int | None = None,
        language_code: str | None = "en",
    ) -> dict[str, Any]:
        """Inject a callback query: the user pressed an inline button of a bot message."""
        user = {"id": user_id if user_id is not None else chat_id, "is_bot": False}
        user["first_name"] = "Tester"
        if language_code:
            user["language_code"] = language_code
        with self._lock:
            original = next(
                (
                    m
                    for m in self._state.sent
                    if m.chat_id == chat_id and m.message_id == message_id
                ),
                None,
            )
        message = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": chat_id, "type": "private" if chat_id > 0 else "group"},
            "from": BOT_USER,
            "text": original.plain if original else "…",
        }
        query_id = str(next(self._update_ids) * 1000)
        with self._lock:
            self._state.open_queries.add(query_id)
        return self.inject_update(
            {
                "callback_query": {
                    "id": query_id,
                    "from": user,
                    "message": message,
                    "chat_instance": str(chat_id),
                    "data": data,
                }
            }
        )

    # ------------------------------------------------------------------ test API: records
    def sent(self, chat_id: int | str | None = None) -> list[SentMessage]:
        with self._lock:
            return [m for m in self._state.sent if chat_id is None or m.chat_id == chat_id]

    def calls(self, method: str | None = None) -> list[Call]:
        with self._lock:
            return [c for c in self._state.calls if method is None or c.method == method]

    def rejected(self) -> list[Call]:
        with self._lock:
            return [c for c in self._state.calls if not c.ok]

    def commands(self) -> list[dict[str, Any]]:
        with self._lock:
            return list(self._state.commands)

    def clear(self) -> None:
        with self._lock:
            self._state.sent.clear()
            self._state.calls.clear()

    async def wait_for_messages(
        self, chat_id: int | str, count: int = 1, timeout: float = 10.0
    ) -> list[SentMessage]:
        """Wait (in the caller's loop) until ``chat_id`` has at least ``count`` messages;
        after ``timeout`` seconds return what there is."""
        return await _wait_for(lambda: self.sent(chat_id), count, timeout)

    async def wait_for_calls(
        self, method: str, count: int = 1, timeout: float = 10.0
    ) -> list[Call]:
        """Wait until ``method`` was called at least ``count`` times (see wait_for_messages)."""
        return await _wait_for(lambda: self.calls(method), count, timeout)

    # ------------------------------------------------------------------ test API: inline buttons
    def callback_answers(self, query_id: str | None = None) -> list[dict[str, Any]]:
        """The answerCallbackQuery calls the bot made (of one query, with ``query_id``)."""
        return [
            c.params
            for c in self.calls("answerCallbackQuery")
            if c.ok and (query_id is None or str(c.params.get("callback_query_id")) == query_id)
        ]

    async def wait_for_answer(self, query_id: str, timeout: float = 60.0) -> dict[str, Any]:
        """Wait until the bot answered the button press ``query_id``; its parameters."""
        [answer] = await _wait_for(lambda: self.callback_answers(query_id), 1, timeout)
        return answer

    def edits(self, chat_id: int | str, message_id: int) -> list[SentMessage]:
        """Every editMessageText of one message, oldest first."""
        return [
            m
            for m in self.sent(chat_id)
            if m.message_id == message_id and m.method == "editMessageText"
        ]

    # ------------------------------------------------------------------ test API: faults
    def fail_method(
        self,
        method: str,
        code: int = 400,
        description: str = "Bad Request: method is disabled",
        times: int | None = None,
    ) -> None:
        with self._lock:
            self._state.faults.append(FaultRule(code, description, method=method, times=times))

    def flood(
        self,
        retry_after: int = 1,
        method: str | None = "sendMessage",
        chat_ids: Iterable[Any] | None = None,
        times: int | None = 1,
        every: int | None = None,
    ) -> None:
        rule = FaultRule(
            429,
            f"Too Many Requests: retry after {retry_after}",
            method=method,
            chat_ids=frozenset(_chat_key(c) for c in chat_ids) if chat_ids is not None else None,
            times=times,
            every=every,
            retry_after=retry_after,
        )
        with self._lock:
            self._state.faults.append(rule)

    def block_chats(self, chat_ids: Iterable[Any]) -> None:
        with self._lock:
            self._state.blocked.update(_chat_key(c) for c in chat_ids)

    def drop_chats(self, chat_ids: Iterable[Any]) -> None:
        with self._lock:
            self._state.missing.update(_chat_key(c) for c in chat_ids)

    def set_chat_admins(self, chat_id: int, user_ids: Iterable[int]) -> None:
        """getChatMember answers "administrator" for these users of a group, else "member"."""
        with self._lock:
            self._state.chat_admins[_chat_key(chat_id)] = set(user_ids)

    def set_latency(self, seconds: float) -> None:
        self._state.latency = float(seconds)

    def set_rate_limit(self, per_second: int | None) -> None:
        self._state.rate_limit = per_second

    def clear_faults(self) -> None:
        with self._lock:
            self._state.faults.clear()
            self._state.blocked.clear()
            self._state.missing.clear()
            self._state.latency = 0.0
            self._state.rate_limit = None

    # ------------------------------------------------------------------ test API: channels
    def add_channel(
        self,
        chat_id: int,
        *,
        username: str | None = None,
        title: str = "Test channel",
        chat_type: str = "channel",
        bot_status: str = "administrator",
        can_post_messages: bool = True,
    ) -> None:
        """A channel (or group) the bot is in, with its rights there; adding it again
        (after ``remove_bot_from_channel``) lets the bot back in."""
        channel = FakeChannel(chat_id, username, title, chat_type, bot_status, can_post_messages)
        with self._lock:
            self._channels[chat_id] = channel
            gone = frozenset({chat_id})
            self._state.faults = [r for r in self._state.faults if r.chat_ids != gone]

    def remove_bot_from_channel(self, chat_id: int) -> None:
        """The bot was removed: every request about the chat answers 403."""
        with self._lock:
            if chat_id in self._channels:
                self._channels[chat_id].bot_status = "left"
            self._state.faults.append(
                FaultRule(
                    403,
                    "Forbidden: bot is not a member of the channel chat",
                    chat_ids=frozenset({chat_id}),
                )
            )

    def _find_channel(self, chat_id: Any) -> FakeChannel | None:
        key = _chat_key(chat_id)
        with self._lock:
            if isinstance(key, str):
                name = key.lstrip("@").lower()
                return next(
                    (c for c in self._channels.values() if (c.username or "").lower() == name),
                    None,
                )
            return self._channels.get(key)

    def _channel_chat(self, params: dict[str, Any]) -> dict[str, Any] | None:
        channel = self._find_channel(_require(params, "chat_id"))
        if channel is None:
            return None
        chat: dict[str, Any] = {"id": channel.chat_id, "type": channel.chat_type}
        chat.update(title=channel.title, accent_color_id=0, max_reaction_count=11)
        if channel.username:
            chat["username"] = channel.username
        if channel.chat_type != "channel":
            chat["permissions"] = {"can_send_messages": True}
        return chat

    def _channel_member(self, params: dict[str, Any]) -> dict[str, Any] | None:
        channel = self._find_channel(_require(params, "chat_id"))
        if channel is None or int(_require(params, "user_id")) != BOT_USER["id"]:
            return None
        member: dict[str, Any] = {"status": channel.bot_status, "user": BOT_USER}
        if channel.bot_status == "administrator":
            rights = dict.fromkeys(ADMIN_RIGHTS, False)
            if channel.chat_type == "channel":
                rights["can_post_messages"] = channel.can_post_messages
            member.update(rights)
        return member

    # ------------------------------------------------------------------ test API: groups, inline
    def migrate_chat(self, old_chat_id: int, new_chat_id: int) -> None:
        """From now on every request for ``old_chat_id`` answers Telegram's 400 "group chat
        was upgraded to a supergroup chat" with ``parameters.migrate_to_chat_id``."""
        with self._lock:
            self._state.migrated[_chat_key(old_chat_id)] = new_chat_id

    def migrate_group(
        self, old_chat_id: int, new_chat_id: int, *, user_id: int = 1
    ) -> list[dict[str, Any]]:
        """The group becomes a supergroup, as Telegram does it: ``migrate_chat`` and its two
        service messages (``migrate_to_chat_id`` in the group, ``migrate_from_chat_id`` in the
        supergroup)."""
        self.migrate_chat(old_chat_id, new_chat_id)
        user = {"id": user_id, "is_bot": False, "first_name": "Tester"}
        sides = [
            ({"id": old_chat_id, "type": "group"}, {"migrate_to_chat_id": new_chat_id}),
            ({"id": new_chat_id, "type": "supergroup"}, {"migrate_from_chat_id": old_chat_id}),
        ]
        return [
            self.inject_update(
                {
                    "message": {
                        "message_id": self._next_message_id(chat["id"]),
                        "date": int(time.time()),
                        "chat": {**chat, "title": "Test group"},
                        "from": user,
                        **service,
                    }
                }
            )
            for chat, service in sides
        ]

    def send_inline_query(
        self, user_id: int, query: str, *, language_code: str | None = "en"
    ) -> dict[str, Any]:
        """Inject an inline query: the user typed ``@bot <query>`` in some chat."""
        user: dict[str, Any] = {"id": user_id, "is_bot": False, "first_name": "Tester"}
        if language_code:
            user["language_code"] = language_code
        query_id = f"iq{next(self._update_ids)}"
        with self._lock:
            self._state.inline_queries[query_id] = time.monotonic()
        inline = {"id": query_id, "from": user, "query": query, "offset": "", "chat_type": "group"}
        return self.inject_update({"inline_query": inline})

    def inline_answers(self, query_id: str | None = None) -> list[dict[str, Any]]:
        """Accepted answerInlineQuery calls (results and button parsed), in order."""
        with self._lock:
            return [
                a
                for a in self._state.inline_answers
                if query_id is None or a["inline_query_id"] == query_id
            ]

    async def wait_for_inline_answer(self, query_id: str, timeout: float = 10.0) -> dict[str, Any]:
        """The answer to ``query_id`` once it came (AssertionError after ``timeout``)."""
        answers = await _wait_for(lambda: self.inline_answers(query_id), 1, timeout)
        assert answers, f"no answer to inline query {query_id}"
        return answers[0]

    # ------------------------------------------------------------------ HTTP
    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                request_line, _, header_blob = head.decode("latin-1").partition("\r\n")
                verb, target, _version = request_line.split(" ", 2)
                headers = {}
                for line in header_blob.split("\r\n"):
                    name, sep, value = line.partition(":")
                    if sep:
                        headers[name.strip().lower()] = value.strip()
                body = await _read_body(reader, headers)
                try:
                    status, payload = await self._dispatch(verb, target, headers, body)
                except Exception as err:  # a bug here must not look like a network error
                    status, payload = 500, ApiError(500, f"Internal: {err!r}").payload()
                data = json.dumps(payload, ensure_ascii=False).encode()
                writer.write(
                    f"HTTP/1.1 {status} X\r\nContent-Type: application/json\r\n"
                    f"Content-Length: {len(data)}\r\n\r\n".encode()
                    + data
                )
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    return
        except (ConnectionError, asyncio.CancelledError):
            return
        finally:
            with contextlib.suppress(Exception):
                writer.close()

    async def _dispatch(
        self, verb: str, target: str, headers: dict[str, str], body: bytes
    ) -> tuple[int, dict[str, Any]]:
        url = urlsplit(target)
        if url.path == "/_control":
            return await self._control(json.loads(body or b"{}"))
        params: dict[str, Any] = dict(parse_qsl(url.query))
        params.update(_parse_body(headers.get("content-type", ""), body))
        parts = url.path.strip("/").split("/")
        if len(parts) != 2 or not parts[0].startswith("bot"):
            return 404, ApiError(404, "Not Found").payload()
        token, method = parts[0][3:], parts[1]
        if self.token is not None and token != self.token:
            return 401, ApiError(401, "Unauthorized").payload()
        params = _typed(params)
        call = Call(method, params)
        with self._lock:
            self._state.calls.append(call)
        if self._state.latency:
            await asyncio.sleep(self._state.latency)
        try:
            result = await self._call(method, params)
        except ApiError as err:
            call.ok, call.error = False, err.description
            return err.code, err.payload()
        return 200, {"ok": True, "result": result}

    async def _control(self, params: dict[str, Any]) -> tuple[int, dict[str, Any]]:
        action = params.get("action", "")
        args = params.get("args") or {}
        if action.startswith("_") or action not in CONTROL_ACTIONS:
            return 400, {"ok": False, "description": f"unknown action {action!r}"}
        result = getattr(self, action)(**args)
        if action in {"sent", "calls", "rejected"}:
            result = [asdict(item) for item in result]
        return 200, {"ok": True, "result": result}

    # ------------------------------------------------------------------ Bot API methods
    async def _call(self, method: str, params: dict[str, Any]) -> Any:
        chat_id = params.get("chat_id")
        with self._lock:
            for rule in self._state.faults:
                if rule.matches(method, chat_id):
                    raise ApiError(rule.code, rule.description, rule.retry_after)
            if chat_id is not None and _chat_key(chat_id) in self._state.blocked:
                raise ApiError(403, "Forbidden: bot was blocked by the user")
            if chat_id is not None and _chat_key(chat_id) in self._state.missing:
                raise ApiError(400, "Bad Request: chat not found")
            if chat_id is not None and _chat_key(chat_id) in self._state.migrated:
                raise MigratedError(self._state.migrated[_chat_key(chat_id)])
        handler = getattr(self, f"_m_{method}", None)
        if handler is None:
            raise ApiError(404, "Not Found")
        result = handler(params)
        if asyncio.iscoroutine(result):
            result = await result
        return result

    def _m_getMe(self, params: dict[str, Any]) -> dict[str, Any]:
        return BOT_USER

    async def _m_getUpdates(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        if self._state.webhook.get("url"):
            raise ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        offset = int(params.get("offset") or 0)
        limit = int(params.get("limit") or 100)
        deadline = time.monotonic() + float(params.get("timeout") or 0)
        while True:
            with self._lock:
                if offset:
                    self._state.updates = [
                        u for u in self._state.updates if u["update_id"] >= offset
                    ]
                pending = self._state.updates[:limit]
                if pending or time.monotonic() >= deadline:
                    return pending
                assert self._new_update is not None
                self._new_update.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._new_update.wait(), deadline - time.monotonic())

    def _m_sendMessage(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = _require(params, "chat_id")
        text, plain, markup = self._check_text(params)
        message_id = self._next_message_id(chat_id)
        self._record(chat_id, message_id, "sendMessage", text, plain, params, markup)
        return self._message(chat_id, message_id, plain, markup)

    def _m_editMessageText(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = _require(params, "chat_id")
        message_id = int(_require(params, "message_id"))
        text, plain, markup = self._check_text(params)
        previous = self._find(chat_id, message_id)
        if previous is not None and previous.text == text and previous.reply_markup == markup:
            raise ApiError(
                400,
                "Bad Request: message is not modified: specified new message content and "
                "reply markup are exactly the same as a current content and reply markup "
                "of the message",
            )
        self._record(chat_id, message_id, "editMessageText", text, plain, params, markup)
        return self._message(chat_id, message_id, plain, markup)

    def _m_editMessageReplyMarkup(self, params: dict[str, Any]) -> dict[str, Any]:
        chat_id = _require(params, "chat_id")
        message_id = int(_require(params, "message_id"))
        markup = _check_markup(params.get("reply_markup"))
        previous = self._find(chat_id, message_id)
        if previous is None:
            raise ApiError(400, "Bad Request: message to edit not found")
        previous.reply_markup = markup
        return self._message(chat_id, message_id, previous.plain, markup)

    def _m_sendChatAction(self, params: dict[str, Any]) -> bool:
        _require(params, "chat_id")
        if params.get("action") not in {
            "typing",
            "upload_photo",
            "record_video",
            "upload_video",
            "record_voice",
            "upload_voice",
            "upload_document",
            "choose_sticker",
            "find_location",
            "record_video_note",
            "upload_video_note",
        }:
            raise ApiError(400, "Bad Request: wrong parameter action in request")
        return True

    def _m_answerCallbackQuery(self, params: dict[str, Any]) -> bool:
        query_id = str(_require(params, "callback_query_id"))
        if len(params.get("text") or "") > 200:
            raise ApiError(400, "Bad Request: MESSAGE_TOO_LONG")
        with self._lock:  # as Telegram: a query is answered once, and only one that exists
            if query_id not in self._state.open_queries:
                raise ApiError(
                    400,
                    "Bad Request: query is too old and response timeout expired or "
                    "query ID is invalid",
                )
            self._state.open_queries.discard(query_id)
        return True

    def _m_setMyCommands(self, params: dict[str, Any]) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise ApiError(400, "Bad Request: commands must be a list of at most 100")
        for command in commands:
            name = command.get("command", "")
            if not (1 <= len(name) <= 32) or not name.replace("_", "").isalnum():
                raise ApiError(400, "Bad Request: BOT_COMMAND_INVALID")
            if not (1 <= len(command.get("description", "")) <= 256):
                raise ApiError(400, "Bad Request: BOT_COMMAND_DESCRIPTION_INVALID")
        with self._lock:
            self._state.commands = commands
        return True

    def _m_getMyCommands(self, params: dict[str, Any]) -> list[dict[str, Any]]:
        return self.commands()

    def _m_deleteMyCommands(self, params: dict[str, Any]) -> bool:
        with self._lock:
            self._state.commands = []
        return True

    def _m_setWebhook(self, params: dict[str, Any]) -> bool:
        url = _require(params, "url")
        if url and not url.startswith(("http://", "https://")):
            raise ApiError(400, "Bad Request: bad webhook: invalid URL")
        self._state.webhook = {"url": url, "secret_token": params.get("secret_token")}
        if url:
            with self._lock:
                pending = list(self._state.updates)
            for update in pending:
                assert self._loop is not None
                self._loop.create_task(self._post_webhook(update))
        return True

    def _m_deleteWebhook(self, params: dict[str, Any]) -> bool:
        self._state.webhook = {}
        if params.get("drop_pending_updates") in (True, "true", "True"):
            with self._lock:
                self._state.updates.clear()
        return True

    def _m_getWebhookInfo(self, params: dict[str, Any]) -> dict[str, Any]:
        with self._lock:
            pending = len(self._state.updates)
        return {
            "url": self._state.webhook.get("url", ""),
            "has_custom_certificate": False,
            "pending_update_count": pending,
        }

    def _m_logOut(self, params: dict[str, Any]) -> bool:
        return True

    def _m_close(self, params: dict[str, Any]) -> bool:
        return True

    def _m_getChatMember(self, params: dict[str, Any]) -> dict[str, Any]:
        if (member := self._channel_member(params)) is not None:
            return member
        chat_id = _chat_key(_require(params, "chat_id"))
        user_id = int(_require(params, "user_id"))
        user = {"id": user_id, "is_bot": False, "first_name": "Tester"}
        with self._lock:
            is_admin = user_id in self._state.chat_admins.get(chat_id, set())
        if not is_admin:
            return {"status": "member", "user": user}
        return {"status": "administrator", "user": user, **dict.fromkeys(ADMIN_RIGHTS, False)}

    def _m_getChat(self, params: dict[str, Any]) -> dict[str, Any]:
        if (chat := self._channel_chat(params)) is not None:
            return chat
        chat_id = _chat_key(_require(params, "chat_id"))
        if isinstance(chat_id, str):  # a @username no chat of add_channel has
            raise ApiError(400, "Bad Request: chat not found")
        chat_type = "private" if int(chat_id) > 0 else "group"
        return {"id": chat_id, "type": chat_type, "accent_color_id": 0, "max_reaction_count": 11}

    def _m_answerInlineQuery(self, params: dict[str, Any]) -> bool:
        """Checked as Telegram checks it: a known query answered in time, results of at most
        50 with unique ids of 1-64 bytes, sendable message texts, a start parameter of
        1-64 characters from A-Z, a-z, 0-9, _ and -."""
        query_id = str(_require(params, "inline_query_id"))
        with self._lock:
            asked = self._state.inline_queries.get(query_id)
        if asked is None or time.monotonic() - asked > INLINE_ANSWER_SECONDS:
            raise ApiError(
                400,
                "Bad Request: query is too old and response timeout expired or query ID is invalid",
            )
        results, button = _json(params.get("results"), []), _json(params.get("button"), None)
        if not isinstance(results, list) or len(results) > 50:
            raise ApiError(400, "Bad Request: RESULTS_TOO_MUCH")
        ids = [str(r.get("id", "")) for r in results]
        if len(set(ids)) != len(ids) or not all(1 <= len(i.encode()) <= 64 for i in ids):
            raise ApiError(400, "Bad Request: RESULT_ID_INVALID")
        for result in results:
            content = result.get("input_message_content") or {}
            if result.get("type") != "article" or not result.get("title"):
                raise ApiError(400, "Bad Request: RESULT_TYPE_INVALID")
            self._check_text({"text": content.get("message_text"), **content})
            _check_markup(result.get("reply_markup"))
        start = (button or {}).get("start_parameter")
        if start is not None and not START_PARAMETER_RE.fullmatch(str(start)):
            raise ApiError(400, "Bad Request: START_PARAM_INVALID")
        answer = {**params, "inline_query_id": query_id, "results": results, "button": button}
        with self._lock:
            self._state.inline_answers.append(answer)
        return True

    # ------------------------------------------------------------------ helpers
    def _check_text(self, params: dict[str, Any]) -> tuple[str, str, dict[str, Any] | None]:
        text = params.get("text")
        if text is None:
            raise ApiError(400, "Bad Request: message text is empty")
        text = str(text)
        parse_mode = (params.get("parse_mode") or "").lower()
        plain = text
        if parse_mode == "html":
            try:
                plain = parse_html(text)
            except HTMLParseError as err:
                raise ApiError(400, f"Bad Request: can't parse entities: {err}") from None
        elif parse_mode not in {"", "markdown", "markdownv2"}:
            raise ApiError(400, "Bad Request: unsupported parse_mode")
        if not plain.strip():
            raise ApiError(400, "Bad Request: message text is empty")
        if utf16_len(plain) > MAX_TEXT_UTF16:
            raise ApiError(400, "Bad Request: message is too long")
        return text, plain, _check_markup(params.get("reply_markup"))

    def _record(
        self,
        chat_id: Any,
        message_id: int,
        method: str,
        text: str,
        plain: str,
        params: dict[str, Any],
        markup: dict[str, Any] | None,
    ) -> None:
        if self._state.rate_limit is not None:
            now = time.monotonic()
            window = self._recent_sends
            while window and now - window[0] > 1.0:
                window.popleft()
            if len(window) >= self._state.rate_limit:
                raise ApiError(429, "Too Many Requests: retry after 1", retry_after=1)
            window.append(now)
        message = SentMessage(
            chat_id=_chat_key(chat_id),
            message_id=message_id,
            method=method,
            text=text,
            plain=plain,
            parse_mode=params.get("parse_mode"),
            reply_markup=markup,
            ts=time.monotonic(),
        )
        with self._lock:
            self._state.sent.append(message)
        if self._db is not None:
            self._db.write(message)

    def _find(self, chat_id: Any, message_id: int) -> SentMessage | None:
        key = _chat_key(chat_id)
        with self._lock:
            for message in reversed(self._state.sent):
                if message.chat_id == key and message.message_id == message_id:
                    return message
        return None

    def _next_message_id(self, chat_id: Any) -> int:
        with self._lock:
            counter = self._message_ids.setdefault(_chat_key(chat_id), itertools.count(1))
            return next(counter)

    def _message(
        self, chat_id: Any, message_id: int, plain: str, markup: dict[str, Any] | None
    ) -> dict[str, Any]:
        key = _chat_key(chat_id)
        chat_type = "private" if isinstance(key, int) and key > 0 else "group"
        message: dict[str, Any] = {
            "message_id": message_id,
            "date": int(time.time()),
            "chat": {"id": key, "type": chat_type},
            "from": BOT_USER,
            "text": plain,
        }
        if markup:
            message["reply_markup"] = markup
        return message

    async def _post_webhook(self, update: dict[str, Any]) -> None:
        import httpx

        if self._webhook_client is None:
            self._webhook_client = httpx.AsyncClient(timeout=10)
        url = self._state.webhook.get("url")
        if not url:
            return
        headers = {}
        if self._state.webhook.get("secret_token"):
            headers["X-Telegram-Bot-Api-Secret-Token"] = self._state.webhook["secret_token"]
        for _ in range(50):
            try:
                response = await self._webhook_client.post(url, json=update, headers=headers)
            except Exception:  # the bot's webhook server may not listen yet
                await asyncio.sleep(0.1)
                continue
            if response.status_code < 300:
                with self._lock:
                    if update in self._state.updates:
                        self._state.updates.remove(update)
                return
            await asyncio.sleep(0.1)


CONTROL_ACTIONS = frozenset(
    {
        "inject_update",
        "send_user_message",
        "press_button",
        "sent",
        "calls",
        "rejected",
        "commands",
        "clear",
        "fail_method",
        "flood",
        "block_chats",
        "drop_chats",
        "set_chat_admins",
        "set_latency",
        "set_rate_limit",
        "clear_faults",
    }
)


CONTROL_ACTIONS = CONTROL_ACTIONS | {"add_channel", "remove_bot_from_channel"}

#: Groups and inline mode.
CONTROL_ACTIONS = CONTROL_ACTIONS | {
    "migrate_chat",
    "migrate_group",
    "send_inline_query",
    "inline_answers",
}


_ENTITY_PATTERNS = (
    ("bot_command", re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@\w+)?")),
    ("url", re.compile(r"(?i)\bhttps?://[^\s<>\"]+")),
    ("mention", re.compile(r"(?<!\w)@[A-Za-z0-9_]{5,32}")),
)


def _entities(text: str) -> list[dict[str, Any]]:
    """The entities Telegram's clients attach to typed text: commands, links, mentions."""
    found: list[dict[str, Any]] = []
    for kind, pattern in _ENTITY_PATTERNS:
        for m in pattern.finditer(text):
            if kind == "bot_command" and m.start() != 0:
                continue  # keep it simple: only a leading command is one
            if kind == "mention" and text[: m.start()].endswith("/"):
                continue
            offset = utf16_len(text[: m.start()])
            found.append({"type": kind, "offset": offset, "length": utf16_len(m.group(0))})
    return sorted(found, key=lambda e: e["offset"])


async def _wait_for(read: Callable[[], list[T]], count: int, timeout: float) -> list[T]:
    deadline = time.monotonic() + timeout
    while True:
        items = read()
        if len(items) >= count or time.monotonic() > deadline:
            return items
        await asyncio.sleep(0.01)


def _require(params: dict[str, Any], name: str) -> Any:
    if name not in params or params[name] in (None, ""):
        if name == "url":
            return params.get(name, "")
        raise ApiError(400, f"Bad Request: {name} is empty")
    return params[name]


def _json(value: Any, default: Any) -> Any:
    """A parameter that holds JSON (python-telegram-bot sends it as a string)."""
    if value in (None, ""):
        return default
    if not isinstance(value, str):
        return value
    try:
        return json.loads(value)
    except ValueError:
        raise ApiError(400, "Bad Request: can't parse JSON object") from None


def _check_markup(markup: Any) -> dict[str, Any] | None:
    if markup in (None, ""):
        return None
    if not isinstance(markup, dict):
        raise ApiError(400, "Bad Request: can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard", []):
        for button in row:
            if not button.get("text"):
                raise ApiError(
                    400, "Bad Request: text buttons are unallowed in the inline keyboard"
                )
            data = button.get("callback_data")
            if data is not None and not (1 <= len(str(data).encode()) <= 64):
                raise ApiError(400, "Bad Request: BUTTON_DATA_INVALID")
            if data is None and not button.get("url"):
                raise ApiError(400, "Bad Request: BUTTON_TYPE_INVALID")
    return markup


def _typed(params: dict[str, Any]) -> dict[str, Any]:
    out = {}
    for key, value in params.items():
        if isinstance(value, str) and key in JSON_PARAMS:
            try:
                value = json.loads(value)
            except ValueError:
                raise ApiError(400, f"Bad Request: can't parse {key} JSON object") from None
        elif isinstance(value, str) and (key in INT_PARAMS or key == "chat_id"):
            with contextlib.suppress(ValueError):
                value = int(value)
        out[key] = value
    return out


async def _read_body(reader: asyncio.StreamReader, headers: dict[str, str]) -> bytes:
    if "content-length" in headers:
        return await reader.readexactly(int(headers["content-length"]))
    if headers.get("transfer-encoding", "").lower() == "chunked":
        chunks = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).strip().split(b";")[0], 16)
            chunk = await reader.readexactly(size + 2)
            if size == 0:
                return b"".join(chunks)
            chunks.append(chunk[:-2])
    return b""


def _parse_body(content_type: str, body: bytes) -> dict[str, Any]:
    if not body:
        return {}
    kind = content_type.split(";")[0].strip().lower()
    if kind == "application/json":
        data = json.loads(body)
        return {k: (json.dumps(v) if isinstance(v, dict | list) else v) for k, v in data.items()}
    if kind == "multipart/form-data":
        message = BytesParser(policy=HTTP).parsebytes(
            f"Content-Type: {content_type}\r\n\r\n".encode() + body
        )
        return {
            part.get_param("name", header="content-disposition"): part.get_content()
            for part in message.iter_parts()
        }
    return dict(parse_qsl(body.decode(), keep_blank_values=True))


class _MessageLog:
    """Accepted messages, written to SQLite so another process can count them."""

    def __init__(self, path: str) -> None:
        self._conn = sqlite3.connect(path, check_same_thread=False, isolation_level=None)
        self._conn.execute("PRAGMA journal_mode=WAL")
        self._conn.execute("PRAGMA synchronous=OFF")
        self._conn.execute(
            "CREATE TABLE IF NOT EXISTS messages (chat_id TEXT, message_id INTEGER, "
            "method TEXT, text TEXT, plain TEXT, parse_mode TEXT, reply_markup TEXT, ts REAL)"
        )

    def write(self, m: SentMessage) -> None:
        self._conn.execute(
            "INSERT INTO messages VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                str(m.chat_id),
                m.message_id,
                m.method,
                m.text,
                m.plain,
                m.parse_mode,
                json.dumps(m.reply_markup) if m.reply_markup else None,
                time.time(),
            ),
        )


class RemoteFakeBotAPI:
    """Drive a fake server in another process; methods mirror ``FakeBotAPI``'s test API."""

    def __init__(self, port: int, process: subprocess.Popen[str] | None = None) -> None:
        import httpx

        self.port = port
        self.process = process
        self.base_url = f"http://127.0.0.1:{port}/bot"
        self._client = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)

    def __getattr__(self, action: str) -> Any:
        if action not in CONTROL_ACTIONS:
            raise AttributeError(action)

        def call(**kwargs: Any) -> Any:
            response = self._client.post("/_control", json={"action": action, "args": kwargs})
            body = response.json()
            if not body.get("ok"):
                raise RuntimeError(body.get("description"))
            return body["result"]

        return call

    def close(self) -> None:
        self._client.close()
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(10)


def spawn_fake_bot_api(
    db_path: str | None = None, latency: float = 0.0, port: int = 0
) -> RemoteFakeBotAPI:
    """Start the server as a separate process and wait until it listens."""
    command = [sys.executable, "-m", "tests.auxil.fake_bot_api", "--port", str(port)]
    if db_path:
        command += ["--db", db_path]
    if latency:
        command += ["--latency", str(latency)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    assert process.stdout is not None
    line = process.stdout.readline()
    if not line.startswith("READY "):
        process.kill()
        raise RuntimeError(f"fake Bot API did not start: {line!r}")
    return RemoteFakeBotAPI(int(line.split()[1]), process)


@pytest.fixture
def fake_bot_api() -> Iterator[FakeBotAPI]:
    """The fake Bot API in its own thread and event loop, so that it answers at once even
    while the code under test keeps the test's loop busy (a broadcast, a model run)."""
    api = FakeBotAPI().start_in_thread()
    try:
        yield api
    finally:
        api.stop_thread()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--db", default=None, help="SQLite file that records sent messages")
    parser.add_argument("--latency", type=float, default=0.0, help="seconds per request")
    parser.add_argument("--token", default=None, help="accept only this bot token")
    args = parser.parse_args(argv)

    async def serve() -> None:
        api = FakeBotAPI(args.host, args.port, token=args.token, db_path=args.db)
        api.set_latency(args.latency)
        await api.start()
        print(f"READY {api.port}", flush=True)
        await asyncio.Event().wait()

    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve())


if __name__ == "__main__":
    main()
