"""Arabic cue words that a noun only looks like: "الرأي العام" (public opinion) is no
"رأى" (he saw fit), since a verb never takes the article. Of the cues, only the noun
"بيان" (a statement) may stand with it ("في البيان")."""

from __future__ import annotations

import re

from summarizer.guard.text import fold

_AR_DEFINITE = re.compile(r"^[وفبلك]?ال")
_AR_NOUN_CUES = frozenset(fold(w) for w in ("بيان", "البيان", "بالبيان", "وبيان"))


def cue_options(token: str, options: set[str], lang: str) -> set[str]:
    """The forms of a folded token that may start a cue: a word with the article only
    as a noun cue."""
    if lang == "ar" and _AR_DEFINITE.match(token):
        return options & _AR_NOUN_CUES
    return options
