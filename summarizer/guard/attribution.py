"""Who says so: attribution cues in English, Arabic and Hebrew, and the attribution check.

A source that writes "about 100 were killed, according to Gaza's health ministry" makes a
claim on someone's word; a summary that drops "according to ..." turns it into our own
statement of fact. For each summary sentence without an attribution of its own, the check
finds the source clauses it rests on (shared content words, plus a bonus for a shared
figure), in the source sentences the guard's alignment rests it on
(:mod:`summarizer.guard.resting_sentences`). When an attributed clause is (nearly) the
closest, the sentence must carry an attribution too: when in doubt, attribute; but not
where that clause backs nothing of the sentence that the closest, unattributed one lacks.
Which clauses of a source sentence are attributed is read in
:mod:`summarizer.guard.attributed_clauses`.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import partial
from typing import NamedTuple

from summarizer.guard.accounts import own_account
from summarizer.guard.align import SourceIndex, index_source
from summarizer.guard.allegations import keeps_the_allegation
from summarizer.guard.attributed_clauses import clause_parts, clauses, is_attributed
from summarizer.guard.attribution_words import content_words
from summarizer.guard.carried_attribution import carries_attribution, frame_shared
from summarizer.guard.carried_frames import frame_carried
from summarizer.guard.clause_cover import uncovered_clauses
from summarizer.guard.colon_labels import topic_labelled
from summarizer.guard.coordinate import coordinate_clauses
from summarizer.guard.cues import cue_count, has_cue
from summarizer.guard.interview_frame import answer_clauses, framed_answer
from summarizer.guard.interview_layout import interview_answers
from summarizer.guard.numbers import find_numbers
from summarizer.guard.own_announcements import own_announcement
from summarizer.guard.refusals import refusal_to_speak
from summarizer.guard.report import Problem
from summarizer.guard.resting_sentences import counts, resting_sentences, shares_number
from summarizer.guard.said_part import names_nobody, said_part
from summarizer.guard.text import Sentence, sentences, without_designators
from summarizer.guard.writer_frame import rests_on_frame

__all__ = ["cue_count", "has_cue", "is_attributed"]

# --- the check ------------------------------------------------------------------------------

SUPPORT_MIN = 0.35
NUMBER_BONUS = 0.3
CLOSE_ENOUGH = 0.75


class Support(NamedTuple):
    """A source clause a piece of a brief may rest on: its score, its sentence's start,
    the piece's content words it has, and whether it states the piece's figure."""

    clause: str
    score: float
    start: int
    shared: frozenset[str] = frozenset()
    figure: bool = False

    def adds_to(self, other: Support) -> bool:
        """Whether this clause backs a word or figure of the piece that ``other`` lacks."""
        return not self.shared <= other.shared or (self.figure and not other.figure)


def supporting_clause(
    summary_sentence: str,
    source_sentences: list[Sentence],
    lang: str,
    spoken: frozenset[int],
    labelled: frozenset[int] = frozenset(),
    among: Collection[int] | None = None,
) -> tuple[Support | None, Support | None]:
    """The source clauses a summary sentence rests on: the best of all, and the best of
    the attributed ones, each with its score (share of the sentence's content words it
    has, plus a bonus when it states the same figure). ``spoken``: the starts of source
    sentences that are someone's answer in an interview (attributed as a whole);
    ``labelled``: those of titles whose colon follows a topic, not a speaker; ``among``:
    the starts of the sentences to look in (None: all)."""
    mine = content_words(summary_sentence, lang)
    figures = without_designators(summary_sentence)  # Covid-19 and F-16 are no figures
    my_numbers = [n for n in find_numbers(figures, lang) if n.kind == "digits"]
    best: Support | None = None
    best_attributed: Support | None = None
    for sentence in source_sentences:
        if among is not None and sentence.start not in among:
            continue
        for clause, attributed_here in clauses(sentence.text, lang):
            attributed = (
                attributed_here
                and not names_nobody(clause, lang)
                and sentence.start not in labelled
            ) or (sentence.start in spoken)
            if attributed and sentence.start not in spoken and rests_on_frame(mine, clause, lang):
                attributed = False  # "Stocks rose after the government said ...": the writer's
            theirs = content_words(said_part(clause) if attributed else clause, lang)
            shared = mine & theirs
            figure = bool(my_numbers) and shares_number(my_numbers, clause, lang)
            score = len(shared) / len(mine) if mine else 0.0
            support = Support(clause, score + NUMBER_BONUS * figure, sentence.start, shared, figure)
            if best is None or support.score > best.score:
                best = support
            if attributed and (best_attributed is None or support.score > best_attributed.score):
                best_attributed = support
    return best, best_attributed


def check_attribution(source: str, summary: str, lang: str) -> list[Problem]:
    """Summary sentences that state as fact what their source attributes to someone."""
    index = index_source(source, lang)
    source_sentences = index.sentences
    answers = interview_answers(source)
    spoken = frozenset(
        s.start for s in source_sentences if any(a <= s.start < b for a, b in answers)
    )
    labelled = topic_labelled(source_sentences, lang)  # "Coronavirus: New York ramps up ..."
    problems = []
    brief = sentences(summary)
    answers_said = answer_clauses(source_sentences, spoken, partial(clauses, lang=lang))
    # a sentence the brief repeats is matched once (after the same sentence)
    sources: dict[tuple[str, str], str | None] = {}

    def attributed_source(unit: str, previous: str) -> str | None:
        if (unit, previous) not in sources:
            sources[unit, previous] = _attributed_source(unit, index, spoken, labelled, previous)
        return sources[unit, previous]

    framing = partial(
        _best_attributed,
        source_sentences=source_sentences,
        lang=lang,
        spoken=spoken,
        labelled=labelled,
    )
    for at, sentence in enumerate(brief):
        previous = brief[at - 1].text if at else ""
        units = [sentence.text]
        if is_attributed(sentence.text, lang):
            # a fragment ("In Chicago, where officials say ...") states nothing of its own
            units = [
                u
                for u in uncovered_clauses(sentence.text, lang)
                if len(content_words(u, lang)) >= MIN_UNCOVERED_WORDS
            ]
        units = [u for u in units if not refusal_to_speak(u, lang)]  # names its speaker
        found = (attributed_source(u, previous) for u in units)
        clause = next((c for c in found if c is not None), None)
        if clause is None:
            continue
        following = brief[at + 1].text if at + 1 < len(brief) else ""
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
    index: SourceIndex,
    spoken: frozenset[int],
    labelled: frozenset[int],
    previous: str = "",
) -> str | None:
    """The attributed source clause a brief's sentence, or one of its clauses, rests on:
    looked for in the source sentences the guard's alignment rests the piece on.
    ``previous``: the brief's sentence before (it may name whom a pronoun takes up)."""
    lang, source_sentences = index.lang, index.sentences
    parts = clause_parts(sentence)
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
        if counts(tail, lang) and len(content_words(tail, lang)) >= FIGURE_WORDS:
            units.append(tail)
    for unit in units:
        resting = resting_sentences(unit, index)
        best, attributed = supporting_clause(
            unit, source_sentences, lang, spoken, labelled, resting
        )
        # When in doubt, attribute: an attributed clause nearly as close as the closest one
        # counts as the sentence's source, unless it backs nothing of the piece that the
        # closest one, in a sentence of its own, lacks (the piece rests on that sentence).
        if best is None or attributed is None or attributed.score < SUPPORT_MIN:
            continue
        if attributed.score < CLOSE_ENOUGH * best.score:
            continue
        if best.start != attributed.start and not attributed.adds_to(best):
            continue
        if not own_announcement(attributed[0], sentence, lang) and not own_account(
            attributed[0], source_sentences, sentence, lang, previous
        ):
            return attributed[0]
    return None


def _excerpt(text: str, limit: int = 200) -> str:
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
