"""The checks of a brief against its source article: each claim aligned to the source
sentences it rests on, then support, figures, dates, attribution, speakers, names, roles
and places compared (the ones of one language only where that language has them).

Split from ``guard`` so that :meth:`Guard.check <summarizer.guard.Guard.check>` reads as
the order of its parts (source, translation, loaded language, headline) and this list,
the longest, has room for its next check.
"""

from __future__ import annotations

from typing import Any

from summarizer.guard.absent_places import check_absent_places
from summarizer.guard.added_circumstances import check_added_circumstances
from summarizer.guard.added_reasons import check_added_reasons
from summarizer.guard.addressees import check_addressees, check_told_parties
from summarizer.guard.affiliations import check_affiliations
from summarizer.guard.agents import check_agents
from summarizer.guard.align import align_all, map_back
from summarizer.guard.appended_clauses import check_appended_clauses
from summarizer.guard.ar_counts import (
    check_counted_duals,
    check_repetitions,
    check_source_fractions,
)
from summarizer.guard.attribution import check_attribution
from summarizer.guard.body_names import check_body_names
from summarizer.guard.borrowed_clauses import check_borrowed_clauses
from summarizer.guard.bracketed_names import check_bracketed_names
from summarizer.guard.cause_tails import check_cause_tails
from summarizer.guard.consequence_casualties import check_consequence_casualties
from summarizer.guard.court_levels import check_court_levels
from summarizer.guard.credit_lines import check_credit_lines
from summarizer.guard.credit_swaps import check_credit_swaps
from summarizer.guard.dates import check_days
from summarizer.guard.figure_counts import check_figure_counts
from summarizer.guard.figure_owners import check_figure_owners
from summarizer.guard.figures import check_figures, check_numbers_anywhere
from summarizer.guard.firsts import check_firsts
from summarizer.guard.he_name_slots import check_he_name_slots
from summarizer.guard.headline_grafts import check_headline_grafts
from summarizer.guard.hearsay import check_hearsay
from summarizer.guard.inserted_connectives import check_inserted_connectives
from summarizer.guard.inserted_phrases import check_inserted_phrases
from summarizer.guard.interview_speakers import check_interview_speakers
from summarizer.guard.kind_slots import check_kind_slots
from summarizer.guard.name_slots import check_name_slots
from summarizer.guard.names import check_names
from summarizer.guard.ordinals import check_ranks
from summarizer.guard.other_titles import check_other_titles
from summarizer.guard.person_homes import check_person_homes
from summarizer.guard.place_slots import check_place_slots
from summarizer.guard.place_ties import check_place_ties
from summarizer.guard.quotations import check_quotations
from summarizer.guard.reaction_clauses import check_reaction_clauses
from summarizer.guard.relative_days import check_relative_days
from summarizer.guard.relative_times import check_relative_times
from summarizer.guard.report import Problem
from summarizer.guard.reporting_verbs import check_reporting_verbs
from summarizer.guard.role_ties import check_role_ties
from summarizer.guard.roles import check_roles
from summarizer.guard.rtl_circumstances import check_rtl_circumstances
from summarizer.guard.said_support import check_said_support
from summarizer.guard.slots import check_slots
from summarizer.guard.spans_of_time import check_spans_of_time
from summarizer.guard.speaker_modifiers import check_speaker_modifiers
from summarizer.guard.speakers import check_speakers
from summarizer.guard.support import check_support
from summarizer.guard.swaps import check_swaps
from summarizer.guard.text import script_of
from summarizer.guard.unanchored_claims import check_unanchored_claims
from summarizer.guard.unsourced_places import check_unsourced_places
from summarizer.guard.weekdays import check_weekdays


def check_against_source(
    text: str,
    src: str,
    lang: str,
    *,
    title: str | None,
    same_title: str | None,
    pivot: list[tuple[str, str]] | None,
) -> tuple[list[Problem], list[dict[str, Any]]]:
    """The problems of summary ``text`` against source ``src`` (both normalised), and each
    claim's alignment for the report (empty when the source is in another language: then
    only figures and weekdays are compared, across scripts). ``title`` is the headline
    (normalised), ``same_title`` the same only when it is in the summary's language;
    ``pivot`` as for :meth:`Guard.check <summarizer.guard.Guard.check>`."""
    problems: list[Problem] = []
    aligned: list[dict[str, Any]] = []
    src_lang = script_of(src)
    if src_lang == lang:
        index, alignments = align_all(text, src, lang)
        aligned = [a.to_dict(index) for a in alignments]
        if pivot:
            map_back(aligned, pivot)
        problems += check_support(alignments, index, lang)
        problems += check_said_support(alignments, index, lang)
        problems += check_appended_clauses(alignments, index, lang)
        problems += check_cause_tails(alignments, index, lang)
        problems += check_consequence_casualties(alignments, index, lang)
        problems += check_reaction_clauses(alignments, index, lang)
        swapped = check_swaps(alignments, index, lang)
        problems += swapped + check_unsourced_places(alignments, index, lang, swapped)
        problems += check_spans_of_time(alignments, index, lang)
        problems += check_inserted_phrases(alignments, index, lang, title)
        problems += check_inserted_connectives(alignments, index, lang)
        problems += check_added_circumstances(alignments, index, lang)
        problems += check_rtl_circumstances(alignments, index, lang)
        problems += check_added_reasons(alignments, index, lang)
        problems += check_unanchored_claims(alignments, index, lang)
        problems += check_headline_grafts(alignments, index, lang, same_title)
        problems += check_borrowed_clauses(alignments, index, lang)
        problems += check_reporting_verbs(alignments, index, lang, same_title)
        problems += check_figures(alignments, index, lang)
        problems += check_figure_counts(alignments, index, lang)
        problems += check_ranks(alignments, index, lang)
        problems += check_days(src, text, lang)
        problems += check_relative_days(src, text, lang)
        problems += check_relative_times(src, text, lang)
        problems += check_credit_lines(src, text, lang)
        problems += check_attribution(src, text, lang) + check_hearsay(src, text, lang)
        problems += check_quotations(src, text, lang)
        problems += check_speakers(text, index, lang)
        problems += check_speaker_modifiers(text, index, lang)
        problems += check_addressees(text, index, lang)
        problems += check_interview_speakers(text, src, index, lang)
        problems += check_roles(text, src, index, lang)
        problems += check_he_name_slots(text, src, index, lang)
        problems += check_other_titles(text, index, lang)
        problems += check_absent_places(text, src, lang)
        problems += check_place_slots(text, src, lang)
        problems += check_court_levels(text, src, lang)
        problems += check_kind_slots(alignments, index, lang)
        problems += check_bracketed_names(alignments, index, text, lang)
        problems += check_firsts(src, text, lang, same_title)
        if lang == "ar":
            problems += check_counted_duals(src, text) + check_source_fractions(src, text)
            problems += check_repetitions(src, text)
            problems += check_body_names(text, src, lang)
        if lang == "en":
            problems += check_affiliations(text, src)
            problems += check_role_ties(text, src) + check_place_ties(text, src)
            problems += check_told_parties(text, src)
            problems += check_name_slots(alignments, index, text)
            problems += check_figure_owners(alignments, index)
            problems += check_agents(src, text)
            problems += check_slots(alignments, index, src)
            problems += check_person_homes(alignments, index, text, src)
            problems += check_credit_swaps(alignments, index)
    else:
        problems += check_numbers_anywhere(src, text, lang, src_lang)
    problems += check_weekdays(src, src_lang, text, lang)
    if lang == "en" and src_lang == "en":
        problems += check_names(src, text)
    return problems, aligned
