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


# --- the headline's words grafted onto a body sentence's claim -----------------------------

HEADLINE_FLOOD = "Valley towns evacuated as river bursts its banks"
EN_FLOOD = (
    HEADLINE_FLOOD + "\n"
    "The mayor of Tarnby said on Sunday that rain had fallen for six days without a break."
    " Engineers checked the old dam twice overnight. Schools in the district stay shut until"
    " Wednesday. Farmers moved cattle to higher fields near the ridge."
)
BRIEF_FLOOD = "The mayor of Tarnby said rain had fallen for six days without a break."


def test_headline_words_grafted_onto_a_body_claim(guard: Guard) -> None:
    found = kinds(guard, EN_FLOOD, BRIEF_FLOOD, headline=HEADLINE_FLOOD)
    assert "headline" not in found
    grafted = BRIEF_FLOOD.replace("break.", "break, as the towns were evacuated.")
    assert "headline" in kinds(guard, EN_FLOOD, grafted, headline=HEADLINE_FLOOD)


def test_headline_words_the_body_says_together_are_no_graft(guard: Guard) -> None:
    source = EN_FLOOD + " Police said two valley towns were evacuated before dawn."
    echoed = BRIEF_FLOOD.replace("break.", "break, as the towns were evacuated.")
    assert "headline" not in kinds(guard, source, echoed, headline=HEADLINE_FLOOD)


# --- Hebrew "..., כך אמר X": the speaker follows the verb ----------------------------------

HE_TWO_SPEAKERS = (
    "שר האוצר משה לוי אמר כי הגירעון של המדינה יירד בחדות בשנה הבאה."
    " ראש העיר דוד כהן אמר כי הכביש החדש לנמל ייפתח באביב."
)
HE_SO_SAID = "הגירעון של המדינה יירד בחדות בשנה הבאה, כך אמר שר האוצר משה לוי."


def test_a_trailing_so_said_frame_names_its_speaker_after_the_verb(guard: Guard) -> None:
    assert "attribution" not in kinds(guard, HE_TWO_SPEAKERS, HE_SO_SAID, lang="he")
    moved = HE_SO_SAID.replace("שר האוצר משה לוי", "ראש העיר דוד כהן")
    assert "attribution" in kinds(guard, HE_TWO_SPEAKERS, moved, lang="he")
