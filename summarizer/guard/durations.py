"""Spans of time in other units: "three decades" is "thirty years", "ثلاثة عقود" is
"ثلاثين عاما", "שבועיים" is "14 days".

A brief may restate a duration in a larger or smaller unit; the figure changes with it.
Two figures that count units of time state the same span when their lengths agree.
"""

from __future__ import annotations

from functools import lru_cache

from summarizer.guard.numbers import Number
from summarizer.guard.text import fold, words_after

_YEAR = 365.0
_UNITS = {
    _YEAR * 10: "decade decades عقد عقود عقدين عقدان עשור עשורים",
    _YEAR: "year years عام عاما أعوام سنة سنوات سنين שנה שנים",
    _YEAR / 12: "month months شهر شهرا أشهر شهور חודש חודשים",
    7.0: "week weeks أسبوع أسبوعا أسابيع שבוע שבועות",
    1.0: "day days يوم يوما أيام יום ימים",
}
_DAYS = {fold(w): days for days, forms in _UNITS.items() for w in forms.split()}


def unit_days(text: str, number: Number) -> float | None:
    """The length in days of the unit of time a figure counts ("30 years": 365), or None
    when the word after it is no unit of time."""
    return _unit_days(text, number.span)


@lru_cache(maxsize=16384)
def _unit_days(text: str, span: str) -> float | None:
    at = text.find(span)
    if at < 0:
        return None
    after = words_after(text, at + len(span), 1)
    return _DAYS.get(fold(after[0]).lower()) if after else None


def same_span(claim: str, number: Number, text: str, other: Number) -> bool:
    """Whether two figures count the same span of time in different units."""
    mine, theirs = unit_days(claim, number), unit_days(text, other)
    if mine is None or theirs is None or mine == theirs:
        return False
    return abs(number.value * mine - other.value * theirs) < 1e-6 * max(1.0, other.value * theirs)
