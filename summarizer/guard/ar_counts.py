"""Counts Arabic writes without a number: a noun in the dual, "twice", a fraction's name.

Arabic says "two depots" with the noun alone, in the dual ("مستودعين"), and "a third of
the young" with a fraction's name ("ثلث الشباب"); the number finder reads neither as a
figure, so a brief that turns the source's "ثلاثة مستودعات" into "مستودعين", or its
"أغلبية الشباب" into "نحو ثلث الشباب", changed a count unseen.

A dual and a sound masculine plural look alike in unvoweled script (-ين), so a dual is
only read as one where the source counts the same noun in its sound feminine plural
(-ات): that noun's -ين form can then only be its dual.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from summarizer.guard.consistency import percentages
from summarizer.guard.fractions import fractions
from summarizer.guard.numbers import find_numbers
from summarizer.guard.report import Problem
from summarizer.guard.text import WORD_RE

_CLITICS = ("و", "ف", "ب", "ل")
_DUAL_ENDINGS = ("ين", "ان")
_MIN_STEM = 3
# A fraction of a span of time ("ربع قرن", "نصف ساعة") or of a period ("النصف الثاني من
# العام") is a length or a date, which other checks read.
_OF_TIME = ("قرن", "ساعة", "ساعه", "عام", "سنة", "سنه", "شهر", "يوم", "الثاني", "الأول", "الاول")
_PERCENT_SLACK = 5.0  # "ثلث" for "33%" or "35%": a share rounded to its fraction


def _bare(word: str) -> str:
    """A word without its proclitic and article."""
    if word[:1] in _CLITICS and len(word) > 4:
        word = word[1:]
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def _definite(word: str) -> bool:
    """A word with the article, after a proclitic too ("والمعتقلين", "للمعتقلين")."""
    bare = word[1:] if word[:1] in _CLITICS and len(word) > 4 else word
    return bare.startswith("ال") or word.startswith("لل")


def _dual_stems(word: str) -> set[str]:
    """The singular stems a word may be the dual of ("سيارتين": سيارت, سيار)."""
    bare = _bare(word)
    if not bare.endswith(_DUAL_ENDINGS) or len(bare) - 2 < _MIN_STEM:
        return set()
    stem = bare[:-2]
    return {stem, stem[:-1]} if stem.endswith("ت") and len(stem) > _MIN_STEM else {stem}


def _counted_plurals(source: str) -> dict[str, float]:
    """Each noun the source counts in its sound feminine plural, by stem, with the count
    ("ثلاثة مستودعات", "المستودعات الثلاثة": مستودع, 3)."""
    found = list(WORD_RE.finditer(source))
    tokens, starts = [m.group(0) for m in found], [m.start() for m in found]
    out: dict[str, float] = {}
    for number in find_numbers(source, "ar"):
        at = source.find(number.span)
        if number.kind == "vague" or number.value == 2 or at not in starts:
            continue
        # the noun before the figure, and the one after its last word
        for j in (starts.index(at) - 1, bisect_left(starts, at + len(number.span))):
            bare = _bare(tokens[j]) if 0 <= j < len(tokens) else ""
            if bare.endswith("ات") and len(bare) - 2 >= _MIN_STEM:
                out.setdefault(bare[:-2], number.value)
    return out


def check_counted_duals(source: str, summary: str) -> list[Problem]:
    """A noun the brief gives in the dual that the source counts otherwise and never
    gives in the dual."""
    counted = _counted_plurals(source)
    if not counted:
        return []
    source_duals = {s for m in WORD_RE.finditer(source) for s in _dual_stems(m.group(0))}
    problems = []
    # a dual that counts anew is indefinite ("دمروا مستودعين"); with the article, the -ين
    # form more often is a plural that refers back ("المعتقلين" after "ثلاث معتقلات")
    for m in WORD_RE.finditer(summary):
        if _definite(m.group(0)):
            continue
        stems = _dual_stems(m.group(0)) - source_duals
        hit = next((s for s in stems if s in counted), None)
        if hit is not None:
            problems.append(
                Problem(
                    "number",
                    f"the brief gives two of this; the source counts {counted[hit]:g}",
                    m.group(0),
                )
            )
    return problems


def _fraction_of_time(text: str, span: str) -> bool:
    at = text.find(span)
    following = WORD_RE.search(text, at + len(span)) if at >= 0 else None
    return following is not None and _bare(following.group(0)).startswith(_OF_TIME)


def check_source_fractions(source: str, summary: str) -> list[Problem]:
    """A fraction the brief names that the source neither names nor gives as a share."""
    theirs = fractions(source, "ar")
    shares = percentages(source)
    problems = []
    for value, span in fractions(summary, "ar").items():
        if value in theirs or _fraction_of_time(summary, span):
            continue
        if any(abs(share - 100 * value) <= _PERCENT_SLACK for share in shares):
            continue
        problems.append(Problem("number", "a fraction the source does not give", span))
    return problems


# "twice": the dual of "مرة" (a time), with any proclitic; and the plural that counts times
_TWICE = re.compile(r"(?<!\w)[وفبل]?مرت(?:ين|ان)(?!\w)")
_TIMES = re.compile(r"(?<!\w)[وفبل]?مرات(?!\w)")


def check_repetitions(source: str, summary: str) -> list[Problem]:
    """ "اعتقل مرتين" (arrested twice) where the source never says twice: a brief that
    says an event recurred tells of events the source does not report, unless the source
    counts that event's times otherwise ("ثلاث مرات"), which is a changed number."""
    if _TWICE.search(source):
        return []
    kind = "number" if _TIMES.search(source) else "unsupported"
    return [
        Problem(kind, "the brief says this happened twice; the source never says so", m.group(0))
        for m in _TWICE.finditer(summary)
    ]
