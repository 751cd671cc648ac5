"""One speaker named in a fuller form: the same party, not another one.

A brief may name a speaker more fully than its source does ("Officials in New York City"
for the source's "Officials"): the added words say where the speaker is from, and they
name no one else. Word-share tests miss it where the shorter form is only a title or a
description, which they set aside as too common to tell speakers apart.
"""

from __future__ import annotations

from summarizer.guard.text import fold, words

_QUALIFIERS = {"in", "at", "from", "of", "for"}


def fuller_form(longer: str, shorter: str) -> bool:
    """ "Officials in New York City" for the source's "Officials": all of the shorter
    speaker's words open the longer one, and the rest only says where they are from (a
    preposition opens it), so both name the same party."""
    long_words, short_words = [fold(w) for w in words(longer)], [fold(w) for w in words(shorter)]
    n = len(short_words)
    return (
        0 < n < len(long_words) and long_words[:n] == short_words and long_words[n] in _QUALIFIERS
    )
