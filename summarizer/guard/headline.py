"""Framing: a brief must not adopt the outlet's headline as its own sentence.

Headlines carry the outlet's framing ("... Has Put the West Bank on Lockdown"). A summary
sentence that copies most of the headline's own words, in phrases of two or more words, is
flagged. Words the headline quotes from someone are left out of the comparison: quoting a
speaker, with attribution, is allowed.
"""

from __future__ import annotations

from difflib import SequenceMatcher

from summarizer.guard.report import Problem
from summarizer.guard.text import fold, quote_spans, sentences, words

MIN_HEADLINE_WORDS = 4
MAX_SHARED = 0.6  # share of the headline's words that one sentence may copy
MIN_PHRASE = 2  # copied runs shorter than this are shared vocabulary, not copied wording


def headline_words(headline: str) -> list[str]:
    """The headline's own words (quotations removed), folded."""
    kept, last = [], 0
    for start, end in quote_spans(headline):
        kept.append(headline[last:start])
        last = end
    kept.append(headline[last:])
    return [fold(w) for w in words(" ".join(kept))]


def overlap(headline: list[str], sentence: str) -> float:
    """Share of the headline's words that the sentence copies in runs of two or more."""
    if not headline:
        return 0.0
    mine = [fold(w) for w in words(sentence)]
    matcher = SequenceMatcher(a=headline, b=mine, autojunk=False)
    shared = sum(b.size for b in matcher.get_matching_blocks() if b.size >= MIN_PHRASE)
    return shared / len(headline)


def check_headline(headline: str, summary: str) -> list[Problem]:
    own = headline_words(headline)
    if len(own) < MIN_HEADLINE_WORDS:
        return []
    problems = []
    for sentence in sentences(summary):
        share = overlap(own, sentence.text)
        if share >= MAX_SHARED:
            problems.append(
                Problem(
                    "headline",
                    f"repeats {share:.0%} of the outlet's headline ({headline.strip()!r}) "
                    "as our own words",
                    sentence.text,
                )
            )
    return problems
