"""Updates of one chat are handled one after another; different chats in parallel.

python-telegram-bot's own concurrency (``concurrent_updates``) handles any updates at the
same time, so a user's ``/language ar`` and the ``/help`` right after it could race, and
two quick ``/start`` could both create the chat's row. Here each chat has a lock taken
before a slot of the concurrency limit, so a chat waiting for its turn (behind a slow
link) holds no slot that other chats need.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

#: Updates accepted at once, waiting or running (the base class's semaphore).
MAX_PENDING_UPDATES = 4096


class PerChatUpdateProcessor(BaseUpdateProcessor):
    def __init__(self, max_running: int) -> None:
        super().__init__(max_concurrent_updates=MAX_PENDING_UPDATES)
        self._running = asyncio.Semaphore(max_running)
        self._locks: dict[Any, asyncio.Lock] = {}
        self._users: dict[Any, int] = {}

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _chat_key(update)
        lock = self._locks.setdefault(key, asyncio.Lock())
        self._users[key] = self._users.get(key, 0) + 1
        try:
            async with lock, self._running:
                await coroutine
        finally:
            self._users[key] -= 1
            if not self._users[key]:
                del self._users[key], self._locks[key]

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass


def _chat_key(update: object) -> Any:
    if isinstance(update, Update):
        if update.effective_chat is not None:
            return update.effective_chat.id
        if update.effective_user is not None:
            return ("user", update.effective_user.id)
    return ("update", id(update))
