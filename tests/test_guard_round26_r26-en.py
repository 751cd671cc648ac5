"""Round 26 (English): a name spelled with an inner capital opens a sentence as a name; a
headline word the long body never has, in the brief's voice; a headline's hedge dropped;
a clipped word ("Dept.") spelled out; a claim moved between two named parties of the
story; a speaker told apart from the source's by one modifier ("Jordanian state TV");
"pogroms" and "neo-Nazi" as loaded words in our voice."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

COURT = (
    "A district court on Monday upheld the closure of the Riverside shelter. Human Rights"
    " Watch condemned the ruling, calling it a blow to families with nowhere else to go."
)


def test_en_unknown_name_with_inner_capital_opening_a_sentence_is_caught(guard: Guard) -> None:
    brief = "McAllister condemned the court's ruling upholding the closure of the shelter."
    assert "name" in kinds(guard, COURT, brief)


def test_en_source_name_opening_a_sentence_passes(guard: Guard) -> None:
    brief = "Human Rights Watch condemned the court's ruling upholding the shelter's closure."
    assert "name" not in kinds(guard, COURT, brief)


CURFEW_HEADLINE = "Storm Puts Harbor Town Under Curfew"
CURFEW = (
    f"{CURFEW_HEADLINE}\n"
    "A storm battered the harbor town of Wellfleet on Monday, flooding its main street."
    " Officials asked residents to stay indoors after dark while crews cleared debris."
    " Two fishing boats sank at their moorings, the harbor master said."
    " Power was restored to most homes by Tuesday morning, the utility said."
    " Schools will stay closed until Thursday, the mayor's office said."
)


def test_en_headline_word_the_long_body_lacks_is_caught(guard: Guard) -> None:
    brief = (
        "Wellfleet has imposed a curfew after a storm flooded its main street on"
        " Monday. Two fishing boats sank at their moorings, the harbor master said."
    )
    assert "headline" in kinds(guard, CURFEW, brief, headline=CURFEW_HEADLINE)


def test_en_long_body_retold_in_its_own_words_passes(guard: Guard) -> None:
    brief = (
        "Officials asked Wellfleet's residents to stay indoors after dark after a storm"
        " flooded its main street on Monday. Two fishing boats sank at their moorings, the"
        " harbor master said."
    )
    assert "headline" not in kinds(guard, CURFEW, brief, headline=CURFEW_HEADLINE)


WIRING_HEADLINE = "Millbrook factory fire likely started by faulty wiring, inspectors say"
WIRING = (
    f"{WIRING_HEADLINE}\n"
    "A blaze destroyed the Millbrook textile factory on Sunday night; no one was hurt."
)


def test_en_headline_hedge_dropped_is_caught(guard: Guard) -> None:
    brief = (
        "Inspectors have established that the Millbrook factory fire started with faulty"
        " wiring. The blaze destroyed the textile factory on Sunday night; no one was hurt."
    )
    assert "headline" in kinds(guard, WIRING, brief, headline=WIRING_HEADLINE)


def test_en_headline_hedge_kept_passes(guard: Guard) -> None:
    brief = (
        "A blaze destroyed the Millbrook textile factory on Sunday night; no one was hurt."
        " Inspectors say the fire was likely started by faulty wiring."
    )
    assert "headline" not in kinds(guard, WIRING, brief, headline=WIRING_HEADLINE)


def test_en_clipped_word_spelled_out_passes(guard: Guard) -> None:
    source = "The state Transport Dept. said the coastal road would reopen on Friday."
    brief = "The state Transport Department said the coastal road would reopen on Friday."
    assert guard.check(source, brief).ok


PARTIES = (
    "The Harbor Workers Union said the new contract raises wages by a tenth. Port Authority"
    " spokesman Dan Ruiz said the deal ends a strike that had idled the docks for a month."
)


def test_en_claim_moved_between_named_parties_is_a_name_fault(guard: Guard) -> None:
    brief = "The Port Authority said the new contract raises wages by a tenth."
    assert {"attribution", "name"} <= kinds(guard, PARTIES, brief)


def test_en_claim_kept_with_its_named_party_passes(guard: Guard) -> None:
    brief = "The Harbor Workers Union said the new contract raises wages by a tenth."
    assert guard.check(PARTIES, brief).ok


BORDER = (
    "Egypt said on Sunday it had reopened the Rafah crossing for aid trucks after talks with"
    " Jordanian officials, Egyptian state TV reported."
)


def test_en_speaker_swapped_by_its_modifier_is_caught(guard: Guard) -> None:
    brief = (
        "Egypt said on Sunday it had reopened the Rafah crossing for aid trucks after talks"
        " with Jordanian officials, Jordanian state TV reported."
    )
    assert "attribution" in kinds(guard, BORDER, brief)


def test_en_speaker_with_its_modifier_kept_passes(guard: Guard) -> None:
    brief = (
        "Egypt said on Sunday it had reopened the Rafah crossing for aid trucks after talks"
        " with Jordanian officials, Egyptian state TV reported."
    )
    assert guard.check(BORDER, brief).ok


RALLY = (
    "Members of the far-right Heimatbund marched through Halle on Saturday. Police said"
    " counter-protesters outnumbered them and that settlers had attacked two farms nearby."
)


def test_en_label_for_a_party_in_our_voice_is_loaded(guard: Guard) -> None:
    brief = "Members of the neo-Nazi Heimatbund marched through Halle on Saturday."
    assert "loaded" in kinds(guard, RALLY, brief)


def test_en_plural_charge_in_our_voice_is_loaded(guard: Guard) -> None:
    brief = "Police said counter-protesters outnumbered the marchers, after pogroms on two farms."
    assert "loaded" in kinds(guard, RALLY, brief)


def test_en_source_label_kept_passes(guard: Guard) -> None:
    brief = "Members of the far-right Heimatbund marched through Halle on Saturday."
    assert "loaded" not in kinds(guard, RALLY, brief)
