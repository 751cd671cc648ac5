"""A cue covers its own clause, not a contrastive clause before it.

"More than half the hospitals have closed, as an inquiry describes a collapse of the
health sector": the inquiry's cue heads the clause that "as" ("while", "whereas"; فيما،
بينما، في حين; בעוד، ואילו، כאשר) opens, and what it says is its complement. The clause
before the opener is a statement of its own, in the writer's voice unless it says who
says so itself ("..., according to the ministry, as an inquiry describes ...").
"""

from __future__ import annotations

import re

from summarizer.guard.attributed_clauses import is_attributed
from summarizer.guard.cues import cue_count
from summarizer.guard.speech_acts import speaker_cue_count

# The openers of a coordinate or contrastive clause, after a comma.
_CONTRAST = {
    "en": re.compile(r",\s+(?:while|as|whereas)\s", re.IGNORECASE),
    # "في وقت" (at a time when) too, but not "في وقت سابق/لاحق" (earlier, later)
    "ar": re.compile(
        r"،\s*(?:فيما|بينما|في\s+حين|وفي\s+حين|في\s+وقت(?!\s+(?:سابق|لاحق|متأخر|مبكر)))\s"
    ),
    "he": re.compile(r",\s*(?:בעוד|ואילו|כאשר)\s"),
}


def contrast_split(sentence: str, lang: str) -> tuple[str, str] | None:
    """The sentence cut at its first contrastive opener: the clause before, the clause
    the opener heads (the opener dropped); None where it has no such opener."""
    pattern = _CONTRAST.get(lang)
    m = pattern.search(sentence) if pattern else None
    if m is None or not sentence[: m.start()].strip():
        return None
    return sentence[: m.start()], sentence[m.end() :]


def contrast_attribution_lost(english: str, translated: str, lang: str) -> bool:
    """The English sentence attributes its clause before the contrast ("X, according to
    the ministry, as an inquiry describes Y"); its translation keeps the contrast but not
    that attribution, and did not move it into the clause after ("X, فيما يصف تحقيق Y")."""
    mine, theirs = contrast_split(english, "en"), contrast_split(translated, lang)
    if mine is None or theirs is None or not speaker_cue_count(mine[0]):
        return False
    if is_attributed(theirs[0], lang):
        return False
    return cue_count(theirs[1], lang) <= speaker_cue_count(mine[1])
