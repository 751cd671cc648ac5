"""A reason added to a true claim: "..., citing security concerns", "crediting stay-at-home
orders for the drop", "fearing it would leak to the press", "for fear it would leak".

A participle of citing, crediting, blaming or fearing that opens or closes a clause says
why its subject acted, or what they gave as the cause: a fact about the subject's motive
that the source must state where it tells the act. "Citing" is also a speech cue, so the
checks of asides, circumstances and cause phrases (:mod:`inserted_phrases`,
:mod:`added_circumstances`, :mod:`cause_tails`) pass such a phrase as attribution, and
they skip a claim whose head names a speaker ("Fauci said ..., crediting ..."): here the
participle is no report of what the claim's speaker says but the brief's account of why.

The reason (its words up to the event credited or blamed: "for the drop") is judged
against the source sentences that the rest of the brief's sentence rests on, found with
the reason taken out, so that its own words do not pull in a sentence that uses them
about something else ("stay-at-home orders" that closed businesses, in a paragraph
about deaths); their neighbours count too, where an article gives the reason a sentence
later. A reason none of whose words those sentences have, but for words the rest of the
sentence has already (the state of "the state's stay-at-home order" is the claim's), is
unsupported.

Left to other checks: a source cited for the report ("citing a report", "citing
officials": the cue is attribution's), a figure (the number checks'), and a one-word
reason ("citing Brexit"), too short to judge by its words.
"""

from __future__ import annotations

import re

from summarizer.guard.added_phrases import added_phrase_problems
from summarizer.guard.align import Alignment, Claim, SourceIndex, align
from summarizer.guard.content_keys import content_words
from summarizer.guard.cues import has_cue
from summarizer.guard.inserted_connectives import SUPPORTED
from summarizer.guard.report import Problem
from summarizer.guard.said_support import NEIGHBOURS

# the participle opens a clause ("Citing ...," / ", citing ..."); a fear may be a noun
# anywhere ("for fear it would leak", "out of fear of reprisals"); the reason runs to the
# clause's end, and a credit or a blame stops before the event it is for ("for the drop")
_REASON = re.compile(
    r"(?:(?:^|[,;(]\s*)(?:citing|crediting|blaming|fearing)"
    r"|\b(?:for|out\s+of)\s+fear(?:\s+(?:of|that))?)\s+"
    r"([^,;:.!?\"“”()]+?)(?=\s+for\s|\s*[,;:.!?\"“”()]|\s*$)",
    re.IGNORECASE,
)
MIN_WORDS = 2  # content words of a reason judged by its words


def check_added_reasons(
    alignments: list[Alignment], index: SourceIndex, lang: str
) -> list[Problem]:
    """English claims that give a reason or a fear the source sentences their act rests on
    do not state (see the module's note)."""
    if lang != "en":
        return []

    def added(alignment: Alignment) -> str | None:
        for m in _REASON.finditer(alignment.claim.text):
            if _unstated(m.group(1), _without(alignment.claim.sentence, m.group(0)), index):
                return f"the source gives no such reason: {m.group(0).strip(' ,;(')!r}"
        return None

    return added_phrase_problems(alignments, added)


def _without(sentence: str, phrase: str) -> str:
    """The brief's sentence with the reason phrase taken out: what the rest says."""
    at = sentence.find(phrase)
    return sentence if at < 0 else sentence[:at] + " " + sentence[at + len(phrase) :]


def _unstated(reason: str, rest: str, index: SourceIndex) -> bool:
    """Whether the source sentences that ``rest`` (the brief's sentence without the
    reason) rests on, with their neighbours, have none of the reason's own words."""
    if any(ch.isdigit() for ch in reason) or has_cue(reason, "en"):
        return False
    told = frozenset().union(*content_words(rest, "en"))
    mine = [w for w in content_words(reason, "en") if w.isdisjoint(told)]
    if len(mine) < MIN_WORDS:
        return False
    backing = align(Claim(rest, rest), index)
    if backing.support < SUPPORTED or not backing.sentences:
        return False
    home = {
        j
        for i in backing.sentences
        for j in range(i - NEIGHBOURS, i + NEIGHBOURS + 1)
        if 0 <= j < len(index.sentences)
    }
    theirs = frozenset().union(*(index.keys[j] for j in home))
    found = [not w.isdisjoint(theirs) for w in mine]
    return not found[0] and 2 * sum(found) < len(mine)
