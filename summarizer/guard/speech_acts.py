"""Speech acts counted in an English, Arabic or Hebrew text, beside the cues of cues.py.

The consistency and cover checks compare how many times a summary and its source say who
says so, and how many orders of the event they give ("warned people to move south"). A
translation may render a participle with nobody behind it ("what was said") or the noun
of a speech act ("his prediction") as the thing said, and a warning as the event, so these
counts take out what :func:`~summarizer.guard.cues.cue_count` keeps in; cues.py finds the
cues, this module weighs them.
"""

from __future__ import annotations

import re

from summarizer.guard.cues import EN_CUES, cue_count
from summarizer.guard.en_false_cues import DIRECTIVE_VERB, not_attribution_en
from summarizer.guard.text import fold, stems, words


def speaker_cue_count(text: str) -> int:
    """How many cues of an English text say who says so: :func:`cue_count` without the
    participles that name nobody ("what was said", "deaths announced on Friday was 777"),
    which a translation may render as the thing said rather than as an attribution, as it
    may the noun of a speech act ("he linked the prediction to": "קשר את התחזית")."""
    return cue_count(text, "en") - sum(
        1
        for m in EN_CUES.finditer(text)
        if not not_attribution_en(text, m)
        and (
            _unspoken_participle(m.group(0), text[: m.start()], text[m.end() :])
            or _SPEECH_ACT_NOUN.search(m.group(0)) is not None
        )
    )


# the noun that ends a cue of several words ("made the remarks", "his prediction")
_SPEECH_ACT_NOUN = re.compile(
    r"\s(?:predictions?|remarks|comments|claims?|statements?|allegations?|accusations?)$",
    re.IGNORECASE,
)


def directive_count(text: str) -> int:
    """How many orders of the event an English text gives ("warned people to move south"):
    verbs of warning and urging that are no attribution there."""
    return sum(
        1
        for m in EN_CUES.finditer(text)
        if DIRECTIVE_VERB.fullmatch(m.group(0)) and not_attribution_en(text, m)
    )


# Verbs of warning, urging and ordering in Arabic and Hebrew: a translation of "warned
# people to leave" uses one, and it is then the event, not who says so.
_AR_WARNINGS = """
حذر حذرت حذروا يحذر تحذر دعا دعت دعوا يدعو تدعو طالب طالبت أمر أمرت ناشد ناشدت أوصى أوصت
نصح نصحت أنذر أنذرت حض حضت يحض تحض حث حثت يحث تحث
"""
_HE_WARNINGS = """
הזהיר הזהירה הזהירו מזהיר מזהירה קרא קראה קראו הורה הורתה הורו דרש דרשה דרשו המליץ המליצה
המליצו ממליץ ממליצה
"""
_WARNINGS = {
    "ar": {fold(w) for w in _AR_WARNINGS.split()},
    "he": {fold(w) for w in _HE_WARNINGS.split()},
}


def warning_count(text: str, lang: str) -> int:
    """How many verbs of warning or ordering an Arabic or Hebrew text holds."""
    return sum(
        1 for w in words(text) if {fold(w), *stems(fold(w), lang)} & _WARNINGS.get(lang, set())
    )


# "what was said", "deaths announced on Friday was 777": a participle with nobody behind
# it, the thing said or announced and not who says so.
_PARTICIPLES = {"said", "announced", "reported", "confirmed", "stated"}
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|been|being)\s+$", re.IGNORECASE)
_GOES_ON = re.compile(r"^\s*(?:by|to|that)\b", re.IGNORECASE)
_CLAUSE_OVER = re.compile(r"^\s*(?:[.,;:!?]|$)")
_TIME_OR_PLACE = {"on", "in", "at", "during", "last", "earlier", "yesterday", "today"}
_MAIN_VERBS = {"was", "were", "is", "are", "stood", "rose", "fell", "reached", "remains"}
# words that open a clause of its own: "said on Monday the toll was 40" reports
_NO_SUBJECT = {
    *("it", "he", "she", "they", "we", "i", "that", "there", "this", "the", "a", "an"),
    *("its", "his", "her", "their", "our"),
}
REDUCED_RELATIVE_WORDS = 6  # the time or place phrase between participle and main verb


def _unspoken_participle(cue: str, before: str, after: str) -> bool:
    """A passive participle without its agent ("Harry declined to share what was said"),
    or a participle that qualifies a noun before the clause's own verb ("the daily rise in
    deaths announced on Friday was 777"): nobody is named as saying anything."""
    if cue.lower() not in _PARTICIPLES:
        return False
    if _PASSIVE_BEFORE.search(before):
        return _GOES_ON.match(after) is None and _CLAUSE_OVER.match(after) is not None
    following = [w.lower() for w in after.split()[: REDUCED_RELATIVE_WORDS + 1]]
    if not following or following[0] not in _TIME_OR_PLACE:
        return False
    for at, word in enumerate(following[1:], start=1):
        if word in _NO_SUBJECT or not word.isalnum():
            return False
        if word in _MAIN_VERBS:
            return at > 1
    return False
