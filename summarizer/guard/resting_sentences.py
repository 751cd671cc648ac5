"""Which source sentences a piece of a brief rests on, read off the guard's alignment.

The attribution check asks whether a brief's sentence rests on a source clause that
someone is credited with. It takes the source sentences from the same alignment the other
checks judge claims by (:mod:`summarizer.guard.align`: shared content words, the rarer in
the source the weightier): those aligned to the piece as a whole and to each of its
claims, and, for a figure the piece counts, every sentence near enough that states it. A
sentence elsewhere that shares a few of the story's common words, or only a date, is no
source of the piece: "Drone footage shows burials stepped up on Hart Island" does not
rest on "black Chicagoans account for half of the city's cases, health officials said".
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from summarizer.guard.align import Claim, SourceIndex, align, sentence_scores, split_claims
from summarizer.guard.dates import month_days
from summarizer.guard.numbers import Number, find_numbers, same_number


def resting_sentences(text: str, index: SourceIndex) -> dict[int, float]:
    """The source sentences ``text`` rests on, each by its start, with the alignment's
    score of it for the text as a whole (0.0 for one only a claim of the text, or a
    figure, aligns it to)."""
    scores = sentence_scores(text, index)
    chosen: set[int] = set()
    for claim in [Claim(text, text), *split_claims(text, index.lang)]:
        found = align(claim, index)
        chosen.update(found.sentences)
        figures = counts(claim.text, index.lang)
        if figures:
            chosen.update(
                i for i in found.near if shares_number(figures, index.sentences[i].text, index.lang)
            )
    return {index.sentences[i].start: scores.get(i, 0.0) for i in chosen}


def counts(text: str, lang: str) -> list[Number]:
    """The figures of a text that count something: not the day of a date ("until 30
    April": when, not how many)."""
    days = {value for _, value in month_days(text, lang)}
    return [n for n in find_numbers(text, lang) if n.kind == "digits" and n.value not in days]


def shares_number(numbers: list[Number], text: str, lang: str) -> bool:
    """Whether ``text`` states one of ``numbers``."""
    exact = _exact_values(text, lang)
    return any(
        _has_value(exact, n.value)
        if n.kind != "vague"
        else same_number(n, find_numbers(text, lang))
        for n in numbers
    )


@lru_cache(maxsize=16384)
def _exact_values(text: str, lang: str) -> tuple[float, ...]:
    """The values of a text's exact figures, sorted (read once per source clause: each
    sentence of a brief is compared with every clause of the source)."""
    return tuple(sorted(n.value for n in find_numbers(text, lang) if n.kind != "vague"))


def _has_value(values: tuple[float, ...], value: float) -> bool:
    """:func:`same_number` for an exact figure, on sorted values: a look-up, not a scan."""
    at = bisect_left(values, value - 2e-6)
    while at < len(values) and values[at] <= value + 2e-6:
        if abs(values[at] - value) < 1e-6:
            return True
        at += 1
    return False
