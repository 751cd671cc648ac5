"""The checks of a translated brief against the brief it renders: the same figures,
weekdays, attributions, names, sources, places and framing in Arabic or Hebrew as in the
English brief, and the same figures and attributions in an English back-translation as
in the source-language brief it translates.

Split from ``guard`` so that each direction's list of checks has room for its next one.
"""

from __future__ import annotations

from summarizer.guard.absent_places import check_translation_places
from summarizer.guard.consistency import (
    check_translation_attribution,
    check_translation_numbers,
)
from summarizer.guard.fractions import check_translation_fractions
from summarizer.guard.organisations import check_translation_organisations
from summarizer.guard.place_names import check_translation_place_names
from summarizer.guard.report import Problem
from summarizer.guard.text import normalize, script_of
from summarizer.guard.translation_framing import check_translation_framing
from summarizer.guard.translation_given_names import check_given_names
from summarizer.guard.translation_names import check_translation_names
from summarizer.guard.translation_place_words import check_translation_place_words
from summarizer.guard.translation_sources import check_translated_sources
from summarizer.guard.weekdays import check_weekdays


def check_translation(english_summary: str, text: str, lang: str, article: str) -> list[Problem]:
    """The problems of translation ``text`` (normalised, in ``lang``) against the English
    brief it renders; ``article`` is the normalised source, or empty when there is none
    (names and sources are also looked up in it when it is in English)."""
    problems: list[Problem] = []
    english = normalize(english_summary)
    problems += check_translation_numbers(english, text, lang)
    problems += check_translation_fractions(english, text, lang)
    problems += check_weekdays(english, "en", text, lang, "translation_number")
    problems += check_translation_attribution(english, text, lang)
    on_english = article if article and script_of(article) == "en" else None
    problems += check_translation_names(english, text, lang, on_english)
    problems += check_translation_organisations(english, text, lang)
    problems += check_translation_place_names(english, text, lang)
    problems += check_translation_place_words(english, text, lang)
    problems += check_translated_sources(english, text, lang, on_english)
    problems += check_given_names(english, text, lang)
    problems += check_translation_places(english, text, lang)
    problems += check_translation_framing(english, text, lang)
    return problems


def check_back_translation(text: str, source_brief: str) -> list[Problem]:
    """The problems of English ``text`` (normalised) against the source-language brief it
    translates: the same figures and attributions the other way round."""
    problems: list[Problem] = []
    original = normalize(source_brief)
    original_lang = script_of(original)
    problems += check_translation_numbers(text, original, original_lang)
    problems += check_translation_attribution(text, original, original_lang)
    return problems
