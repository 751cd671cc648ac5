"""A headline that files its story as opinion: the whole piece is its writer's view.

Outlets mark a column or an analysis in the headline itself, by a kicker before a colon
("Opinion: The Port Deal Is a Mistake", "News Analysis: Why the Vote Slipped") or by a
label after a dash at its end ("The port deal is a mistake - opinion"). Everything such a
piece says is its writer's argument, and the body rarely says "I think": the label in the
headline is the only attribution there is. A brief that retells the argument with no word
of whose it is ("The port deal is a mistake.") states an opinion as fact. English only: the
other languages' feeds here write no such labels.

The check is deliberately narrow: it speaks only when no sentence of the brief is
attributed in any way and the brief names no genre or writer, so a brief that opens "An
analysis argues that ..." and tells on without repeating the frame stays clean.
"""

from __future__ import annotations

import re

from summarizer.guard.attributed_clauses import is_attributed
from summarizer.guard.report import Problem
from summarizer.guard.text import sentences

# The genres of opinion journalism: the headline label that makes a piece a view.
GENRES = frozenset(
    {"analysis", "opinion", "editorial", "commentary", "column", "op-ed", "viewpoint"}
)
# The words by which a brief says whose view it retells ("an analysis", "the columnist").
_WHOSE = GENRES | {
    *("analyses", "opinions", "editorials", "columns", "writer", "writers", "columnist"),
    *("author", "argues", "argued", "piece", "essay", "view"),
}
# "News Analysis: ...": a short capitalised label before the headline's first colon.
_KICKER = re.compile(r"^\s*((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*)\s*:\s+\S")
# "... - analysis": a label after a dash (or a bar) ending the headline.
_TAIL = re.compile(r"\s[-–—|]\s*((?:[A-Za-z][\w-]*\s+){0,2}[A-Za-z][\w-]*)\s*$")
_WORD = re.compile(r"[A-Za-z][\w-]*")


def opinion_label(headline: str) -> str | None:
    """The label by which a headline files its piece as opinion (its kicker or its tail,
    ending in a genre: "News Analysis", "analysis"), or None."""
    for pattern in (_KICKER, _TAIL):
        m = pattern.search(headline)
        if m and m.group(1).split()[-1].lower() in GENRES:
            return m.group(1)
    return None


def check_opinion_title(headline: str, summary: str, lang: str) -> list[Problem]:
    """A brief of a piece its headline files as opinion that says nowhere whose view it is."""
    if lang != "en":
        return []
    label = opinion_label(headline)
    brief = sentences(summary)
    if label is None or not brief:
        return []
    if any(w.lower() in _WHOSE for w in _WORD.findall(summary)):
        return []  # "An analysis says ...", "the writer argues ..."
    if any(is_attributed(s.text, lang) for s in brief):
        return []  # told on someone's word, whoever's it is
    return [
        Problem(
            "attribution",
            f"the headline files the piece as opinion ({label}), but the summary states its"
            " view as fact without saying whose it is",
            brief[0].text,
        )
    ]
