"""Where a speaker's words begin and end around a cue: the pieces :mod:`speakers` reads a
speaker phrase with.

"..., said its director, Dr. X" names the speaker after an inverted verb: a role, then the
name it stands for. "X, a researcher at Y, one of the region's groups, says" reaches back
over its appositions to the name. '"...", מסר נתניהו' names the speaker after the
quotation. "أعلن المرصد سيطرة فصائل ..." has the subject المرصد right after the verb and
then the object of what was announced.
"""

from __future__ import annotations

import re

from summarizer.guard.text import PROCLITIC_LETTERS, fold, stems, words

APPOSITION_WORDS = 8  # an apposition ("director of Y") is at most this long
AFTER_WORDS = 5  # words after a cue that may name its speaker
MIN_CLAIM_WORDS = 2  # content words a clause needs to be matched to a speaker's words
# Where a speaker phrase ends: punctuation or a quotation mark.
CLAUSE_END = re.compile(r"[,;:.!?،؛\"“”«»]")
# A cue right after a closing quotation mark: its speaker follows it.
QUOTE_THEN_COMMA = re.compile(r"[\"”»][,،]?\s*$")

_DETERMINERS = {"its", "the", "his", "her", "their", "a", "an"}
ROLE_WORDS = 4  # "its medical director": the role an inverted verb's speaker opens with


def role_and_name(after: str) -> list[str]:
    """The speaker after an inverted verb that opens with a role ("..., said its director,
    Dr. X" or "..., said the ministry."); [] when the words after the verb are no such
    speaker ("..., says its researchers have been ...")."""
    role_end = CLAUSE_END.search(after)
    role = after[: role_end.start() if role_end else len(after)].split()
    if not role or role[0].lower() not in _DETERMINERS or len(role) > ROLE_WORDS:
        return []
    if role_end is None or role_end.group(0) in ".!?":
        return role  # the sentence ends with its speaker
    if role_end.group(0) != ",":
        return []
    name = CLAUSE_END.split(after[role_end.end() :], maxsplit=1)[0].split()
    if name and name[0][:1].isupper() and len(name) <= AFTER_WORDS:
        return role + name
    return []


def describes(segment: str) -> bool:
    """An apposition that describes someone named before it ("a researcher at Al-Haq",
    "one of the region's key groups"), not a name."""
    first = segment.split()[:1]
    return bool(first) and first[0].lower() in {*_DETERMINERS, "one"}


def inside(at: int, spans: list[tuple[int, int]]) -> bool:
    """Whether a position is inside one of the spans (a quotation)."""
    return any(a < at < b for a, b in spans)


_AR_PROCLITICS = tuple(PROCLITIC_LETTERS["ar"])


_AR_DEMONSTRATIVES = {fold(w) for w in ("هذا", "هذه", "ذلك", "تلك", "هؤلاء")}
# quantifiers open a noun phrase of their own: after the subject, the verb's object
_AR_QUANTIFIERS = {fold(w) for w in ("كل", "جميع", "كافة", "بعض", "معظم")}


def arabic_noun_phrase(speaker: str) -> str:
    """The subject's noun phrase without a demonstrative before it or a quantified object
    after it: "هذا الميثاق المشترك كل المهنيين" (of "دعا هذا الميثاق المشترك كل
    المهنيين", "this joint charter called on all professionals") is الميثاق المشترك."""
    kept = speaker.split()
    if len(kept) > 1 and fold(kept[0]) in _AR_DEMONSTRATIVES:
        kept = kept[1:]
    for i, word in enumerate(kept[1:], start=1):
        if fold(word) in _AR_QUANTIFIERS:
            return " ".join(kept[:i])
    return " ".join(kept)


# "that" opening a reported clause: its subject follows it ("قال إن المجلس دعا")
_AR_THAT = {fold(w) for w in ("أن", "إن", "بأن", "وأن", "وإن")}


def reported_subject(speaker: str, sentence: str) -> bool:
    """Whether the speaker's noun phrase opens a clause that "أن" / "إن" reports in the
    sentence ("أوضح ماسا أن الميثاق المشترك دعا ..."): the brief gives the act to it."""
    phrase = [fold(w) for w in arabic_noun_phrase(speaker).split()]
    folded = [fold(w) for w in words(sentence)]
    return bool(phrase) and any(
        folded[i] in _AR_THAT and folded[i + 1 : i + 1 + len(phrase)] == phrase
        for i in range(len(folded) - len(phrase))
    )


MIN_PHRASE_WORDS = 2  # a noun and its adjective ("الميثاق المشترك") name a party outright


def names_party(speaker: str, sentence: str) -> bool:
    """Whether the sentence names the source speaker's noun phrase in full, with or without
    its article or a proclitic ("مشيرا إلى ميثاق مشترك يطالب ..." of "دعا هذا الميثاق
    المشترك ..."): the brief reports what that party does, on its own speaker's word,
    rather than giving that party's words to someone else. A one-word phrase is no such
    sign (it is matched only where أن reports it, :func:`reported_subject`)."""
    phrase = [set(stems(fold(w), "ar")) for w in arabic_noun_phrase(speaker).split()]
    folded = [set(stems(fold(w), "ar")) for w in words(sentence)]
    n = len(phrase)
    return n >= MIN_PHRASE_WORDS and any(
        all(phrase[k] & folded[i + k] for k in range(n)) for i in range(len(folded) - n + 1)
    )


def arabic_subject(speaker: str, named: set[str]) -> str:
    """The subject of an Arabic verb-first cue without the object that follows it:
    "أعلن المرصد سيطرة فصائل ..." is the Observatory's announcing, its subject المرصد. A
    definite noun is followed by an indefinite word of the object, unless that word is
    part of a speaker's name in the source (``named``: الرئيس جو بايدن) or carries a
    proclitic (المتحدث باسم ...)."""
    head, *rest = speaker.split()
    if not rest or not head.startswith("ال"):
        return speaker
    following = rest[0]
    if following.startswith("ال") or following.startswith(_AR_PROCLITICS):
        return speaker
    return speaker if following in named else head


# "من جانبه" / "من جهته" / "من ناحيته": "for his part", a pronoun subject for the verb after
_HIS_PART = tuple(fold(w) for w in ("جانب", "جهت", "ناحيت"))


def for_his_part(folded: list[str], i: int) -> bool:
    """Whether the verb at ``i`` follows "من جانبه" (its subject is a pronoun)."""
    return (
        i >= 2
        and folded[i - 2] in {"من", "ومن"}
        and folded[i - 1].startswith(_HIS_PART)
        and len(folded[i - 1]) > 4
    )


def starts_clause(text: str, start: int) -> bool:
    """Whether ``start`` opens the text or follows punctuation (a clause begins there)."""
    before = text[:start].rstrip()
    return not before or before[-1] in ',;:.،؛"“”«»' or len(before.split()) <= 0


# Verbs of replying, and the phrases "in response to", "referring to": a cue word right
# after one names what is answered ("השיב לדברי חמינאי", "בתגובה לדברי חמינאי, אמר
# נתניהו"), not whose words follow.
REPLIED = {
    fold(w) for w in ("השיב", "השיבה", "השיבו", "הגיב", "הגיבה", "הגיבו", "ענה", "ענתה", "ענו")
} | {fold(w) for w in ("בתגובה", "ובתגובה", "כתגובה", "בהתייחס", "ובהתייחס")}
