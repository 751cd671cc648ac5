"""Brief caches: the same article with the same models is never summarised twice.

``BriefCache`` is the small interface a persistent store implements (the bot backs it with
its database); ``LRUBriefCache`` keeps recent briefs in memory. Keys come from
``Summarizer.cache_key``: article content hash + model versions + backend + decoding.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Protocol, runtime_checkable

from summarizer.types import Brief


@runtime_checkable
class BriefCache(Protocol):
    """Somewhere to keep finished briefs by cache key.

    Called from the thread that runs the summarizer. ``Brief.to_dict()`` /
    ``Brief.from_dict()`` turn a brief into JSON and back for storage.
    """

    def get(self, key: str) -> Brief | None: ...

    def put(self, key: str, brief: Brief) -> None: ...


class LRUBriefCache:
    """The most recently used ``capacity`` briefs, in memory; thread-safe."""

    def __init__(self, capacity: int = 256) -> None:
        self.capacity = capacity
        self._items: OrderedDict[str, Brief] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, key: str) -> Brief | None:
        with self._lock:
            brief = self._items.get(key)
            if brief is not None:
                self._items.move_to_end(key)
            return brief

    def put(self, key: str, brief: Brief) -> None:
        if self.capacity <= 0:
            return
        with self._lock:
            self._items[key] = brief
            self._items.move_to_end(key)
            while len(self._items) > self.capacity:
                self._items.popitem(last=False)

    def __len__(self) -> int:
        return len(self._items)


class LayeredBriefCache:
    """Memory first, then the optional persistent store; a store hit warms the memory."""

    def __init__(self, memory: LRUBriefCache, store: BriefCache | None = None) -> None:
        self.memory = memory
        self.store = store

    def get(self, key: str) -> Brief | None:
        brief = self.memory.get(key)
        if brief is None and self.store is not None:
            brief = self.store.get(key)
            if brief is not None:
                self.memory.put(key, brief)
        return brief

    def put(self, key: str, brief: Brief) -> None:
        self.memory.put(key, brief)
        if self.store is not None:
            self.store.put(key, brief)
