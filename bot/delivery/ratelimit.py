"""Pacing: the overall messages-per-second limit and the per-chat minimum interval.

Both are in memory. After a restart the per-chat pacing starts afresh, which can at most
let one message per chat go out up to a second early.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable


class GlobalRateLimiter:
    """Hands out send slots evenly spaced at ``1 / per_second``; ``pause`` stops them all.

    Slots are spaced rather than counted per second, so the rate does not burst; and a log
    of the last second's sends guarantees that no window of one second ever holds more than
    ``per_second`` sends, even when the event loop stalls and several late slots fall due
    at once. A 429 pauses every sender, as Telegram's flood control applies to the bot as
    a whole.
    """

    def __init__(self, per_second: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.interval = 1.0 / per_second
        self._capacity = max(1, int(per_second))
        self._clock = clock
        self._next_slot = 0.0
        self._paused_until = 0.0
        self._sent: deque[float] = deque()  # when each send of the last second started

    async def acquire(self) -> None:
        while True:
            now = self._clock()
            if self._paused_until > now:
                await asyncio.sleep(self._paused_until - now)
                continue
            slot = max(now, self._next_slot)
            self._next_slot = slot + self.interval
            if slot > now:
                await asyncio.sleep(slot - now)
            await self._wait_for_room()
            now = self._clock()
            if self._paused_until <= now:
                self._sent.append(now)
                return

    async def _wait_for_room(self) -> None:
        while True:
            now = self._clock()
            while self._sent and now - self._sent[0] >= 1.0:
                self._sent.popleft()
            if len(self._sent) < self._capacity:
                return
            await asyncio.sleep(1.0 - (now - self._sent[0]))

    def pause(self, seconds: float) -> None:
        """No slot is handed out for ``seconds`` from now (a 429's ``retry_after``)."""
        until = self._clock() + seconds
        self._paused_until = max(self._paused_until, until)
        self._next_slot = max(self._next_slot, self._paused_until)


class ChatPacer:
    """Remembers when each chat may get its next message.

    Private chats (positive ids) wait ``private_interval`` seconds between messages; groups
    and channels (negative ids) wait ``60 / group_per_minute``, which keeps any minute at or
    under the group limit.
    """

    def __init__(
        self,
        private_interval: float,
        group_per_minute: int,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self._private = private_interval
        self._group = 60.0 / group_per_minute
        self._clock = clock
        self._ready_at: dict[int, float] = {}

    def is_ready(self, chat_id: int) -> bool:
        return self._ready_at.get(chat_id, 0.0) <= self._clock()

    def mark_sent(self, chat_id: int) -> None:
        interval = self._group if chat_id < 0 else self._private
        self._ready_at[chat_id] = self._clock() + interval

    def not_ready(self) -> frozenset[int]:
        """The chats that must still wait; forgets those that need not."""
        now = self._clock()
        self._ready_at = {chat: at for chat, at in self._ready_at.items() if at > now}
        return frozenset(self._ready_at)
