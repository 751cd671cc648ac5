"""Degenerate output: a model stuck repeating itself is not a brief, whatever it says.

Real models decode with ``no_repeat_ngram_size`` and rarely do this, but a broken or
untrained model does ("ראש ראש ראש ..."), and such text can slip past every other check by
containing no numbers, names or loaded words at all.
"""

from __future__ import annotations

from collections import Counter
from itertools import pairwise

from summarizer.guard.report import Problem
from summarizer.guard.text import fold, words

MAX_RUN = 3  # the same word this many times in a row
MAX_SHARE = 0.3  # one word (of four letters or more) as this share of all the words
MIN_WORDS_FOR_SHARE = 20
MIN_LETTERS = 4  # shorter words ("the", "של", "في") are common enough to repeat


def check_degenerate(text: str) -> list[Problem]:
    tokens = [fold(w) for w in words(text)]
    if not tokens:
        return [Problem("degenerate", "the summary is empty")]
    run, longest, word = 1, 1, ""
    for previous, token in pairwise(tokens):
        run = run + 1 if token == previous else 1
        if run > longest:
            longest, word = run, token
    if longest >= MAX_RUN:
        return [Problem("degenerate", f"repeats {word!r} {longest} times in a row", word)]
    if len(tokens) >= MIN_WORDS_FOR_SHARE:
        counts = Counter(t for t in tokens if len(t) >= MIN_LETTERS)
        if counts:
            common, n = counts.most_common(1)[0]
            if n / len(tokens) > MAX_SHARE:
                share = f"{n} of its {len(tokens)} words"
                return [Problem("degenerate", f"{common!r} is {share}", common)]
    return []
