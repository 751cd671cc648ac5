"""Round 40, names: word forms of one name that the name checks did not relate. A people's
adjective on a short stem and its country or people ("Swedish" / "Sweden", "Jews" /
"Jewish"), the "Day" of a day named for its possessor ("Valentine's Day" where the source
has "Feb. 14"), and a long name the source misspells by one letter ("Margarat" for
"Margaret") name nothing new; a wrong country, another day of the same name and another
person still do."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_settings()


def _kinds(guard: Guard, source: str, summary: str) -> set[str]:
    return set(guard.check(source, summary, lang="en").kinds())


FERRY = (
    "A ferry carrying 300 passengers ran aground off the coast of Sweden on Monday, the "
    "coast guard said. Rescuers from Poland helped to bring everyone ashore."
)


def test_a_peoples_adjective_on_a_short_stem_names_its_country(guard: Guard) -> None:
    brief = (
        "A ferry carrying 300 passengers ran aground off the Swedish coast on Monday, the "
        "coast guard said, and Polish rescuers helped to bring everyone ashore."
    )
    assert "name" not in _kinds(guard, FERRY, brief)


def test_another_country_is_still_caught(guard: Guard) -> None:
    brief = (
        "A ferry carrying 300 passengers ran aground off the Danish coast on Monday, the "
        "coast guard said, and Polish rescuers helped to bring everyone ashore."
    )
    assert "name" in _kinds(guard, FERRY, brief)


def test_a_people_named_by_the_stem_of_its_adjective(guard: Guard) -> None:
    source = (
        "Thousands gathered in the old city for a Jewish festival of lights, the organisers "
        "said, as musicians played until midnight."
    )
    brief = (
        "Thousands of Jews gathered in the old city for a festival of lights, the organisers said."
    )
    assert "name" not in _kinds(guard, source, brief)


def test_the_forms_relate_only_on_a_stem_of_three_letters() -> None:
    from summarizer.guard.name_forms import demonym_related

    assert demonym_related("turkish", "turkey")
    assert demonym_related("finland", "finnish")
    assert demonym_related("lebanese", "lebanon")
    assert not demonym_related("irish", "ireland")  # a stem of two letters relates nothing
    assert not demonym_related("swedish", "swiss")


DINNERS = (
    "Restaurants across the city were fully booked for Valentine's dinners on Feb. 14, "
    "owners said, and florists ran out of roses by noon."
)


def test_the_day_of_a_day_named_for_its_possessor(guard: Guard) -> None:
    brief = "Restaurants across the city were fully booked on Valentine's Day, owners said."
    assert "name" not in _kinds(guard, DINNERS, brief)


def test_another_day_of_the_same_name_is_still_caught(guard: Guard) -> None:
    source = "Crowds filled the main square on New Year's Eve to watch the fireworks, police said."
    brief = "Crowds filled the main square on New Year's Day to watch the fireworks, police said."
    assert "name" in _kinds(guard, source, brief)


PALACE = (
    "The princess said she was close to her grandmother. But she admitted her bond with "
    "her sister, Princess Margarat, had grown distant over the past year. She added that "
    "Margaret had not called since the summer, while her cousin Beatrice visited often."
)


def test_a_long_name_the_source_misspells_by_one_letter(guard: Guard) -> None:
    brief = (
        "The princess admitted her bond with her sister Margaret had grown distant over "
        "the past year."
    )
    assert "name" not in _kinds(guard, PALACE, brief)


def test_another_person_in_the_slot_is_still_caught(guard: Guard) -> None:
    brief = (
        "The princess admitted her bond with her sister Beatrice had grown distant over "
        "the past year."
    )
    assert "name" in _kinds(guard, PALACE, brief)


def test_respelling_needs_a_long_name() -> None:
    from summarizer.guard.name_forms import respelt

    assert respelt("william", "wiliam")
    assert not respelt("karen", "karin")  # five letters: two names
    assert not respelt("jordan", "gordon")  # two letters apart
