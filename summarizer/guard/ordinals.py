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

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.decades import decades
from summarizer.guard.report import Problem

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
# "التاسع والعشرين" is 29 (the day of a month written out): the tens follow with و.
_AR_TENS = {"عشرين": 20, "عشرون": 20, "ثلاثين": 30, "ثلاثون": 30}
_AR_RE = re.compile(
    rf"(?<!\w)[وفبل]{{0,2}}({'|'.join(_AR)})ة?(?!\w)"
    rf"(?:(?P<teen>\s+عشر[ةه]?)|\s+وال(?P<tens>{'|'.join(_AR_TENS)})(?!\w))?"
)
# Hebrew: the masculine or feminine (ת) form, after any of ו ב ל מ ש.
_HE_RE = re.compile(rf"(?<!\w)[ובלמש]{{0,2}}({'|'.join(_HE)})ת?(?!\w)")


def ordinals(text: str, lang: str) -> list[tuple[float, str]]:
    """(value, span) of each ordinal from third to tenth (and Arabic thirteenth to
    nineteenth, and twenty-third to thirty-ninth) a text writes out."""
    if lang == "en":
        return [(float(_EN[m.group(1).lower()]), m.group(0)) for m in _EN_RE.finditer(text)]
    centuries = [(a, b) for _, a, b in decades(text, lang)]  # "ثمانينيات القرن التاسع عشر"
    if lang == "ar":
        found = [(float(_AR[m.group(1)] + _ar_tens(m)), m) for m in _AR_RE.finditer(text)]
    else:
        found = [(float(_HE[m.group(1)]), m) for m in _HE_RE.finditer(text)]
    return [(v, m.group(0)) for v, m in found if not any(a <= m.start() < b for a, b in centuries)]


def _ar_tens(m: re.Match[str]) -> int:
    """What the words after an Arabic ordinal add: ten ("عشر"), or twenty or thirty."""
    if m.group("teen"):
        return 10
    return _AR_TENS[m.group("tens")] if m.group("tens") else 0


# "the second Native American", "only the second": "second" is a rank only after "the"
# ("a second" is "another", "per second" a unit).
_EN_SECOND = re.compile(r"\bthe\s+(?:\w+\s+)?(second)\b", re.IGNORECASE)


def ranks(text: str, lang: str) -> list[tuple[float, str]]:
    """The ordinals a claim ranks something by: :func:`ordinals`, and English "the second"."""
    found = ordinals(text, lang)
    if lang == "en":
        found += [(2.0, m.group(1)) for m in _EN_SECOND.finditer(text)]
    return found


def check_ranks(alignments: list[Alignment], index: SourceIndex, lang: str) -> list[Problem]:
    """An ordinal of a brief ("only the third Native American justice") must be a rank the
    source gives, or a figure of the sentences its claim rests on: a changed rank is a
    changed figure."""
    ranked = {round(v, 6) for s in index.sentences for v, _ in ranks(s.text, lang)}
    problems = []
    for alignment in alignments:
        claimed = ranks(alignment.claim.text, lang)
        if not claimed:
            continue  # (the figures of what a claim rests on are gathered only for a rank)
        near = {
            round(n.value, 6)
            for i in (*alignment.sentences, *alignment.near)
            for n in index.figures[i]
            if n.kind != "vague"
        }
        for value, span in claimed:
            if round(value, 6) not in ranked | near:
                problems.append(Problem("number", "the source gives no such rank", span))
    return problems
