"""British and American spellings of one English word, read as one.

A brief and its source may spell the same word either way ("Defence Ministry" for the
source's "Defense Ministry", "favour" for "favor", "centre" for "center", "organised" for
"organized"). Comparisons of words and names read both through :func:`american`, so a
spelling is no new word. The rules are the regular endings only; a word they would
wrongly change is changed on both sides alike, which makes no two words one.
"""

from __future__ import annotations

import re
from functools import lru_cache

# (British ending, American ending), each tried at the end of a lower-case word with an
# inflection after it or none.
_ENDINGS = (
    (re.compile(r"(?<=[a-z]{3})ence(s?)$"), r"ense\1"),  # defence, offence, licence
    (re.compile(r"(?<=[a-z]{2}[^aeiou])our(s|ed|ing|ite|ites|able)?$"), r"or\1"),  # colour
    (re.compile(r"(?<=[a-z]{3})is(e|es|ed|ing|ation|ations)$"), r"iz\1"),  # organise
    (re.compile(r"(?<=[a-z]{3})tre(s?)$"), r"ter\1"),  # centre, theatre, metre
)


# Every British ending at once: most words have none, and are passed by one search.
_ANY = re.compile(r"(?:ences?|our(?:s|ed|ing|ite|ites|able)?|is(?:e|es|ed|ing|ations?)|tres?)$")


@lru_cache(maxsize=16384)
def american(word: str) -> str:
    """The American spelling of a lower-case English word (itself where it has none)."""
    if _ANY.search(word) is None:
        return word
    for pattern, replacement in _ENDINGS:
        new = pattern.sub(replacement, word)
        if new != word:
            return new
    return word
