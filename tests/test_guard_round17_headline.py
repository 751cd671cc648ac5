"""Guard round 17 (heldout19's headline misses): a brief that keeps the headline's
negation but negates it in turn ("was not a false alarm") asserts what the headline denies."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

LEAK_HEADLINE = "Reports of chemical leak at Dunmore plant were false"
LEAK_SOURCE = (
    "Reports of a chemical leak at the Dunmore fertiliser plant on Tuesday were false, the"
    " county fire service said.\n"
    "Crews checked the site and found no trace of any gas.\n"
)


def test_negated_negation_of_the_headline_is_reported(guard: Guard) -> None:
    faithful = (
        "Reports of a chemical leak at the Dunmore fertiliser plant on Tuesday were false,"
        " the county fire service said."
    )
    assert "headline" not in kinds(guard, LEAK_SOURCE, faithful, headline=LEAK_HEADLINE)
    turned = (
        "Reports of a chemical leak at the Dunmore fertiliser plant on Tuesday were not"
        " false, the county fire service said."
    )
    assert "headline" in kinds(guard, LEAK_SOURCE, turned, headline=LEAK_HEADLINE)
    hebrew_source = "הדיווח על דליפה כימית במפעל בדנמור היה דיווח שווא, כך מסרו הכבאים."
    hebrew = "הדיווח על דליפה כימית במפעל בדנמור לא היה דיווח שווא, כך מסרו הכבאים."
    assert "headline" in kinds(
        guard, hebrew_source, hebrew, lang="he", headline="הדיווח על דליפה כימית במפעל - שווא"
    )
