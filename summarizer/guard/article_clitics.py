"""How a proclitic preposition meets a word's definite article, for the loaded lexicon.

Arabic writes ل + ال as لل (للعدو is ل + العدو). Hebrew drops the article ה after the
prepositions ב, כ, ל, also behind ו or ש (להתנחלות is ל + ההתנחלות, ובמחבלים is וב +
המחבלים). A term the lexicon lists with its article is found behind such a preposition,
and its replacement is joined to it the same way. Used by :mod:`summarizer.guard.lexicon`.
"""

from __future__ import annotations

import re

from summarizer.guard.text import stems

# ו / ש, then the preposition that swallows the article.
_HE_ELIDING = re.compile(r"[וש]{0,2}[בכל]")
_MIN_REST = 3  # letters after the article: a shorter word is no safe reading


def lookup_keys(token: str, lang: str) -> list[str]:
    """The forms a loaded term's first word may take inside this token: the token, its
    stems without proclitics, and the word with its article restored behind a preposition
    that swallowed or merged with it."""
    keys = stems(token, lang)
    i = token.find("لل")
    if lang == "ar" and 0 <= i <= 1:
        keys.append("ال" + token[i + 2 :])
    if lang == "he":
        keys += ["ה" + token[len(p) :] for p in _he_eliding_prefixes(token)]
    return keys


def article_prefix(token: str, word: str, lang: str) -> str | None:
    """The preposition (with any ו / ש) in ``token`` that merged with or swallowed the
    article of ``word`` (which starts with it), else None."""
    if lang == "ar" and word.startswith("ال"):
        i = token.find("لل")
        if 0 <= i <= 1 and token[i + 2 :] == word[2:]:
            return token[: i + 1]
    if lang == "he" and word.startswith("ה"):
        for prefix in _he_eliding_prefixes(token):
            if token[len(prefix) :] == word[1:]:
                return prefix
    return None


def join(prefix: str, replacement: str, lang: str, *, elided: bool = False) -> str:
    """Put a clitic back in front of a replacement, merging it with the replacement's
    article as the language writes it (ل + ال: لل; with ``elided``, where the brief's
    preposition swallowed the term's article, ב + ה: ב)."""
    if lang == "ar" and replacement.startswith("ال"):
        if prefix.endswith("ال"):
            return prefix[:-2] + replacement
        if prefix.endswith("ل"):
            return prefix + replacement[1:]
    if lang == "he" and elided and replacement.startswith("ה"):
        return prefix + replacement[1:]
    return prefix + replacement


def _he_eliding_prefixes(token: str) -> list[str]:
    """Each opening of ``token`` that may be a Hebrew preposition which swallowed an
    article, leaving at least _MIN_REST letters after it."""
    return [
        token[:n]
        for n in (1, 2, 3)
        if len(token) - n >= _MIN_REST and _HE_ELIDING.fullmatch(token[:n])
    ]
