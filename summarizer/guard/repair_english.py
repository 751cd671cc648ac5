"""English grammar around a loaded word the lexicon repair replaces.

A neutral wording may bring its own determiner ("those killed" for "martyrs", "the West
Bank" for "Judea and Samaria"): the article before the loaded word goes ("the martyrs" ->
"those killed", not "the those killed"). A participle phrase cannot take a possessive
("the martyrs' graves" -> "those killed' graves" is no English): no wording keeps such a
sentence whole, so the word is left for the guard to refuse and the brief falls back,
as it does for a loaded word inside a quotation.
"""

from __future__ import annotations

import re

_INDEFINITE = re.compile(r"\b([Aa])n? $")
_ANY_ARTICLE = re.compile(r"\b(?:[Tt]he|[Aa]n?) $")
_OWN_DETERMINER = ("the ", "those ", "these ", "a ", "an ")
_POSSESSIVE = ("'", "’")


def fit_replacement(head: str, replacement: str, after: str) -> tuple[str, str] | None:
    """``head`` (the text before the loaded word) and ``replacement`` made to agree, given
    the text ``after`` the word; None when no repair keeps the sentence English."""
    if replacement.endswith("ed") and " " in replacement and after.startswith(_POSSESSIVE):
        return None
    if replacement.lower().startswith(_OWN_DETERMINER):
        m = _ANY_ARTICLE.search(head)
        kept = head[: m.start()] if m else head
        # its determiner is capitalised where the sentence starts, whatever the case of the
        # loaded word it replaces ("Judea and Samaria" mid-sentence -> "the West Bank")
        starts = (m is not None and head[m.start()].isupper()) or _sentence_start(kept)
        first = replacement[0].upper() if starts else replacement[0].lower()
        return kept, first + replacement[1:]
    return _fix_article(head, replacement or after.lstrip()), replacement


def _fix_article(head: str, following: str) -> str:
    """'a'/'an' before a replaced word agrees with the word that now follows it."""
    m = _INDEFINITE.search(head)
    if not m or not following:
        return head
    article = m.group(1) + ("n" if following[0].lower() in "aeiou" else "")
    return head[: m.start()] + article + " "


def _sentence_start(head: str) -> bool:
    stripped = head.rstrip()
    return not stripped or stripped[-1] in ".!?\n"
