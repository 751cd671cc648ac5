"""Framing a translation adds: a neutral English word rendered by a loaded one.

A translation of "the Israeli-controlled part of Hebron" as الجزء الخاضع للاحتلال ("under
occupation"), or of "were killed" as נרצחו ("were murdered"), frames in our voice what the
English brief states plainly. Such words are ordinary in the translation's own language (an
Arabic source's الاحتلال, a Hebrew source's נרצח), so the lexicons leave them; but a
translation says only what its English brief says, so the word is loaded unless the English
brief has the word it renders (occupied, murdered, assassinated). Execution is left out:
الإعدام is also the death penalty.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.guard.report import Problem


@dataclass(frozen=True)
class _Framing:
    rendered: re.Pattern[str]  # the loaded rendering, in the translation
    licence: re.Pattern[str]  # the English word that it renders faithfully
    neutral: str
    note: str


# Proclitics: Arabic و ف ب ل ك (and لل for ل + ال), Hebrew ו ש כש ה ב ל.
_AR = r"(?<!\w)(?:[وف]?[بلك]?(?:ال)?|[وف]?لل)"
_HE = r"(?<!\w)(?:ו?(?:כש|ש)?[הבל]?)"
_FRAMINGS = {
    "ar": (
        _Framing(
            re.compile(_AR + r"احتلال(?!\w)"),
            re.compile(r"\boccup\w*", re.IGNORECASE),
            "السيطرة",
            "Reuters/BBC: the English brief says who controls it; 'occupation' is the"
            " translation's own framing",
        ),
        _Framing(
            re.compile(_AR + r"(?:اغتيال|اغتال|اغتالت|اغتيل|اغتالوا)(?!\w)"),
            re.compile(r"\bassassinat\w*", re.IGNORECASE),
            "قتل",
            "AP: the English brief says 'killed'; 'assassinated' judges the killing",
        ),
    ),
    "he": (
        _Framing(
            re.compile(_HE + r"(?:נרצח|נרצחה|נרצחו|נרצחים|נרצחות|רצחו|רצחה)(?!\w)"),
            re.compile(r"\bmurder\w*", re.IGNORECASE),
            "נהרגו",
            "AP: the English brief says 'killed'; 'murdered' is a verdict in our voice",
        ),
        _Framing(
            re.compile(_HE + r"כיבוש(?!\w)"),
            re.compile(r"\boccup\w*", re.IGNORECASE),
            "השליטה",
            "Reuters/BBC: the English brief says who controls it; 'occupation' is the"
            " translation's own framing",
        ),
        _Framing(
            re.compile(_HE + r"(?:חוסל|חוסלה|חוסלו|חיסל|חיסלה|חיסלו)(?!\w)"),
            re.compile(r"\b(?:eliminat|assassinat)\w*", re.IGNORECASE),
            "נהרג",
            "AP: the English brief says 'killed'; 'eliminated' judges the killing",
        ),
    ),
}


def check_translation_framing(english: str, text: str, lang: str) -> list[Problem]:
    """Loaded renderings in a translation whose English brief has no word they render."""
    problems = []
    for framing in _FRAMINGS.get(lang, ()):
        m = framing.rendered.search(text)
        if m is None or framing.licence.search(english):
            continue
        detail = (
            f"the {lang} translation frames what its English brief states plainly;"
            f' neutral: "{framing.neutral}" ({framing.note})'
        )
        problems.append(Problem("loaded", detail, m.group(0)))
    return problems
