"""Round 38: a feed entry's title word told within the title's own phrase ("a night
market" under "... opens night market ...") is the title retold, source text the brief
draws on; a title word put in the slot of the description's words, away from the title's
phrase ("has spread to several districts" under "Drought spreads to southern farms"), is
still the headline's claim swapped for the body's."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from summarizer.guard.text import words


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_settings()


def _headline_problems(guard: Guard, title: str, description: str, brief: str) -> list[str]:
    report = guard.check(f"{title}\n{description}", brief, lang="en", headline=title)
    return [str(p) for p in report.problems if p.kind == "headline"]


def test_title_phrase_for_the_descriptions_words_passes(guard: Guard) -> None:
    title = "Mayor opens night market on the riverside"
    description = (
        "City officials said hundreds of visitors crowded the new evening bazaar along the "
        "river on its first weekend."
    )
    brief = (
        "City officials said hundreds of visitors crowded the new night market along the "
        "river on its first weekend."
    )
    assert _headline_problems(guard, title, description, brief) == []


def test_title_adjective_told_with_its_noun_passes(guard: Guard) -> None:
    title = "Volunteers plant young oaks outside Leeds"
    description = (
        "Over the weekend near Leeds, dozens of local volunteers put in saplings on a former "
        "quarry site."
    )
    brief = (
        "Over the weekend near Leeds, dozens of local volunteers put in young oaks on a "
        "former quarry site."
    )
    assert _headline_problems(guard, title, description, brief) == []


def test_title_verb_in_the_descriptions_slot_is_still_flagged(guard: Guard) -> None:
    title = "Drought spreads to southern farms as wells run dry"
    description = (
        "Farmers in the south said on Monday that a shortage of water for irrigation "
        "appeared to be worsening in several districts."
    )
    brief = (
        "Farmers in the south said on Monday that a shortage of water for irrigation has "
        "spread to several districts."
    )
    problems = _headline_problems(guard, title, description, brief)
    assert any("'spread', the headline's word" in p for p in problems)


def test_title_phrase_reads_the_titles_neighbours_in_order() -> None:
    from summarizer.guard.feed_titles import title_phrase

    title = ["museum", "lets", "children", "handle", "coins"]
    told = words("museum now lets young visitors handle coins")
    assert title_phrase(told, told.index("handle"), title, "en")  # "handle coins"
    backwards = words("coins visitors may handle")
    assert not title_phrase(backwards, backwards.index("handle"), title, "en")
    apart = words("museum lets young visitors handle old coins")  # "old" between
    assert not title_phrase(apart, apart.index("handle"), title, "en")
