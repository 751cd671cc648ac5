"""A translated brief says what the English brief says: same numbers, same attributions."""

from __future__ import annotations

from summarizer.guard.attribution import cue_count, has_cue, is_attributed
from summarizer.guard.numbers import find_numbers, same_number
from summarizer.guard.report import Problem
from summarizer.guard.text import sentences


def check_translation_numbers(english: str, translated: str, lang: str) -> list[Problem]:
    """Every figure of the English brief is in the translation, and nothing else is."""
    ours = find_numbers(english, "en")
    theirs = find_numbers(translated, lang)
    problems = []
    for number in ours:
        if number.kind == "word":
            continue  # "two" may become a dual form or vanish into grammar
        if not same_number(number, theirs):
            problems.append(
                Problem(
                    "translation_number",
                    f"the English brief says {number.span!r}; the {lang} translation does not",
                )
            )
    for number in theirs:
        if number.kind == "word" and number.value == 1:
            continue
        if not same_number(number, ours):
            problems.append(
                Problem(
                    "translation_number",
                    f"the {lang} translation says {number.span!r}, which the English brief"
                    " does not",
                    number.span,
                )
            )
    return problems


def check_translation_attribution(english: str, translated: str, lang: str) -> list[Problem]:
    """No attribution of the English brief is lost in translation."""
    attributed = [s.text for s in sentences(english) if has_cue(s.text, "en")]
    problems = []
    found = cue_count(translated, lang)
    if found < len(attributed):
        problems.append(
            Problem(
                "translation_attribution",
                f"the English brief attributes {len(attributed)} statement(s); the {lang}"
                f" translation has {found} attribution(s)",
            )
        )
        return problems
    target = sentences(translated)
    source_sentences = sentences(english)
    if len(source_sentences) == len(target):  # sentence by sentence, when they line up
        for mine, theirs in zip(source_sentences, target, strict=True):
            if has_cue(mine.text, "en") and not is_attributed(theirs.text, lang):
                problems.append(
                    Problem(
                        "translation_attribution",
                        f"the English sentence says who says so; its {lang} translation"
                        " does not",
                        theirs.text,
                    )
                )
        if problems:
            return problems
    # A figure attributed in English must stay attributed where the translation states it.
    for sentence in attributed:
        figures = [n for n in find_numbers(sentence, "en") if n.kind == "digits"]
        for other in target:
            theirs = find_numbers(other.text, lang)
            if any(same_number(n, theirs) for n in figures) and not is_attributed(other.text, lang):
                problems.append(
                    Problem(
                        "translation_attribution",
                        f"the English brief attributes this figure; the {lang} sentence"
                        " carrying it does not",
                        other.text,
                    )
                )
    return problems
