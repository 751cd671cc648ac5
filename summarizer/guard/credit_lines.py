"""The reporter credited under an item, put into the story.

A page may end an item with its reporter's name on a line of its own, in parentheses:
"(גלעד מורג)". That name is the credit, not a person of the story. A brief may credit the
reporter too ("דיווח: אלישע בן קימון", "reported by ..."), or keep the parentheses; a brief
that writes the name anywhere else (as a judge, a spokesman, a witness) has put the
reporter in a role the source never gives them.
"""

from __future__ import annotations

import re

from summarizer.guard.cues import has_cue
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, words

# A line that is nothing but a short name in parentheses (no digits: "(2019)" is a year).
_CREDIT_LINE = re.compile(r"^[ \t]*\(([^()\d\n]{3,60})\)[ \t]*$", re.MULTILINE)
MAX_CREDIT_WORDS = 4
MIN_CREDIT_WORDS = 2  # a single word in parentheses is a gloss ("(ירושלים)"), no credit
_CREDITING = {"by", "מאת", "בידי", "كتب", "كتبه", "بقلم", "إعداد", "اعداد", "מדווח", "כתב"}
CUE_REACH = 2  # words before the name that may credit it


def credit_names(source: str) -> list[list[str]]:
    """The names the source credits on lines of their own, in parentheses, folded."""
    out = []
    for m in _CREDIT_LINE.finditer(source):
        name = [fold(w) for w in words(m.group(1))]
        if MIN_CREDIT_WORDS <= len(name) <= MAX_CREDIT_WORDS:
            out.append(name)
    return out


def check_credit_lines(source: str, summary: str, lang: str) -> list[Problem]:
    """Brief mentions of a credited reporter that do not credit them."""
    names = credit_names(source)
    if not names:
        return []
    tokens = [fold(w) for w in words(summary)]
    problems = []
    for name in names:
        n = len(name)
        for k in range(len(tokens) - n + 1):
            if tokens[k : k + n] != name:
                continue
            before = tokens[max(0, k - CUE_REACH) : k]
            if any(w in _CREDITING or has_cue(w, lang) for w in before):
                continue
            if _in_parentheses(summary, " ".join(name)):
                continue
            problems.append(
                Problem(
                    "name",
                    f"{' '.join(name)!r} is the reporter the source credits, not a person of"
                    " the story",
                    " ".join(name),
                )
            )
            break
    return problems


def _in_parentheses(summary: str, name: str) -> bool:
    """Whether the brief keeps the credit as the source gives it: "(name)"."""
    return f"({name})" in fold(" ".join(summary.split()))
