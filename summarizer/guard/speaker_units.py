"""The units the speaker check reads: each brief sentence with its first speaker, and each
coordinate clause that a later speaker opens, with that speaker.

"X declined to say who, and Y later told CBS that ...": Y's clause is Y's. In Arabic a
clause a contrastive opener heads ("...، بينما يحث الائتلاف الفصائل على ...") puts its verb
before its subject, so the speaker opens that clause behind one word, the verb.
"""

from __future__ import annotations

import re

from summarizer.guard.speaker_finding import speakers
from summarizer.guard.text import Sentence, sentences


def speaker_units(summary: str, lang: str) -> list[tuple[Sentence, list[str]]]:
    """Each brief sentence with its first speaker, and each coordinate clause that a later
    speaker of the sentence opens, with that speaker."""
    out = []
    for sentence in sentences(summary):
        found = speakers(sentence.text, lang)
        # The first speaker too may open a clause of their own after an unattributed one
        # ("Harry declined to say who, and Meghan later told CBS that ..."): that clause.
        clause = _own_clause(sentence.text, found[0], lang) if found else None
        out.append((Sentence(clause, sentence.start) if clause else sentence, found[:1]))
        for speaker in found[1:]:
            clause = _own_clause(sentence.text, speaker, lang)
            if clause is not None:
                out.append((Sentence(clause, sentence.start), [speaker]))
    return out


# ", and Y told CBS that ...": a coordinate clause with a speaker of its own
_COORDINATE = {
    "ar": re.compile(r"،\s*(?:بينما|فيما|في\s+حين|وفي\s+حين)\s+"),
    "en": re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s+"),
}
_VERB_FIRST = {"ar": 1}  # words that may stand before the speaker in the clause


def _own_clause(sentence: str, speaker: str, lang: str) -> str | None:
    """The coordinate clause of a sentence that a later speaker opens ("X declined to say
    who, and Y later told CBS that ..."), or None where no such clause holds them."""
    coordinate = _COORDINATE.get(lang, _COORDINATE["en"])
    first = speaker.split()[0] if speaker.split() else ""
    at = sentence.find(first) if first else -1
    if at <= 0:
        return None
    starts = [m.end() for m in coordinate.finditer(sentence, 0, at)]
    if not starts or len(sentence[starts[-1] : at].split()) > _VERB_FIRST.get(lang, 0):
        return None  # the speaker must open the clause
    ends = [m.start() for m in coordinate.finditer(sentence, at)]
    return sentence[starts[-1] : ends[0] if ends else len(sentence)]
