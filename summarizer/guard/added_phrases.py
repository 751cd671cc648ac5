"""One "unsupported" problem per claim, for the checks that look for a phrase a brief adds.

Such a check reads each claim for phrases of one shape (a closing prepositional phrase, a
"citing ..." reason) and judges each against the source; the first phrase it judges added
is the claim's problem, and a claim gets one, however many such phrases it has.
"""

from __future__ import annotations

from collections.abc import Callable

from summarizer.guard.align import Alignment
from summarizer.guard.report import Problem


def added_phrase_problems(
    alignments: list[Alignment], added: Callable[[Alignment], str | None]
) -> list[Problem]:
    """An unsupported problem for each claim for which ``added`` gives the detail of the
    first phrase it judges added (None: the claim adds none)."""
    problems = []
    for alignment in alignments:
        detail = added(alignment)
        if detail is not None:
            problems.append(Problem("unsupported", detail, alignment.claim.text))
    return problems
