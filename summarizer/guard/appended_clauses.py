"""A last clause hung on a true claim that its event's sentences share no word with.

"Bong mocked the film's rivals in his speech, drawing a standing ovation": the claim's
first part is the source's, the clause after its last comma an outcome, cause or aside
(", forcing it to turn away patients", "، خصوصا إلى دول الخليج") that nothing near the
sentences the claim rests on mentions, and that the source does not state well anywhere
else either. Other checks see each word somewhere in the article; what gives this away is
where: none of the clause's content words is in its event's sentences or their neighbours.
A clause with a cue, or right after one ("..., the ministry said, raising the question
..."), is the speaker's inference, and the attribution checks' to judge.
"""

from __future__ import annotations

from summarizer.guard.align import Alignment, SourceIndex, stated_elsewhere
from summarizer.guard.content_keys import content_words
from summarizer.guard.cues import has_cue
from summarizer.guard.report import Problem
from summarizer.guard.said_support import claim_pieces, frame, home_keys

MIN_WORDS = 3  # content words of a last clause judged on its own
ALONE_MAX = 0.5  # a clause the source backs at least this well elsewhere was gathered


def check_appended_clauses(
    alignments: list[Alignment], index: SourceIndex, lang: str
) -> list[Problem]:
    """Claims whose last comma-clause has no word of the sentences the claim rests on."""
    problems = []
    for alignment in alignments:
        pieces = claim_pieces(alignment.claim.text, lang)
        if len(pieces) < 2 or not alignment.sentences:
            continue
        last = pieces[-1]
        if has_cue(last, lang) or frame(pieces[-2], lang):
            continue
        mine = content_words(last, lang)
        if len(mine) < MIN_WORDS:
            continue
        keys = home_keys(alignment, pieces[0], index)
        if any(w & keys for w in mine):
            continue
        if stated_elsewhere(last, index) >= ALONE_MAX:
            continue
        problems.append(
            Problem(
                "unsupported",
                "a clause added at the end of this claim shares no word with the sentences "
                "the claim rests on",
                last,
            )
        )
    return problems
