"""What sort of figure a number is: a year, a day of the month, or a count; a figure's
rival in the source must be of the same sort."""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.guard.numbers import Number
from summarizer.guard.text import fold, words
from summarizer.text import MONTH_ABBREVIATIONS, MONTH_NAMES

_MONTHS = MONTH_NAMES | MONTH_ABBREVIATIONS


def is_date_or_year(text: str, number: Number) -> bool:
    """Years and days of the month are checked against the whole source: a brief often
    puts the date its source gives once, in a dateline or the first sentence."""
    return is_year(number) or _dated_at(text, number.span)


@lru_cache(maxsize=16384)
def _dated_at(text: str, span: str) -> bool:
    """Whether a month's name stands by the figure (read once per figure of a sentence)."""
    at = text.find(span)
    around = [fold(w).rstrip(".") for w in words(text[max(0, at - 12) : at + len(span) + 12])]
    return any(w in _MONTHS for w in around) or span.endswith(tuple(_MONTHS))


def is_year(number: Number) -> bool:
    return number.kind == "digits" and 1900 <= number.value <= 2100 and "," not in number.span


def same_sort(number: Number, text: str, other: Number) -> bool:
    """A year's rival is a year; any other figure's rival is no date or year."""
    return is_year(other) if is_year(number) else not is_date_or_year(text, other)


_OPEN_QUOTES = "\"“‘«'"
_CLOSE_QUOTES = "\"”’»'"


def is_quoted_title(text: str, number: Number) -> bool:
    """A figure that is a whole quotation by itself ("1917", “1917,”): the title of a work,
    a name, not a count or a date of the story."""
    pattern = (
        rf"[{re.escape(_OPEN_QUOTES)}]{re.escape(number.span)}[,.]?[{re.escape(_CLOSE_QUOTES)}]"
    )
    return re.search(pattern, text) is not None
