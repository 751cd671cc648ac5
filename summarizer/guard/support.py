"""Support: a claim must be made of the source's words.

A claim whose content words are mostly absent from the source sentences it aligns with
says something the source does not: an invented event, or the lower-case non-words of a
broken model, which no check of numbers, names or cues would notice. Words the source has
elsewhere count half (a claim may gather what two parts of the article say).
"""

from __future__ import annotations

from summarizer.guard.align import Alignment, SourceIndex, content_words, is_content, word_keys
from summarizer.guard.report import Problem
from summarizer.guard.text import words

SUPPORT_MIN = 0.5  # below this share of its content words, a claim is unsupported
NOVEL_RUN = 3  # this many content words in a row that the source nowhere has
MIN_CONTENT_WORDS = 3  # shorter claims ("Talks resume.") are judged by the other checks


def check_support(alignments: list[Alignment], index: SourceIndex, lang: str) -> list[Problem]:
    """Claims mostly made of words their aligned sentences lack, and claims with a run of
    words the source has nowhere (an invented clause added to a true one)."""
    problems = []
    for alignment in alignments:
        claim = alignment.claim.text
        run = novel_run(claim, index, lang)
        if len(run) >= NOVEL_RUN:
            problems.append(
                Problem("unsupported", f"the source has none of: {' '.join(run)}", claim)
            )
            continue
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


def novel_run(claim: str, index: SourceIndex, lang: str) -> list[str]:
    """The longest run of consecutive content words of which the source has none."""
    best: list[str] = []
    current: list[str] = []
    for word in words(claim):
        if not is_content(word, lang):
            continue
        if word_keys(word, lang) & index.everywhere:
            current = []
            continue
        current.append(word)
        if len(current) > len(best):
            best = list(current)
    return best
