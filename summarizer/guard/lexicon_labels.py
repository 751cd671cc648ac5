"""Where a loaded term is someone else's word or not loaded here: the name of a bill or
law ("the death penalty for terrorists bill"), a label a designating verb reports
("labelled ... a terrorist organization"), reported speech, a plain sense ("so-called"
before a quoted term, استشهد بـ "cited"), or a campaign word not pinned on a side ("an
onslaught of storms"). Used by :mod:`summarizer.guard.lexicon`."""

from __future__ import annotations

import re
from typing import Protocol

from summarizer.guard.attributed_clauses import is_attributed
from summarizer.guard.cues import has_cue
from summarizer.guard.stopwords import STOP
from summarizer.guard.text import inside, normalize, quote_spans, sentences
from summarizer.guard.utterances import judges_an_utterance


class _Span(Protocol):
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


class _Term(Protocol):
    @property
    def neutral(self) -> str: ...
    @property
    def attributed_ok(self) -> bool: ...
    @property
    def entry(self) -> int: ...


class _Hit(_Span, Protocol):
    @property
    def term(self) -> _Term: ...


# Terms this many words after a designating verb, in its clause, are the label it reports.
DESIGNATION_WINDOW = 14
# A designating verb's reach ends where a new clause begins: a semicolon, or a comma with a
# conjunction after it ("calling her "a good person", but described the vicious smears as
# ..."): a word after that is no longer the label the verb reports.
_CLAUSE_BREAK = re.compile(
    r"[;؛]|,\s+(?:but|and|while|whereas|yet|though|although)\b"
    r"|[,،]\s*(?:لكن|ولكن|بينما|إلا أن|الا ان)(?!\w)"
    r"|,\s*(?:אך|אבל|ואילו|אולם)(?!\w)",
    re.IGNORECASE,
)


# The name of a bill or law: "a bill on the death penalty for terrorists", "قانون ...",
# "חוק ...", "the terrorists bill".
_LAW = {
    "en": re.compile(r"\b(?:bills?|laws?|acts?|legislation)\b", re.IGNORECASE),
    "ar": re.compile(r"(?<!\w)[وفبل]?(?:ال)?(?:قانون|تشريع)(?!\w)"),
    "he": re.compile(r"(?<!\w)[ובלמשה]{0,2}(?:חוק|הצעת)(?!\w)"),
}
LAW_BEFORE = 8  # words before a term that may name the law it is part of
# ("a bill that would allow the death penalty for terrorists")
LAW_AFTER = 2  # and words after it ("terrorists bill")
LAW_PHRASE = 4  # words ending with the term that must be the source's ("penalty for terrorists")


def in_law_name(text: str, hit: _Span, lang: str) -> bool:
    """Whether a loaded term stands in the name of a bill or law."""
    start = max(text.rfind(mark, 0, hit.start) for mark in ".!?\n")
    before = " ".join(text[start + 1 : hit.start].split()[-LAW_BEFORE:])
    after = " ".join(text[hit.end :].split()[:LAW_AFTER])
    return bool(_LAW[lang].search(before) or _LAW[lang].search(after))


# Designations and reported labels: what follows is someone's label, reported as such.
DESIGNATION = {
    "en": re.compile(
        r"\b(?:designat\w*|label+(?:ed|ing|s)?|list(?:ed|s|ing)|brand(?:ed|s|ing)"
        r"|declar(?:ed|es|ing)|classif(?:y|ied|ies|ying)|blacklist\w*|outlaw(?:ed|s)"
        r"|call(?:ed|s|ing)|term(?:ed|s)|dubb(?:ed|s)|consider(?:ed|s)|deem(?:ed|s))\b",
        re.IGNORECASE,
    ),
    "ar": re.compile(
        r"(?<!\w)[وف]?(?:صنف|صنفت|يصنف|تصنف|تصنيف|بتصنيف|أدرج|أدرجت|ادرج|ادرجت|إدراج"
        r"|اعتبر|اعتبرت|اعتبروا|يعتبر|تعتبر|يعتبرون|وصف|وصفت|وصفوا|يصف|تصف|يصفون"
        r"|سمى|سما(?=ه)|يسمي|تسمي|أعلن|أعلنت|اعلن|اعلنت)"
        # the verb's object pronoun, written onto it: يصفهم (he calls them), اعتبرها, سماه
        r"(?:ه|ها|هم|هما|هن)?(?!\w)"
    ),
    "he": re.compile(
        r"(?<!\w)[וש]?(?:הכריז|הכריזה|הכריזו|הוכרז|הוכרזה|הוכרזו|הגדיר|הגדירה|הגדירו|הוגדר"
        r"|הוגדרה|הוגדרו|סימן|סימנה|כינה|כינתה|כינו|מכנה|מכנים|רואה|רואים)(?!\w)"
    ),
}


# "so-called" right before a quoted term names what others call it ("so-called
# "protection contracts""): the quotation marks already give the term to its users.
_QUOTED_AFTER = re.compile(r"\s*[\"“‘«]([^\"”’»]{1,80})[\"”’»]")
# استشهد بـ ... is also "cited" (واستشهد بالسماح لطائرة ...: he cited the permission for ...).
_MARTYR_VERBS = {"استشهد", "استشهدت", "استشهدوا"}
# What follows بـ when the verb means "was killed": the cause, the place, the time.
_DEATH_CONTEXT = set(
    [
        "رصاص",
        "رصاصة",
        "نيران",
        "نار",
        "قصف",
        "غارة",
        "غارات",
        "قذيفة",
        "قذائف",
        "صاروخ",
        "صواريخ",
        "جروح",
        "جراح",
        "انفجار",
        "شظايا",
        "شظية",
        "طلق",
        "طلقات",
        "اطلاق",
        "إطلاق",
        "هجوم",
        "ضربة",
        "ضربات",
        "عملية",
        "حادث",
        "دهس",
        "طعن",
        "سلاح",
        "قنبلة",
        "قنابل",
        "قنص",
        "اشتباك",
        "اشتباكات",
        "مواجهات",
        "مدينة",
        "بلدة",
        "قرية",
        "مخيم",
        "قطاع",
        "حي",
        "منطقة",
        "محافظة",
        "شمال",
        "جنوب",
        "شرق",
        "غرب",
        "وسط",
        "قرب",
        "ضفة",
        "قدس",
        "خليل",
        "سجن",
        "سجون",
        "معتقل",
        "مستشفى",
    ]
)
# what someone cites: a saying, an example, a statement, a figure
_CITED = set(
    ["قول", "كلام", "تصريح", "تصريحات", "مثال", "مثل", "أمثلة", "آية", "حديث", "بيت", "ما"]
)


def other_sense(text: str, hit: _Span, lang: str, source: str | None) -> bool:
    """Whether a loaded word is used here in a plain sense: "so-called" before a term in
    quotation marks (that the source, in the brief's language, has too), or Arabic
    استشهد بـ "cited" after someone's words (not "was killed by/in ...")."""
    word = text[hit.start : hit.end].lower()
    if lang == "en" and word == "so-called":
        m = _QUOTED_AFTER.match(text, hit.end)
        if m is None:
            return False
        return source is None or m.group(1).lower() in source.lower()
    if lang != "ar" or not any(word.endswith(v) for v in _MARTYR_VERBS):
        return False
    following = text[hit.end :].split(maxsplit=1)
    if not following or not following[0].startswith("ب") or len(following[0]) < 3:
        return False
    cited = following[0][1:].strip(".,،:;")
    plain = cited[2:] if cited.startswith("ال") else cited
    if plain in _DEATH_CONTEXT or not (cited.startswith("ال") or cited in _CITED):
        return False
    # the citing sense follows a speaker: an attribution cue earlier in this or the last sentence
    start = max(text.rfind(mark, 0, max(0, text.rfind(".", 0, hit.start))) for mark in ".!?؟")
    return has_cue(text[start + 1 : hit.start], lang)


_SIDE_BEFORE = re.compile(r"(?:\b[A-Z][\w-]*|\w+['’]s?)(?:\s+[a-z][\w-]*)?\s+$")


# capitalised at a sentence start, or plain words before the noun: no side named
_NOT_A_SIDE = {"before", "after", "during", "amid", "renewed", "new", "fresh", "another", "its"}


def pinned_on_a_side(text: str, start: int) -> bool:
    """Whether the word at ``start`` is pinned on a side: after a possessive or a name,
    perhaps with one word between ("Israel's onslaught", "the Russian military onslaught"),
    not at a sentence start. "Before an onslaught" is a plain noun."""
    m = _SIDE_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return False
    first = m.group(0).split()[0].lower()
    return first not in STOP["en"] and first not in _NOT_A_SIDE


def reported_speech(text: str, hit: _Hit, lang: str, said: set[int] | None = None) -> bool:
    """A reported label ("designated / labelled ... as"), inside an attributed quotation,
    or (``attributed_ok`` terms) after the words that attribute it: "South Africa accuses
    Israel of genocide", "According to Della, ... the first genocide". With ``said`` (the
    terms the source uses; None: no source in the brief's language), an unquoted term is
    reported only if the source has it: a charge the source never makes ("Masa said the
    dictator Bashir ...") is our own word."""
    for sentence in sentences(text):
        end = sentence.start + len(sentence.text)
        if not sentence.start <= hit.start < end:
            continue
        clause = _CLAUSE_BREAK.split(text[sentence.start : hit.start])[-1]
        if DESIGNATION[lang].search(normalize(" ".join(clause.split()[-DESIGNATION_WINDOW:]))):
            # "labelled Hamas a terrorist organization": a label someone gave. A judging
            # adjective (dropped: no neutral) or a charge is the speaker's only if the
            # source (in the brief's language) uses it too; else it is our own word
            # ("considered Bashir's dubious visit ...")
            plain_label = bool(hit.term.neutral) and not hit.term.attributed_ok
            return plain_label or said is None or hit.term.entry in said
        if inside(quote_spans(text), hit.start, hit.end):
            return is_attributed(sentence.text, lang)
        if not hit.term.attributed_ok or judges_an_utterance(text, hit.start, hit.end, lang):
            return False
        if said is not None and hit.term.entry not in said:
            return False
        before = text[sentence.start : hit.start]
        return has_cue(before, lang) or (lang == "en" and _REFERS.search(before) is not None)
    return False


# A speaker's reference to what they name ("He pointed to Germany's genocide in Namibia",
# "she referred to the massacre"): the term is the speaker's, like a citation. Only after a
# pronoun or a name (not "Evidence pointed to ...", a thing's bearing).
_REFERS = re.compile(
    r"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey)|(?<=\S\s)[A-Z][a-z]+)\s+(?:also\s+)?"
    r"(?:point(?:ed|s)\s+to|referr?(?:ed|s)\s+to|recall(?:ed|s))\b"
)
