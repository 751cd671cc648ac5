"""A place of the article moved into another place's slot, in Arabic and Hebrew.

"استلهمنا من تونس سلمية الثورة" briefed as "مستلهماً من مصر سلمية الثورة": Egypt is named
elsewhere in the article, so a check that asks only whether the source names a place lets
the swap through. A place stands in its slot by the word before it (the same preposition
or noun, "من" / "في" / "مثل") and by the words around it; where a sentence of the source
has the same word before another place, shares at least two content words with the words
around the brief's place, and does not name the brief's place in that clause, the brief has
tied the event to the wrong place. A long sentence of the source may name both places in
different clauses ("seized depots in rural Damascus, while fighting in the north ..."):
only the words near the source's place decide whether it names the brief's place there.
"""

from __future__ import annotations

from summarizer.guard.content_keys import is_content
from summarizer.guard.places import place_of
from summarizer.guard.report import Problem
from summarizer.guard.text import folded_forms, sentences, words

WINDOW = 4  # words either side of a place that make its slot
SHARED = 2  # content words of the slot the source's sentence must share
CLAUSE = 8  # words either side of the source's place within which it must not name ours


def check_place_slots(summary: str, source: str, lang: str) -> list[Problem]:
    """Places of the brief (ar/he) in the slot where a sentence of the source has another."""
    if lang not in ("ar", "he"):
        return []
    source_words = [words(s.text) for s in sentences(source)]
    # Each source sentence's places, read once: every brief place is tried against them.
    read = [(tokens, [place_of(w, lang) for w in tokens]) for tokens in source_words]
    named = set().union(*(places for _, places in read))
    problems = []
    for sentence in sentences(summary):
        tokens = words(sentence.text)
        mine = {place_of(w, lang) for w in tokens}
        for at, word in enumerate(tokens):
            place = place_of(word, lang)
            if at == 0 or place is None or place not in named:
                continue
            theirs = _slot_holder(tokens, at, read, mine, lang)
            if theirs:
                detail = f"the source has {theirs!r} where the summary has {word!r}"
                problems.append(Problem("name", detail, word))
    return problems


def _around(tokens: list[str], at: int) -> list[str]:
    return tokens[max(0, at - WINDOW) : at] + tokens[at + 1 : at + 1 + WINDOW]


def _slot_holder(
    tokens: list[str],
    at: int,
    source: list[tuple[list[str], list[int | None]]],
    mine: set[int | None],
    lang: str,
) -> str | None:
    """The source's place in the slot of ``tokens[at]``: after the same word, among the same
    content words, with no mention of the brief's place in the clause around it."""
    place = place_of(tokens[at], lang)
    before = folded_forms(tokens[at - 1], lang)
    slot = [w for w in _around(tokens, at) if place_of(w, lang) is None and is_content(w, lang)]
    for theirs, places in source:
        for k in range(1, len(theirs)):
            other = places[k]
            if other is None or other in mine or not before & folded_forms(theirs[k - 1], lang):
                continue
            if place in places[max(0, k - CLAUSE) : k + CLAUSE + 1]:
                continue
            near = set().union(*(folded_forms(w, lang) for w in _around(theirs, k)))
            if sum(1 for w in slot if folded_forms(w, lang) & near) >= SHARED:
                return theirs[k]
    return None
