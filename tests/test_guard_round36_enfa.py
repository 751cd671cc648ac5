"""Round 36 (English false alarms): whom a quoted "she told reporters" points back to.

A sentence whose subject reveals something ("The captain also revealed that ...") is what
the next sentence's "she" points back to, not a speaker named sentences earlier; a name
in the possessive ("a friend of Berg's wife") names no subject; and "told reporters she
had turned to a friend" reports what was said, where "told residents to leave" orders.
The examples are invented for these tests. English only: the constructions are English.
"""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from summarizer.guard.cues import cue_count
from summarizer.guard.speaker_finding import deciding

SOURCE = (
    "Lena Holm scored the only goal as Tromsø beat Bodø 1-0 in the cup final on Sunday. "
    '"We were lucky in the second half," coach Jonas Berg said. '
    "Some fans left the stadium before half-time because of the rain. "
    "The captain also revealed that she had asked a friend of Berg's wife, a former "
    "international, for advice before the match. "
    '"I needed someone who had been through a final. Her advice was to trust my legs '
    'and forget the crowd," she told reporters.'
)
OPENING = "Lena Holm scored the only goal in Tromsø's 1-0 cup final win over Bodø. "


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_settings()


def test_quote_after_a_revealing_subject_is_hers(guard: Guard) -> None:
    brief = OPENING + (
        "Holm said she had asked a friend of Berg's wife, a former international, for "
        "advice because she needed someone who had been through a final."
    )
    assert guard.check(SOURCE, brief).ok


def test_told_with_a_reported_clause_keeps_the_attribution(guard: Guard) -> None:
    brief = OPENING + (
        "Holm told reporters she had turned to a friend of Berg's wife, a former "
        "international, for advice before the match."
    )
    assert guard.check(SOURCE, brief).ok


def test_faithful_brief_without_the_quote_stays_clean(guard: Guard) -> None:
    brief = OPENING + 'Coach Jonas Berg said his side were "lucky in the second half".'
    assert guard.check(SOURCE, brief).ok


def test_dropped_attribution_is_still_flagged(guard: Guard) -> None:
    brief = OPENING + "Some fans left before half-time; the coach was lucky in the second half."
    assert "attribution" in guard.check(SOURCE, brief).kinds()


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Holm told reporters she had turned to a friend for advice.", 1),
        ("They told Winfrey they had listened to a friend.", 1),
        ("Police told residents to leave their homes.", 0),
        ("The army told them to move south.", 0),
    ],
)
def test_told_reports_a_clause_but_not_an_order(text: str, count: int) -> None:
    assert cue_count(text, "en") == count


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("The captain also revealed that she had asked a friend.", ["The captain"]),
        ("Lena Holm admitted that the team had been lucky.", ["Lena Holm"]),
        ("She revealed that she had asked a friend.", []),
        ("Fans left early, and the club revealed that tickets sold out.", []),
    ],
)
def test_subject_of_a_revealing_verb(text: str, subject: list[str]) -> None:
    assert deciding(text, "en") == subject
