"""The phrase a figure stands in, and the source sentences that phrase rests on.

A long claim often gathers several source sentences: "X was a professor, a chief judge
and, from 2015 to 2019, a judge on the Superior Court" takes its years from a sentence
about the Superior Court that the claim as a whole aligns less well with than with the
one about the professorship. The figure's own phrase ("from 2015 to 2019, a judge on the
Superior Court") aligns with that sentence; a figure moved to another context keeps its
new context's words and aligns with a sentence that does not state it.
"""

from __future__ import annotations

import re
from itertools import pairwise

from summarizer.guard.align import SourceIndex
from summarizer.guard.content_keys import part_keys
from summarizer.guard.numbers import Number
from summarizer.guard.text import words

# Where a phrase ends: punctuation inside a sentence (not the comma inside a figure,
# "100,000"), and the clause joins of align.py.
_PHRASE_END = re.compile(
    r"(?<!\d),|,(?!\d)|[;:()\[\]،؛]|\s[-–—]\s|\s(?:and|while|but|whereas|بينما|בעוד)\s",
    re.IGNORECASE,
)
MIN_PHRASE_WORDS = 2  # a phrase with fewer content words takes in the one after it
MAX_PIECES = 3  # ... and in all at most this many more
PHRASE_SHARE = 0.5  # the weighted share of the phrase's words a sentence must have
PHRASE_BEST = 0.8  # and at least this share of the best sentence's score


def _phrase_keys(phrase: str, lang: str) -> list[frozenset[str]]:
    """The keys of the phrase's content words, a hyphenated word by its parts
    (:func:`part_keys`: "late-March" meets "late March")."""
    out: dict[frozenset[str], None] = {}
    for word in words(phrase):
        for keys in part_keys(word, lang):
            out[keys] = None
    return list(out)


def figure_phrase(claim: str, number: Number, lang: str) -> str:
    """The stretch of a claim between the punctuation or clause joins around a figure,
    with the next stretch (else the one before) while it has too few content words."""
    at = claim.find(number.span)
    if at < 0:
        return ""
    cuts = [0, *(m.start() for m in _PHRASE_END.finditer(claim)), len(claim)]
    pieces = [claim[a:b] for a, b in pairwise(cuts)]
    starts = cuts[:-1]
    mine = max(i for i, s in enumerate(starts) if s <= at)
    first, last = mine, mine
    while len(_phrase_keys(" ".join(pieces[first : last + 1]), lang)) < MIN_PHRASE_WORDS:
        if last - first >= MAX_PIECES:
            break
        if last + 1 < len(pieces):
            last += 1
        elif first > 0:
            first -= 1
        else:
            break
    return " ".join(pieces[first : last + 1])


def phrase_sentences(claim: str, number: Number, index: SourceIndex) -> list[int]:
    """The source sentences that the figure's phrase aligns with: those that have most of
    its (rarity-weighted) content words, best first; none when it has too few words."""
    mine = _phrase_keys(figure_phrase(claim, number, index.lang), index.lang)
    if len(mine) < MIN_PHRASE_WORDS:
        return []
    weights = [index.idf(w) for w in mine]
    total = sum(weights)
    scored = []
    for i, theirs in enumerate(index.keys):
        share = sum(wt for w, wt in zip(mine, weights, strict=True) if w & theirs) / total
        if share >= PHRASE_SHARE:
            scored.append((share, i))
    if not scored:
        return []
    best = max(s for s, _ in scored)
    return [i for s, i in sorted(scored, reverse=True) if s >= PHRASE_BEST * best]
