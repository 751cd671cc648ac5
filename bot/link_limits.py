"""The per-sender limit on links users send (``telegram.link_requests_per_window``)."""

from __future__ import annotations

import math
import time
from collections import deque
from collections.abc import Hashable


class LinkRateLimiter:
    """At most ``limit`` link requests per bucket in any ``window`` seconds (in memory).

    A bucket is one sender in one chat (see ``handlers.common.link_sender``): anonymous
    group administrators all post as Telegram's one GroupAnonymousBot, so a bucket per
    user id would make every group's anonymous admins share one. Buckets idle for a whole
    window are dropped (swept at most once per window), so memory follows the senders of
    the last window or two, not every sender ever seen.
    """

    def __init__(self) -> None:
        self._seen: dict[Hashable, deque[float]] = {}
        self._last_sweep = -math.inf

    def check(self, key: Hashable, limit: int, window: float, now: float | None = None) -> float:
        """Record a request; return 0 when allowed, else the seconds until one is allowed."""
        now = time.monotonic() if now is None else now
        self._sweep(now, window)
        seen = self._seen.setdefault(key, deque())
        while seen and now - seen[0] >= window:
            seen.popleft()
        if len(seen) >= limit:
            return window - (now - seen[0])
        seen.append(now)
        return 0.0

    def __len__(self) -> int:
        """How many buckets are kept."""
        return len(self._seen)

    def _sweep(self, now: float, window: float) -> None:
        if now - self._last_sweep < window:
            return
        self._last_sweep = now
        idle = [key for key, seen in self._seen.items() if not seen or now - seen[-1] >= window]
        for key in idle:
            del self._seen[key]
