"""Headline capitals: a line in Title Case, whose capitals mark no names.

Feed titles are often written in Title Case ("Giants Coach Becomes a Zinger Magnet on His
Way to the Playoffs", "Trilobites: Light Pillars, a Million-Mirror Optical Illusion"):
every word but the short function words is capitalised, verbs and common nouns with the
names. The checks that find people and speakers by their capitals ("Coach Becomes",
"Her Power", a label before a colon) read such a line as full of names. A capital there
says nothing; the source's other lines, written in sentence case, say which of its words
are names. English only: the other languages have no capitals.
"""

from __future__ import annotations

import re

# Words a Title-Case headline leaves in lower case (articles, short conjunctions and
# prepositions, "to" of an infinitive); style guides differ on which, so any may be either.
_MINOR = {
    "a", "an", "the", "and", "or", "but", "nor", "of", "to", "in", "on", "at", "for", "by",
    "with", "from", "as", "vs", "via", "per", "up", "off", "out", "into", "over",
}  # fmt: skip
_WORD = re.compile(r"[^\W\d_][\w’'.-]*")
MIN_CAPITALISED = 4  # words a line needs before its capitals show a style, not names


def title_case(line: str) -> bool:
    """Whether a line is written in Title Case: at least MIN_CAPITALISED words besides
    the minor ones, every one of them capitalised. A sentence of names alone is rare past
    four words without a lower-case verb ("said", "met") between them."""
    major = [w for w in _WORD.findall(line) if w.lower() not in _MINOR]
    return len(major) >= MIN_CAPITALISED and all(w[0].isupper() for w in major)


def sentence_case_text(text: str) -> str:
    """The text without its Title-Case lines: the part whose capitals mark names."""
    return "\n".join(line for line in text.splitlines() if not title_case(line))
