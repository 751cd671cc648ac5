"""Quotations in a brief: the words it quotes must be the source's words, in that order.

A quotation attributes exact words; a paraphrase in quotation marks misquotes. Who said
the quoted words is the speaker checks' job (``speakers``). An Arabic quotation may move
its verbs from the speaker's first person to the third, as reported speech does
(``reported_person``)."""

from __future__ import annotations

import re

from summarizer.guard.report import Problem
from summarizer.guard.reported_person import reported_alike
from summarizer.guard.text import fold, quote_spans, words

MIN_QUOTE_WORDS = 4  # shorter quotations are titles, terms or scare quotes
_ELLIPSIS = re.compile(r"\.\.\.|…|\[\.\.\.\]")


def check_quotations(source: str, summary: str, lang: str = "en") -> list[Problem]:
    """Words the summary quotes must be words the source has, in that order: a quotation
    is an attribution of exact words, and a paraphrase in quotation marks misquotes."""
    theirs = [fold(w) for w in words(source)]
    haystack = " " + " ".join(theirs) + " "
    problems = []
    for start, end in quote_spans(summary):
        quoted = summary[start + 1 : end - 1]
        pieces = [[fold(w) for w in words(p)] for p in _ELLIPSIS.split(quoted)]
        if sum(len(p) for p in pieces) < MIN_QUOTE_WORDS:
            continue
        if all(" " + " ".join(p) + " " in haystack for p in pieces if p):
            continue
        if lang == "ar" and all(_reported(p, theirs) for p in pieces if p):
            continue
        problems.append(
            Problem(
                "attribution",
                "these quoted words are not the source's words (a quotation must be exact)",
                summary[start:end],
            )
        )
    return problems


def _reported(piece: list[str], theirs: list[str]) -> bool:
    """Whether the source has the quoted words in order, each the same word or the same
    verb moved from the first person to the third (:func:`reported_alike`)."""
    n = len(piece)
    return any(
        all(reported_alike(m, t) for m, t in zip(piece, theirs[at : at + n], strict=True))
        for at in range(len(theirs) - n + 1)
        if reported_alike(piece[0], theirs[at])
    )
