"""Who a translated sentence says says so, against its English sentence.

A translation may keep an attribution's cue (قال، بحسب، לפי، אמר) and still give the claim
to someone else: "according to the health ministry" rendered "وفقاً للجيش" (the army), "a
spokesman said" rendered "לדברי ראש העיר ביל דה בלאזיו" (the mayor), or add a speaker the
English sentence lacks ("ولדברי משרד הבריאות"). Sentence by sentence (when the two texts
have as many sentences; else against the whole English brief), the words that name each
translated cue's speaker (after the cue up to what was said, or before a speech verb that
ends its clause) must be the English sentence's: every kind of source they name (army,
police, ministry, residents: :data:`SOURCE_KINDS`, the usual reporting sources of wire
style) is one the English sentence names, and a person they name in full (two name words
in a row) is one the English sentence names, not another person of the brief or article;
nor is a person of the article whom the English brief never names ("بعدما قال دينيسون"
where the English sentence has officials speak), found by the surname alone.
"""

from __future__ import annotations

import itertools
import re
from functools import lru_cache

from summarizer.guard.cues import cue_at
from summarizer.guard.report import Problem
from summarizer.guard.text import fold, sentences, stems, words
from summarizer.guard.translation_names import full_names, person_names
from summarizer.guard.transliteration import close, skeleton, token_skeletons

# Kinds of reporting source, each as English words (a regex) and the forms Arabic and
# Hebrew write them in (without article or proclitics, as :func:`stems` leaves them).
SOURCE_KINDS: dict[str, tuple[str, set[str], set[str]]] = {
    "army": (
        r"army|military|idf|armed forces|defen[cs]e forces",
        {"جيش"},
        {"צבא", 'צה"ל'},
    ),
    "police": (r"police|policem[ae]n|officers", {"شرطة"}, {"משטרה", "משטרת", "שוטר", "שוטרים"}),
    "government": (
        r"government|cabinet|administration|authorities|state|prime minister|premier",
        {"حكومة"},
        {"ממשלה", "ממשלת"},
    ),
    "ministry": (
        r"ministry|minister|department|office",
        {"وزارة"},
        {"משרד"},
    ),
    "health": (r"health|medical", {"صحة"}, {"בריאות"}),
    "hamas": (r"hamas", {"حماس"}, {"חמאס"}),
    "un": (r"un|u\.n\.|united nations|unrwa|ocha", {"امم"}, {'או"ם'}),
    "residents": (
        r"residents?|locals?|inhabitants?|people",
        {"سكان", "اهالي"},
        {"תושבים", "תושבי"},
    ),
    "soldiers": (r"soldiers?|troops?|servicem[ae]n", {"جنود"}, {"חיילים", "חיילי"}),
    "officials": (
        r"officials?|sources?|aides?|diplomats?",
        {"مسؤول", "مسؤولون", "مسؤولين", "مصادر", "مصدر"},
        {"גורמים", "גורם", "פקידים", "פקיד", "מקורות"},
    ),
    "mayor": (r"mayor|city|municipal\w*", {"بلدية"}, {"עירייה", "עיריית"}),
    "governor": (r"governor|gov\.", {"حاكم"}, {"מושל"}),
    "spokesperson": (
        r"spokes(?:man|woman|person|people|men|women)",
        {"متحدث", "متحدثة", "ناطق", "ناطقة"},
        {"דובר", "דוברת", "דוברי"},
    ),
    "television": (
        r"tv|television|broadcaster|channel",
        {"تلفزيون", "قناة"},
        {"טלוויזיה", "ערוץ"},
    ),
    "rebels": (
        r"rebels?|opposition|insurgents?|militants?",
        {"معارضة", "متمردين", "متمردون", "مسلحين", "مسلحون"},
        {"מורדים", "אופוזיציה", "חמושים"},
    ),
}
_LANG_AT = {"ar": 1, "he": 2}
_EN_KINDS = {
    kind: re.compile(rf"\b(?:{spec[0]})\b", re.IGNORECASE) for kind, spec in SOURCE_KINDS.items()
}

SPEAKER_REACH = 6  # words after a cue (or before a closing speech verb) that name its speaker
_CLAUSE = re.compile(r"[,،;:—–]")
# words that open what was said: the speaker ends there
_THAT = {"ar": {"ان", "إن", "أن", "بان", "بأن", "انه", "انها"}, "he": {"כי"}}
# cues that take their speaker after them as a noun phrase (לפי X): a ש- word there is a
# name or noun, not "that"
_PREPOSITIONAL = {"לפי", "לדברי", "לטענת", "על"}
_NAME_WORD = re.compile(r"[A-Z][\w'’-]+")
_PARTICLES = {"de", "di", "da", "van", "von", "del", "la", "le", "du"}
_NAME_RUN = re.compile(
    r"[A-Z][\w'’-]+(?:\s+(?:(?:de|di|da|van|von|del|la|le|du)\s+)?[A-Z][\w'’-]+)+"
)
MIN_NAME = 2  # skeleton letters of each part of a full name
MIN_FULL_NAME = 5  # and of both together: shorter pairs are also ordinary words


def check_translated_sources(
    english: str, translated: str, lang: str, article: str | None = None
) -> list[Problem]:
    """Translated sentences whose cues give the claim to a kind of source or a person that
    the aligned English sentence does not name."""
    if lang not in _LANG_AT:
        return []
    ours = [s.text for s in sentences(english)]
    theirs = [s.text for s in sentences(translated)]
    if len(ours) == len(theirs):
        pairs = list(zip(ours, theirs, strict=True))
    else:
        pairs = [(english, t) for t in theirs]
    names = _name_pairs(" ".join(filter(None, (english, article))))
    outsiders = _unbriefed_surnames(english, article) if article else frozenset()
    problems = []
    for mine, sentence in pairs:
        spans = speaker_spans(sentence, lang)
        if not spans:
            continue
        own_kinds = {k for k, rx in _EN_KINDS.items() if rx.search(mine)}
        own_names = {skeleton(w) for w in _NAME_WORD.findall(mine)}
        for speaker in spans:
            extra = _kinds(speaker, lang) - own_kinds
            other = _other_person(speaker, lang, names, own_names) or _outsider(
                speaker, lang, outsiders
            )
            if extra or other:
                what = f"a {sorted(extra)[0]} source" if extra else f"{other!r}"
                problems.append(
                    Problem(
                        "translation_attribution",
                        f"the {lang} translation gives this to {what}, whom the English"
                        " sentence does not cite",
                        sentence,
                    )
                )
                break
    return problems


def speaker_spans(sentence: str, lang: str) -> list[list[str]]:
    """For each attribution cue of a translated sentence, the folded words that name its
    speaker: after the cue up to what was said; when none follow (המושל אמר כי), the words
    of its clause before it."""
    out = []
    for clause in _CLAUSE.split(sentence):
        tokens = [fold(w) for w in words(clause)]
        for i in range(len(tokens)):
            if not cue_at(tokens, i, lang):
                continue
            after: list[str] = []
            prepositional = any(s in _PREPOSITIONAL for s in stems(tokens[i], lang))
            for token in tokens[i + 1 : i + 1 + SPEAKER_REACH]:
                if token in _THAT[lang] or (
                    lang == "he" and not prepositional and token[:1] == "ש"
                ):
                    break
                after.append(token)
            # a speech verb may follow its speaker (חואקין פיניקס אמר מאחורי הקלעים)
            before = [] if prepositional else tokens[max(0, i - SPEAKER_REACH) : i]
            out.append(after + before)
    return out


def _kinds(speaker: list[str], lang: str) -> set[str]:
    at = _LANG_AT[lang]
    found = set()
    for token in speaker:
        options = set(stems(token, lang))
        for kind, spec in SOURCE_KINDS.items():
            forms = spec[at]
            assert isinstance(forms, set)
            if options & forms:
                found.add(kind)
    return found


MIN_SURNAME = 3  # a surname's skeleton this long, alone, is no ordinary word


@lru_cache(maxsize=256)
def _unbriefed_surnames(english: str, article: str) -> frozenset[str]:
    """Skeletons of the surnames of the article's people whom the English brief nowhere
    names ("Joe Biden", where the brief has health officials speak)."""
    brief = {skeleton(w) for w in _NAME_WORD.findall(english)}
    return frozenset(
        sk
        for run in [*person_names(article), *full_names(article)]
        if len(sk := skeleton(run[-1])) >= MIN_SURNAME and not any(close(sk, b) for b in brief)
    )


def _outsider(speaker: list[str], lang: str, surnames: frozenset[str]) -> str | None:
    """A word of the speaker's that writes the surname of a person of the article whom the
    English brief does not name: the translation gives the claim to that person."""
    for token in speaker:
        if token_skeletons([token], lang) & surnames:
            return token
    return None


@lru_cache(maxsize=256)
def _name_pairs(text: str) -> frozenset[tuple[str, str]]:
    """Skeletons of two capitalised words in a row (a given name and a surname)."""
    out = set()
    for m in _NAME_RUN.finditer(text):
        parts = [skeleton(w) for w in m.group(0).split() if w.lower() not in _PARTICLES]
        for a, b in itertools.pairwise(parts):
            if len(a) >= MIN_NAME and len(b) >= MIN_NAME and len(a) + len(b) >= MIN_FULL_NAME:
                out.add((a, b))
    return frozenset(out)


def _other_person(
    speaker: list[str], lang: str, names: frozenset[tuple[str, str]], own: set[str]
) -> str | None:
    """A full name in the speaker's words that the English brief or article writes but
    the English sentence does not."""
    sks = [{skeleton(s) for s in stems(t, lang)} - {""} for t in speaker]
    every = set().union(*sks) if sks else set()
    # the surnames written in the span (few, usually none), before trying given names
    names = frozenset((a, b) for a, b in names if any(close(b, y) for y in every))
    if not names:
        return None
    for k in range(len(sks) - 1):
        for gap in (1, 2):  # "ביל דה בלאזיו": a particle between
            if k + gap >= len(sks):
                continue
            for a, b in names:
                if (
                    any(close(a, x) or a == x for x in sks[k])
                    and any(close(b, y) for y in sks[k + gap])
                    and not any(close(b, o) for o in own)
                ):
                    return " ".join(speaker[k : k + gap + 1])
    return None
