"""A claim the brief keeps as an allegation: "He was arrested over an allegation that he had
a knife" where the source has "arrested for allegedly having a knife".

The source's attribution of such a sentence is the allegation itself ("allegedly",
"accused of", "suspected of"); a brief that names the claim as an allegation, an
accusation or a suspicion still says it is someone's claim, not ours. Both sides must be
of that kind: a brief's "allegation" does not cover a source's "officials said".
"""

from __future__ import annotations

import re

from summarizer.guard.text import fold

# The brief names the claim as someone's allegation.
_KEPT = {
    "en": re.compile(
        r"\b(?:allegations?|accusations?|claims?|suspicion)\s+(?:that|of)\b"
        r"|\b(?:allegedly|reportedly|accused\s+of|suspected\s+of|charged\s+with)\b",
        re.IGNORECASE,
    ),
    "ar": re.compile(fold("بتهمة|بزعم|بدعوى|بحجة|مزعوم|بشبهة|للاشتباه")),
    "he": re.compile("בחשד|באשמת|לכאורה|בטענה ש|בטענה כי|בעוון"),
}
# The source's attribution is an allegation.
_ALLEGED = {
    "en": re.compile(r"\b(?:alleg\w*|accus\w*|suspect\w*|charged\s+with)\b", re.IGNORECASE),
    "ar": re.compile(fold("بتهمة|بزعم|بدعوى|مزعوم|اتهام|اتهم|للاشتباه|بشبهة")),
    "he": re.compile("בחשד|באשמת|לכאורה|חשוד|האשים|בעוון"),
}


def keeps_the_allegation(brief_sentence: str, source_clause: str, lang: str) -> bool:
    """The source's clause is an allegation and the brief says so too."""
    fold_if = fold if lang == "ar" else (lambda t: t)
    return bool(
        _KEPT[lang].search(fold_if(brief_sentence))
        and _ALLEGED[lang].search(fold_if(source_clause))
    )
