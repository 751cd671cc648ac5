"""A person of the English brief given another given name in translation.

"Dr. Abed Abu Hasira" translated as "الدكتور خالد أبو حصيرة" keeps the surname and
changes the person: the word a translation writes right before a surname with its "Abu"
or "bin" (أبو، بن، אבו، בן) is where the given name stands. A title
(الدكتور, ד"ר, הרופא), a word of speech (قال) or a word the English brief has is no given
name, so a translation that drops the given name or writes a title is not flagged.
"""

from __future__ import annotations

from summarizer.guard.cues import has_cue
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, words
from summarizer.guard.transliteration import close, skeleton

NAME_PARTICLES = {"abu", "bin", "ibn", "ben", "أبو", "ابو", "بن", "ابن", "אבו", "בן"}
_TITLE_MARKS = ('"', "\u05f4", "'")
MIN_GIVEN = 2  # a given name's skeleton at its shortest (Abed: PT)


def renamed_given_names(people: list[list[str]], translated: str, lang: str) -> list[Problem]:
    """People of the English brief (runs of name words, surname last) whose surname the
    translation writes after a given name that is not theirs."""
    tokens = words(translated)
    sks = [skeleton(t) for t in tokens]
    problems = []
    for run in people:
        given = [w for w in run[:-1] if w.lower() not in NAME_PARTICLES]
        mine = [skeleton(w) for w in given if len(skeleton(w)) >= MIN_GIVEN]
        surname = skeleton(run[-1])
        # only a surname with its "Abu" or "bin": the word before that is a given name
        # (before a bare surname stand verbs, prepositions and words of every kind)
        particle = len(run) >= 2 and run[-2].lower() in NAME_PARTICLES
        if not mine or not particle or len(surname) < MIN_GIVEN:
            continue
        for k in range(1, len(tokens)):
            if sks[k] != surname:
                continue
            j = k - 2
            if fold(tokens[k - 1]) not in NAME_PARTICLES:
                continue  # "Abu Hasira" is written with its "أبو"
            if j < 0 or not _given_name_like(tokens[j], lang):
                continue
            theirs = sks[j]
            if len(theirs) >= MIN_GIVEN and not any(close(theirs, m) for m in mine):
                problems.append(
                    Problem(
                        "translation_name",
                        f"the {lang} translation gives {run[-1]!r} another given name",
                        f"{tokens[j]} {tokens[k]}",
                    )
                )
    return problems


def _given_name_like(token: str, lang: str) -> bool:
    """A word that may be a given name: no article (الدكتور, הרופא), no abbreviation mark
    (ד"ר) and no word of speech (قال, אמר)."""
    folded = fold(token)
    article = folded.startswith("ال") if lang == "ar" else folded.startswith("ה")
    return not (article or any(m in token for m in _TITLE_MARKS) or has_cue(token, lang))
