"""Attribution carried over: the reason a speaker gave, told in a sentence of its own.

The source's "The prime minister announced that the hearing was cancelled because of the
flu" may be told as "The prime minister announced that the hearing was cancelled. The
reason for the cancellation is the flu." (or "... The hearing had been scheduled for
tomorrow."). The second sentence names the cause or the schedule of the event the
attributed sentence before it reports (it names that event again) and rests on the same
attributed source clause: it is still that speaker's word. Any other sentence after an
attributed one ("X said A. B.") must say whose word it is.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from summarizer.guard.content_keys import content_words
from summarizer.guard.cues import has_cue
from summarizer.guard.text import fold, stems, words

# nouns that name the cause of an event ("the reason for the cancellation"): a sentence
# about the reason refers back to the event told before; one that tells the event again
# with "because of" ("The meeting was postponed because of illness.") states it as fact
CAUSE_WORDS = {
    "en": {"reason", "reasons", "cause"},
    "he": {"הסיבה", "סיבה", "הסיבות", "סיבת"},
    "ar": {"السبب", "سبب", "أسباب", "الأسباب"},
}


# words that tell when an event was due ("הדיון היה אמור להתקיים מחר", "the hearing was
# scheduled for Monday", "كان من المقرر أن"): a sentence with one, naming again the event
# the attributed sentence before it reports, tells that event's schedule, which the
# speaker's sentence gave with it; the cancellation or delay is still the speaker's word
SCHEDULE_WORDS = {
    "en": {"scheduled", "planned"},
    "he": {"אמור", "אמורה", "אמורים", "אמורות", "תוכנן", "תוכננה", "מתוכנן", "מתוכננת"},
    "ar": {fold(w) for w in ("المقرر", "مقررا", "مقررة", "مزمعا", "المزمع")},
}


def carries_attribution(
    sentence: str,
    previous: str,
    previous_attributed: bool,
    clause: str,
    lang: str,
    source_of: Callable[[], str | None],
) -> bool:
    """Whether ``sentence`` gives the cause or the schedule of the event that the
    attributed sentence before it (``previous``) reports, on the same attributed source
    clause (``clause``; ``source_of``: the previous sentence's attributed source clause,
    asked last)."""
    if not previous_attributed:
        return False
    cause = CAUSE_WORDS.get(lang, set()) | SCHEDULE_WORDS.get(lang, set())
    if not any(s in cause for w in words(sentence) for s in stems(fold(w).lower(), lang)):
        return False
    before = content_words(previous, lang)
    if not any(k & b for k in content_words(sentence, lang) for b in before):
        return False  # it does not name the event again
    return source_of() == clause


# the head of a sentence up to its first comma: "According to the Observatory," / "وبحسب X،"
_HEAD = re.compile(r"^([^,،;:.!?\"“”]{3,80})[,،]")


def frame_shared(
    sentence: str, following: str, clause: str, lang: str, source_of: Callable[[str], str | None]
) -> bool:
    """Whether the brief's next sentence opens with whose word the attributed source
    clause (``clause``) is, and rests on that same clause: a lede that the next sentence
    attributes ("Fighting rages around X. According to the Observatory, it began at
    midnight near Y." told from one sentence of the Observatory's). A sentence after an
    attributed one ("X said A. B.") must still say whose word it is."""
    head = _HEAD.match(following)
    if not sentence or head is None or not has_cue(head.group(1), lang):
        return False
    return source_of(following) == clause
