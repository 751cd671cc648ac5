"""Support: a claim must be made of the source's words.

A claim whose content words are mostly absent from the source sentences it aligns with
says something the source does not: an invented event, or the lower-case non-words of a
broken model, which no check of numbers, names or cues would notice. Words the source has
elsewhere count half (a claim may gather what two parts of the article say).
"""

from __future__ import annotations

from summarizer.guard.align import Alignment, content_words
from summarizer.guard.report import Problem

SUPPORT_MIN = 0.5  # below this share of its content words, a claim is unsupported
MIN_CONTENT_WORDS = 3  # shorter claims ("Talks resume.") are judged by the other checks


def check_support(alignments: list[Alignment], lang: str) -> list[Problem]:
    problems = []
    for alignment in alignments:
        claim = alignment.claim.text
        if len(content_words(claim, lang)) < MIN_CONTENT_WORDS:
            continue
        if alignment.support < SUPPORT_MIN:
            shown = ", ".join(alignment.missing[:6])
            problems.append(
                Problem(
                    "unsupported",
                    f"most of this claim is not in the source (missing: {shown})",
                    claim,
                )
            )
    return problems
