"""Offline language detection limited to the languages Triglot handles.

The answer is "en", "ar", "he" or "other". lingua ships its models inside the package, so
nothing is downloaded. The detector also knows a handful of languages that share a script
with ours (German and French with English, Persian and Urdu with Arabic, …): without them,
a German article would be forced into "en" instead of being reported as "other".
"""

from __future__ import annotations

import unicodedata
from functools import lru_cache

from summarizer.languages import as_language
from summarizer.types import SourceLanguage

# Read this much of an article: enough for a sure answer, cheap on long pages.
SAMPLE_CHARS = 3000
# Fewer letters than this is too little to tell a language from.
MIN_LETTERS = 12


@lru_cache(maxsize=1)
def _detector():  # type: ignore[no-untyped-def]
    from lingua import Language, LanguageDetectorBuilder

    languages = [
        Language.ENGLISH,
        Language.ARABIC,
        Language.HEBREW,
        Language.GERMAN,
        Language.FRENCH,
        Language.SPANISH,
        Language.ITALIAN,
        Language.PORTUGUESE,
        Language.DUTCH,
        Language.RUSSIAN,
        Language.TURKISH,
        Language.PERSIAN,
        Language.URDU,
    ]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def _letter_count(text: str) -> int:
    return sum(1 for ch in text if unicodedata.category(ch).startswith("L"))


def detect_language(text: str) -> SourceLanguage:
    """The language of ``text``: "en", "ar", "he", or "other" (also for too little text)."""
    sample = text[:SAMPLE_CHARS]
    if _letter_count(sample) < MIN_LETTERS:
        return "other"
    language = _detector().detect_language_of(sample)
    if language is None:
        return "other"
    code = language.iso_code_639_1.name.lower()
    return as_language(code) or "other"
