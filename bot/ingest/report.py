"""What a poll found and did, per feed and in total (printed by ``triglot fetch-once``).

Every entry a poll takes from a feed (each entry with a link, up to
``fetch.max_entries_per_feed`` new ones) gets exactly one :class:`EntryDecision`, and the
counters add up: ``taken = new + seen + irrelevant + duplicate + not_article + failed``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime
from typing import Any, Protocol

#: What became of an entry taken from a feed (``failed``: its page could not be fetched or
#: read; it is retried later when the reason was passing).
DECISIONS: tuple[str, ...] = ("new", "seen", "irrelevant", "duplicate", "not_article", "failed")

#: Per-feed counters, in the order they are shown.
COUNTERS: tuple[str, ...] = (
    "taken",
    "new",
    "not_modified",
    "seen",
    "irrelevant",
    "duplicate",
    "not_article",
    "failed",
    "errors",
)
MAX_PROBLEMS = 20


@dataclass
class EntryDecision:
    """One entry taken from a feed and what was decided (``triglot fetch-once --json``).

    ``score`` and ``terms`` say why, when relevance was judged (see
    :class:`bot.ingest.relevance.Relevance`); ``reason`` says why an entry was not kept.
    """

    link: str
    title: str
    decision: str  # one of DECISIONS
    score: float | None = None
    terms: list[str] = field(default_factory=list)
    reason: str | None = None


@dataclass
class FeedReport:
    """One feed's poll. ``error`` is set when the feed itself could not be polled."""

    feed_id: int
    name: str
    url: str
    new: int = 0  # relevant, not duplicate: stored with status "new"
    not_modified: int = 0  # 1 when the server answered 304
    seen: int = 0  # entries already stored (from this feed or another) by URL or GUID
    irrelevant: int = 0
    duplicate: int = 0  # another URL, GUID or outlet already had this story
    not_article: int = 0  # too short, paywall, video, no text
    failed: int = 0  # an entry's page could not be fetched or read
    errors: int = 0  # failed entries, plus 1 when the feed itself could not be polled
    error: str | None = None
    healthy: bool = True
    skipped: bool = False  # not due yet (backoff, Retry-After, Cache-Control)
    requests: int = 0
    new_article_ids: list[int] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)
    entries: list[EntryDecision] = field(default_factory=list)

    @property
    def taken(self) -> int:
        """Entries taken from the feed in this poll, each with one decision."""
        return len(self.entries)

    def decide(self, entry: EntryDecision) -> None:
        """Record an entry's decision and count it."""
        self.entries.append(entry)
        setattr(self, entry.decision, getattr(self, entry.decision) + 1)
        if entry.decision == "failed":
            self.errors += 1

    def problem(self, text: str) -> None:
        """Note an entry-level problem (kept short: the first few are enough to act on)."""
        if len(self.problems) < MAX_PROBLEMS:
            self.problems.append(text)

    def to_dict(self) -> dict[str, Any]:
        return {"taken": self.taken, **asdict(self)}


@dataclass
class PollReport:
    """All feeds of one poll."""

    started_at: datetime
    finished_at: datetime | None = None
    feeds: list[FeedReport] = field(default_factory=list)

    @property
    def requests(self) -> int:
        return sum(f.requests for f in self.feeds)

    @property
    def new_article_ids(self) -> list[int]:
        return [i for f in self.feeds for i in f.new_article_ids]

    def totals(self) -> dict[str, int]:
        return {name: sum(getattr(f, name) for f in self.feeds) for name in COUNTERS}

    def to_dict(self) -> dict[str, Any]:
        return {
            "started_at": self.started_at.isoformat(),
            "finished_at": self.finished_at.isoformat() if self.finished_at else None,
            "requests": self.requests,
            "totals": self.totals(),
            "feeds": [f.to_dict() for f in self.feeds],
        }


class PollProgress(Protocol):
    """Told how far a poll is (the CLI draws a progress bar from it)."""

    def feeds_started(self, total: int) -> None: ...

    def feed_done(self, report: FeedReport) -> None: ...
