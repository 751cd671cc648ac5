"""A phrase added to a true claim after a connective: "received an award to a standing
ovation", "withdraw from Bashiqa by the end of the month", "after being ordered south".

The aside check (:mod:`inserted_phrases`) reads phrases set off by commas; these are not.
A phrase opened by a connective of time, cause or manner ("after", "because of", "by",
"made by"), or a closing appositive (", the first such ... ."), none of
whose content words the claim's aligned source sentences have, and at least one of which
the whole source never uses, adds a fact the source does not state. English only.
"""

from __future__ import annotations

import re

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.inserted_phrases import aligned_keys, unaligned_words
from summarizer.guard.report import Problem

_PHRASE = re.compile(
    r"\b(?:after|following|amid|because of|due to|to a|to an|by|made by|before|until"
    r"|despite|under)\s([^,;:.!?\"“”()]{3,60}?)(?=\s(?:and|but|while|as)\s|[,;:.!?\"“”()]|$)"
    r"|,\s((?:the|a|an)\s[^,;:!?\"“”()]{3,60})\.?$"
)
SUPPORTED = 0.6  # the rest of the claim must rest on its sentences


def check_inserted_connectives(
    alignments: list[Alignment], index: SourceIndex, lang: str
) -> list[Problem]:
    """Claims with a connective phrase their aligned sentences have no word of."""
    if lang != "en":
        return []
    problems = []
    for alignment in alignments:
        if alignment.support < SUPPORTED or not alignment.sentences:
            continue
        theirs = aligned_keys(alignment, index)
        for m in _PHRASE.finditer(alignment.claim.text):
            found = unaligned_words(m.group(1) or m.group(2), theirs)
            if found is None:
                continue
            if all(keys & index.everywhere for keys in found):
                continue  # every word is the source's, said of something else: paraphrase
            problems.append(
                Problem(
                    "unsupported",
                    f"the sentence this rests on does not say: {m.group(0).strip(' ,.')!r}",
                    alignment.claim.text,
                )
            )
    return problems
