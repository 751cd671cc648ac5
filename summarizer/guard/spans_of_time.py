"""A span of time changed without a figure: "within a week" made "within a month".

"A week", "a month", "one year" state a duration with no digits, so the figure checks
never see them. A claim that keeps the words the source puts before the span ("could
photograph within a ...") but names another unit of time than the aligned source sentence
there has changed the duration. English only: Arabic and Hebrew write a single span as a
bare noun and two as a dual (أسبوعين، שבועיים), which the number checks read.
"""

from __future__ import annotations

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, words

_UNITS = {
    "second": "second", "seconds": "second", "minute": "minute", "minutes": "minute",
    "hour": "hour", "hours": "hour", "day": "day", "days": "day", "week": "week",
    "weeks": "week", "month": "month", "months": "month", "year": "year", "years": "year",
    "decade": "decade", "decades": "decade",
}  # fmt: skip
_SINGLE = {"a", "an", "one"}
LEAD = 2  # words before "a"/"one" that must be the source's: the span's own setting


def check_spans_of_time(
    alignments: list[Alignment], index: SourceIndex, lang: str
) -> list[Problem]:
    """Claims whose single span of time ("a week") stands where their aligned source
    sentence, after the same words, has another unit."""
    if lang != "en":
        return []
    problems = []
    for alignment in alignments:
        mine = [fold(w) for w in words(alignment.claim.text)]
        for i, word in enumerate(mine):
            unit = _UNITS.get(word)
            if unit is None or i < LEAD + 1 or mine[i - 1] not in _SINGLE:
                continue
            setting = mine[i - 1 - LEAD : i]
            theirs = _source_unit(setting, alignment, index)
            if theirs is not None and theirs != unit:
                problems.append(
                    Problem(
                        "number",
                        f"where the source has a span of one {theirs}, the summary has one {unit}",
                        " ".join(words(alignment.claim.text)[i - 1 : i + 1]),
                    )
                )
    return problems


def _source_unit(setting: list[str], alignment: Alignment, index: SourceIndex) -> str | None:
    """The unit of time that follows the same words in a sentence the claim rests on."""
    found = None
    for s in alignment.sentences:
        theirs = [fold(w) for w in words(index.sentences[s].text)]
        for j in range(len(theirs) - len(setting)):
            if theirs[j : j + len(setting)] != setting:
                continue
            unit = _UNITS.get(theirs[j + len(setting)])
            if unit is not None:
                if found is None or found == unit:
                    found = unit
                else:
                    return None  # the source itself gives two spans there
    return found
