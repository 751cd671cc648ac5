"""Round 37: a feed title that files its piece as opinion ("Opinion: ...", "... -
analysis") makes the whole piece its writer's view; a brief that retells the view with no
word of whose it is states an opinion as fact. English only: the label is an English
feed's; Arabic and Hebrew briefs are judged by their English brief."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from summarizer.guard.opinion_titles import opinion_label

TAIL_TITLE = "The harbour tunnel will cost the city far more than it saves - analysis"
TAIL_SOURCE = (
    TAIL_TITLE + "\nThe tunnel's toll revenue cannot cover its upkeep for decades, and the "
    "council's traffic forecasts rest on growth figures that have never been met."
)
KICKER_TITLE = "Opinion: Closing the Night Trains Was a Mistake"
KICKER_SOURCE = (
    KICKER_TITLE + "\nThe rail operator's savings from cutting the sleeper services are "
    "small next to the cost of the extra flights that travellers now take instead."
)


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_settings()


def _kinds(guard: Guard, source: str, title: str, summary: str) -> set[str]:
    return set(guard.check(source, summary, lang="en", headline=title).kinds())


@pytest.mark.parametrize(
    ("title", "label"),
    [
        (TAIL_TITLE, "analysis"),
        (KICKER_TITLE, "Opinion"),
        ("News Analysis: Why the Vote Slipped Away", "News Analysis"),
        ("The budget is a gamble – Post editorial", "Post editorial"),
        ("Trail Notes: A Walk Along the Old Canal", None),  # a section, not a genre
        ("Port strike ends after talks - UK officials", None),  # a speaker's credit
    ],
)
def test_opinion_label(title: str, label: str | None) -> None:
    assert opinion_label(title) == label


def test_view_of_an_analysis_told_as_fact_is_flagged(guard: Guard) -> None:
    brief = (
        "The harbour tunnel will cost the city far more than it saves: its toll revenue "
        "cannot cover its upkeep for decades."
    )
    assert "attribution" in _kinds(guard, TAIL_SOURCE, TAIL_TITLE, brief)


def test_view_of_an_opinion_kicker_told_as_fact_is_flagged(guard: Guard) -> None:
    brief = (
        "Closing the night trains was a mistake: the operator's savings are small next to "
        "the cost of the extra flights travellers now take."
    )
    assert "attribution" in _kinds(guard, KICKER_SOURCE, KICKER_TITLE, brief)


def test_view_said_to_be_the_writers_passes(guard: Guard) -> None:
    brief = (
        "An analysis argues that the harbour tunnel will cost the city far more than it "
        "saves. Its toll revenue cannot cover its upkeep for decades."
    )
    assert "attribution" not in _kinds(guard, TAIL_SOURCE, TAIL_TITLE, brief)


def test_opinion_piece_named_as_such_passes(guard: Guard) -> None:
    brief = (
        "In an opinion piece, a writer says closing the night trains was a mistake, since "
        "the savings are small next to the cost of the extra flights."
    )
    assert "attribution" not in _kinds(guard, KICKER_SOURCE, KICKER_TITLE, brief)


def test_news_title_without_a_genre_stays_clean(guard: Guard) -> None:
    title = "Harbour tunnel will cost the city far more than it saves"
    source = title + TAIL_SOURCE[len(TAIL_TITLE) :]
    brief = "The harbour tunnel will cost the city far more than it saves."
    assert "attribution" not in _kinds(guard, source, title, brief)
