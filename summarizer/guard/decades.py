"""Decades of a century written out: "שנות השמונים של המאה ה-19", "ثمانينيات القرن التاسع
عشر" are the 1880s.

English writes the decade as one figure ("the 1880s", read as 1880); Arabic and Hebrew
often write its tens and the century apart, which the number finder would read as two
figures (80 and 19) that the English brief does not state. This module reads the phrase
as the decade's first year.
"""

from __future__ import annotations

import re

_HE_TENS = {
    "עשרים": 20, "שלושים": 30, "ארבעים": 40, "חמישים": 50, "שישים": 60, "שבעים": 70,
    "שמונים": 80, "תשעים": 90,
}  # fmt: skip
_AR_TENS = {
    "عشرين": 20, "ثلاثين": 30, "أربعين": 40, "اربعين": 40, "خمسين": 50, "ستين": 60,
    "سبعين": 70, "ثمانين": 80, "تسعين": 90,
}  # fmt: skip
# Centuries written as ordinals: "القرن التاسع عشر", "המאה העשרים".
_AR_CENTURIES = {
    "السابع عشر": 17, "الثامن عشر": 18, "التاسع عشر": 19, "العشرين": 20,
    "الحادي والعشرين": 21,
}  # fmt: skip
_HE_CENTURIES = {"השמונה עשרה": 18, "התשע עשרה": 19, "העשרים": 20}

_HE_TEN = r"(?:[1-9]0|" + "|".join(_HE_TENS) + ")"
_AR_TEN = r"(?:" + "|".join(_AR_TENS) + r")(?:يات|ات)"
# "בשנות ה-80 וה-90 של המאה ה-19", "ثمانينيات وتسعينيات القرن التاسع عشر": decades joined
# by "and" share the century named after the last of them
_HE_RE = re.compile(
    rf"(?<!\w)[ובלמ]?שנות\sה[-־]?(?P<tens>{_HE_TEN}(?:\sו(?:שנות\s)?ה[-־]?{_HE_TEN})*)"
    r"\sשל\sהמאה\s(?:ה[-־]?(?P<century>\d{1,2})(?!\d)|(?P<ordinal>"
    + "|".join(_HE_CENTURIES)
    + r")(?!\w))"
)
_AR_RE = re.compile(
    rf"(?<!\w)[وفبل]?(?:ال)?(?P<tens>{_AR_TEN}(?:\sو(?:ال)?{_AR_TEN})*)"
    r"\s(?:من\s)?القرن\s(?:ال)?(?:(?P<century>\d{1,2})(?!\d)|(?P<ordinal>"
    + "|".join(c.removeprefix("ال") for c in _AR_CENTURIES)
    + r")(?!\w))"
)
_TEN_WORD = re.compile(r"[1-9]0(?!\d)|" + "|".join([*_HE_TENS, *_AR_TENS]))


def decades(text: str, lang: str) -> list[tuple[float, int, int]]:
    """(first year, start, end) of each decade of a century a normalised Arabic or Hebrew
    text writes out; decades joined by "and" each, with the span of the whole phrase."""
    if lang == "he":
        tens, centuries, pattern = _HE_TENS, _HE_CENTURIES, _HE_RE
    elif lang == "ar":
        tens, centuries, pattern = _AR_TENS, _AR_CENTURIES, _AR_RE
    else:
        return []
    out = []
    for m in pattern.finditer(text):
        if m.group("century"):
            century = int(m.group("century"))
        else:
            ordinal = m.group("ordinal")
            century = centuries.get(ordinal, centuries.get("ال" + ordinal, 0))
        if not century:
            continue
        for ten in _TEN_WORD.findall(m.group("tens")):
            decade = int(ten) if ten.isdigit() else tens[ten]
            out.append((float((century - 1) * 100 + decade), m.start(), m.end()))
    return out
