"""What an attributed English source clause says, as against who says it.

'“…,” said Dr. X, a neonatologist at Y' and "Gilley, author of the 2017 article ...,
argued that ..." carry their speaker's description beside what is said; a brief that
repeats the description says who the speaker is, not the claim. A clause whose only cue
is a participle with nobody behind it ("deaths announced in New York state on Friday was
777") is the writer's own statement of a figure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from summarizer.guard.cues import EN_CUES, has_cue
from summarizer.guard.speech_acts import speaker_cue_count
from summarizer.guard.text import quote_spans

# '“…,” said Dr. X, a neonatologist at Y, who now serves at Z': after a quotation, the
# inverted verb's speaker and the words that describe them, not what was said.
_INVERTED_AFTER_QUOTE = re.compile(r"[”\"]\s?,?\s?(?:said|says|told)\s")
# "X, author of ..., argued that ...": what is said comes after the verb and "that"
_CUE_THAT = re.compile(EN_CUES.pattern + r"\s+that\b", re.IGNORECASE)


@lru_cache(maxsize=4096)
def said_part(clause: str) -> str:
    """What an attributed clause says: without its speaker's description after an
    inverted verb that follows a quotation, or before "said that"; of a headline's
    'Label: "quotation"', the quotation."""
    labelled = _labelled_quotation(clause)
    if labelled:
        return labelled
    inverted = _INVERTED_AFTER_QUOTE.search(clause)
    if inverted:
        return clause[: inverted.start() + 1]
    said_that = _CUE_THAT.search(clause)
    return clause[said_that.end() :] if said_that else clause


def _labelled_quotation(clause: str) -> str:
    """The quotation of 'Cyclone in South Asia: "5 million evacuated"' (a feed item's
    label, a colon, and a quotation to its end): the label is the writer's topic or the
    speaker's name, and a brief that repeats it repeats the writer, not the quotation."""
    for start, end in quote_spans(clause):
        if clause[:start].rstrip().endswith(":") and not clause[end:].strip(" .,;"):
            return clause[start:end]
    return ""


@lru_cache(maxsize=4096)
def names_nobody(clause: str, lang: str) -> bool:
    """An English clause, quoting nobody, whose only cues are participles with nobody
    behind them."""
    return (
        lang == "en"
        and has_cue(clause, lang)
        and speaker_cue_count(clause) == 0
        and not quote_spans(clause)
    )
