"""Fractions written as words: "half", "a third", "a quarter"; نصف، ثلث، ربع; מחצית، שליש، רבע.

The number finder reads digits and counting words, not a fraction's name, so "half the
city's cases" rendered as "שליש ממקרי הקורונה" (a third) changed a figure unseen. A
translation must give the fractions its English brief gives, and no other.
"""

from __future__ import annotations

import re

from summarizer.guard.report import Problem

# (value, pattern) per language; Arabic and Hebrew with their proclitics
_FRACTIONS: dict[str, list[tuple[float, str]]] = {
    "en": [
        (2 / 3, r"\btwo[- ]thirds\b"),
        (3 / 4, r"\bthree[- ]quarters\b"),
        (1 / 2, r"\bhalf\b"),
        (1 / 3, r"\b(?:a|one)[- ]third\b"),
        (1 / 4, r"\b(?:a|one)[- ]quarter\b"),
    ],
    "ar": [
        (2 / 3, r"(?<!\w)[وفب]?(?:ال)?(?:ثلثا|ثلثي)(?!\w)"),
        (1 / 2, r"(?<!\w)[وفب]?(?:ال)?نصف(?!\w)"),
        (1 / 3, r"(?<!\w)[وفب]?(?:ال)?ثلث(?!\w)"),
        (1 / 4, r"(?<!\w)[وفب]?(?:ال)?ربع(?!\w)"),
    ],
    "he": [
        (2 / 3, r"(?<!\w)[ובלמש]{0,2}(?:ה)?שני שלישים(?!\w)"),
        (1 / 2, r"(?<!\w)[ובלמש]{0,2}(?:ה)?(?:מחצית|חצי)(?!\w)"),
        (1 / 3, r"(?<!\w)[ובלמש]{0,2}(?:ה)?שליש(?!\w)"),
        (1 / 4, r"(?<!\w)[ובלמש]{0,2}(?:ה)?רבע(?!\w)"),
    ],
}
_COMPILED = {
    lang: [(value, re.compile(p)) for value, p in table] for lang, table in _FRACTIONS.items()
}


def fractions(text: str, lang: str) -> dict[float, str]:
    """Each fraction a text names, by value, with its words as written (not overlapping)."""
    found: dict[float, str] = {}
    taken: list[tuple[int, int]] = []
    for value, pattern in _COMPILED.get(lang, []):
        for m in pattern.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                taken.append((m.start(), m.end()))
                found.setdefault(round(value, 4), m.group(0).strip())
    return found


def check_translation_fractions(english: str, translated: str, lang: str) -> list[Problem]:
    """A fraction the translation names that its English brief does not, where the brief
    names another ("half" become "a third")."""
    ours = fractions(english, "en")
    if not ours:
        return []  # the brief names no fraction: nothing to compare
    theirs = fractions(translated, lang)
    return [
        Problem(
            "translation_number",
            f"the {lang} translation says {span!r}, a fraction the English brief does not give",
            span,
        )
        for value, span in sorted(theirs.items())
        if value not in ours
    ]
