"""Days of the month written as ordinals: "السابع من أكتوبر", "השביעי באוקטובר".

English writes the day as digits ("October 7", "Oct. 7"), which the number finder reads
as 7; Arabic and Hebrew often spell it as an ordinal, which is no number word. This module
reads such an ordinal as the day's number when a month follows, so that "October 7" and
"السابع من أكتوبر" state the same figure.
"""

from __future__ import annotations

import re

from summarizer.guard.report import Problem
from summarizer.guard.text import fold
from summarizer.text import MONTH_ABBREVIATIONS, MONTH_NAMES

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
# "the twentieth century", "the twenty-first century": the century's number, as the
# Arabic and Hebrew words for it and "the 20th century" give it
_EN_CENTURIES = {
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21, "twenty first": 21,
}  # fmt: skip
_EN_CENTURY = re.compile(rf"\b(?P<ordinal>{'|'.join(_EN_CENTURIES)})[\s-]century\b", re.IGNORECASE)


def ordinal_dates(text: str, lang: str) -> list[tuple[float, int, int]]:
    """(day, start, end) of every day of the month written as an ordinal, month included
    in the span so that the month's name is not read again."""
    out: list[tuple[float, int, int]] = []
    if lang == "en":
        for m in _EN_CENTURY.finditer(text):
            century = _EN_CENTURIES[m.group("ordinal").lower()]
            out.append((float(century), m.start(), m.end()))
    elif lang == "ar":
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


# --- a day of the month with its month --------------------------------------------------------

_EN_MONTH = "|".join(
    sorted((m.capitalize() for m in MONTH_NAMES | MONTH_ABBREVIATIONS), key=len, reverse=True)
)
_AR_HE_MONTH = "|".join(sorted(_AR_MONTHS + _HE_MONTHS, key=len, reverse=True))
_MONTH = rf"(?P<month>(?:{_EN_MONTH})(?![a-z])\.?|[ובל]?-?(?:{_AR_HE_MONTH})(?![^\W\d]))"
_DAY_MONTH = re.compile(
    rf"(?<![\d.,])(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:of\s+|من\s+(?:شهر\s+)?)?{_MONTH}"
)
# "Feb. 9": found from the day back (a scan that starts at every month name is slow)
_DAY = re.compile(r"(?<![\d.,])\d{1,2}(?:st|nd|rd|th)?(?![\d,.]\d|\d)")
_MONTH_BEFORE = re.compile(rf"{_MONTH}\s+$")
_MONTH_IN = re.compile(_MONTH)


def _month_key(word: str) -> str:
    """One key per month however written: "Feb." and "February" are "feb"; a Hebrew or
    Arabic month without its attached preposition."""
    word = word.rstrip(".")
    if word[:1].isascii():
        return word[:3].lower()
    bare = word.lstrip("ובל-")
    return bare if word[:1] in "ובל" and bare in _HE_MONTHS else fold(word)


def month_days(text: str, lang: str) -> dict[tuple[str, float], str]:
    """(month, day) of every date a text writes, with the date as written: "Feb. 9",
    "30 April", "13 ديسمبر", "30 באפריל", "السابع من أكتوبر"."""
    before = list(_DAY_MONTH.finditer(text))
    out = {(_month_key(m.group("month")), float(m.group("day"))): m.group(0) for m in before}
    dated = {m.start("month") for m in before}
    for m in _DAY.finditer(text):
        month = _MONTH_BEFORE.search(text, max(0, m.start() - 16), m.start())
        if month is not None and _day_after(month.start(), m.group(0), dated):
            day = float(m.group(0).rstrip("stndrh"))
            out[(_month_key(month.group("month")), day)] = text[month.start() : m.end()]
    for day, start, end in ordinal_dates(text, lang):
        month = _MONTH_IN.search(text, start, end)
        if month is not None:
            out[(_month_key(month.group("month")), day)] = text[start:end]
    return out


def _day_after(month_at: int, figure: str, dated: set[int]) -> bool:
    """Whether a figure right after a month name is that month's day: not where a day
    already stands before the month ("١٣ ديسمبر ٥٦ شخصا", "13 December 56 people": the
    figure counts something else), nor where it is past any month's last day."""
    return month_at not in dated and float(figure.rstrip("stndrh")) <= 31


def check_days(source: str, summary: str, lang: str) -> list[Problem]:
    """A day of the month must be one the source gives that month: "the Oscars on Feb. 26"
    where the source says "Feb. 9" (and 26 elsewhere, as an age) is a changed date; and
    "until 30 May" where the source's only 30th is "30 April" moves the date a month."""
    mine = month_days(summary, lang)
    if not mine:
        return []  # no date in the brief: the source need not be read
    theirs = month_days(source, lang)
    months = {month for month, _ in theirs}
    days = {day for _, day in theirs}
    problems = []
    for (month, day), span in sorted(mine.items()):
        if (month, day) in theirs:
            continue
        if month in months:
            problems.append(
                Problem("number", f"the source gives another day of this month, not {day:g}", span)
            )
        elif day in days:
            problems.append(
                Problem("number", "the source gives this day of another month, not this one", span)
            )
    return problems
