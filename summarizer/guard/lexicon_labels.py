"""Where a loaded term is someone else's word: the name of a bill or law ("the death
penalty for terrorists bill") or a label a designating verb reports ("labelled ... a
terrorist organization"). Used by :mod:`summarizer.guard.lexicon`."""

from __future__ import annotations

import re
from typing import Protocol


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


# The name of a bill or law: "a bill on the death penalty for terrorists", "قانون ...",
# "חוק ...", "the terrorists bill".
_LAW = {
    "en": re.compile(r"\b(?:bills?|laws?|acts?|legislation)\b", re.IGNORECASE),
    "ar": re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:قانون|تشريع)(?!\w)"),
    "he": re.compile(r"(?<!\w)[ובלמשה]{0,2}(?:חוק|הצעת)(?!\w)"),
}
LAW_BEFORE = 6  # words before a term that may name the law it is part of
LAW_AFTER = 2  # and words after it ("terrorists bill")
LAW_PHRASE = 4  # words ending with the term that must be the source's ("penalty for terrorists")


def in_law_name(text: str, hit: _Span, lang: str) -> bool:
    """Whether a loaded term stands in the name of a bill or law."""
    start = max(text.rfind(mark, 0, hit.start) for mark in ".!?\n")
    before = " ".join(text[start + 1 : hit.start].split()[-LAW_BEFORE:])
    after = " ".join(text[hit.end :].split()[:LAW_AFTER])
    return bool(_LAW[lang].search(before) or _LAW[lang].search(after))


# Designations and reported labels: what follows is someone's label, reported as such.
DESIGNATION = {
    "en": re.compile(
        r"\b(?:designat\w*|label+(?:ed|ing|s)?|list(?:ed|s|ing)|brand(?:ed|s|ing)"
        r"|declar(?:ed|es|ing)|classif(?:y|ied|ies|ying)|blacklist\w*|outlaw(?:ed|s)"
        r"|call(?:ed|s|ing)|term(?:ed|s)|dubb(?:ed|s)|consider(?:ed|s)|deem(?:ed|s))\b",
        re.IGNORECASE,
    ),
    "ar": re.compile(
        r"(?<!\w)[وف]?(?:صنف|صنفت|صنفها|صنفته|يصنف|تصنف|تصنيف|بتصنيف|أدرج|أدرجت|ادرج|ادرجت|إدراج"
        r"|اعتبر|اعتبرت|يعتبر|تعتبر|وصف|وصفت|يصف|تصف|وصفها|وصفه|سمى|تسمي|أعلن|أعلنت|اعلن|اعلنت)(?!\w)"
    ),
    "he": re.compile(
        r"(?<!\w)[וש]?(?:הכריז|הכריזה|הכריזו|הוכרז|הוכרזה|הוכרזו|הגדיר|הגדירה|הגדירו|הוגדר"
        r"|הוגדרה|הוגדרו|סימן|סימנה|כינה|כינתה|כינו|מכנה|מכנים|רואה|רואים)(?!\w)"
    ),
}
