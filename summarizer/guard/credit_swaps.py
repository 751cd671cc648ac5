"""A claim credited to another source of the article than the one its sentence credits.

"More than half of Gaza's hospitals have closed, according to Amnesty International" where
the sentence that says so ends "according to the Health Ministry", and Amnesty speaks in
another sentence, about something else; "..., US officials said" for the source's
"Israeli officials have disclosed that ...". Every word of the brief is the article's, so
checks that ask whether a speaker occurs let it through, and :mod:`speakers` passes over a
source sentence whose credit it takes for a description rather than a name ("the Health
Ministry"). As in :mod:`person_homes`, what tells is where the claim's other words are: on
the sentence with its own credit, and not on any sentence that credits the brief's
speaker, who must speak somewhere in the article. English only.

The speakers compare by their distinctive words ("officials", "a spokesman" tell one
source from another poorly): "health officials" for "the Health Ministry" is the same
source, "officials" alone for any officials is left alone, and so is an acronym of the
source's name ("the AP" for "the Associated Press"). An outlet credited with a report
("according to a report carried by the Jerusalem Post") relays the source's speaker and is
left to :mod:`outlets`.
"""

from __future__ import annotations

import re

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.content_keys import content_words, keys_of
from summarizer.guard.outlets import names_outlet
from summarizer.guard.person_homes import WELL_ALIGNED, rests_apart
from summarizer.guard.report import Problem
from summarizer.guard.speaker_finding import is_pronoun, speakers

# Words of a credit that many sources share: they tell one source from another poorly.
_GENERIC = {
    *("official", "officials", "source", "sources", "spokesman", "spokeswoman"),
    *("spokesperson", "senior", "people", "person", "statement", "report", "reports"),
    *("have", "has", "had", "was", "were", "said", "also", "later"),
}  # fmt: skip


def check_credit_swaps(alignments: list[Alignment], index: SourceIndex) -> list[Problem]:
    """Claims whose credited speaker is not the one their sentence credits."""
    problems = []
    for alignment in alignments:
        if alignment.score < WELL_ALIGNED or not alignment.sentences:
            continue
        claim = alignment.claim.text
        best = index.sentences[alignment.sentences[0]].text
        theirs = [sp for sp in speakers(best, "en") if not is_pronoun(sp)]
        if not theirs:
            continue  # the sentence credits nobody, or one named before it
        for mine in _credits(claim):
            distinct = _distinct(mine)
            if (
                not distinct
                or names_outlet(mine, "en")
                or any(_same(distinct, mine, sp) for sp in theirs)
            ):
                continue
            homes = [
                s.text
                for s in index.sentences
                if any(_same(distinct, mine, sp) for sp in speakers(s.text, "en"))
            ]
            if rests_apart(claim.replace(mine, " "), best, homes):
                problems.append(
                    Problem(
                        "attribution",
                        f"the source's sentence for this claim credits {theirs[0]!r}, not {mine!r}",
                        claim,
                    )
                )
                break
    return problems


# A credit that closes its claim: "..., according to the Health Ministry", "..., US
# officials said" (a few words between a comma and the verb, and nothing after but the
# clause's end). A credit that opens a sentence ("X told NBC that ...") is the speaker
# checks': its speaker is the subject of all that follows.
_CLOSING = re.compile(
    r"(?:,\s+|\s)according\s+to\s+(?P<to>[^,;.:\"“”]{2,60}?)\s*(?:[,;.]|$)"
    r"|,\s+(?P<by>(?:[\w’'-]+\s+){0,4}[\w’'-]+)\s+(?:said|says|say|reported)\s*(?:[,;.]|$)"
)


def _credits(claim: str) -> list[str]:
    """The speakers credited at the end of a claim's clauses."""
    return [m.group("to") or m.group("by") for m in _CLOSING.finditer(claim)]


def _distinct(speaker: str) -> list[frozenset[str]]:
    """The content words of a credit that tell its source from others."""
    kept = " ".join(w for w in speaker.split() if w.lower().strip(".,") not in _GENERIC)
    return list(content_words(kept, "en"))


def _same(distinct: list[frozenset[str]], mine: str, theirs: str) -> bool:
    """Whether a credit of the brief names the source's speaker ``theirs``: a
    distinctive word in common, or an acronym of its capitalised words."""
    keys = keys_of(theirs, "en")
    if any(w & keys for w in distinct):
        return True
    initials = "".join(w[0] for w in re.findall(r"[A-Z][\w’'-]*", theirs))
    return any(len(a) >= 2 and a in initials for a in re.findall(r"\b[A-Z]{2,}\b", mine))
