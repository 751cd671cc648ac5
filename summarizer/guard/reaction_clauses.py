"""A party's reaction hung on a true claim: "، وهو ما نفته الخرطوم" (which Khartoum denied).

Arabic news prose comments on the statement before it with a clause that points back at
it as a whole: "وهو ما" (which is what ...), "في خطوة" (in a step ...), "وهي دعوة" (a call
...), "الأمر الذي" (a matter which ...), and then a verb: who denied, rejected, welcomed
or condemned it. Such a clause tells an event of its own, a second party's response, and
its words are easily found elsewhere in an article (the government, the units named in
another paragraph), so the support checks pass it. What the sentences the commented
statement rests on must have, with their neighbours, is the response itself: the
clause's verb. A reaction the source tells there ("رفضت الحكومة الخطوة") backs it; one it
never tells near the event is added. A clause in which the claim's own speaker judges
the statement ("وهو ما عدّه أحد الأسباب", "وهو أمر وصفه بالمهم", "وهو ما يندرج برأيه في
..."): a verb of considering, or "in his view", is no one's response but the speaker's
assessment, which the attribution checks judge.
"""

from __future__ import annotations

import re

from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.ar_roots import without_pronoun
from summarizer.guard.content_keys import content_words, is_content
from summarizer.guard.report import Problem
from summarizer.guard.respellings import any_keys
from summarizer.guard.said_support import home_keys
from summarizer.guard.text import fold, stems, words

# The opener of a comment clause, at the start of a claim or after a comma, and the words
# after it (a particle such as "قد", "لم" may stand before the verb).
_COMMENT = re.compile(
    r"(?:^|[،,]\s*)"
    r"(?:و?(?:هو|هي)\s+(?:ما|خطوة|دعوة|أمر|قرار)|في\s+خطوة|و?الأمر\s+الذي)"
    r"\s+(?P<rest>[^،,;:.!?؛]*)"
)
VERB_REACH = 2  # the verb is the first content word among this many after the opener
# Verbs of considering (أفعال القلوب), past and present, bare of their pronoun object:
# "عدّه" (he counted it), "يعتبره", "وصفه", "يراه"; and the view they state ("برأيه").
_AR_CONSIDERING = "عد يعد تعد اعتبر يعتبر تعتبر وصف يصف تصف رأى يرى ترى رأي"
_CONSIDERING = frozenset(fold(w) for w in _AR_CONSIDERING.split())


def check_reaction_clauses(
    alignments: list[Alignment], index: SourceIndex, lang: str
) -> list[Problem]:
    """Arabic claims with a comment clause whose verb the sentences of the statement it
    comments on, and their neighbours, do not have."""
    if lang != "ar":
        return []
    problems = []
    for at, alignment in enumerate(alignments):
        text = alignment.claim.text
        m = _COMMENT.search(text)
        if m is None:
            continue
        verb = _verb(m["rest"])
        commented = _commented(alignments, at, text[: m.start()])
        if verb is None or commented is None:
            continue
        base, head = commented
        if _speakers_view(m["rest"]):
            continue
        if any_keys(verb, lang) & home_keys(base, head, index):
            continue
        problems.append(
            Problem(
                "unsupported",
                f"the sentences this statement rests on tell no such response: {verb!r}",
                text,
            )
        )
    return problems


def _verb(rest: str) -> str | None:
    """The first content word of the clause after its opener, when it comes early."""
    return next((w for w in words(rest)[:VERB_REACH] if is_content(w, "ar")), None)


def _commented(alignments: list[Alignment], at: int, head: str) -> tuple[Alignment, str] | None:
    """The alignment of the statement a comment clause points back at and its words: the
    claim's own words before the clause, or, where the clause opens the claim ("وهو ما
    ..." cut off at its "، و"), the claim before it. None when there is none to rest on."""
    if content_words(head, "ar"):
        return alignments[at], head
    if at == 0 or not alignments[at - 1].sentences:
        return None
    before = alignments[at - 1]
    return before, before.claim.text


def _speakers_view(rest: str) -> bool:
    """Whether a word of the clause is a verb of considering or "view" (:data:`_CONSIDERING`),
    with or without proclitics and a pronoun suffix."""
    return any(
        without_pronoun(option) in _CONSIDERING or option in _CONSIDERING
        for word in words(rest)
        for option in stems(fold(word), "ar")
    )
