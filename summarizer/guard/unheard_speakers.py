"""A Hebrew brief that gives a claim to a speaker the source never names at all.

"ולדברי צה"ל" or "המשטרה ממליצה" where the source names neither the army nor the police
moves the claim to someone new; the support check sees only one unknown word, so the
attribution check says so. Reports, responses and documents are no speakers
("לפי הדיווח", "בתגובה", "לפי ההחלטה"). Only Hebrew: English briefs credit outlets the
source need not name ("the Jerusalem Post reports"), and Arabic speaker spans reach too
far to be read this way.

Such a speaker is a name of the brief the article nowhere has: a person or body put in
the speaker's role that the source never gives to anyone of that name ("אמר גנץ" where
the source has Netanyahu say it). So it is a name fault as well as a moved attribution.
"""

from __future__ import annotations

from summarizer.guard.cues import has_cue
from summarizer.guard.report import Problem
from summarizer.guard.support import REPORT_NOUNS
from summarizer.guard.text import fold, stems, words

_RESPONSES = {"תגובה"}  # "בתגובה": in response, nobody's name
# "לפי ההחלטה", "לפי פסק הדין": a decision, a ruling or a letter is what its author (a
# court, a committee) issued, not a party of its own; the author's name is checked apart.
_DOCUMENTS = {"החלטה", "החלטת", "פסק", "גזר", "הכרעה", "הכרעת", "מכתב", "מסמך", "הודעה"}
_NO_PARTIES = _RESPONSES | _DOCUMENTS
# Possessive suffixes ("his", "her", "their"): "הודעתו", "מכתבם" are the noun's own author's
# document, "his announcement"; longest first. A feminine noun takes them on its ת form.
_POSSESSIVES = ("יהם", "יהן", "הם", "הן", "יו", "יה", "ו", "ה", "ם", "ן")
_MIN_NOUN = 3


def unheard_problems(speaker: str) -> list[Problem]:
    """What a speaker the source never names is: an attribution moved to someone new, and
    a name of the brief that the article does not have."""
    return [
        Problem("attribution", f"the source names no {speaker!r}", speaker),
        Problem(
            "name",
            f"the brief gives the claim to {speaker!r}, whom the source never names",
            speaker,
        ),
    ]


def unheard_speaker(speaker: str, lang: str) -> bool:
    """Whether a speaker span names someone (not a report, not a word of speech)."""
    if lang != "he":
        return False
    names = words(speaker)
    return bool(names) and not any(
        fold(w) in REPORT_NOUNS or has_cue(w, lang) or _no_party(fold(w), lang) for w in names
    )


def _no_party(word: str, lang: str) -> bool:
    """A response or a document, bare or with a possessive suffix ("הודעתו": "his
    announcement" names the document of someone the sentence has named already)."""
    for stem in stems(word, lang):
        if stem in _NO_PARTIES:
            return True
        for suffix in _POSSESSIVES:
            base = stem[: -len(suffix)]
            if not stem.endswith(suffix) or len(base) < _MIN_NOUN:
                continue
            if base in _NO_PARTIES or (base.endswith("ת") and base[:-1] + "ה" in _NO_PARTIES):
                return True
    return False
