"""Round 39, names: a sentence that pairs names with figures ("Kenya exported 41,500 tonnes
and Ethiopia 38,200") gives each figure to the name before it; a brief that swaps two names
of such a list keeps every name and figure of the source and is caught only by reading
which name owns which figure."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_settings()


def _kinds(guard: Guard, source: str, summary: str) -> set[str]:
    return set(guard.check(source, summary, lang="en").kinds())


HARVEST = (
    "Coffee exports rose across East Africa this season, the regional trade board said on "
    "Tuesday. Kenya exported about 41,500 tonnes of coffee, Ethiopia 38,200 and Uganda "
    "nearly 12,900 after a drought. The board expects prices to stay high until the next "
    "harvest."
)


def test_two_names_of_a_list_swapped_around_their_figures_are_caught(guard: Guard) -> None:
    brief = (
        "The regional trade board said coffee exports rose across East Africa this season. "
        "Ethiopia exported about 41,500 tonnes of coffee and Kenya 38,200."
    )
    assert "name" in _kinds(guard, HARVEST, brief)
    # the same pairs in their own order, or told of the name after each figure, pass
    kept = brief.replace("Ethiopia exported", "Kenya exported").replace("Kenya 38", "Ethiopia 38")
    assert "name" not in _kinds(guard, HARVEST, kept)
    after = (
        "Coffee exports rose across East Africa this season, the regional trade board said, "
        "with about 41,500 tonnes from Kenya and 38,200 from Ethiopia."
    )
    assert "name" not in _kinds(guard, HARVEST, after)


def test_one_name_of_a_list_given_another_members_figure_is_caught(guard: Guard) -> None:
    brief = (
        "The regional trade board said coffee exports rose across East Africa this season. "
        "Uganda exported about 41,500 tonnes of coffee and Ethiopia 38,200."
    )
    assert "name" in _kinds(guard, HARVEST, brief)


def test_a_figure_owned_by_the_name_after_it_has_no_owner_before_it() -> None:
    from summarizer.guard.figure_owners import owners

    read = owners("Officials counted 41,500 votes in Kenya and 38,200 in Ethiopia.")
    assert "38200" not in read


def test_a_sentence_opening_name_owns_the_figure_after_it() -> None:
    from summarizer.guard.figure_owners import owners

    read = owners("Kenya exported about 41,500 tonnes and Ethiopia 38,200.")
    assert read == {"41500": ("Kenya",), "38200": ("Ethiopia",)}


ORCHARD = (
    "The cooperative grows two apple varieties for export. One variety, known as Sunrise "
    "Gold, ripens early in August on the lower terraces. Another variety, called Harvest "
    "Gold, is picked in October and stored through the winter."
)


def test_a_name_in_another_names_act_past_its_kind_word_is_caught(guard: Guard) -> None:
    swapped = "The cooperative's Harvest Gold variety ripens early in August on the lower terraces."
    assert "name" in _kinds(guard, ORCHARD, swapped)
    apposed = "One variety, Harvest Gold, ripens early in August on the lower terraces."
    assert "name" in _kinds(guard, ORCHARD, apposed)
    # the source's own name in that act passes
    kept = "The cooperative's Sunrise Gold variety ripens early in August on the lower terraces."
    assert "name" not in _kinds(guard, ORCHARD, kept)
