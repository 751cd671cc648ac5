"""A figure doubled where its source sentence gives two: "two conversations with the Queen
and two with his father" where the source says "three conversations with my grandmother
and two with my father".

The figure check reads each figure alone, so a "two" the source sentence states passes
wherever it stands. A brief sentence whose figures all come from one source sentence, but
that states one of them more often than that sentence does, while leaving out another
figure the sentence gives, has put the one figure in the other's place.
"""

from __future__ import annotations

from collections import Counter

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.figure_kinds import is_date_or_year
from summarizer.guard.numbers import checked_numbers
from summarizer.guard.report import Problem
from summarizer.guard.text import without_designators


def check_figure_counts(
    alignments: list[Alignment], index: SourceIndex, lang: str
) -> list[Problem]:
    """Brief sentences that repeat a figure in the place of another of their source's."""
    by_sentence: dict[str, list[Alignment]] = {}
    for alignment in alignments:
        by_sentence.setdefault(alignment.claim.sentence, []).append(alignment)
    problems = []
    for sentence, claims in by_sentence.items():
        mine = Counter(
            n.value
            for n in checked_numbers(without_designators(sentence), lang)
            if n.kind != "vague" and not is_date_or_year(sentence, n)
        )
        if not mine or max(mine.values()) < 2:
            continue
        near = dict.fromkeys(i for a in claims for i in a.near)
        for i in near:
            text = index.sentences[i].text
            theirs = Counter(
                n.value
                for n in index.figures[i]
                if n.kind != "vague" and not is_date_or_year(text, n)
            )
            if not set(mine) <= set(theirs) or not set(theirs) - set(mine):
                continue
            doubled = [v for v, k in mine.items() if k > theirs[v]]
            if doubled:
                left_out = sorted(set(theirs) - set(mine))
                problems.append(
                    Problem(
                        "number",
                        f"gives {doubled[0]:g} {mine[doubled[0]]} times; the source sentence"
                        f" it rests on, {theirs[doubled[0]]} times, and {left_out[0]:g} too",
                        sentence,
                    )
                )
                break
    return problems
