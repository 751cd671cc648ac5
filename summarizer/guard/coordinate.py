"""Coordinate clauses: what follows ", and" ("، و", ", ו") as a statement of its own.

"Firefighters are trying to stop the blaze, and an army post is in danger": the second
clause may rest on a different source sentence from the first, one that says who says so
("an army post is in danger, it was reported"). Judged whole, the sentence matches the
first clause's source best, and the second clause's dropped attribution goes unseen.
"""

from __future__ import annotations

import re

_COORDINATE = re.compile(r"(?:,\s+and\s+|،\s*و(?=\S)|,\s*ו(?=\S))", re.IGNORECASE)


def coordinate_clauses(sentence: str) -> list[str]:
    """The statements after each ", and" of the sentence, the conjunction dropped; none
    after a colon, where ", and" joins the items of a list ("its losses: X, and Y")."""
    before_list = sentence.split(":", 1)[0]
    return [part for part in _COORDINATE.split(before_list)[1:] if part.strip()]
