"""Days of the week: a brief's "Tuesday" must be a day its reference names.

A weekday is a figure like any other ("on Monday" → "on Tuesday" moves an event), but no
number finder sees it, and in Hebrew it *is* a number word ("יום שני", Monday, is read as
no number on purpose). This module reads the weekdays a text names in any of the three
languages (0 = Sunday … 6 = Saturday), prefixes included ("ביום שלישי", "وفي يوم الخميس").
A weekday in a brief that its reference (the source, or the English brief of a
translation) never names is reported as a number fault.
"""

from __future__ import annotations

import re

from summarizer.guard.report import Problem

_EN = {
    "sunday": 0, "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5,
    "saturday": 6,
}  # fmt: skip
_AR = {
    "الأحد": 0, "الاحد": 0, "الإثنين": 1, "الاثنين": 1, "الثلاثاء": 2, "الأربعاء": 3,
    "الاربعاء": 3, "الخميس": 4, "الجمعة": 5, "السبت": 6,
}  # fmt: skip
_HE = {"ראשון": 0, "שני": 1, "שלישי": 2, "רביעי": 3, "חמישי": 4, "שישי": 5}
_EN_RE = re.compile(rf"\b(?=[fmstw])({'|'.join(_EN)})s?\b", re.IGNORECASE)  # (first letters)
# Arabic: the day's name with the article, after any of و ف ب ل; "الأحد عشر" is eleven.
_AR_RE = re.compile(rf"(?<!\w)[وفبل]{{0,2}}({'|'.join(_AR)})(?!\w)(?!\s+عشر)")
# Hebrew: "יום" and an ordinal without the article (היום השני is "the second day"), or שבת.
_HE_RE = re.compile(
    rf"(?<!\w)[ובלמהש]{{0,3}}יום\s+\(?({'|'.join(_HE)})(?!\w)|(?<!\w)[ובלמ]{{0,2}}(שבת)(?!\w)"
)
# "Tomorrow", "yesterday": a reference that counts from a day it names also names the
# days either side of it ("today (Sunday) … tomorrow" is Monday).
_RELATIVE = re.compile(
    # (the look-ahead is every first letter below: other places are passed over at once)
    r"(?=[tyולמאשوفغأا])(?:\b(?:tomorrow|yesterday)\b|(?<!\w)[ול]?(?:מחר|אתמול|מחרתיים|שלשום)(?!\w)"
    r"|(?<!\w)[وف]?(?:غدا|غداً|أمس|الأمس|امس)(?!\w))",
    re.IGNORECASE,
)


# A brief sentence that counts a day after its own named day ("announced on Monday that
# the next day's hearing ...") names the day the reference counts from, not the one after.
_COUNTS_ON = re.compile(
    r"\b(?:tomorrow|the (?:next|following) day|the day after)\b"
    r"|(?<!\w)[ול]?(?:מחר|למחרת|מחרתיים)(?!\w)|(?<!\w)[وف]?(?:غدا|غداً|اليوم التالي)(?!\w)",
    re.IGNORECASE,
)
_SENTENCE_END = re.compile(r"[.!?\n]")


def weekdays(text: str, lang: str) -> set[int]:
    """The days of the week a text names (0 = Sunday)."""
    return {day for day, _, _ in day_mentions(text, lang)}


def day_mentions(text: str, lang: str) -> list[tuple[int, int, int]]:
    """Each day of the week a text names: (day, start, end), 0 = Sunday, in order."""
    if lang == "en":
        return [(_EN[m.group(1).lower()], m.start(), m.end()) for m in _EN_RE.finditer(text)]
    if lang == "ar":
        return [(_AR[m.group(1)], m.start(), m.end()) for m in _AR_RE.finditer(text)]
    return [(_HE[m[1]] if m[1] else 6, m.start(), m.end()) for m in _HE_RE.finditer(text)]


def check_weekdays(
    reference: str, reference_lang: str, text: str, lang: str, kind: str = "number"
) -> list[Problem]:
    """Weekdays of ``text`` that ``reference`` never names."""
    named = weekdays(reference, reference_lang)
    known = set(named)
    if _RELATIVE.search(reference):
        known |= {(day + step) % 7 for day in known for step in (-1, 1)}
    wrong = {
        day
        for day, start, end in day_mentions(text, lang)
        if day not in known or (day not in named and _counts_on(text, start, end))
    }
    names = sorted(_EN, key=_EN.__getitem__)
    return [
        Problem(kind, f"the brief says {names[day].capitalize()}; its reference never does")
        for day in sorted(wrong)
    ]


def _counts_on(text: str, start: int, end: int) -> bool:
    """Whether the sentence of a day mention counts a day on from it ("the next day")."""
    ends = [m.start() for m in _SENTENCE_END.finditer(text)]
    left = max([e for e in ends if e < start], default=-1) + 1
    right = min([e for e in ends if e >= end], default=len(text))
    return _COUNTS_ON.search(text, left, right) is not None
