"""Round 38, names: a country's people's adjective and the country's possessive ("Omani",
"Oman's") or a compound on the adjective ("Kenyan-built") name the same thing in a name's
slot; a Title-Case feed title capitalises verbs and nouns, which name no person, and its
section label ("Field Notes: ...") is no speaker."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from summarizer.guard.title_case import title_case


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_settings()


def _problems(guard: Guard, source: str, summary: str, headline: str | None = None) -> list:
    return guard.check(source, summary, lang="en", headline=headline).problems


def _kinds(guard: Guard, source: str, summary: str, headline: str | None = None) -> set[str]:
    return set(guard.check(source, summary, lang="en", headline=headline).kinds())


SUMMIT = (
    "Finance officials have said that central bank governor Amal Haddad is travelling to "
    "Muscat for debt talks with her Saudi and Kuwaiti counterparts. The summit, expected to "
    "include IMF chief Laura Benn and Omani Prime Minister Faisal bin Said Al-Busaidi, aims "
    "to address the debt crisis in Yemen."
)
BRIEF = (
    "Central bank governor Amal Haddad is travelling to Muscat for debt talks with her Saudi "
    "and Kuwaiti counterparts, finance officials said, at a summit expected to include IMF "
    "chief Laura Benn and {} Prime Minister."
)


def test_country_possessive_for_its_peoples_adjective_is_the_same_name(guard: Guard) -> None:
    assert "name" not in _kinds(guard, SUMMIT, BRIEF.format("Oman's"))


def test_another_countrys_minister_in_that_slot_is_still_caught(guard: Guard) -> None:
    assert "name" in _kinds(guard, SUMMIT, BRIEF.format("Kuwait's"))


TRUCKS = (
    "Border guards said they had stopped at least 40 Kenyan Lorries-9 trucks between "
    "early March and late April."
)


def test_compound_on_the_adjective_names_the_same_maker(guard: Guard) -> None:
    brief = "Border guards said they stopped at least 40 Kenyan-built Lorries-9 trucks this spring."
    problems = [p for p in _problems(guard, TRUCKS, brief) if p.kind == "name"]
    assert problems == []


ENTRY_TITLE = "Harbor Pilot Outlasts a Storm Season on the Northern Coast"
ENTRY = f"{ENTRY_TITLE}\nHarbor pilot Marta Lindqvist on the deck of her boat at dawn."


def test_title_case_headline_words_are_no_persons_name(guard: Guard) -> None:
    brief = "Harbor pilot Marta Lindqvist has outlasted a storm season on the northern coast."
    assert "name" not in _kinds(guard, ENTRY, brief, ENTRY_TITLE)


def test_another_person_in_a_sentence_case_source_is_still_caught(guard: Guard) -> None:
    source = (
        "Harbor pilot Marta Lindqvist outlasted a storm season on the northern coast.\n"
        "Harbor pilot Jonas Berg spent the winter ashore."
    )
    brief = "Harbor pilot Jonas Berg outlasted a storm season on the northern coast."
    assert "name" in _kinds(guard, source, brief)


KICKER_TITLE = "Field Notes: Salt Flats, a Mirror of Clouds in the Dry Season"
KICKER = f"{KICKER_TITLE}\nSalt flats near Uyuni, Bolivia."


def test_section_label_over_a_title_case_title_is_no_speaker(guard: Guard) -> None:
    brief = "Salt flats, a mirror of clouds in the dry season, are pictured near Uyuni, Bolivia."
    assert "attribution" not in _kinds(guard, KICKER, brief)


def test_a_speaker_the_description_names_keeps_the_colon(guard: Guard) -> None:
    title = "Mayor Alvarez: The Old Bridge Will Close for Two Years"
    source = f"{title}\nMayor Alvarez spoke to reporters outside city hall on Monday."
    brief = "The old bridge will close for two years."
    assert "attribution" in _kinds(guard, source, brief, title)


def test_title_case_needs_four_capitalised_major_words() -> None:
    assert title_case(ENTRY_TITLE)
    assert not title_case("Harbor pilot Marta Lindqvist outlasted a storm season.")
    assert not title_case("Storm Season Ends")
