"""Support: a claim must be made of the source's words.

A claim whose content words are mostly absent from the source sentences it aligns with
says something the source does not: an invented event, or the lower-case non-words of a
broken model, which no check of numbers, names or cues would notice. Words the source has
elsewhere count half (a claim may gather what two parts of the article say).
"""

from __future__ import annotations

from typing import cast

from summarizer.guard.align import ELSEWHERE_CREDIT, Alignment, Claim, SourceIndex, align
from summarizer.guard.ar_roots import without_pronoun
from summarizer.guard.content_keys import content_words, is_content, word_keys
from summarizer.guard.cues import has_cue
from summarizer.guard.function_words import is_function_word
from summarizer.guard.hedges import is_hedge
from summarizer.guard.numbers import find_numbers
from summarizer.guard.piece_frames import without_frames_of_credit
from summarizer.guard.report import Problem
from summarizer.guard.respellings import any_keys, known_anywhere
from summarizer.guard.text import PROCLITIC_LETTERS, fold, stems, words

SUPPORT_MIN = 0.5  # below this share of its content words, a claim is unsupported
NOVEL_RUN = 3  # this many content words that the source nowhere has ...
NOVEL_WINDOW = 4  # ... among this many in a row
MIN_CONTENT_WORDS = 3  # shorter claims ("Talks resume.") are judged by the other checks


def check_support(alignments: list[Alignment], index: SourceIndex, lang: str) -> list[Problem]:
    """Claims mostly made of words their aligned sentences lack, and claims with a run of
    words the source has nowhere (an invented clause added to a true one)."""
    problems = []
    for alignment in alignments:
        claim = alignment.claim.text
        # an outlet credited, or the piece named as the one who speaks, is no content
        said = without_frames_of_credit(claim) if lang == "en" else claim
        run = novel_run(said, index, lang)
        if len(run) >= NOVEL_RUN:
            problems.append(
                Problem("unsupported", f"the source has none of: {' '.join(run)}", claim)
            )
            continue
        if len(content_words(said, lang)) < MIN_CONTENT_WORDS:
            continue
        if said != claim and lang == "en":
            alignment = align(Claim(said, alignment.claim.sentence), index)
        if alignment.support < SUPPORT_MIN and _respelled_support(alignment, index) < SUPPORT_MIN:
            shown = ", ".join(alignment.missing[:6])
            problems.append(
                Problem(
                    "unsupported",
                    f"most of this claim is not in the source (missing: {shown})",
                    claim,
                )
            )
    return problems


def novel_run(claim: str, index: SourceIndex, lang: str) -> list[str]:
    """The most words the source nowhere has among NOVEL_WINDOW content words in a row:
    an invented clause, even where one of its words happens to be the source's
    ("שנדרש להתייעצות ביטחונית דחופה", whose ביטחונית the source has)."""
    best: list[str] = []
    claim_words = words(claim)
    spelled_out = acronym_words(claim_words, index) if lang == "he" else set()
    # a figure in words ("מאה ושמונים", "three") is the number checks' to judge too
    figures = {w for n in find_numbers(claim, lang) if n.kind != "vague" for w in words(n.span)}
    window: list[str | None] = []  # the last content words; None where the source has it
    for at, word in enumerate(claim_words):
        if not is_content(word, lang) or any(ch.isdigit() for ch in word) or word in figures:
            continue  # a figure ("26-year", "מ-5") is the number checks' to judge
        if is_hedge(word) or _names_the_report(claim_words, at, lang) or _is_cue(word, lang):
            continue  # "more than", "לפי הדיווח", "כך דיווח": how sure, and on whose word
        # a word of the frame ("شهدت المدينة اشتباكات": the clashes are the claim, not the
        # verb) counts as the source's, so that it neither adds to a run nor stretches one
        known = (
            is_frame_word(word, lang)
            or refers_back(word, lang)
            or at in spelled_out
            or known_anywhere(word, index, lang)
        )
        window = [*window, None if known else word][-NOVEL_WINDOW:]
        novel = [w for w in window if w is not None]
        if len(novel) > len(best) and _states_enough(novel, lang):
            best = novel
    return best


def _states_enough(novel: list[str], lang: str) -> bool:
    """Whether a run of new words, long enough to report, has NOVEL_RUN - 1 words of its
    own beside function words (:mod:`function_words`): "without anaesthetic" and "among
    inmates" add a clause, but "the theory behind the shortlist has already" adds one
    word, whose grammar a paraphrase is free to rebuild."""
    if len(novel) < NOVEL_RUN:
        return True
    return sum(not is_function_word(w, lang) for w in novel) >= NOVEL_RUN - 1


def _is_cue(word: str, lang: str) -> bool:
    """A cue, or in Arabic a cue with a pronoun suffix: "بحسبه" is "بحسب" (according to)
    him, on whose word the claim stands, as the bare cue is."""
    if has_cue(word, lang):
        return True
    return lang == "ar" and has_cue(without_pronoun(fold(word)), lang)


def _respelled_support(alignment: Alignment, index: SourceIndex) -> float:
    """The claim's support (:func:`align`'s share) counting an Arabic word as found where
    the source has another spelling of it (:mod:`respellings`); else the support as
    aligned."""
    if index.lang != "ar" or not alignment.sentences:
        return alignment.support
    covered = frozenset().union(*(index.keys[i] for i in alignment.sentences))
    claim_words = [w for w in words(alignment.claim.text) if is_content(w, "ar")]
    distinct = {word_keys(w, "ar"): w for w in claim_words}
    found = 0.0
    for word in distinct.values():
        keys = any_keys(word, "ar")
        found += 1.0 if keys & covered else ELSEWHERE_CREDIT if keys & index.everywhere else 0
    return found / len(distinct) if distinct else alignment.support


# Words of the frame, not of the claim. Light verbs of news prose: "شهدت سوريا تطورات"
# ("Syria saw developments") says no more than "there were developments in Syria"; what
# was seen is the claim, in words of its own. English adverbs of time and quantity
# ("still", "now", "many") say how, not what. English support verbs, whose noun carries
# the meaning ("pose a risk" is "risk", "give a speech" is "speak"), and copulas ("the
# count stands at", "remains", "became") join a subject to what is said of it.
_EN_LIGHT_VERBS = """make makes made making get gets got take takes took taken taking come comes
came go goes went give gives gave given giving keep keeps kept keeping put puts putting
set sets setting pose poses posed posing become becomes became becoming remain remains
remained remaining seem seems seemed seeming stand stands stood standing"""
# "جاء ذلك في بيان" ("this came in a statement"): the statement is the claim
_AR_LIGHT_VERBS = "شهد شهدت شهدوا يشهد تشهد يشهدون جاء جاءت يأتي تأتي"
FRAME_WORDS: dict[str, frozenset[str]] = {
    "en": frozenset(["still", "now", "many", *_EN_LIGHT_VERBS.split()]),
    "ar": frozenset(fold(w) for w in _AR_LIGHT_VERBS.split()),
    "he": frozenset(),
}


def is_frame_word(word: str, lang: str) -> bool:
    """Whether a word (with any proclitics: "وجاء") is one of :data:`FRAME_WORDS`."""
    folded = fold(word)
    options = [folded] if lang == "en" else stems(folded, lang)
    return any(o in FRAME_WORDS[lang] for o in options)


# General nouns of a kind of place or body, made definite by their article ("האזור" for
# the Upper Galilee, "הארגון" for Hezbollah, "المنطقة", "الحركة"): they point back at the
# place or body the brief has named, as a pronoun does, and name nothing new. Hebrew and
# Arabic write the article (or the preposition that swallows it) onto the noun; the bare
# noun ("אזור", "an area") is no reference back and counts as a word of its own. Arabic
# bodies ("التنظيم", "الحركة") are left out for now: a brief may name a second body that
# way beside an invented clause, which then goes unreported (the places are safe).
_HE_GENERAL_NOUNS = "אזור ארגון תנועה קבוצה עיר מדינה כפר יישוב גוף חברה"
_AR_GENERAL_NOUNS = "منطقة مدينة دولة بلاد قرية"
GENERAL_NOUNS: dict[str, frozenset[str]] = {
    "en": frozenset(),
    "ar": frozenset(fold(w) for w in _AR_GENERAL_NOUNS.split()),
    "he": frozenset(_HE_GENERAL_NOUNS.split()),
}


def refers_back(word: str, lang: str) -> bool:
    """Whether a word is one of :data:`GENERAL_NOUNS` with a proclitic on it ("האזור",
    "בארגון", "المنطقة")."""
    return any(s in GENERAL_NOUNS[lang] for s in stems(fold(word), lang)[1:])


# "according to the report", "לפי הדיווח", "بحسب التقرير": the report the brief retells,
# named after a cue; who stands behind a claim is the attribution checks' to judge.
REPORT_NOUNS = {
    *("report", "reports", "reporting"),
    *("הדיווח", "הדיווחים", "הפרסום"),
    *("التقرير", "التقارير"),
}


REPORT_AFTER_CUE = 3  # words between the cue and the report it names ("according to the")


def _names_the_report(claim_words: list[str], at: int, lang: str) -> bool:
    if fold(claim_words[at]).lower() not in REPORT_NOUNS:
        return False
    return has_cue(" ".join(claim_words[max(0, at - REPORT_AFTER_CUE) : at]), lang)


# Hebrew acronyms: ראשל"צ is ראשון לציון, צה"ל is צבא הגנה לישראל (a proclitic may stand
# before either: בראשל"צ, בראשון לציון).
ACRONYM_MARKS = ('"', "\u05f4")
_HE_PROCLITICS = PROCLITIC_LETTERS["he"]
ACRONYM_WORDS = 4  # the longest phrase an acronym stands for


def _bare(word: str) -> list[str]:
    """A Hebrew word with up to two proclitics taken off, each way."""
    out = [word]
    for _ in range(2):
        out += [w[1:] for w in out if w[:1] in _HE_PROCLITICS and len(w) > 3]
    return list(dict.fromkeys(out))


def acronym_words(claim_words: list[str], index: SourceIndex) -> set[int]:
    """Positions of the claim's words that spell out an acronym of the source."""
    acronyms = _source_acronyms(index)
    covered: set[int] = set()
    if not acronyms:
        return covered
    for i in range(len(claim_words)):
        for n in range(2, ACRONYM_WORDS + 1):
            phrase = claim_words[i : i + n]
            if len(phrase) == n and any(
                _spells(a, [first, *phrase[1:]]) for a in acronyms for first in _bare(phrase[0])
            ):
                covered.update(range(i, i + n))
    return covered


def _source_acronyms(index: SourceIndex) -> set[str]:
    """The source's acronyms, each bare of proclitics (read once per source, not once per
    claim)."""
    if "acronyms" not in index.memo:
        index.memo["acronyms"] = {
            bare
            for sentence in index.sentences
            for token in words(sentence.text)
            if any(mark in token for mark in ACRONYM_MARKS)
            for bare in _bare(token.replace('"', "").replace("\u05f4", ""))
        }
    return cast("set[str]", index.memo["acronyms"])


def _spells(acronym: str, phrase: list[str]) -> bool:
    """Whether the acronym is made of a beginning of each word of the phrase, in order."""
    if not phrase:
        return not acronym
    return any(
        phrase[0].startswith(acronym[:k]) and _spells(acronym[k:], phrase[1:])
        for k in range(1, len(acronym) - len(phrase) + 2)
    )
