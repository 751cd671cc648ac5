"""Whether a word in a place's slot can be a place's name.

"בצפת" / "בטבריה", "بحلب" / "بحمص", "منطقة القلمون": the proclitic "in" written onto a
word, or a word for a kind of place before it, marks a place only where the word itself
is name-like. Two forms after it are not: a preposition with a
pronoun suffix ("بينها", "among them": "بين" + "ها"), and in Arabic an indefinite noun
ending in the abstract or relative suffix "ية" ("باستقلالية", "independently": an abstract
noun; place names of that form carry the article, "بالإسكندرية", "باللاذقية").
"""

from __future__ import annotations

from summarizer.guard.content_keys import is_content
from summarizer.guard.text import fold

_PRONOUN_SUFFIXES = {
    "ar": ("هما", "هم", "هن", "ها", "ه", "كم", "نا"),
    "he": ("יהם", "יהן", "ינו", "יה", "יו", "הם", "הן", "נו"),
}
_LOCATIVE = {"ar": "ب", "he": "ב"}
_AR_ARTICLE = "ال"
_AR_ABSTRACT = "ية"


def locative_name(word: str, lang: str) -> bool:
    """``word`` (a locative proclitic first, or none) may be a place's name: it is no
    preposition with a pronoun suffix, nor (Arabic) an indefinite abstract noun."""
    folded = fold(word)
    if _preposition_with_pronoun(folded, lang):
        return False
    bare = folded[1:] if folded[:1] == _LOCATIVE.get(lang) else folded
    return not (
        lang == "ar"
        and bare.endswith(_AR_ABSTRACT)
        and not bare.startswith(_AR_ARTICLE)
        and len(bare) > 5
    )


def _preposition_with_pronoun(word: str, lang: str) -> bool:
    """ "بينها" ("بين" + "ها"), "ביניהם": a function word with a pronoun written on."""
    for suffix in _PRONOUN_SUFFIXES.get(lang, ()):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 2 and not is_content(stem, lang):
            return True
    return False


# Possessive pronoun suffixes of more than one letter ("طريقها", "its way"; "رحلتهم"): a
# noun with one written on is a common noun ("its way", "their trip"), never a name.
_AR_POSSESSIVES = tuple(s for s in _PRONOUN_SUFFIXES["ar"] if s[0] == "ه" and len(s) > 1)


def possessed_noun(word: str, lang: str) -> bool:
    """``word`` is an Arabic noun with a possessive pronoun of two letters or more on it."""
    folded = fold(word)
    return lang == "ar" and any(
        folded.endswith(s) and len(folded) - len(s) >= 3 for s in _AR_POSSESSIVES
    )
