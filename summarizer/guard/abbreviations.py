"""A name and its standard abbreviation: one name in two forms, not a swap.

"The US has voiced concern" where the source has "the United States has voiced concerns":
the brief's capitals are the initials of the run of capitalised words the source has in
that slot ("United States", "United Kingdom", "United Nations", "European Union", "Israel
Defense Forces"), the link words of a name ("of", "for", "the", "and") skipped. Either side
may have the short form. Style guides (AP, Reuters, BBC) use these short forms freely.
"""

from __future__ import annotations

import re

from summarizer.guard.text import words

# An abbreviation: two to eight letters, capitals first and last ("US", "IDF", "MoD").
_SHORT = re.compile(r"[A-Z][A-Za-z]{0,6}[A-Z]")
_LINKS = frozenset({"of", "for", "the", "and", "on", "in"})
MAX_RUN = 8  # words of a spelled-out name


def _initials_from(text_words: list[str], start: int) -> list[str]:
    """The initials of each prefix of the capitalised run that starts at ``start``."""
    out, initials = [], ""
    for word in text_words[start : start + MAX_RUN]:
        if word[:1].isupper():
            initials += word[0].lower()
            out.append(initials)
        elif word not in _LINKS:
            break
    return out


def _spells_out(short: str, long_first: str, text: str) -> bool:
    """``text`` has a run of capitalised words from ``long_first`` whose initials are
    ``short``."""
    if not _SHORT.fullmatch(short):
        return False
    wanted = short.lower()
    text_words = words(text)
    return any(
        wanted in _initials_from(text_words, i)
        for i, word in enumerate(text_words)
        if word == long_first
    )


def abbreviated(theirs: str, mine: str, source_texts: list[str], claim: str) -> bool:
    """The brief's ``mine`` abbreviates the name the source starts with ``theirs`` ("US"
    for "United States"), or spells out the source's abbreviation ("United" starting
    "United States" for "US", "Department" for "Dept.")."""
    if any(_spells_out(mine, theirs, t) for t in source_texts) or _spells_out(theirs, mine, claim):
        return True
    return any(expands(short, mine) for t in source_texts for short in clipped_forms(t))


# A clipped word: a capital, a few small letters and a period ("Dept.", "Gen.", "Intl.").
_CLIPPED = re.compile(r"\b([A-Z][a-z]{1,4})\.")
MIN_TRUNCATED = 3  # letters of a short form that may be a bare prefix ("Gen", "Univ")


def clipped_forms(text: str) -> set[str]:
    """The clipped words a text writes with a period: "Dept." gives "Dept"."""
    return set(_CLIPPED.findall(text))


def expands(short: str, full: str) -> bool:
    """Whether ``full`` is the word the clipped ``short`` stands for, as English clips
    words: a prefix ("Gen" General, "Univ" University) or a contraction that keeps the
    first and last letters and some between, in order ("Dept" Department, "Intl"
    International, "Mt" Mount)."""
    s, f = short.lower(), full.lower()
    if len(f) <= len(s) or s[0] != f[0]:
        return False
    if len(s) >= MIN_TRUNCATED and f.startswith(s):
        return True
    rest = iter(f)
    return s[-1] == f[-1] and all(ch in rest for ch in s)


def clipped_alike(one: str, other: str) -> bool:
    """Two names word for word the same but where one clips a word the other spells out
    ("the Transport Dept." and "the Transport Department")."""
    a, b = words(one), words(other)
    if len(a) != len(b) or a == b:
        return False
    return all(
        x == y or expands(x.rstrip("."), y) or expands(y.rstrip("."), x)
        for x, y in zip(a, b, strict=True)
    )
