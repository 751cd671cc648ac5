"""A circumstance added at the end of a true Hebrew or Arabic claim: "הוחלט לפצות את
העובדים בשבוע הבא" (next week), "הותרה הכניסה ללא בידוד" (without quarantine), "وصل إلى
الحكم عبر انقلاب عسكري" (through a military coup).

The English reading of this shape is :mod:`added_circumstances`; in Hebrew and Arabic the
preposition is mostly written onto its noun (ב, ל; ب, ل), with a conjunction before it
(ו, و, ف) where the phrase is joined to another ("ובהוראת רופאיו"). A phrase that closes
its clause (before punctuation, the claim's end, a preposition of its own word or a
figure), opened by such a proclitic or by a preposition of its own word ("ללא", "عبر",
"دون"), two to four words long with at most three content words, none of which the source
has anywhere, says when, where, how or why in words of the brief's own: :mod:`support`
wants three new words in a row, and a two-word circumstance passes it.

Hebrew מ is left out as an opener, and a phrase with a second proclitic word inside is
read as a verb with its complement, not a circumstance: a Hebrew noun or verb that merely
begins with one of these letters ("מאמצי", "לשוב", an infinitive) would otherwise pass
for a preposition. Left to other readings: a single word (one new word is a paraphrase's
as often as a fact's), a figure or a date (the number checks'), a cue or a hedge (the
attribution and hedge checks'), a definite general noun that points back at what the brief
has named (:func:`support.refers_back`), and a claim that does not otherwise rest on its
source sentences (the support check's to judge as a whole).
"""

from __future__ import annotations

import re

from summarizer.guard.added_phrases import added_phrase_problems
from summarizer.guard.align import Alignment, SourceIndex
from summarizer.guard.content_keys import is_content
from summarizer.guard.cues import has_cue
from summarizer.guard.hedges import is_hedge
from summarizer.guard.inserted_connectives import SUPPORTED
from summarizer.guard.report import Problem
from summarizer.guard.respellings import known_anywhere
from summarizer.guard.support import is_frame_word, refers_back
from summarizer.guard.text import fold

# prepositions written onto their noun, after an optional conjunction
_PROCLITIC = {
    "he": re.compile(r"^[ו]?[בל]"),
    "ar": re.compile(r"^[وف]?[بل]"),
}
# prepositions of a word of their own (with an optional conjunction before them); "with"
# (עם, مع) and "towards" (نحو, also "about") are left out: a companion, not a circumstance
_HE_FREE = "ללא בלי מעל תחת אחרי לפני בעקבות בשל עקב במהלך בזמן"
_AR_FREE = "دون بدون عبر خلال بعد قبل تحت إثر بسبب جراء منذ"
_FREE = {
    "he": frozenset(_HE_FREE.split()),
    "ar": frozenset(fold(w) for w in _AR_FREE.split()),
}
# words that open a phrase of their own inside another, or mark a verb's object
_HE_INNER = "את אותו אותה אותם אותן על אל עם של"
_AR_INNER = "عن على في من إلى مع"
_INNER = {
    "he": frozenset(_HE_INNER.split()),
    "ar": frozenset(fold(w) for w in _AR_INNER.split()),
}
_CONJUNCTION = {"he": "ו", "ar": "وف"}
_CLAUSE = re.compile(r"[^,.;:!?،؛؟\"“”()«»]+")
MIN_WORDS = 2  # words of a phrase: one new word is a paraphrase's as often as a fact's
MAX_WORDS = 3  # content words of a circumstance: a longer phrase is a clause of its own


def check_rtl_circumstances(
    alignments: list[Alignment], index: SourceIndex, lang: str
) -> list[Problem]:
    """Hebrew and Arabic claims, otherwise resting on their sentences, that close a clause
    with a prepositional phrase none of whose content words the source has anywhere."""
    if lang not in _PROCLITIC:
        return []

    def added(alignment: Alignment) -> str | None:
        if alignment.support < SUPPORTED or not alignment.sentences:
            return None
        for clause in _CLAUSE.findall(alignment.claim.text):
            for part in phrase_ends(clause.split(), lang):
                phrase = closing_circumstance(part, index, lang)
                if phrase:
                    return f"the source nowhere says: {phrase!r}"
        return None

    return added_phrase_problems(alignments, added)


def phrase_ends(clause: list[str], lang: str) -> list[list[str]]:
    """The clause cut where a phrase may end: at its end, and before a word that opens a
    phrase of its own or holds a figure ("ללא בידוד מה-9 ביוני": the date is another
    circumstance, the number checks' to judge)."""
    cuts = [
        end
        for end in range(2, len(clause))
        if _opener(clause[end], lang) == "free" or any(ch.isdigit() for ch in clause[end])
    ]
    return [clause[:end] for end in [*cuts, len(clause)]]


def closing_circumstance(clause: list[str], index: SourceIndex, lang: str) -> str | None:
    """The shortest prepositional phrase closing the clause that names a circumstance the
    source has no word of (None: none)."""
    for size in range(MIN_WORDS, MAX_WORDS + 2):
        if size >= len(clause):
            return None
        phrase = clause[-size:]
        opened_by = _opener(phrase[0], lang)
        if opened_by is None:
            continue
        head = phrase[1:] if opened_by == "free" else phrase
        if any(_inner(w, opened_by, lang) for w in phrase[1:]):
            return None  # a second phrase, or a verb's object: the phrase is not closing
        # a preposition of its own word is one of the phrase's two words; one written
        # onto its noun is not
        wanted = MIN_WORDS - 1 if opened_by == "free" else MIN_WORDS
        if head and _adds_a_fact(head, wanted, index, lang):
            return " ".join(phrase)
    return None


def _opener(word: str, lang: str) -> str | None:
    """ "free" for a preposition of its own word, "clitic" for a word with a preposition
    written onto it, None for neither."""
    folded = fold(word)
    bare = folded[1:] if folded[:1] in _CONJUNCTION[lang] and len(folded) > 2 else folded
    if folded in _FREE[lang] or bare in _FREE[lang]:
        return "free"
    if _PROCLITIC[lang].match(folded) and len(folded) > 3:
        return "clitic"
    return None


def _inner(word: str, opened_by: str, lang: str) -> bool:
    """Whether a word inside a phrase opens a phrase of its own or marks an object: then
    the opener is no preposition of a closing circumstance but a verb with its complement
    ("לשוב לידיו", to return into his hands) or one phrase of a chain. After a word with a
    preposition written onto it, a second such word counts ("לשוב" may be an infinitive);
    after a preposition of its own word, only a preposition of its own word does (the
    noun of "ללא בידוד" merely begins with ב)."""
    opener = _opener(word, lang)
    if opener == "free" or fold(word) in _INNER[lang]:
        return True
    return opened_by == "clitic" and opener == "clitic"


def _adds_a_fact(head: list[str], wanted: int, index: SourceIndex, lang: str) -> bool:
    """Whether the words of a phrase (its preposition aside) are a circumstance of their
    own: content words, none a figure, cue, hedge or reference back, none in the source."""
    text = " ".join(head)
    if any(ch.isdigit() for ch in text) or has_cue(text, lang):
        return False
    mine = [w for w in head if is_content(w, lang)]
    if len(mine) < wanted or len(mine) > MAX_WORDS:
        return False
    if any(is_hedge(w) or is_frame_word(w, lang) or refers_back(w, lang) for w in mine):
        return False
    return not any(known_anywhere(w, index, lang) for w in mine)
