"""Who says so: attribution cues in English, Arabic and Hebrew, and the attribution check.

A source that writes "about 100 were killed, according to Gaza's health ministry" makes a
claim on someone's word; a summary that drops "according to ..." turns it into our own
statement of fact. For each summary sentence without an attribution of its own, the check
finds the source clauses it rests on (shared content words, plus a bonus for a shared
figure). When an attributed clause is (nearly) the closest, the sentence must carry an
attribution too: when in doubt, attribute.

A cue covers its clause; a trailing cue ("..., officials said.") covers the whole sentence,
so "X denied a report that ..., where bombardments have ..." attributes the denial but not
the outlet's own statement about bombardments.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache, partial

from summarizer.guard.accounts import own_account
from summarizer.guard.attribution_words import content_words
from summarizer.guard.carried_attribution import carries_attribution, frame_shared
from summarizer.guard.carried_frames import frame_carried
from summarizer.guard.colon_labels import topic_labelled
from summarizer.guard.coordinate import coordinate_clauses
from summarizer.guard.cues import CUE_WORDS, EN_CUES, cue_count, has_cue, matches_at
from summarizer.guard.dates import month_days
from summarizer.guard.interview_frame import answer_clauses, framed_answer
from summarizer.guard.interview_layout import interview_answers
from summarizer.guard.numbers import Number, find_numbers, same_number
from summarizer.guard.own_announcements import own_announcement
from summarizer.guard.refusals import refusal_to_speak
from summarizer.guard.report import Problem
from summarizer.guard.said_part import names_nobody, said_part
from summarizer.guard.text import Sentence, fold, quote_spans, sentences, without_designators, words
from summarizer.guard.writer_frame import rests_on_frame

__all__ = ["cue_count", "has_cue", "is_attributed"]

# Headline style "Netanyahu: Israel did not promise ...": a name, a colon, the claim. Only
# in English, where a name is capitalised ("Gaza war: ..." is a topic, "CAIRO:" a dateline).
_SPEAKER_COLON = re.compile(r"^\s*((?:[A-Z][a-z][\w'’.-]*\s+){0,2}[A-Z][a-z][\w'’.-]*):\s+\S")
_LABELS = {"analysis", "opinion", "watch", "update", "live", "explainer", "editorial", "report"}


def is_attributed(sentence: str, lang: str) -> bool:
    """A sentence with a cue, a quotation introduced by a colon (Nasrallah: "..."), an
    English headline that names its speaker (Netanyahu: ...), or a sentence that is all
    quotation (someone's words; the sentence beside it says whose)."""
    return (
        has_cue(sentence, lang)
        or _colon_quote(sentence)
        or _speaker_colon(sentence, lang)
        or _all_quotation(sentence)
    )


def _all_quotation(sentence: str) -> bool:
    text = sentence.strip()
    return any(start == 0 and end >= len(text) - 1 for start, end in quote_spans(text))


def _speaker_colon(sentence: str, lang: str) -> bool:
    m = _SPEAKER_COLON.match(sentence) if lang == "en" else None
    return m is not None and m.group(1).lower() not in _LABELS


def _colon_quote(sentence: str) -> bool:
    return any(sentence[:start].rstrip().endswith(":") for start, _ in quote_spans(sentence))


# --- the check ------------------------------------------------------------------------------

SUPPORT_MIN = 0.35
NUMBER_BONUS = 0.3
CLOSE_ENOUGH = 0.75


# Where a source sentence turns to a second statement ("..., where bombardments have...").
_CLAUSE_BREAK = re.compile(
    r",\s+(?:where|which|while|although|though|whereas)\b|;|\s[—–]\s"
    r"|,\s+(?=an?\s+\w+\s+(?:that|which)\b)"  # ", a declaration that ...": an apposition
    r"|,\s+(?:accompanied|followed)\s+by\b|,\s+(?:killing|wounding|injuring|leaving)\b"
    r"|،\s*(?:حيث|في حين|بينما|الذي|التي|مما|ما أسفر)\s|؛|,\s*(?:שם|אשר|בעוד|אף ש)\s"
    r"|،\s*(?:رغم|برغم|مع)\s+(?=أن)|,\s*(?=אף\s+ש|למרות\s+ש)",
    re.IGNORECASE,
)


def clause_parts(sentence: str) -> list[str]:
    """A sentence cut where it turns to a second statement (", where ...", "; ...")."""
    return [p for p in _CLAUSE_BREAK.split(sentence) if p and p.strip()]


# "according to" and its Arabic and Hebrew peers attach to their own clause; a speech verb
# at the end ("..., officials said.") governs everything said before it.
_PREPOSITIONAL = {
    "ar": {fold(w) for w in ("بحسب", "حسب", "وفقا", "وفق", "طبقا", "نقلا")},
    "he": {"לפי", "לדברי", "לטענת", "על"},
}


def speech_attributed(clause: str, lang: str) -> bool:
    """Whether a verb of speech attributes the clause ("X said", "قال X"), not only a
    frame ("according to X", "بحسب X"), which covers a whole sentence, not a complement."""
    if lang == "en":
        return any(not m.lower().startswith("according") for m in EN_CUES.findall(clause))
    tokens = [fold(part) for w in words(clause) for part in w.split("-") if part]
    return any(
        cue[0] not in _PREPOSITIONAL[lang] and matches_at(tokens, i, cue, lang)
        for i in range(len(tokens))
        for cue in CUE_WORDS[lang]
    )


# "... — a declaration that Amnesty said could amount to a war crime": a speech verb in a
# relative clause on a noun is about that noun, not about what the sentence said before.
_APPOSITION = re.compile(r"^\s*(?:a|an|the|this|that)\s+(?:\w+\s+){1,2}(?:that|which)\b", re.I)


# A passive cue with its agent before a colon acknowledges its own subject ("The need has
# been acknowledged by outside authorities:"); what follows the colon is the writer's.
_PASSIVE_COLON = re.compile(
    r"^(?!\s*(?:it|this|that)\b)[^:\"“”]{3,120}?\b(?:is|are|was|were|been|being)\s+"
    r"(?:\w+ed)\s+by\s+[^:\"“”]{1,80}:",
    re.IGNORECASE,
)


@lru_cache(maxsize=4096)
def clauses(sentence: str, lang: str) -> tuple[tuple[str, bool], ...]:
    """The sentence's clauses, each with whether an attribution covers it.

    A cue covers its own clause; a speech verb in the last clause ("..., officials said.")
    covers the whole sentence, as does a quotation introduced by a colon; a trailing
    "according to ..." covers only the clause it ends.
    """
    passive = _PASSIVE_COLON.match(sentence) if lang == "en" else None
    if passive is not None:  # "The need has been acknowledged by X: the patients ..."
        head = passive.group(0)
        return ((head, is_attributed(head, lang)), *clauses(sentence[passive.end() :], lang))
    parts = [p for p in _CLAUSE_BREAK.split(sentence) if p.strip()]
    if lang == "en":
        parts = [q for p in parts for q in _but_after_circumstance(p)]
        parts = [q for p in parts for q in _as_after_speaker(p)]
    trailing = speech_attributed(parts[-1], lang) and not _APPOSITION.match(parts[-1])
    if len(parts) <= 1 or _colon_quote(sentence) or trailing:
        whole = is_attributed(sentence, lang)
        return tuple((p, whole) for p in parts) or ((sentence, whole),)
    return tuple((p, is_attributed(p, lang)) for p in parts)


# "Stocks rose after the government said wages jumped, but two indexes set records": a
# speech verb in a clause of time or cause ("after the government said") is a circumstance
# of the writer's own statement; what the writer goes on to say after ", but" is theirs too.
_CIRCUMSTANCE_CUE = re.compile(
    r"\b(?:after|as|when|because|since|before|until)\s++(?:[\w'’-]++\s++){1,4}?"
    r"(?:said|says|announced|reported)\b",
    re.IGNORECASE,
)
_BUT = re.compile(r",\s++but\s", re.IGNORECASE)


def _but_after_circumstance(part: str) -> list[str]:
    """A clause cut at ", but" after a speech verb that is a circumstance of the writer's
    statement, when the writer's statement itself has no cue."""
    cue = _CIRCUMSTANCE_CUE.search(part)
    if cue is None or has_cue(part[: cue.start()], "en"):
        return [part]
    turn = _BUT.search(part, cue.end())
    return [part] if turn is None else [part[: turn.start()], part[turn.start() + 1 :]]


# "Gunfire broke out, residents said, as a revolt appeared to gain momentum": the speech
# verb closes what the residents say; the clause of ", as ..." after it is the writer's
# setting of the scene ("as well as", "as expected" go on with the speaker's words).
_AS_AFTER_SPEAKER = re.compile(
    r"\b(?:said|says|told\s++[\w'’-]++(?:\s++[\w'’-]++)?|reported|added"
    r"|according\s++to\s++[^,;:\"“”]{1,60}?)\s*+,\s++(?=as\s++(?!well\b|expected\b|usual\b"
    r"|such\b|part\b|of\b|a\s+result\b|\w+\s+as\b))",
    re.IGNORECASE,
)


def _as_after_speaker(part: str) -> list[str]:
    """A clause cut at ", as" right after its speaker ("..., residents said, as ...")."""
    m = _AS_AFTER_SPEAKER.search(part)
    return [part] if m is None else [part[: m.end()].rstrip(" ,"), part[m.end() :]]


def supporting_clause(
    summary_sentence: str,
    source_sentences: list[Sentence],
    lang: str,
    spoken: frozenset[int],
    labelled: frozenset[int] = frozenset(),
) -> tuple[tuple[str, float] | None, tuple[str, float] | None]:
    """The source clauses a summary sentence rests on: the best of all, and the best of
    the attributed ones, each with its score (share of the sentence's content words it
    has, plus a bonus when it states the same figure). ``spoken``: the starts of source
    sentences that are someone's answer in an interview (attributed as a whole);
    ``labelled``: those of titles whose colon follows a topic, not a speaker."""
    mine = content_words(summary_sentence, lang)
    figures = without_designators(summary_sentence)  # Covid-19 and F-16 are no figures
    my_numbers = [n for n in find_numbers(figures, lang) if n.kind == "digits"]
    best: tuple[str, float] | None = None
    best_attributed: tuple[str, float] | None = None
    for sentence in source_sentences:
        for clause, attributed_here in clauses(sentence.text, lang):
            attributed = (
                attributed_here
                and not names_nobody(clause, lang)
                and sentence.start not in labelled
            ) or (sentence.start in spoken)
            if attributed and sentence.start not in spoken and rests_on_frame(mine, clause, lang):
                attributed = False  # "Stocks rose after the government said ...": the writer's
            theirs = content_words(said_part(clause) if attributed else clause, lang)
            score = len(mine & theirs) / len(mine) if mine else 0.0
            if my_numbers and _shares_number(my_numbers, clause, lang):
                score += NUMBER_BONUS
            if best is None or score > best[1]:
                best = (clause, score)
            if attributed and (best_attributed is None or score > best_attributed[1]):
                best_attributed = (clause, score)
    return best, best_attributed


def _shares_number(numbers: list[Number], text: str, lang: str) -> bool:
    exact = _exact_values(text, lang)
    return any(
        _has_value(exact, n.value)
        if n.kind != "vague"
        else same_number(n, find_numbers(text, lang))
        for n in numbers
    )


@lru_cache(maxsize=16384)
def _exact_values(text: str, lang: str) -> tuple[float, ...]:
    """The values of a text's exact figures, sorted (read once per source clause: each
    sentence of a brief is compared with every clause of the source)."""
    return tuple(sorted(n.value for n in find_numbers(text, lang) if n.kind != "vague"))


def _has_value(values: tuple[float, ...], value: float) -> bool:
    """:func:`same_number` for an exact figure, on sorted values: a look-up, not a scan."""
    at = bisect_left(values, value - 2e-6)
    while at < len(values) and values[at] <= value + 2e-6:
        if abs(values[at] - value) < 1e-6:
            return True
        at += 1
    return False


def check_attribution(source: str, summary: str, lang: str) -> list[Problem]:
    """Summary sentences that state as fact what their source attributes to someone."""
    source_sentences = sentences(source)
    answers = interview_answers(source)
    spoken = frozenset(
        s.start for s in source_sentences if any(a <= s.start < b for a, b in answers)
    )
    labelled = topic_labelled(source_sentences, lang)  # "Coronavirus: New York ramps up ..."
    problems = []
    from summarizer.guard.allegations import keeps_the_allegation
    from summarizer.guard.clause_cover import uncovered_clauses  # builds on these cues

    brief = sentences(summary)
    answers_said = answer_clauses(source_sentences, spoken, partial(clauses, lang=lang))
    sources: dict[str, str | None] = {}  # a sentence the brief repeats is matched once

    def attributed_source(unit: str) -> str | None:
        if unit not in sources:
            sources[unit] = _attributed_source(unit, source_sentences, lang, spoken, labelled)
        return sources[unit]

    framing = partial(
        _best_attributed,
        source_sentences=source_sentences,
        lang=lang,
        spoken=spoken,
        labelled=labelled,
    )
    for at, sentence in enumerate(brief):
        units = [sentence.text]
        if is_attributed(sentence.text, lang):
            # a fragment ("In Chicago, where officials say ...") states nothing of its own
            units = [
                u
                for u in uncovered_clauses(sentence.text, lang)
                if len(content_words(u, lang)) >= MIN_UNCOVERED_WORDS
            ]
        units = [u for u in units if not refusal_to_speak(u, lang)]  # names its speaker
        found = (attributed_source(u) for u in units)
        clause = next((c for c in found if c is not None), None)
        if clause is None:
            continue
        following = brief[at + 1].text if at + 1 < len(brief) else ""
        previous = brief[at - 1].text if at else ""
        attributed_before = bool(previous) and is_attributed(previous, lang)
        if framed_answer(clause, answers_said, sentence.text, attributed_before, lang):
            continue  # "يرى ماسا أن ... . وعدّد ...": the interviewee's word, told on
        told_before = partial(_best_attributed, previous, source_sentences, lang, spoken, labelled)
        if carries_attribution(
            sentence.text, previous, attributed_before, clause, lang, told_before
        ):
            continue  # "X announced the hearing was cancelled. The reason is the flu."
        if frame_carried(brief, at, clause, source_sentences, lang, told_before):
            continue  # "According to the Observatory, A. B." on the Observatory's word
        if frame_shared(sentence.text, following, clause, lang, framing):
            continue  # "A. According to the Observatory, B." on the Observatory's sentence
        if is_attributed(following, lang) and own_announcement(clause, following, lang):
            continue  # "The debate was cancelled. Netanyahu announced the cancellation."
        if keeps_the_allegation(sentence.text, clause, lang):
            continue  # "arrested over an allegation that ..." for "arrested for allegedly ..."
        problems.append(
            Problem(
                "attribution",
                "the source attributes this claim or figure ("
                + _excerpt(clause.strip())
                + ") but the summary states it without saying who says so",
                sentence.text,
            )
        )
    return problems


MIN_UNCOVERED_WORDS = 2  # an uncovered clause of fewer content words is a fragment
MIN_CLAUSE_WORDS = 4  # a clause of the brief judged on its own ("..., although she did X")
FIGURE_WORDS = 3  # content words of a figure's clause judged on its own, the figure aside
# an aside between two commas, each of several in a row ("X, called Y, part of Z, does")
_ASIDE = re.compile(r"(?<=,\s)[^,;:.!?\"“”]{3,80}(?=,\s)")


def _best_attributed(
    sentence: str,
    source_sentences: list[Sentence],
    lang: str,
    spoken: frozenset[int],
    labelled: frozenset[int],
) -> str | None:
    """The attributed source clause closest to a brief's sentence, if it backs half of it."""
    attributed = supporting_clause(sentence, source_sentences, lang, spoken, labelled)[1]
    return attributed[0] if attributed and attributed[1] >= SUPPORT_MIN else None


def _attributed_source(
    sentence: str,
    source_sentences: list[Sentence],
    lang: str,
    spoken: frozenset[int],
    labelled: frozenset[int],
) -> str | None:
    """The attributed source clause a brief's sentence, or one of its clauses, rests on."""
    parts = [p for p in _CLAUSE_BREAK.split(sentence) if p and p.strip()]
    parts += coordinate_clauses(sentence)
    units = [sentence] + [p for p in parts if len(content_words(p, lang)) >= MIN_CLAUSE_WORDS]
    units = units if len(parts) > 1 else [sentence]
    # an aside between commas may bring a claim of its own ("Red Wolf, part of a database
    # profiling every Palestinian, tells soldiers ..." where the database is Amnesty's
    # word); one with a figure ("due to remain until 30 April") is a detail of its own
    # sentence, which the figure would tie to any source sentence that has it
    if lang == "en":
        units += [
            m.group(0)
            for m in _ASIDE.finditer(sentence)
            if len(content_words(m.group(0), lang)) >= MIN_CLAUSE_WORDS
            and not any(ch.isdigit() for ch in m.group(0))
        ]
        # the last part after a comma that states a figure: ", with airstrikes that killed
        # about 100 Palestinians" rests on the clause that gives the toll, on its speaker's word
        tail = sentence.rsplit(", ", 1)[-1] if ", " in sentence else ""
        if _counts(tail, lang) and len(content_words(tail, lang)) >= FIGURE_WORDS:
            units.append(tail)
    for unit in units:
        best, attributed = supporting_clause(unit, source_sentences, lang, spoken, labelled)
        # When in doubt, attribute: an attributed clause nearly as close as the closest one
        # counts as the sentence's source.
        if best is None or attributed is None or attributed[1] < SUPPORT_MIN:
            continue
        if attributed[1] < CLOSE_ENOUGH * best[1]:
            continue
        if not own_announcement(attributed[0], sentence, lang) and not own_account(
            attributed[0], source_sentences, sentence, lang
        ):
            return attributed[0]
    return None


def _counts(text: str, lang: str) -> list[Number]:
    """The figures of a text that count something: not the day of a date ("until 30
    April": when, not how many)."""
    days = {value for _, value in month_days(text, lang)}
    return [n for n in find_numbers(text, lang) if n.kind == "digits" and n.value not in days]


def _excerpt(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
