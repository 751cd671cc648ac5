"""Reported speech that runs on into the next clause of a translated sentence.

"Meghan said she had thought of suicide and was told she could not get help" reports two
things she said. A translation splits them into two clauses and joins the second with "and
that" ("وإنها أُبلغت", "וכי המדינה"), which carries the speaker on: the second clause is
still hers, though it names no speaker of its own. Or it renders the English passive "was
told" with its own passive of "say" ("ונאמר לה", "أُبلغت"), which is as much an
attribution as the English one (Arabic only, for now). Either way, a clause so opened is
attributed when the clause before it is.
"""

from __future__ import annotations

import re

from summarizer.guard.text import fold, words

# "and" followed by "that" (with a pronoun suffix in Arabic: وإنها، وبأنه).
_AND_THAT = {
    "ar": re.compile(r"^وب?ان(?:ه|ها|هم|هن|نا|ني)?$"),
    "he": re.compile(r"^וכי$"),
}
# The passive of "say" or "inform", "(she) was told", after an optional "and". Not yet
# for Hebrew: "ונאמר לה" would pass, but a Hebrew clause whose own verb is a cue ("הביע
# חשש", expressed concern) then hides an attribution the translation drops elsewhere.
_WAS_TOLD = {"ar": re.compile(r"^و?(?:قيل|ابلغ|ابلغت|ابلغوا)$")}


def continues_speech(clause: str, lang: str) -> bool:
    """Whether a translated clause opens as the continuation of reported speech: "and
    that ...", or "and (she) was told ..."."""
    tokens = words(clause)
    if not tokens or lang not in _AND_THAT:
        return False
    first = fold(tokens[0])
    told = _WAS_TOLD.get(lang)
    return bool(_AND_THAT[lang].match(first) or (told and told.match(first)))


def attributed_clauses(clauses: list[str], lang: str, attributed: list[bool]) -> int:
    """How many of a sentence's clauses say who says so (``attributed``: each clause on its
    own), counting a clause that continues the attributed clause before it."""
    count = 0
    for at, clause in enumerate(clauses):
        if attributed[at] or (at and attributed[at - 1] and continues_speech(clause, lang)):
            count += 1
    return count
