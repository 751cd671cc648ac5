"""A relative time moved: "the session set for tomorrow" retold as "set for next week".

A source dates an event relative to its own moment ("tomorrow", "last week", "a short while
ago"); a brief that keeps the event but gives it another relative time changes a figure,
although no number is written. The phrases are a closed list per language, each with a key
and a family (days and weeks; how long ago). A brief's phrase is a number fault when the
source never uses it but does use another phrase of the same family. "Today" (and its kin)
only anchors the source: a brief may say "today" of an announcement the source dates by
its weekday.
"""

from __future__ import annotations

import re

from summarizer.guard.report import Problem

_DAY, _AGO = "day", "ago"
_ANCHORS = frozenset({"today"})  # never reported in a brief
_HE_PREFIX = r"(?<!\w)[ושלבמ]{0,2}"
# (key, family, pattern) per language; the patterns are tried in order, longest first
_PHRASES: dict[str, list[tuple[str, str, str]]] = {
    "en": [
        ("next week", _DAY, r"\bnext week\b"),
        ("last week", _DAY, r"\blast week\b"),
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
    found: list[tuple[str, str, str]] = []
    taken: list[tuple[int, int]] = []
    for key, family, pattern in _COMPILED.get(lang, []):
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                found.append((key, family, m.group(0).strip()))
    return found


def check_relative_times(source: str, summary: str, lang: str) -> list[Problem]:
    """Relative times in the brief that the source never uses, where it uses another of
    the same family ("tomorrow" for the source's "next week", "an hour ago" for "a short
    while ago")."""
    mine = [t for t in relative_times(summary, lang) if t[0] not in _ANCHORS]
    if not mine:
        return []
    theirs = relative_times(source, lang)
    keys = {key for key, _, _ in theirs}
    problems = []
    for key, family, span in mine:
        others = sorted({t[2] for t in theirs if t[1] == family and t[0] != key})
        if key not in keys and others:
            problems.append(
                Problem(
                    "number",
                    f"the source gives another relative time ({', '.join(others)}), not this",
                    span,
                )
            )
    return problems
