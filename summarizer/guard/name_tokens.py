"""The tokens of an English sentence as the name-slot check reads them, and its names.

A token is a word (with inner apostrophes, hyphens, dots) or a mark that ends a slot (a
comma, a bracket, a quotation mark); a name is a run of capitalised tokens. Each reading is
cached by its text or tokens: the check reads each aligned source sentence once per name of
the brief.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.guard.spelling import american
from summarizer.guard.text import fold

_TOKEN = re.compile(r"[A-Za-z0-9À-ÿ][\w’'+.-]*[\w+]|[A-Za-z0-9À-ÿ]|[,;:()\"“”]")
# Lower-case words that may stand inside a name ("Pueblo of Isleta", "Bill de Blasio").
INNER = {"of", "de", "al", "el", "von", "van", "bin", "la", "du", "der"}
# Words that open sentences or stand capitalised without naming anyone.
NOT_NAMES = {
    "the", "a", "an", "in", "on", "at", "he", "she", "it", "they", "we", "i", "his", "her",
    "its", "their", "this", "that", "these", "those", "but", "and", "as", "after", "before",
    "when", "while", "since", "some", "many", "mr", "mrs", "ms", "dr", "prof", "president",
    "governor", "minister", "director", "health", "police", "officials", "sunday", "monday",
    "tuesday", "wednesday", "thursday", "friday", "saturday", "january", "february",
    "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december",
}  # fmt: skip
_POSSESSIVE = re.compile(r"(?:['’]s|['’])$")
_STEM_SUFFIXES = ("ing", "es", "ed", "s", "d")


@lru_cache(maxsize=4096)
def tokens_of(text: str) -> list[str]:
    return _TOKEN.findall(text)


@lru_cache(maxsize=16384)
def norm(token: str) -> str:
    """The token folded, without a possessive ending, in American spelling."""
    return american(_POSSESSIVE.sub("", fold(token)))


@lru_cache(maxsize=16384)
def stem(word: str) -> str:
    word = norm(word)
    for suffix in _STEM_SUFFIXES:
        if len(word) > len(suffix) + 3 and word.endswith(suffix):
            word = word[: -len(suffix)]
            break
    return word


@lru_cache(maxsize=4096)
def sentence_stems(tokens: tuple[str, ...]) -> list[str]:
    return [stem(t) for t in tokens]


@lru_cache(maxsize=4096)
def stem_positions(tokens: tuple[str, ...]) -> dict[str, list[int]]:
    """Where each stem stands in the tokens, in order: a lead's first word is looked up,
    not searched for along the sentence."""
    out: dict[str, list[int]] = {}
    for i, s in enumerate(sentence_stems(tokens)):
        out.setdefault(s, []).append(i)
    return out


def capital(token: str) -> bool:
    first = token[:1]  # (a capital letter is a letter: the scan is for Ⓐ, Ⅳ and the like)
    return first.isupper() and (first.isalpha() or any(ch.isalpha() for ch in token))


def name_runs(tokens: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each name of the tokens (:func:`_names_of`)."""
    return _names_of(tuple(tokens))


@lru_cache(maxsize=4096)
def _names_of(tokens: tuple[str, ...]) -> list[tuple[int, int]]:
    """Runs of capitalised words (with "of", "de" inside), less words that open
    sentences or name a day or a title."""
    out = []
    i = 0
    while i < len(tokens):
        if not capital(tokens[i]) or norm(tokens[i]) in NOT_NAMES or _opens(tokens, i):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            if capital(tokens[j]) and norm(tokens[j]) not in NOT_NAMES:
                j += 1
            elif norm(tokens[j]) in INNER and j + 1 < len(tokens) and capital(tokens[j + 1]):
                j += 2
            else:
                break
        out.append((i, j))
        i = j
    return out


def _opens(tokens: tuple[str, ...], i: int) -> bool:
    """A lone capitalised word that opens the sentence ("Weeks later"): capitalised for
    its place, not as a name."""
    return i == 0 and (len(tokens) < 2 or not capital(tokens[1]))
