"""Casualties given as the outcome of an event whose telling in the source has none.

"Clashes broke out near Tal Halaf, and they left dead on both sides" ("وأسفرت الاشتباكات عن
سقوط قتلى من الطرفين") where the source tells the clashes and says no losses were
reported: a consequence verb ("أسفر عن", "أودى بحياة", "resulting in", "הסתיימה בפצועים")
hangs a toll on a true event. Each word of the toll may stand somewhere in the article (the
dead of another event, "the two sides"), so the support checks pass it; what gives it away
is that the sentences that tell its cause, and their neighbours, name no dead or wounded at
all. The cause is what the claim tells before its connective or, where the claim opens
with it ("وأسفرت ..."), the claim before it in the brief. A toll with a figure is judged
here too (the number checks ask whether the figure is the source's, not whether this
event had casualties); a negated outcome ("لم تسفر عن إصابات", "without casualties") is
the source's "no losses", not a toll.
"""

from __future__ import annotations

import re

from summarizer.guard.align import Alignment, Claim, SourceIndex, align
from summarizer.guard.content_keys import content_words, word_keys
from summarizer.guard.report import Problem
from summarizer.guard.said_support import NEIGHBOURS
from summarizer.guard.text import fold, stems, words

# a verb of consequence, as a whole word (with its "and" or "which" in Arabic and Hebrew)
_CONSEQUENCE = {
    "en": re.compile(r"\b(?:resulting|resulted)\s+in\b", re.IGNORECASE),
    "ar": re.compile(r"(?<!\S)(?:و|ف|ما\s+|مما\s+)?(?:أسفر|أسفرت|يسفر|تسفر|أودى|أودت|يودي|تودي)\s"),
    "he": re.compile(r"(?<!\S)(?:ו|ש)?(?:גבה|גבו|גבתה|הסתיים|הסתיימה|הסתיימו)\s"),
}
# a negation just before the verb ("لم تسفر", "did not result", "לא גבה")
_NEGATED = {
    "en": re.compile(r"\b(?:not|never|without)\s+$", re.IGNORECASE),
    "ar": re.compile(r"(?<!\S)(?:لم|لا|دون|بدون|ولم|ولا)\s+$"),
    "he": re.compile(r"(?<!\S)(?:לא|ולא|ללא)\s+$"),
}
NEGATION_REACH = 12  # characters before the verb read for its negation
# The wounded, beside the dead (the "#dead" class of :mod:`content_keys`): a toll names
# either. Arabic and Hebrew words are matched with their proclitics off.
_WOUNDED = {
    "en": frozenset({"wounded", "injured", "injuries", "injuring", "hurt", "casualties"}),
    "ar": frozenset(
        fold(w) for w in ["جرحى", "جريح", "جريحا", "مصاب", "مصابا", "مصابين", "مصابون", "إصابات"]
    ),
    "he": frozenset({"פצועים", "פצוע", "פצועה", "נפצעו", "נפצע", "נפגעים", "נפגע"}),
}


def check_consequence_casualties(
    alignments: list[Alignment], index: SourceIndex, lang: str
) -> list[Problem]:
    """Claims whose consequence verb brings in casualties that the sentences of its cause,
    and their neighbours, do not mention."""
    problems = []
    for at, alignment in enumerate(alignments):
        claim = alignment.claim.text
        verb = _CONSEQUENCE[lang].search(claim)
        if verb is None or _NEGATED[lang].search(
            claim[max(0, verb.start() - NEGATION_REACH) : verb.start()]
        ):
            continue
        if not names_casualties(words(claim[verb.end() :]), lang):
            continue
        cause = _cause_sentences(alignments, at, claim[: verb.start()], claim[verb.end() :], index)
        if not cause:
            continue
        near = {
            j
            for i in cause
            for j in range(i - NEIGHBOURS, i + NEIGHBOURS + 1)
            if 0 <= j < len(index.sentences)
        }
        if any(names_casualties(words(index.sentences[j].text), lang, told=True) for j in near):
            continue
        problems.append(
            Problem(
                "unsupported",
                "casualties given as this event's outcome, where the source tells the event "
                "without any",
                claim,
            )
        )
    return problems


def _cause_sentences(
    alignments: list[Alignment], at: int, head: str, rest: str, index: SourceIndex
) -> set[int]:
    """The source sentence that best tells the cause: that of the claim's words before its
    verb; where the claim opens with the verb, that of the verb's own subject ("وأسفرت
    الاشتباكات عن ...": the clashes), else of the claim before it (the toll's own words
    would align the claim with whatever sentence has a toll)."""
    sentence = alignments[at].claim.sentence
    if content_words(head, index.lang):
        return set(align(Claim(head, sentence), index).sentences[:1])
    subject = _SUBJECT[index.lang].match(rest)
    if subject is not None and content_words(subject[1], index.lang):
        return set(align(Claim(subject[1], sentence), index).sentences[:1])
    return set(alignments[at - 1].sentences[:1]) if at else set()


# The subject between an Arabic consequence verb and the preposition of its outcome
# ("أسفرت الاشتباكات عن", "أودى القصف بحياة", a place or time may follow the noun: "أسفرت
# الاشتباكات في البلدة عن"); English and Hebrew put it before the verb.
_SUBJECT = {
    "en": re.compile(r"(?!)"),
    "ar": re.compile(r"((?:\S+\s+){1,5}?)(?:عن|بحياة)\s"),
    "he": re.compile(r"(?!)"),
}


# a word that denies the casualties after it ("No injuries were reported", "لا إصابات",
# "לא היו נפגעים"): a source that says so tells its event without any
_NONE = {
    "en": frozenset({"no", "not", "without", "none"}),
    "ar": frozenset({"لا", "لم", "دون", "بدون", "ولا", "ولم"}),
    "he": frozenset({"לא", "ללא", "אין", "ולא"}),
}
NONE_REACH = 2  # words before a casualty word read for its denial


def names_casualties(text_words: list[str], lang: str, *, told: bool = False) -> bool:
    """Whether the words name the dead or the wounded; ``told``: not right after a word
    that denies them (a source's "no injuries" tells of none)."""
    for at, word in enumerate(text_words):
        folded = fold(word)
        options = [folded] if lang == "en" else stems(folded, lang)
        if "#dead" not in word_keys(word, lang) and not any(o in _WOUNDED[lang] for o in options):
            continue
        if at and _names_a_unit(text_words[at - 1], lang):
            continue  # "كتائب شهداء القلمون": a brigade's name, not its dead
        before = {fold(w) for w in text_words[max(0, at - NONE_REACH) : at]}
        if not (told and before & _NONE[lang]):
            return True
    return False


# Arabic armed groups are named after martyrs ("كتائب شهداء الأقصى", "لواء شهداء
# اليرموك"): a word for the dead right after a noun of an armed unit is the unit's name,
# and tells no toll.
_AR_UNITS = "كتائب كتيبة لواء ألوية سرايا سرية فوج فيلق"
_UNITS: dict[str, frozenset[str]] = {
    "en": frozenset(),
    "ar": frozenset(fold(w) for w in _AR_UNITS.split()),
    "he": frozenset(),
}


def _names_a_unit(word: str, lang: str) -> bool:
    """Whether the word (with any proclitics: "وكتائب") is a noun of an armed unit."""
    return any(s in _UNITS[lang] for s in stems(fold(word), lang))
