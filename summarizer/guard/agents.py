"""The agent of an act moved to another: "the Egypt-brokered ceasefire" where the source
has "the ceasefire brokered by Qatar".

A participle with its doer ("Qatar-brokered", "US-led", "brokered by Qatar", "backed by
Iran") names who did the act. Where the source names the doer of that participle and the
brief names another, the act was given to someone else: a name fault. A doer the source
gives in either form ("led by the US" / "US-led"), or another form of the same place
("American-led"), is the same doer.

A capital that opens a sentence makes no name: "Co-organized by the City Museum" has the
prefix "co-", not a doer called "Co". A doer written before its participle at the start of
a sentence counts only where it is a place or is written with its capital elsewhere too.
"""

from __future__ import annotations

import re

from summarizer.guard.places import place_of
from summarizer.guard.report import Problem

_NAME = r"[A-Z][A-Za-z'’]+"
_PARTICIPLE = r"[a-z]+(?:ed|en|ld)"
_BEFORE = re.compile(rf"\b({_NAME})-({_PARTICIPLE})\b")  # "Qatar-brokered"
_AFTER = re.compile(rf"\b({_PARTICIPLE}) by (?:the )?({_NAME})\b")  # "brokered by Qatar"


_OPENING = re.compile(r"(?:^|[.!?:;\"“”'‘’]\s*|\n)\s*$")


def _agents(text: str, context: str = "") -> list[tuple[str, str, str]]:
    """(participle, doer, the words as written) of each participle with its doer;
    ``context``: more text (the source) that may write a doer as a name."""
    out = [
        (m.group(2), m.group(1), m.group(0))
        for m in _BEFORE.finditer(text)
        if not _only_opening_capital(m.group(1), text, m.start(), context)
    ]
    out += [(m.group(1), m.group(2), m.group(0)) for m in _AFTER.finditer(text)]
    return out


def _only_opening_capital(doer: str, text: str, at: int, context: str) -> bool:
    """Whether the doer's capital is only the sentence's opening one: it opens a sentence,
    is no place, and neither text writes it with a capital inside a sentence."""
    if _OPENING.search(text[:at]) is None or place_of(doer, "en") is not None:
        return False
    inside = re.compile(rf"(?<=[\w,)] ){re.escape(doer)}\b")
    return inside.search(text) is None and inside.search(context) is None


def _same(a: str, b: str) -> bool:
    a, b = a.removesuffix("'s"), b.removesuffix("'s")
    low_a, low_b = a.lower(), b.lower()
    if low_a.startswith(low_b) or low_b.startswith(low_a):  # "Nazi" / "Nazis"
        return True
    place = place_of(a, "en")
    return place is not None and place == place_of(b, "en")


def check_agents(source: str, summary: str) -> list[Problem]:
    """The brief's doers of a participle that the source gives only to others."""
    theirs: dict[str, list[str]] = {}
    for participle, doer, _ in _agents(source):
        theirs.setdefault(participle.lower(), []).append(doer)
    problems = []
    for participle, doer, written in _agents(summary, source):
        known = theirs.get(participle.lower())
        if known and not any(_same(doer, k) for k in known):
            problems.append(
                Problem(
                    "name",
                    f"the source gives the act {participle!r} to {known[0]!r}, the summary"
                    f" to {doer!r}",
                    written,
                )
            )
    return problems
