"""Ordinals a translation may turn a count into: "seven months pregnant" is "בחודש השביעי"
("in the seventh month") or "في شهرها السابع".

The number finder reads no ordinal (an Arabic or Hebrew "the second" is as often "the
other" or "the latter"), so a changed ordinal in a translation went unseen. This module
reads ordinals from third to tenth, with the article, in Arabic and Hebrew, and the English
ones, for the translation check only: an ordinal of the translation must be a figure or an
ordinal of the English brief.
"""

from __future__ import annotations

import re

_EN = {
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10,
}  # fmt: skip
_AR = {
    "الثالث": 3, "الرابع": 4, "الخامس": 5, "السادس": 6, "السابع": 7, "الثامن": 8,
    "التاسع": 9, "العاشر": 10,
}  # fmt: skip
_HE = {
    "השלישי": 3, "הרביעי": 4, "החמישי": 5, "השישי": 6, "השביעי": 7, "השמיני": 8,
    "התשיעי": 9, "העשירי": 10,
}  # fmt: skip
_EN_RE = re.compile(rf"\b({'|'.join(_EN)})\b", re.IGNORECASE)
# Arabic: the masculine or feminine (ة) form after any of و ف ب ل; "الثالث عشر" is 13.
_AR_RE = re.compile(rf"(?<!\w)[وفبل]{{0,2}}({'|'.join(_AR)})ة?(?!\w)(?P<teen>\s+عشر[ةه]?)?")
# Hebrew: the masculine or feminine (ת) form, after any of ו ב ל מ ש.
_HE_RE = re.compile(rf"(?<!\w)[ובלמש]{{0,2}}({'|'.join(_HE)})ת?(?!\w)")


def ordinals(text: str, lang: str) -> list[tuple[float, str]]:
    """(value, span) of each ordinal from third to tenth (and Arabic thirteenth to
    nineteenth) a text writes out."""
    if lang == "en":
        return [(float(_EN[m.group(1).lower()]), m.group(0)) for m in _EN_RE.finditer(text)]
    if lang == "ar":
        return [
            (float(_AR[m.group(1)] + (10 if m.group("teen") else 0)), m.group(0))
            for m in _AR_RE.finditer(text)
        ]
    return [(float(_HE[m.group(1)]), m.group(0)) for m in _HE_RE.finditer(text)]
