"""A translated brief writes the places its English brief names by their sound.

A town, a province or a state that no table lists ("in Masvingo", "the senator of
Maryland", "scientists in Virginia") is transliterated, as a person's name is, so a
translation that names another place there ("في هراري", "מדלאוור") drops the English
one's consonant skeleton (:mod:`summarizer.guard.transliteration`). A place is known by
the grammar that introduces it: a capitalised run right after a locative preposition.
Countries and the region's cities (:mod:`summarizer.guard.places`) and the places of the
place table (:mod:`summarizer.guard.place_names`) are translated by usage and compared
there; words that translations translate (months, titles, Ministry) are not places.
"""

from __future__ import annotations

import re

from summarizer.guard.cues import has_cue
from summarizer.guard.name_words import TITLES, TRANSLATED
from summarizer.guard.place_names import place_names
from summarizer.guard.places import place_of
from summarizer.guard.report import Problem
from summarizer.guard.stopwords import STOP
from summarizer.guard.text import fold, sentences, words
from summarizer.guard.transliteration import close, skeleton, token_skeletons

# "in Masvingo", "of Maryland": one capitalised word after a locative preposition in
# running text (not "In" opening a sentence), with no name word after it: a longer run
# ("at Al Aqsa Martyrs Hospital", "in Lake Michigan") is an institution's or a feature's
# name, translated in part, as is a title ("of Breaking the Silence"). The word before
# the preposition tells a body's field ("Department of Correction") from a place.
_LOCATIVE = re.compile(
    r"(\S+)\s+(?:in|of|at|near|from|outside)\s+([A-Z][\w'’-]*)"
    r"(?![\w'’-]|\s+(?:(?:the|of|and|for|de|al)\s+)?[A-Z0-9])"
)
MIN_PLACE = 3  # a skeleton this long is a name, not an ordinary word of the translation


def place_words(english: str) -> list[str]:
    """The words of the English brief's places that a translation writes by sound."""
    tabled = {fold(w) for entry in place_names(english, "en") for w in entry.id.split()}
    out = []
    for sentence in sentences(english):
        for m in _LOCATIVE.finditer(sentence.text):
            head, word = m.group(1), m.group(2).removesuffix("'s").removesuffix("’s")
            key = fold(word)
            if (
                (head[:1].isupper() and fold(head) in TRANSLATED)
                or len(skeleton(word)) < MIN_PLACE
                or key in TRANSLATED
                or key in TITLES
                or key in STOP["en"]
                or key in tabled
                or place_of(word, "en") is not None
                or not word.replace("-", "").isalpha()
                or word.isupper()  # an acronym (CCTV, UNRWA) is spelt out or translated
            ):
                continue
            out.append(word)
    return list(dict.fromkeys(out))


def check_translation_place_words(english: str, translated: str, lang: str) -> list[Problem]:
    """Places of the English brief whose name the translation does not write."""
    theirs = token_skeletons([w for w in words(translated) if not has_cue(w, lang)], lang)
    return [
        Problem(
            "translation_name",
            f"the English brief names the place {word!r}; the {lang} translation does not write it",
        )
        for word in place_words(english)
        if not any(close(skeleton(word), t) for t in theirs)
    ]
