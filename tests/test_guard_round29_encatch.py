"""Round 29 (English catches): a person of the article given what another person of the
article did or said. The claim's act, object and setting rest on one source sentence,
about one person, while the brief names another person, whom the article names only in
sentences that say little of it, here one who shares a part of the name ("Dr. Elena
Marsh" for "Dr. Marsh Okafor", whose finding it is). A claim that reports speech is an
attribution fault as well. Likewise a claim credited ("according to X") to a speaker of
the article other than the one its sentence credits. The faithful brief, one that names
the right person by surname alone, one that names both people, and a credit in other
words or a generic one pass. Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

SOURCE = (
    "The regional water board met in Harwick on Monday. Chief engineer Tomas Berg warned "
    "that the northern reservoir could run dry by late August unless rationing begins "
    "next month. Board chair Nora Lindqvist opened the meeting with a tribute to retiring "
    "staff.\n\n"
    "Farmers in the valley have asked for a new canal for years. Nora Lindqvist said the "
    "board would publish its budget in the spring.\n\n"
    "Since the drought began, wells in three villages have fallen by half, according to "
    "Dr. Marsh Okafor, a hydrologist at the board. Dr. Elena Marsh, a soil scientist, "
    "studies crop yields in the valley."
)
FAITHFUL = (
    "Chief engineer Tomas Berg warned that the northern reservoir could run dry by late "
    "August unless rationing begins next month."
)
RETOLD = (
    "Wells in three villages have fallen by half since the drought began, Dr. Elena Marsh said."
)
SHARED_PART = (
    "Since the drought began, wells in three villages have fallen by half, according to "
    "Dr. Elena Marsh, a hydrologist at the board."
)


def test_faithful_brief_passes(guard: Guard) -> None:
    assert kinds(guard, SOURCE, FAITHFUL) == set()


def test_surname_alone_is_the_same_person(guard: Guard) -> None:
    brief = "Berg warned that the northern reservoir could run dry by late August."
    assert "name" not in kinds(guard, SOURCE, brief)


def test_retold_speech_given_to_another_speaker_is_caught(guard: Guard) -> None:
    assert {"name", "attribution"} <= kinds(guard, SOURCE, RETOLD)


def test_one_shared_name_part_is_not_the_same_person(guard: Guard) -> None:
    assert "name" in kinds(guard, SOURCE, SHARED_PART)


def test_speech_given_to_another_speaker_is_misattributed(guard: Guard) -> None:
    found = kinds(guard, SOURCE, SHARED_PART)
    assert {"name", "attribution"} <= found


def test_both_people_named_passes(guard: Guard) -> None:
    brief = (
        "At a meeting opened by board chair Nora Lindqvist, chief engineer Tomas Berg "
        "warned that the northern reservoir could run dry by late August."
    )
    assert "name" not in kinds(guard, SOURCE, brief)


CREDITED = (
    "Floods have hit the coastal province of Marren for a week. More than half of the 40 "
    "clinics in Marren have closed completely, according to the Health Ministry. On Monday, "
    "the army told families in northern Marren to move south, an order that Relief Watch "
    "said could amount to collective punishment. Roads to the north remain under water."
)
CLAIM = "More than half of Marren's 40 clinics have closed completely"


def test_claim_credited_to_another_speaker_is_misattributed(guard: Guard) -> None:
    brief = f"{CLAIM}, according to Relief Watch."
    assert "attribution" in kinds(guard, CREDITED, brief)


def test_claim_credited_as_the_source_does_passes(guard: Guard) -> None:
    for credit in ("according to the Health Ministry.", "according to health officials."):
        assert kinds(guard, CREDITED, f"{CLAIM}, {credit}") == set()


def test_generic_credit_passes(guard: Guard) -> None:
    assert kinds(guard, CREDITED, f"{CLAIM}, officials said.") == set()
