"""A court of another level, in Arabic and Hebrew.

Courts are named by their level after the word for court: "בית משפט השלום" (magistrates'),
"בית המשפט המחוזי" (district), "محكمة الاستئناف" (appeal). The level is the court's name:
a brief that has the district court rule where the source has the magistrates' court has
moved the ruling to another court, though every other word of the sentence is the source's.
Only a level the source never writes, where the source names a court of another level, is
flagged; the word after "the court" is often a verb ("בית המשפט נימק"), so only the known
levels are read.
"""

from __future__ import annotations

from itertools import pairwise

from summarizer.guard.report import Problem
from summarizer.guard.text import fold, words

_COURT = {"he": {"משפט", "המשפט"}, "ar": {"محكمة", "المحكمة"}}
_LEVELS = {
    "he": {"שלום", "מחוזי", "עליון", "לנוער", "צבאי", "לעבודה", "למשפחה"},
    "ar": {
        *("الاستئناف", "استئناف", "الجنايات", "جنايات", "العليا", "الابتدائية", "العسكرية"),
        *("عسكرية", "الدستورية", "التمييز", "النقض"),
    },
}
_ARTICLE = {"he": "ה", "ar": ""}


def check_court_levels(summary: str, source: str, lang: str) -> list[Problem]:
    """Courts of the brief (ar/he) whose level the source never writes, where the source
    names a court of another level."""
    if lang not in _COURT:
        return []
    source_words = words(source)
    written = {_bare(w, lang) for w in source_words}
    theirs = set(_levels(source_words, lang))
    problems = []
    for level in _levels(words(summary), lang):
        others = theirs - {level}
        if level not in written and others:
            problems.append(
                Problem(
                    "name", f"the source names the court {sorted(others)}, not {level!r}", level
                )
            )
    return problems


def _bare(word: str, lang: str) -> str:
    return fold(word).removeprefix(_ARTICLE[lang]) if _ARTICLE[lang] else fold(word)


def _levels(tokens: list[str], lang: str) -> list[str]:
    """The known court levels right after the word for court."""
    out = []
    for before, word in pairwise(tokens):
        level = _bare(word, lang)
        if fold(before) in _COURT[lang] and level in _LEVELS[lang]:
            out.append(level)
    return out
