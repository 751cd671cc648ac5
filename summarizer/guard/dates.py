"""Days of the month written as ordinals: "السابع من أكتوبر", "השביעי באוקטובר".

English writes the day as digits ("October 7", "Oct. 7"), which the number finder reads
as 7; Arabic and Hebrew often spell it as an ordinal, which is no number word. This module
reads such an ordinal as the day's number when a month follows, so that "October 7" and
"السابع من أكتوبر" state the same figure.
"""

from __future__ import annotations

import re

_AR_MONTHS = [
    "يناير",
    "فبراير",
    "مارس",
    "أبريل",
    "ابريل",
    "مايو",
    "يونيو",
    "يوليو",
    "أغسطس",
    "اغسطس",
    "سبتمبر",
    "أكتوبر",
    "اكتوبر",
    "نوفمبر",
    "ديسمبر",
    "كانون",
    "شباط",
    "آذار",
    "اذار",
    "نيسان",
    "أيار",
    "ايار",
    "حزيران",
    "تموز",
    "آب",
    "اب",
    "أيلول",
    "ايلول",
    "تشرين",
]
_HE_MONTHS = [
    "ינואר",
    "פברואר",
    "מרץ",
    "מרס",
    "אפריל",
    "מאי",
    "יוני",
    "יולי",
    "אוגוסט",
    "ספטמבר",
    "אוקטובר",
    "נובמבר",
    "דצמבר",
]
_AR_UNITS = {
    "الأول": 1, "الاول": 1, "الحادي": 1, "الثاني": 2, "الثالث": 3, "الرابع": 4, "الخامس": 5,
    "السادس": 6, "السابع": 7, "الثامن": 8, "التاسع": 9, "العاشر": 10,
}  # fmt: skip
_AR_TENS = {"عشر": 10, "العشرين": 20, "والعشرين": 20, "الثلاثين": 30, "والثلاثين": 30}
_HE_ORDINALS = {
    "הראשון": 1, "השני": 2, "השלישי": 3, "הרביעי": 4, "החמישי": 5, "השישי": 6,
    "השביעי": 7, "השמיני": 8, "התשיעי": 9, "העשירי": 10,
}  # fmt: skip

_AR_DATE = re.compile(
    rf"(?<!\w)(?:[وب]?(?P<unit>{'|'.join(_AR_UNITS)})(?:\s+(?P<tens>{'|'.join(_AR_TENS)}))?"
    rf"|(?P<alone>العشرين|الثلاثين))\s+(?:من\s+(?:شهر\s+)?)?(?:{'|'.join(_AR_MONTHS)})(?!\w)"
)
_HE_DATE = re.compile(
    rf"(?<!\w)[ובל]?(?P<unit>{'|'.join(_HE_ORDINALS)})\s+(?:ב|לחודש\s+)(?:{'|'.join(_HE_MONTHS)})"
    r"(?!\w)"
)


_AR_CENTURY = re.compile(
    rf"(?<!\w)[وفب]?(?:ال)?قرن\s+(?:(?P<unit>{'|'.join(_AR_UNITS)})\s+)?(?P<tens>العشرين|والعشرين)(?!\w)"
)
_HE_CENTURY = re.compile(r"(?<!\w)[ובל]?(?:ה)?מאה\s+ה(?P<tens>עשרים)(?:\s+ו(?:ה)?אחת)?(?!\w)")


def ordinal_dates(text: str, lang: str) -> list[tuple[float, int, int]]:
    """(day, start, end) of every day of the month written as an ordinal, month included
    in the span so that the month's name is not read again."""
    out: list[tuple[float, int, int]] = []
    if lang == "ar":
        for m in _AR_DATE.finditer(text):
            if m.group("alone"):
                day = _AR_TENS[m.group("alone")]
            else:
                day = _AR_UNITS[m.group("unit")] + _AR_TENS.get(m.group("tens") or "", 0)
            out.append((float(day), m.start(), m.end()))
        for m in _AR_CENTURY.finditer(text):  # "القرن العشرين": the 20th century
            unit = _AR_UNITS.get(m.group("unit") or "", 0)
            out.append((float(20 + unit), m.start(), m.end()))
    elif lang == "he":
        for m in _HE_DATE.finditer(text):
            out.append((float(_HE_ORDINALS[m.group("unit")]), m.start(), m.end()))
        for m in _HE_CENTURY.finditer(text):
            out.append((21.0 if m.group(0).endswith("אחת") else 20.0, m.start(), m.end()))
    return out
