"""An aside added to a true claim: ", backed by the AfD," in a sentence the source writes
without it.

The support check weighs a claim as a whole, and words the source has elsewhere count for
it; a short aside between commas, made of words the source uses about something else, adds
a fact the sentence it rests on does not state ("Some 500 residents, backed by the AfD,
filed complaints": the AfD is in the article, as the project's opponent, not as the
residents' backer). An aside none of whose content words the claim's own source sentences
have is unsupported. English only: Arabic and Hebrew asides are not set off by commas
reliably enough.
"""

from __future__ import annotations

import re

from summarizer.guard.align import Alignment, SourceIndex, content_words, is_content, word_keys
from summarizer.guard.cues import has_cue
from summarizer.guard.report import Problem
from summarizer.guard.text import words

# ", backed by the AfD," — a comma, two to six words, a comma (linear: no nested repeats)
_ASIDE = re.compile(r",\s([^,;:.!?\"“”]{3,80}),\s")
MIN_ASIDE_WORDS = 2
MAX_ASIDE_WORDS = 6
WELL_SUPPORTED = 0.75  # the rest of the claim must clearly rest on its sentences


def check_inserted_phrases(
    alignments: list[Alignment], index: SourceIndex, lang: str
) -> list[Problem]:
    """Claims with an aside between commas that their aligned source sentences have no
    word of."""
    if lang != "en":
        return []
    problems = []
    for alignment in alignments:
        if alignment.support < WELL_SUPPORTED or not alignment.sentences:
            continue
        theirs = frozenset().union(*(index.keys[i] for i in alignment.sentences))
        for m in _ASIDE.finditer(alignment.claim.text):
            if any(ch.isdigit() for ch in m.group(1)) or has_cue(m.group(1), "en"):
                continue  # a figure (the number checks') or a speaker (", says X,")
            aside = content_words(m.group(1), "en")
            if not MIN_ASIDE_WORDS <= len(aside) <= MAX_ASIDE_WORDS:
                continue
            if not any(keys & theirs for keys in aside) and not _said_elsewhere(
                alignment.claim.text[: m.start()], aside, index
            ):
                problems.append(
                    Problem(
                        "unsupported",
                        f"the sentence this rests on does not say: {m.group(1)!r}",
                        alignment.claim.text,
                    )
                )
    return problems


def _said_elsewhere(before: str, aside: tuple[frozenset[str], ...], index: SourceIndex) -> bool:
    """Whether a source sentence gives the aside to the same word ("his father, Prince
    Charles," where the source names "his father, Prince Charles" in another sentence;
    "Azza, a Tel Rumeida resident," where it says "Azza lives in Tel Rumeida"): the word it
    follows and every content word of the aside stand together there."""
    head = next((w for w in reversed(words(before)) if is_content(w, "en")), None)
    if head is None:
        return False
    wanted = (word_keys(head, "en"), *aside)
    return any(all(w & theirs for w in wanted) for theirs in index.keys)
