"""A circumstance added at the end of a true claim: "crashed near the Italian coast in a
storm", "agreed to withdraw within weeks", "gave the benediction in Hebrew".

A prepositional phrase that closes a clause says when, where, how or why its event
happened. The support checks weigh a claim as a whole, so one or two new words under a
claim the source otherwise states pass them (:mod:`support` wants a run of three), and
:mod:`inserted_connectives` reads only phrases of at least two content words after its
own connectives. Here a phrase of one to three content words, opened by any preposition
and closing its clause (before punctuation, the end, or "and" / "but"), is unsupported
where the source nowhere has one of its content words: a storm, a deadline, a language
the article never mentions is a fact of the brief's own.

Left to other readings, since a faithful brief writes them in words of its own:

- a definite common noun ("for the move", "on the issue", "in the territory"): it refers
  back to what the article has told, which it names otherwise;
- a bare singular noun ("on foot", "under way"): an idiom of manner, not a new fact;
- a gerund ("from carrying out the attack"): the verb's complement, retold;
- a figure or a date ("on Oct. 13"), a speaker or an outlet credited with the report,
  a hedge: the number, date and attribution checks'.
"""

from __future__ import annotations

import re

from summarizer.guard.added_phrases import added_phrase_problems
from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.content_keys import is_content
from summarizer.guard.cues import has_cue
from summarizer.guard.hedges import is_hedge
from summarizer.guard.inserted_connectives import SUPPORTED
from summarizer.guard.outlets import without_credits
from summarizer.guard.report import Problem
from summarizer.guard.respellings import known_anywhere
from summarizer.guard.support import is_frame_word

_PREPOSITIONS = (
    "in|at|on|within|over|by|during|for|from|with|under|without|into|amid|as|via|through"
)
# a preposition and one to four words that close the clause, read at every preposition
# (a lookahead: "on Monday in a fog" holds "in a fog"); each try reads at most four words
_CIRCUMSTANCE = re.compile(
    rf"\b(?=((?:{_PREPOSITIONS})\s+(?:[\w'’-]+\s+){{0,3}}?[\w'’-]+)"
    r"(?=\s*[,.;:!?]|\s*$|\s+(?:and|but)\s))",
    re.IGNORECASE,
)
_DATE_AFTER = re.compile(r"\.?\s*\d")  # "on Oct. 13": the phrase is a date's month
MAX_WORDS = 3  # content words of a circumstance: a longer phrase is a clause of its own
_DEFINITE = frozenset({"the", "this", "that", "these", "those"})
# pronouns that name no thing of their own ("left with nothing")
_INDEFINITE = frozenset({"nothing", "something", "anything", "everything"})


def check_added_circumstances(
    alignments: list[Alignment], index: SourceIndex, lang: str
) -> list[Problem]:
    """English claims, otherwise resting on their sentences, that close a clause with a
    prepositional phrase none of whose content words the source has anywhere."""
    if lang != "en":
        return []

    def added(alignment: Alignment) -> str | None:
        if alignment.support < SUPPORTED or not alignment.sentences:
            return None
        text = without_credits(alignment.claim.text)
        for m in _CIRCUMSTANCE.finditer(text):
            phrase = m.group(1)
            if _DATE_AFTER.match(text, m.start() + len(phrase)) or not _adds_a_fact(phrase, index):
                continue
            return f"the source nowhere says: {phrase!r}"
        return None

    return added_phrase_problems(alignments, added)


def _adds_a_fact(phrase: str, index: SourceIndex) -> bool:
    """Whether a prepositional phrase (its preposition first) names a circumstance of its
    own that the source has no word of (see the module's note for what is left out)."""
    if any(ch.isdigit() for ch in phrase) or has_cue(phrase, "en"):
        return False
    head = phrase.split()[1:]
    mine = [w for w in head if is_content(w, "en") and w.lower() not in _INDEFINITE]
    if not mine or len(mine) > MAX_WORDS:
        return False
    if any(is_hedge(w) or is_frame_word(w, "en") for w in mine):
        return False
    first = head[0].lower()
    if first.endswith("ing"):
        return False  # a gerund: the verb's complement, retold
    if first in _DEFINITE and not mine[0][:1].isupper():
        return False  # refers back to what the article has named ("the Bundestag" names)
    if len(head) == 1 and head[0].islower() and not head[0].endswith("s"):
        return False  # a bare singular noun: an idiom of manner ("on foot")
    return not any(known_anywhere(w, index, "en") for w in mine)
