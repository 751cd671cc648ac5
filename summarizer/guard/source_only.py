"""Judging words with a plain sense in news: loaded only when the brief brings them in.

Some words judge a person, a side or an act, yet a faithful brief repeats them when the
source itself uses them in its own voice (*extremist*, *brutal*, الثورية, הכבושה). A term
marked ``source_only = true`` in a lexicon is therefore flagged only where the source, in
the brief's language, never uses it outside quotation marks: a word the source leaves to
its quoted speakers, or never uses, is the brief's own framing. With no source in the
brief's language (a translation) such a term is left alone: its English brief was checked.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Protocol

from summarizer.guard.text import inside, quote_spans


class _Term(Protocol):
    @property
    def entry(self) -> int: ...
    @property
    def source_only(self) -> bool: ...


class _Hit(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...
    @property
    def term(self) -> _Term: ...


def own_voice_entries(
    hits: Sequence[_Hit], source: str | None, find: Callable[[str], Sequence[_Hit]]
) -> set[int] | None:
    """The ``source_only`` entries the source uses in its own voice (outside quotation
    marks); None when no hit needs it or there is no source in the brief's language."""
    if source is None or not any(h.term.source_only for h in hits):
        return None
    quoted = quote_spans(source)
    return {h.term.entry for h in find(source) if not inside(quoted, h.start, h.end)}


def brought_in(hit: _Hit, source: str | None, own: set[int] | None) -> bool:
    """Whether a hit counts as loaded: always for an ordinary term; for a ``source_only``
    term, only when the source (in the brief's language) does not use it itself."""
    if not hit.term.source_only:
        return True
    return source is not None and own is not None and hit.term.entry not in own
