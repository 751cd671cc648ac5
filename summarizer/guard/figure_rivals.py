"""Which source figures back a brief's figure, and which rival figure the source gives in
the claim's own words ("received 550 patients a day" where the brief says 150): the words
around a figure, read once per window and per occurrence."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import cast

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.content_keys import is_content, word_keys
from summarizer.guard.cues import EN_CUES
from summarizer.guard.durations import same_span, unit_days
from summarizer.guard.figure_kinds import same_sort
from summarizer.guard.hedges import agrees, hedge_before
from summarizer.guard.numbers import Number
from summarizer.guard.text import words


def fits_in(number: Number, hedge: str | None, i: int, index: SourceIndex) -> list[Number]:
    """The figures of source sentence i that back this one (each once)."""
    text = index.sentences[i].text
    return [
        n
        for n in index.figures[i]
        if n.kind != "vague" and agrees(number.value, hedge, n.value, hedge_before(text, n))
    ]


def hedge_clash(number: Number, hedge: str | None, i: int, index: SourceIndex) -> str | None:
    """The source sentence's own hedge on this very figure where it does not agree with the
    brief's ("about 70" where the brief says "more than 70"): the figure kept, its bound
    moved. None when the sentence has the figure stated the same way, or not at all."""
    text = index.sentences[i].text
    for n in index.figures[i]:
        if n.kind == "vague" or abs(n.value - number.value) > 1e-6:
            continue
        theirs = hedge_before(text, n)
        if (
            theirs is not None
            and theirs != hedge
            and not agrees(number.value, hedge, n.value, theirs)
        ):
            return theirs
    return None


# Where a sentence turns from its speaker to what they say: words before a figure stop there.
_TURN = {
    "en": re.compile(EN_CUES.pattern + r"|\b(?:that|explained)\b", re.IGNORECASE),
    "ar": re.compile(r"(?<!\w)(?:أن|إن|بأن|ان)(?!\w)"),
    "he": re.compile(r"(?<!\w)כי(?!\w)"),
}
LOCAL_WORDS = 3  # content words each side of a figure that say what it is about
MIN_RIVAL = 2  # a rival figure must share at least this many of them,
RIVAL_MARGIN = 2  # and this many more than any figure that backs the claim
SIDE_BY_SIDE = 40  # characters between two figures that describe one thing together


def occurrences(text: str, span: str) -> list[int]:
    """Where a figure's text stands in a text, as a whole figure ("30" is not the "30" of
    "300" or "2030"): a sentence may state the same figure for two things."""
    if text.count(span) <= 1:
        return [text.find(span)] if span in text else []
    pattern = r"(?<![\d.,])" + re.escape(span) + r"(?![\d])"
    return [m.start() for m in re.finditer(pattern, text)] or (
        [text.find(span)] if span in text else []
    )


def local_context(
    text: str, number: Number, lang: str, at: int | None = None
) -> list[frozenset[str]]:
    """The content words around a figure: "received 550 patients a day" (at its first
    occurrence, or at ``at``)."""
    at = text.find(number.span) if at is None else at
    if at < 0:
        return []
    before_text = text[max(0, at - 80) : at]
    after_text = text[at + len(number.span) : at + len(number.span) + 80]
    return list(_window_context(before_text, after_text, lang))


@lru_cache(maxsize=16384)
def _window_context(before_text: str, after_text: str, lang: str) -> tuple[frozenset[str], ...]:
    """:func:`local_context` of the 80 characters each side of a figure (read once per
    window: a sentence that repeats a phrase repeats its windows)."""
    turns = [m.end() for m in _TURN[lang].finditer(before_text)]
    if turns:  # "Dr. X, at Y Hospital, explained that there were 22": X and Y are no context
        before_text = before_text[turns[-1] :]
    before = [w for w in words(before_text) if is_content(w, lang)]
    after = [w for w in words(after_text) if is_content(w, lang)]
    chosen = before[-LOCAL_WORDS:] + after[:LOCAL_WORDS]
    return tuple(word_keys(w, lang) for w in chosen)


def _overlap(mine: list[frozenset[str]], text: str, other: Number, lang: str) -> int:
    """How many of the claim's words stand around the figure, at its best occurrence."""
    return max(
        (sum(1 for w in mine if w & theirs) for theirs in _contexts(text, other, lang)),
        default=0,
    )


@lru_cache(maxsize=4096)
def _contexts(text: str, other: Number, lang: str) -> tuple[frozenset[str], ...]:
    """The words around each occurrence of a figure in a source sentence, read once: a
    sentence of many equal figures would otherwise be read again for each figure of each
    claim (cubic on hostile text)."""
    contexts = (
        frozenset().union(*local_context(text, other, lang, at))
        for at in occurrences(text, other.span)
    )
    return tuple(dict.fromkeys(contexts))  # each distinct one once: only the best counts


def rival_figure(
    claim: str,
    number: Number,
    hedge: str | None,
    anywhere: list[int],
    alignment: Alignment,
    index: SourceIndex,
    lang: str,
) -> str | None:
    """Another figure the source gives in the claim's own words ("received 550 patients a
    day") where the claim's figure stands in other words ("treatments to 150 patients")."""
    mine = local_context(claim, number, lang)
    if len(mine) < MIN_RIVAL:
        return None
    # What the answer depends on, to read the source once for a brief of equal figures:
    # the claim's words, the figure (and whether it is a year), its hedge, its unit of time.
    key = (
        "rival", tuple(mine), number.kind, number.value, "," in number.span, hedge,
        unit_days(claim, number), alignment.near, lang,
    )  # fmt: skip
    if key not in index.memo:
        index.memo[key] = _rival_in(claim, number, hedge, mine, anywhere, alignment, index, lang)
    return cast("str | None", index.memo[key])


def _rival_in(
    claim: str,
    number: Number,
    hedge: str | None,
    mine: list[frozenset[str]],
    anywhere: list[int],
    alignment: Alignment,
    index: SourceIndex,
    lang: str,
) -> str | None:
    backing = max(
        _overlap(mine, index.sentences[i].text, n, lang)
        for i in anywhere
        for n in fits_in(number, hedge, i, index)
    )
    best, span = backing + RIVAL_MARGIN - 1, None
    for i in alignment.near:
        text = index.sentences[i].text
        backers = {text.find(b.span) for b in fits_in(number, hedge, i, index)}
        for n in index.figures[i]:
            if n.kind == "vague" or not same_sort(number, text, n):
                continue
            if same_span(claim, number, text, n):
                continue  # "three decades" beside the source's "thirty years"
            at = text.find(n.span)
            if any(abs(at - b) <= SIDE_BY_SIDE for b in backers):
                continue  # figures side by side ("25, seven months pregnant") share words
            score = _overlap(mine, text, n, lang)
            if score >= MIN_RIVAL and score > best:
                best, span = score, n.span
    return span
