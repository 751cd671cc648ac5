"""Guard round 13 (attribution): who speaks, who was told, and the reporting frames of
en/ar/he; made-up sentences of the shapes that heldout15 missed."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- the party a claim was told to is not its speaker --------------------------------------

EN_TOLD = (
    "OSLO (Reuters) - Norway's plan to cut fishing quotas will hurt coastal towns more than"
    " any reform in decades, Fisheries Minister Kari Lunde told the Aftenposten newspaper."
    " The quotas are set each December."
)
BRIEF_TOLD = (
    "Norway's plan to cut fishing quotas will hurt coastal towns more than any reform in"
    " decades, Fisheries Minister Kari Lunde told the Aftenposten newspaper."
)


def test_the_told_party_made_the_speaker(guard: Guard) -> None:
    assert "attribution" not in kinds(guard, EN_TOLD, BRIEF_TOLD)
    moved = BRIEF_TOLD.replace("Fisheries Minister Kari Lunde told the", "the")
    moved = moved.replace("newspaper.", "newspaper reported.")
    assert "attribution" in kinds(guard, EN_TOLD, moved)


EN_RELAYED = (
    "The talk show host spoke to the press after the broadcast. On Tuesday, Dalton told NBC"
    " that Ruth had said the letter was never sent to the committee. Ruth has not commented."
)
BRIEF_RELAYED = (
    "Dalton later told NBC that Ruth had said the letter was never sent to the committee."
)


def test_the_telling_moved_to_the_person_reported(guard: Guard) -> None:
    assert "attribution" not in kinds(guard, EN_RELAYED, BRIEF_RELAYED)
    moved = "Ruth later told NBC that the letter was never sent to the committee."
    assert "attribution" in kinds(guard, EN_RELAYED, moved)
