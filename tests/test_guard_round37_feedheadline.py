"""Round 37: a feed entry's title told as a sentence, beside its description, is the entry
summarised; the title pasted in the headline's grammar, or told without the description,
is still the outlet's wording adopted."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from summarizer.guard.feed_titles import carries, retold_in_own_grammar
from summarizer.guard.headline import headline_words

TITLE = "Harbour council approves new ferry line to the northern islands"
DESCRIPTION = "The service will start in spring and carry up to 400 passengers a day."
ENTRY = f"{TITLE}\n{DESCRIPTION}"


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_settings()


def _kinds(guard: Guard, summary: str) -> set[str]:
    return set(guard.check(ENTRY, summary, lang="en", headline=TITLE).kinds())


def test_title_told_as_a_sentence_beside_the_description_passes(guard: Guard) -> None:
    brief = (
        "The harbour council has approved a new ferry line to the northern islands. "
        "The service will start in spring and carry up to 400 passengers a day."
    )
    assert "headline" not in _kinds(guard, brief)


def test_title_and_description_in_one_sentence_pass(guard: Guard) -> None:
    brief = (
        "The harbour council has approved a new ferry line to the northern islands, a "
        "service that will start in spring and carry up to 400 passengers a day."
    )
    assert "headline" not in _kinds(guard, brief)


def test_title_pasted_in_headline_grammar_is_flagged(guard: Guard) -> None:
    brief = (
        "Harbour council approves new ferry line to the northern islands. "
        "The service will start in spring and carry up to 400 passengers a day."
    )
    assert "headline" in _kinds(guard, brief)


def test_title_told_without_the_description_is_flagged(guard: Guard) -> None:
    brief = "The harbour council has approved a new ferry line to the northern islands."
    assert "headline" in _kinds(guard, brief)


def test_faithful_brief_of_the_description_stays_clean(guard: Guard) -> None:
    brief = (
        "A new ferry service to the northern islands will start in spring and carry up to "
        "400 passengers a day."
    )
    assert _kinds(guard, brief) == set()


def test_own_words_between_the_title_words() -> None:
    own = headline_words(TITLE)
    assert retold_in_own_grammar(own, "The harbour council has approved a new ferry line.")
    assert not retold_in_own_grammar(own, "Harbour council approves new ferry line.")


def test_description_carried_by_the_brief() -> None:
    assert carries("It starts in spring, carrying 400 passengers a day.", DESCRIPTION, "en")
    assert not carries("A ferry line was approved.", DESCRIPTION, "en")
