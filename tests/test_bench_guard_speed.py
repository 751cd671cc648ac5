"""bench/guard.py's speed table times cold checks: it must still find every cache it clears.

The guard's modules move (round 28 split ``align.py``); a cache the bench still looks for
in its old module made the speed table crash after the verdicts were printed.
"""

from __future__ import annotations

from bench.guard_speed import _clear_caches, time_check
from summarizer.guard import Guard, content_keys

_SOURCE = (
    "The council closed the Elm Street bridge on Monday after inspectors found cracks in "
    "two of its steel supports, the mayor said."
)
_BRIEF = "The mayor said the council closed the Elm Street bridge after inspectors found cracks."


def test_clearing_caches_leaves_the_word_keys_cold() -> None:
    Guard.from_settings().check(_SOURCE, _BRIEF)
    assert content_keys.word_keys.cache_info().currsize > 0
    _clear_caches()
    assert content_keys.word_keys.cache_info().currsize == 0


def test_a_cold_check_is_timed() -> None:
    assert time_check(lambda: Guard.from_settings().check(_SOURCE, _BRIEF), repeats=2) > 0
