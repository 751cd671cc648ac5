"""A relative time moved: "the session set for tomorrow" retold as "set for next week".

A source dates an event relative to its own moment ("tomorrow", "last week", "a short while
ago", "a day after"); a brief that keeps the event but gives it another relative time
changes a figure, although no number is written. The phrases are a closed list per
language, each with a key and a family (days and weeks; how long ago; how long after). A
brief's phrase is a number fault when the source never uses it but does use another phrase
of the same family. "Today" (and its kin) only anchors the source: a brief may say "today"
of an announcement the source dates by its weekday.

A brief may also move the source's "today" onto another event: "announced today that the
session set for tomorrow was cancelled" retold as "the session set for today" (or "for the
same day"). A brief's "today" is then read with the words around it (the event it dates,
as :mod:`relative_days` reads weekdays); one that shares several of them with another time
of its family in the source, and at most a quarter as many with any place the source says
"today" (a word in common is the brief's sentence reaching over to the next clause), is
reported too. Only "today" is read so: it is the one time the first rule lets a brief use
freely, and a brief that reorders its sentence sets the announcer's name and verb beside
any other time, which would read as that time moved onto the announcement.
"""

from __future__ import annotations

import re

from summarizer.guard.relative_days import event_words
from summarizer.guard.report import Problem

_DAY, _AGO, _AFTER = "day", "ago", "after"
_ANCHORS = frozenset({"today"})  # never reported by the first rule
# phrases that say the same as another key, counted from the event rather than from now
_SAME = {"next day": "tomorrow", "same day": "today", "in a week": "next week"}
SHARED = 2  # word keys a moved time must share with the other time's place in the source
MARGIN = 4  # ... and this many times those it shares with any place of its own time
_HE_PREFIX = r"(?<!\w)[ושלבמ]{0,2}"
# (key, family, pattern) per language; the patterns are tried in order, longest first
_PHRASES: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("next week", _DAY, r"\bnext week\b"),
        ("last week", _DAY, r"\blast week\b"),
        ("next day", _DAY, r"\b(?:the )?(?:next|following) day\b"),
        ("same day", _DAY, r"\b(?:the )?same day\b"),
        ("in a week", _DAY, r"\bin a week's time\b"),
        ("day after", _AFTER, r"\b(?:a|one) day (?:after|later)\b"),
        ("week after", _AFTER, r"\b(?:a|one) week (?:after|later)\b"),
        ("tomorrow", _DAY, r"\btomorrow\b"),
        ("yesterday", _DAY, r"\byesterday\b"),
        ("today", _DAY, r"\btoday\b"),
        ("hours ago", _AGO, r"\b(?:two|three|several|a few) hours ago\b"),
        ("hour ago", _AGO, r"\b(?:an|about an|one) hour ago\b"),
        ("moments ago", _AGO, r"\b(?:a short while|moments|a few minutes|minutes) ago\b"),
    ],
    "he": [
        ("next week", _DAY, _HE_PREFIX + r"ה?שבוע הבא(?!\w)"),
        ("last week", _DAY, _HE_PREFIX + r"ה?שבוע (?:שעבר|החולף)(?!\w)"),
        ("next day", _DAY, _HE_PREFIX + r"מחרת(?!\w)"),
        ("same day", _DAY, _HE_PREFIX + r"אותו היום(?!\w)"),
        ("in a week", _DAY, r"(?<!\w)[ו]?בעוד שבוע(?!\w)"),
        ("day after", _AFTER, r"(?<!\w)[ו]?יום (?:אחרי|לאחר)(?!\w)"),
        ("week after", _AFTER, r"(?<!\w)[ו]?שבוע (?:אחרי|לאחר)(?!\w)"),
        ("tomorrow", _DAY, _HE_PREFIX + r"מחר(?!\w)"),
        ("yesterday", _DAY, _HE_PREFIX + r"אתמול(?!\w)"),
        ("today", _DAY, _HE_PREFIX + r"היום(?!\w)"),
        ("hours ago", _AGO, r"(?<!\w)לפני כ?(?:שעתיים|שלוש שעות|כמה שעות)(?!\w)"),
        ("hour ago", _AGO, r"(?<!\w)לפני כ?שעה(?!\w)"),
        ("moments ago", _AGO, r"(?<!\w)(?:לפני (?:זמן קצר|זמן מה|דקות ספורות|כמה דקות)|זה עתה)"),
    ],
    "ar": [
        ("next week", _DAY, r"(?<!\w)[وفب]?(?:ل|ال)?الأسبوع (?:المقبل|القادم)(?!\w)"),
        ("last week", _DAY, r"(?<!\w)[وفب]?(?:ل|ال)?الأسبوع الماضي(?!\w)"),
        ("next day", _DAY, r"(?<!\w)[وف]?(?:في )?اليوم التالي(?!\w)"),
        ("same day", _DAY, r"(?<!\w)[وف]?(?:في )?(?:اليوم (?:نفسه|ذاته)|نفس اليوم)(?!\w)"),
        ("day after", _AFTER, r"(?<!\w)[وف]?بعد يوم (?:من|على)(?!\w)"),
        ("week after", _AFTER, r"(?<!\w)[وف]?بعد أسبوع (?:من|على)(?!\w)"),
        ("tomorrow", _DAY, r"(?<!\w)[وف]?(?:غدا|غدًا|غداً)(?!\w)"),
        ("yesterday", _DAY, r"(?<!\w)[وف]?(?:أمس|امس)(?!\w)"),
        ("today", _DAY, r"(?<!\w)[وف]?اليوم(?!\w)"),
        ("hours ago", _AGO, r"(?<!\w)(?:قبل|منذ) (?:ساعتين|عدة ساعات|بضع ساعات)(?!\w)"),
        ("hour ago", _AGO, r"(?<!\w)(?:قبل|منذ) (?:نحو |حوالي )?ساعة(?!\w)"),
        ("moments ago", _AGO, r"(?<!\w)(?:قبل|منذ) (?:قليل|لحظات|دقائق)(?!\w)"),
    ],
}
_COMPILED = {
    lang: [(key, family, re.compile(p)) for key, family, p in phrases]
    for lang, phrases in _PHRASES.items()
}


def relative_times(text: str, lang: str) -> list[tuple[str, str, str]]:
    """(key, family, words as written) of every relative time in a text, not overlapping."""
    return [
        (key, family, text[start:end].strip()) for key, family, start, end in _found(text, lang)
    ]


def _found(text: str, lang: str) -> list[tuple[str, str, int, int]]:
    """(key, family, start, end) of every relative time in a text, not overlapping."""
    found: list[tuple[str, str, int, int]] = []
    for key, family, pattern in _COMPILED.get(lang, []):
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for _, _, a, b in found):
                found.append((key, family, m.start(), m.end()))
    return found


def _canonical(key: str) -> str:
    """The key of the time a phrase names, whether counted from now or from the event."""
    return _SAME.get(key, key)


def check_relative_times(source: str, summary: str, lang: str) -> list[Problem]:
    """Relative times in the brief that the source never uses, where it uses another of
    the same family ("tomorrow" for the source's "next week", "an hour ago" for "a short
    while ago"), or a "today" that stands among the words the source dates by another."""
    mine = _found(summary, lang)
    if not mine:
        return []
    theirs = _found(source, lang)
    keys = {_canonical(key) for key, _, _, _ in theirs}
    problems = []
    for key, family, start, end in mine:
        span = summary[start:end].strip()
        others = sorted(
            {
                source[a:b].strip()
                for k, f, a, b in theirs
                if f == family and _canonical(k) != _canonical(key)
            }
        )
        if key not in _ANCHORS and _canonical(key) not in keys and others:
            problems.append(
                Problem(
                    "number",
                    f"the source gives another relative time ({', '.join(others)}), not this",
                    span,
                )
            )
        elif (
            others
            and _canonical(key) in _ANCHORS & keys
            and (moved := _moved_onto(source, theirs, summary, (key, family, start, end), lang))
        ):
            problems.append(
                Problem(
                    "number",
                    f"the brief puts this on what the source dates {moved!r}",
                    span,
                )
            )
    return problems


def _moved_onto(
    source: str,
    theirs: list[tuple[str, str, int, int]],
    summary: str,
    time: tuple[str, str, int, int],
    lang: str,
) -> str | None:
    """The source's words for another time of the brief time's family whose event the brief
        time stands with, when it stands with it far more than with any event the source gives
    its own time; else None."""
    key, family, start, end = time
    own = event_words(summary, start, end, lang)
    same, best, best_span = 0, 0, ""
    for k, f, a, b in theirs:
        if f != family:
            continue
        shared = len(own & event_words(source, a, b, lang))
        if _canonical(k) == _canonical(key):
            same = max(same, shared)
        elif shared > best:
            best, best_span = shared, source[a:b].strip()
    return best_span if best >= max(SHARED, MARGIN * same) else None
