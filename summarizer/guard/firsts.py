"""A "first" or "only" whose qualifier the source never sets beside it.

"The first Native American justice" and "the first Jewish justice" are different claims,
though the source may call the same person Native American, Jewish and the first of
something. A brief's "first"/"only" (أول، الوحيد; הראשון, היחיד) makes a record claim
about the qualifier it stands next to; the source supports it only where one of its body
sentences sets that same qualifier next to such a word too. A qualifier found only in the
headline beside "first" is the headline's framing ("headline"); one found nowhere beside
it is a record the source does not state ("unsupported").

English reads the first content word after the marker ("first Jewish justice"); Arabic
the first one after it too ("أول قاضية"); Hebrew, where the ordinal follows its noun,
the content word before it ("השופטת הראשונה"). The source may put the qualifier a few
words away ("first Native American Supreme Court justice"), on either side.
"""

from __future__ import annotations

from functools import lru_cache

from summarizer.guard.content_keys import is_content, part_keys, word_keys
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, sentences, words

_MARKERS = {
    "en": frozenset({"first", "only", "sole"}),
    "ar": frozenset({"اول", "الاول", "الاولي", "اولي", "الوحيد", "الوحيده", "الوحيدة"}),
    "he": frozenset({"הראשון", "הראשונה", "הראשונים", "הראשונות", "היחיד", "היחידה"}),
}
# words that follow "first"/"only" without naming what the record is of
_NOT_QUALIFIERS = {
    "en": frozenset(
        {"time", "times", "ever", "one", "two", "three", "person", "people", "thing",
         "things", "day", "week", "month", "year", "half", "step", "place", "because",
         "after", "before", "since", "when", "about", "around", "nearly", "partly",
         "briefly", "once", "later", "recently", "just", "also", "still", "said", "says"}
    ),
    "ar": frozenset({"مره", "مرة", "امس", "يوم"}),
    "he": frozenset({"פעם", "הפעם", "ביום", "היום"}),
}  # fmt: skip
# a cheap test before a text is read word by word
_STEMS = {"en": ("first", "only", "sole"), "ar": ("اول", "وحيد"), "he": ("ראשונ", "יחיד")}
WINDOW = 5  # words either side of a source marker its qualifier may stand
# English "only" is a record ("the only woman") after a determiner; elsewhere it restricts
# a verb's object ("target only those who ...") and makes no record claim
_EN_RECORD_ONLY = frozenset({"only", "sole"})
_DETERMINERS = frozenset({"the", "its", "his", "her", "their", "our", "my", "your"})
# An "only" before an article is the adverb ("making her only the second woman", "only a
# few"): it stands before a noun phrase of its own, whose record word ("second", "first")
# the source states or not on its own.
_ARTICLES = frozenset({"the", "a", "an"})


def _is_marker(tokens: list[str], at: int, lang: str) -> bool:
    word = fold(tokens[at])
    if word not in _MARKERS[lang]:
        return False
    if lang != "en" or word not in _EN_RECORD_ONLY:
        return True
    before = fold(tokens[at - 1]) if at else ""
    after = fold(tokens[at + 1]) if at + 1 < len(tokens) else ""
    return (before in _DETERMINERS or before.endswith("'s")) and after not in _ARTICLES


def _keys(word: str, lang: str) -> frozenset[str]:
    """A word's keys, and those of each part of a hyphenated word ("Native American-Jewish")."""
    return word_keys(word, lang).union(*part_keys(word, lang))


def _qualifier(tokens: list[str], at: int, lang: str) -> str | None:
    """The content word a marker at ``at`` qualifies, or None."""
    step = -1 if lang == "he" else 1
    i = at + step
    while 0 <= i < len(tokens) and abs(i - at) <= 3:
        w = tokens[i]
        if fold(w) in _MARKERS[lang]:
            return None
        if is_content(w, lang) and not any(ch.isdigit() for ch in w):
            return None if fold(w) in _NOT_QUALIFIERS[lang] else w
        i += step
    return None


def _beside(text: str, keys: frozenset[str], lang: str) -> bool:
    """Whether a sentence of ``text`` sets a word of ``keys`` within WINDOW words of a
    marker."""
    return bool(_near_markers(text, lang) & keys)


@lru_cache(maxsize=256)
def _near_markers(text: str, lang: str) -> frozenset[str]:
    """The keys of every word within WINDOW words of a marker, in any sentence of a text
    (read once per source)."""
    out: set[str] = set()
    if not any(m in fold(text) for m in _STEMS[lang]):
        return frozenset()
    for sentence in sentences(text):
        tokens = words(sentence.text)
        for m in range(len(tokens)):
            if _is_marker(tokens, m, lang):
                for w in tokens[max(0, m - WINDOW) : m + WINDOW + 1]:
                    out |= _keys(w, lang)
    return frozenset(out)


def check_firsts(src: str, text: str, lang: str, headline: str | None) -> list[Problem]:
    """Record claims ("the first Jewish justice") whose qualifier no source sentence sets
    beside a "first" or "only"."""
    if lang not in _MARKERS:
        return []
    body = src
    if headline and src.lstrip().startswith(headline.strip()):
        body = src.lstrip()[len(headline.strip()) :]
    problems: list[Problem] = []
    if not any(m in fold(text) for m in _STEMS[lang]):
        return problems
    for sentence in sentences(text):
        tokens = words(sentence.text)
        for at, word in enumerate(tokens):
            if not _is_marker(tokens, at, lang):
                continue
            qualifier = _qualifier(tokens, at, lang)
            if qualifier is None:
                continue
            keys = word_keys(qualifier, lang)
            if _beside(body, keys, lang):
                continue
            if not _near_markers(body, lang):
                continue  # the source states no record at all: left to the support checks
            kind = "headline" if headline and _beside(headline, keys, lang) else "unsupported"
            problems.append(
                Problem(
                    kind,
                    f"{word!r} {qualifier!r}: no sentence of the source sets {qualifier!r} "
                    f"beside {word!r}",
                    sentence.text,
                )
            )
    return problems
