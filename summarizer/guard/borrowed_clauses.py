"""A clause that goes on about the subject of the clause before it, with words from another
part of the article: "X's researchers can no longer move freely, and some have been
detained at checkpoints" where the detentions at checkpoints are another man's.

The support check finds every word of "some have been detained at checkpoints" in the
source, in the paragraphs about someone else. A clause whose subject only points back
("some", "many") speaks of the earlier clause's subject, so it must rest on the
part of the source that clause rests on: a source sentence near one of the earlier
clause's. English only: Arabic and Hebrew drop such subjects into the verb.
"""

from __future__ import annotations

from itertools import pairwise

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.cues import has_cue
from summarizer.guard.report import Problem
from summarizer.guard.text import words

# a quantifier for a subject counts some of the group the clause before named ("some",
# "many"); a pronoun ("he") may name the brief's main speaker, whose words come from
# anywhere in the article
_POINTING = {"some", "many", "most", "others", "several", "few", "dozens", "hundreds"}
NEAR = 3  # source sentences between the two clauses' sentences that still make one passage


def check_borrowed_clauses(
    alignments: list[Alignment], index: SourceIndex, lang: str
) -> list[Problem]:
    """Clauses that point back to the subject of the clause before them in the same brief
    sentence, resting only on source sentences far from that clause's."""
    if lang != "en":
        return []
    problems = []
    for before, after in pairwise(alignments):
        claim = after.claim
        first = words(claim.text)[:1]
        if (
            claim.sentence != before.claim.sentence
            or not first
            or first[0].lower() not in _POINTING
            or has_cue(claim.text, lang)
            or not before.sentences
            or not after.sentences
        ):
            continue
        if all(abs(i - j) > NEAR for i in after.sentences for j in before.sentences):
            problems.append(
                Problem(
                    "unsupported",
                    "this clause goes on about the subject of the clause before it, but the"
                    " source says it in another passage, of someone else",
                    claim.text,
                )
            )
    return problems
