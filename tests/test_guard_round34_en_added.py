"""Round 34 (enadded): a circumstance the source never mentions, added at a clause's end.

"The ferry sank off the island in a fog": the claim is the source's, the closing
prepositional phrase a when, how or why of the brief's own, of one or two words the
article nowhere uses. Too short for the run of new words the support check wants, and
opened by a preposition the connective check does not read. Faithful briefs that close a
clause with a phrase referring back ("for the move"), an idiom ("on foot"), a gerund or a
date keep passing.

Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

SOURCE = (
    "A passenger ferry sank off the island of Corvo on Monday, the coast guard said. "
    "Rescuers pulled 40 people from the water and the search for two missing crew members "
    "continued into the night. The ferry operator suspended all crossings to the island "
    "while investigators examine the wreck. The captain, who walked to the harbour on "
    "foot, told reporters he had never seen such a sea.\n"
)
BRIEF = (
    "A passenger ferry sank off the island of Corvo on Monday, the coast guard said. "
    "The ferry operator suspended all crossings to the island."
)


def test_weather_added_at_the_end_is_caught(guard: Guard) -> None:
    faulty = BRIEF.replace("on Monday,", "on Monday in a fog,")
    assert "unsupported" in kinds(guard, SOURCE, faulty)
    assert "unsupported" not in kinds(guard, SOURCE, BRIEF)


def test_deadline_added_at_the_end_is_caught(guard: Guard) -> None:
    faulty = BRIEF.replace("to the island.", "to the island within weeks.")
    assert "unsupported" in kinds(guard, SOURCE, faulty)


def test_reason_added_at_the_end_is_caught(guard: Guard) -> None:
    faulty = BRIEF.replace("to the island.", "to the island over safety complaints.")
    assert "unsupported" in kinds(guard, SOURCE, faulty)


def test_reference_back_idiom_and_date_pass(guard: Guard) -> None:
    faithful = (
        "A passenger ferry sank off the island of Corvo, the coast guard said. "
        "The captain walked to the harbour on foot. "
        "The operator suspended all crossings for the inquiry."
    )
    assert "unsupported" not in kinds(guard, SOURCE, faithful)
