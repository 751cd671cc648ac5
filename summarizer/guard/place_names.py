"""A translated brief names the towns, cities and regions its English brief names, and no
other: "منطقة الغوطة الشرقية" where the brief has Wadi Barada, "בחאן יונס" for "in Rafah".

Such names are rendered by each language's usage (Eastern Ghouta / الغوطة الشرقية / מזרח
ע'וטה), which the consonant skeletons of people's names do not always see, and most are
not the countries :mod:`summarizer.guard.places` knows. They are listed in
``summarizer/resources/places.toml`` and read by :mod:`summarizer.guard.name_table`, as
organisations are: a translation that names a place the English brief names neither
itself nor by a place within it is reported. A larger place beside the brief's (Gaza for
Rafah, Damascus for Wadi Barada) is a translator's gloss, and a word the English brief
writes by its sound is the brief's word, whatever the table reads in it: "אחמד עזה" is
Ahmed Azza, not Gaza (עזה); "خان يونس" renders a "Khan Yunus" the table may not spell.
"""

from __future__ import annotations

from summarizer.guard.name_table import Entry, named, translation_name_problems
from summarizer.guard.report import Problem
from summarizer.guard.stopwords import STOP
from summarizer.guard.text import fold, words
from summarizer.guard.transliteration import skeleton

_TABLE = ("places.toml", "place")


def place_names(text: str, lang: str) -> set[Entry]:
    """The places of the table that ``text`` (normalised, in ``lang``) names."""
    return named(*_TABLE, text, lang)


def check_translation_place_names(english: str, translated: str, lang: str) -> list[Problem]:
    """Places the translation (ar/he) names that the English brief does not."""
    sounds = _name_sounds(english)
    return translation_name_problems(
        *_TABLE,
        english,
        translated,
        lang,
        spared=lambda place: all(skeleton(word) in sounds for word in place.words),
    )


def _name_sounds(english: str) -> set[str]:
    """The consonant skeletons of the English brief's capitalised words (and of each part
    of a hyphenated one) that are not function words ("At", "In" open sentences)."""
    return {
        sk
        for word in words(english)
        if word[:1].isupper()
        for part in [word, *word.split("-")]
        if fold(part) not in STOP["en"] and (sk := skeleton(part))
    }
