"""Guard round 28 (headline faults): one vocabulary of claim hedges for the hardening and
headline-hedge checks, and a headline's hedged claim stated as fact in Arabic and Hebrew.
Each behaviour beside the faithful wording that must still pass."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- one hedge vocabulary: a word that keeps a claim open for one check does for the other --

HOSPITAL_TITLE = "Hospital on brink of collapse as fuel runs out"
HOSPITAL = (
    f"{HOSPITAL_TITLE}\nThe hospital's director said the fuel runs out on Sunday. Staff have"
    " cut power to two wards, the director said."
)


def test_a_brief_that_keeps_the_headline_claim_someones_belief_is_hedged(guard: Guard) -> None:
    believed = (
        "The hospital's director believes the hospital will collapse when the fuel runs out"
        " on Sunday."
    )
    assert "headline" not in kinds(guard, HOSPITAL, believed, headline=HOSPITAL_TITLE)
    stated = "The hospital has collapsed as the fuel runs out, the director said."
    assert "headline" in kinds(guard, HOSPITAL, stated, headline=HOSPITAL_TITLE)


def test_a_brief_that_keeps_the_source_claim_an_imminent_one_is_hedged(guard: Guard) -> None:
    source = "The army may enter the city within days, officials said. Residents have fled."
    poised = "Officials said the army is poised to enter the city within days."
    assert "headline" not in kinds(guard, source, poised)
    stated = "Officials said the army entered the city within days."
    assert "headline" in kinds(guard, source, stated)
