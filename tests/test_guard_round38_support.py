"""Round 38: a paraphrase rebuilds a claim's grammar (support verbs, copulas, function
words) around the source's facts, which is not a run of words the source lacks; a clause
of new facts added to a true claim, preposition and all, still is."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from summarizer.guard.function_words import is_function_word

DAM = (
    "Engineers warned on Monday that the cracked dam above the village of Orlen could fail "
    "within weeks. Residents have been told to prepare for evacuation."
)
BANKS = (
    "The two banks agreed to merge, the companies said on Friday. The merger will save 200 "
    "million euros a year."
)
JOBS = (
    "The city's unemployment rate is 7.2 percent, the statistics office reported on Tuesday, "
    "down from 8 percent a year earlier."
)
CLINIC = (
    "Doctors at the Harlow clinic treated 40 patients on Sunday after the storm, the director said."
)


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_settings()


def _unsupported(guard: Guard, source: str, summary: str) -> list[str]:
    report = guard.check(source, summary, lang="en")
    return [p.detail for p in report.problems if p.kind == "unsupported"]


def test_support_verb_of_a_paraphrase_is_no_new_word(guard: Guard) -> None:
    brief = (
        "Engineers warned on Monday that the cracked dam above the village of Orlen poses a "
        "grave danger and could fail within weeks."
    )
    assert _unsupported(guard, DAM, brief) == []


def test_copula_of_a_paraphrase_is_no_new_word(guard: Guard) -> None:
    brief = (
        "The city's jobless figure stands at 7.2 percent, the statistics office reported on "
        "Tuesday, down from 8 percent a year earlier."
    )
    assert _unsupported(guard, JOBS, brief) == []


def test_function_words_around_one_new_word_are_no_invented_clause(guard: Guard) -> None:
    brief = (
        "The two banks agreed to merge, the companies said on Friday; the idea behind it "
        "will already save 200 million euros a year."
    )
    assert _unsupported(guard, BANKS, brief) == []


def test_invented_clause_led_by_a_preposition_is_still_caught(guard: Guard) -> None:
    brief = (
        "Doctors at the Harlow clinic treated 40 patients on Sunday after the storm without "
        "anaesthetic or electricity, the director said."
    )
    assert _unsupported(guard, CLINIC, brief)


def test_invented_clause_beside_a_support_verb_is_still_caught(guard: Guard) -> None:
    brief = (
        "Engineers warned on Monday that the cracked dam above the village of Orlen could "
        "fail within weeks, posing a grave danger to vineyards downstream."
    )
    assert _unsupported(guard, DAM, brief)


@pytest.mark.parametrize(
    ("word", "lang"),
    [("beside", "en"), ("ובאמצעות", "he"), ("وبسبب", "ar")],
)
def test_function_words_are_read_through_proclitics(word: str, lang: str) -> None:
    assert is_function_word(word, lang)
