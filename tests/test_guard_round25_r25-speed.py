"""Round 25 (speed): what the guard now reads once (a source's vocabulary and speakers, each
sentence's lead words and name slots, the body's runs and stances) or skips (words that
open no number or cue) must still answer for every source and brief as before."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from summarizer.guard.cues import has_cue
from summarizer.guard.numbers import find_numbers
from summarizer.guard.text import last_words, words
from tests.auxil.guard import kinds

GULF = "Qatar's foreign ministry said on Tuesday that the talks would resume in Doha next week."
PORT = "The port authority said on Tuesday that the ships would dock in Haifa next week."


def test_a_name_is_judged_by_the_source_checked_each_time(guard: Guard) -> None:
    brief = "Qatari officials said the talks would resume in Doha next week."
    assert "name" not in kinds(guard, GULF, brief)
    # the same brief against another source: its names are that source's to give
    assert "name" in kinds(guard, PORT, brief)
    assert "name" not in kinds(guard, GULF, brief)  # and the first source's again


def test_a_related_form_needs_the_first_four_letters_in_common(guard: Guard) -> None:
    source = "Gaza's health ministry said 30 people were killed in the strike on Tuesday."
    assert "name" not in kinds(guard, source, "Gazans said 30 people were killed on Tuesday.")
    # three letters in common ("Gaz") make no related form
    assert "name" in kinds(guard, source, "Gazprom said 30 people were killed on Tuesday.")


BRIDGE = (
    "The bridge over the river will reopen in May after repairs, the city said. The mayor,"
    " Ana Ruiz, said the work had cost less than planned. Engineers will inspect it weekly."
)
BRIDGE_OTHER = (
    "The bridge over the river will reopen in May after repairs, the city said. The"
    " governor, Tom Hale, said the work had cost less than planned. Ana Ruiz chairs the"
    " council."
)


def test_a_speaker_is_judged_by_the_source_checked_each_time(guard: Guard) -> None:
    brief = "Ana Ruiz said the work on the bridge had cost less than planned."
    assert guard.check(BRIDGE, brief).ok
    assert not guard.check(BRIDGE_OTHER, brief).ok  # Hale said it there, not Ruiz
    assert guard.check(BRIDGE, brief).ok


CALLS = (
    "Mayor Lin Wei of Springfield joined growing calls for a ceasefire on Monday. Governor"
    " Paul Grant stayed silent on the matter, his office said."
)


def test_a_name_in_another_names_slot_is_still_caught(guard: Guard) -> None:
    assert "name" not in kinds(
        guard, CALLS, "Lin Wei joined growing calls for a ceasefire on Monday."
    )
    assert "name" in kinds(
        guard, CALLS, "Paul Grant joined growing calls for a ceasefire on Monday."
    )


STANCE_HEADLINE = "Court convicts aide over leak"
STANCE_SOURCE = (
    STANCE_HEADLINE + "\nThe court decided on Sunday not to convict the aide over the leak of"
    " the report. Instead it ordered her to do community service for six months."
)


def test_a_brief_turning_over_what_the_body_denies_is_still_caught(guard: Guard) -> None:
    faithful = "The court decided not to convict the aide over the leak of the report."
    turned = "The court convicted the aide over the leak of the report."
    headline = STANCE_HEADLINE
    assert "headline" not in kinds(guard, STANCE_SOURCE, faithful, headline=headline)
    assert "headline" in kinds(guard, STANCE_SOURCE, turned, headline=headline)


@pytest.mark.parametrize(
    "text",
    [
        'He said: "We will not leave," and left. The others stayed — for now.',
        'ב-3 במאי אמר צה"ל כי ״הכוחות יצאו״ מהאזור',
        'قال بـ"الجيش" إن   القوات  انسحبت',
        "one",
        "",
    ],
)
def test_the_last_words_before_a_point_are_the_words_of_the_text_up_to_it(text: str) -> None:
    for end in range(len(text) + 1):
        for count in (1, 3):
            assert last_words(text, end, count) == words(text[:end])[-count:]


def test_words_that_open_no_number_still_leave_every_number() -> None:
    text = "Twenty-five people and a thousand sheep, hundreds of goats and two dozen cows."
    values = sorted(n.value for n in find_numbers(text))
    assert values == [24.0, 25.0, 100.0, 1000.0]


@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Officials said so", True),
        ("According to the army", True),
        ("he dismissed the claims", True),
        ("they rejected the allegations", True),
        ("blamed the weather", False),
        ("a big storm", False),
    ],
)
def test_a_cue_is_found_wherever_it_opens(text: str, cue: bool) -> None:
    assert has_cue(text, "en") is cue
