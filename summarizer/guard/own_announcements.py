"""Someone announcing their own act: "The prime minister announced he cancelled the
meeting" may be told as "The prime minister cancelled the meeting", since the brief that
names them as the act's actor says who stands behind it."""

from __future__ import annotations

import re

from summarizer.guard.attribution_words import content_words
from summarizer.guard.content_keys import word_keys
from summarizer.guard.speaker_finding import speakers
from summarizer.guard.text import fold, words

OWN_ACT_WORDS = 3  # the announcer must be named at the head of the brief's sentence
_ANNOUNCING = re.compile(
    r"\bannounc(?:ed|es|ing)\b|(?<!\w)[وف]?(?:أعلن|أعلنت|اعلن|اعلنت)(?!\w)"
    r"|(?<!\w)[וש]?(?:הודיע|הודיעה|הודיעו)(?!\w)",
    re.IGNORECASE,
)


def own_announcement(clause: str, sentence: str, lang: str) -> bool:
    """ "The prime minister announced he cancelled the meeting" → "The prime minister
    cancelled the meeting": someone announcing their own act is the act's news, and the
    brief that names them as its actor says who stands behind it."""
    if not _ANNOUNCING.search(clause):
        return False
    mine = content_words(" ".join(_subject_words(sentence)), lang)  # its subject
    own = _ANNOUNCING.search(sentence) if lang != "en" else None
    if own is not None:  # or the one named right after its own verb ("הודיע נתניהו")
        mine |= content_words(" ".join(words(sentence[own.end() :])[:OWN_ACT_WORDS]), lang)
    for speaker in speakers(clause, lang):
        if lang != "en" and _named_after_act(clause, sentence, speaker, lang):
            return True
        theirs = content_words(speaker, lang)
        # "ראש הממשלה, בנימין נתניהו, הודיע" is named by his surname alone: its last word
        surname = content_words(words(speaker)[-1], lang) if words(speaker) else frozenset()
        if theirs and (len(theirs & mine) * 2 >= len(theirs) or surname & mine):
            return True
    return False


FRONTED_WORDS = 4  # a phrase before the subject ("Because of the flu, ..."): a few words


def _subject_words(sentence: str) -> list[str]:
    """Where the brief's subject stands: at its head, or after a short fronted phrase of
    cause, time or place closed by a comma ("בשל שפעת, ראש הממשלה לא ישתתף")."""
    head, comma, rest = sentence.partition(",")
    first = words(sentence)[:OWN_ACT_WORDS]
    if comma and len(words(head)) <= FRONTED_WORDS:
        return first + words(rest)[:OWN_ACT_WORDS]
    return first


ACT_WORDS = 4  # words after the announcing verb that may name the act announced
_ANNOUNCED_OBJECT = {fold(w) for w in ("על", "את", "כי", "ש", "عن", "أن", "ان", "بأن", "إن")}


def _named_after_act(clause: str, sentence: str, speaker: str, lang: str) -> bool:
    """Arabic and Hebrew put the subject after its verb ("בשל השפעת ביטל ראש הממשלה את
    הדיון"): the announcer's name right after the verb of the act the source says they
    announced ("הודיע על ביטול הדיון": ביטל is the act of ביטול)."""
    announced = _ANNOUNCING.search(clause)
    named = words(speaker)
    if announced is None or not named:
        return False
    after = [w for w in words(clause[announced.end() :]) if fold(w) not in _ANNOUNCED_OBJECT]
    act = frozenset().union(*(word_keys(w, lang) for w in after[:ACT_WORDS]))  # "היום על ביטול"
    first = fold(named[0])  # as written: a subject takes no preposition ("לקפריסין")
    brief = words(sentence)
    return any(
        fold(w) == first and word_keys(brief[i - 1], lang) & act
        for i, w in enumerate(brief)
        if i > 0
    )
