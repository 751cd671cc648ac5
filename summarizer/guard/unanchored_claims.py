"""A clause the source carries nothing of: ", and no one was hurt", ", ואיש לא נפגע".

The support check leaves short claims (fewer than three content words) to the number,
name and cue checks, and its run of words the source never has needs three of them; an
outcome added as a clause of its own ("no one was hurt", "there were no casualties", "and
he threatened retaliation") is often one or two content words long. A claim none of whose
content words the source has anywhere, in any inflection, states what the article does
not: whatever its words, it rests on nothing. All three languages.
"""

from __future__ import annotations

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.content_keys import content_words, is_content
from summarizer.guard.cues import has_cue
from summarizer.guard.report import Problem
from summarizer.guard.respellings import known_anywhere
from summarizer.guard.support import is_frame_word
from summarizer.guard.text import words


def check_unanchored_claims(
    alignments: list[Alignment], index: SourceIndex, lang: str
) -> list[Problem]:
    """Claims with content words, none of which the source has anywhere."""
    problems = []
    for alignment in alignments:
        claim = alignment.claim.text
        mine = content_words(claim, lang)
        if not mine or has_cue(claim, lang):
            continue  # who says it is the attribution checks' question
        if any(keys & index.everywhere for keys in mine):
            continue
        # "أغلبيتهم" for the source's "غالبية": another spelling of its word; "وجاء ذلك":
        # a frame, with no word of a claim
        claimed = [w for w in words(claim) if is_content(w, lang) and not is_frame_word(w, lang)]
        if not claimed or any(known_anywhere(w, index, lang) for w in claimed):
            continue
        problems.append(Problem("unsupported", "the source says nothing of this clause", claim))
    return problems
