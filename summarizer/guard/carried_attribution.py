"""Attribution carried over: the reason a speaker gave, told in a sentence of its own.

The source's "The prime minister announced that the hearing was cancelled because of the
flu" may be told as "The prime minister announced that the hearing was cancelled. The
reason for the cancellation is the flu." The second sentence names the cause of the
event the attributed sentence before it reports (it names that event again) and rests on
the same attributed source clause: it is still that speaker's word. Any other sentence
after an attributed one ("X said A. B.") must say whose word it is.
"""

from __future__ import annotations

from collections.abc import Callable

from summarizer.guard.align import content_words
from summarizer.guard.text import fold, stems, words

# nouns that name the cause of an event ("the reason for the cancellation"): a sentence
# about the reason refers back to the event told before; one that tells the event again
# with "because of" ("The meeting was postponed because of illness.") states it as fact
CAUSE_WORDS = {
    "en": {"reason", "reasons", "cause"},
    "he": {"הסיבה", "סיבה", "הסיבות", "סיבת"},
    "ar": {"السبب", "سبب", "أسباب", "الأسباب"},
}


def carries_attribution(
    sentence: str,
    previous: str,
    previous_attributed: bool,
    clause: str,
    lang: str,
    source_of: Callable[[], str | None],
) -> bool:
    """Whether ``sentence`` gives the cause of the event that the attributed sentence
    before it (``previous``) reports, on the same attributed source clause (``clause``;
    ``source_of``: the previous sentence's attributed source clause, asked last)."""
    if not previous_attributed:
        return False
    cause = CAUSE_WORDS.get(lang, set())
    if not any(s in cause for w in words(sentence) for s in stems(fold(w).lower(), lang)):
        return False
    before = content_words(previous, lang)
    if not any(k & b for k in content_words(sentence, lang) for b in before):
        return False  # it does not name the event again
    return source_of() == clause
