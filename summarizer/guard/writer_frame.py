"""The writer's own frame around an attributed English source clause.

"Stocks rose after the government said wages jumped": the speech verb sits in a clause of
time or cause, and only what follows it is the government's; "Stocks rose" is the
writer's. A brief that rests on
the frame, not on what is said, states the writer's fact, which needs no speaker.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.guard.attribution_words import content_words
from summarizer.guard.cues import has_cue

# "..., as US stocks rose after the government said ...": a speech verb in a subordinate
# clause of time or cause, its subject one to four words
_CIRCUMSTANCE = re.compile(
    r"\b(?:after|as|when|because|since|before|until)\s++(?:[\w'’-]++\s++){1,4}?"
    r"(?:said|says|announced|reported)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def frame_and_said(clause: str) -> tuple[str, str] | None:
    """(the writer's frame, what is said) of an attributed clause, or None when the
    clause has no frame of the writer's own."""
    cue = _CIRCUMSTANCE.search(clause)
    if cue is not None and cue.start() > 0:
        head = clause[: cue.start()]
        if len(content_words(head, "en")) >= 2 and not has_cue(head, "en"):
            return head, clause[cue.end() :]
    return None


def rests_on_frame(mine: frozenset[str], clause: str, lang: str) -> bool:
    """Whether a brief's content words rest on an attributed clause's frame (the writer's
    words) at least as much as on what the clause says."""
    if lang != "en" or not mine:
        return False
    parts = frame_and_said(clause)
    if parts is None:
        return False
    frame, said = parts
    return len(mine & content_words(frame, lang)) > len(mine & content_words(said, lang))
