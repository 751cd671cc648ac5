"""Guard round 34 (English false alarms): faithful English briefs that must pass, and the
faults beside them that must still be caught.

- A speaker's own account retold with a pronoun that takes up the speaker's name from the
  brief's sentence before ("Amal Nasser, 31, ... . Her son has spent five days ...").
- A sentence opening with a prefixed participle ("Co-produced by ...") names no doer "Co".
"""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a speaker's own account, taken up by a pronoun ------------------------------------------

EN_FLOOD = (
    "Floodwater reached the outskirts of the town on Monday, forcing hundreds of families to"
    " leave.\n"
    "Among them was 31-year-old Amal Nasser, who left her village on foot with her three"
    " children.\n"
    "“My son has been in the clinic for five days with a fever, and the doctors are"
    " watching him,” Nasser said.\n"
    "Dr. Karim Haddad, who runs the clinic, said it has treated 40 children since the"
    " flood began.\n"
)


def test_her_own_account_taken_up_by_her_pronoun_needs_no_second_attribution(
    guard: Guard,
) -> None:
    brief = (
        "Amal Nasser, 31, left her village on foot with her three children as the"
        " floodwater came. Her son has been in the clinic for five days with a fever."
    )
    assert "attribution" not in kinds(guard, EN_FLOOD, brief)


def test_she_as_subject_after_her_name_keeps_it_her_own_account(guard: Guard) -> None:
    brief = (
        "Amal Nasser, 31, left her village on foot with her three children. She is now"
        " at the clinic, where doctors are watching her son, who has had a fever for five"
        " days."
    )
    assert "attribution" not in kinds(guard, EN_FLOOD, brief)


def test_a_pronoun_that_takes_up_someone_else_is_still_unattributed(guard: Guard) -> None:
    # "His" takes up the doctor, not the mother whose words these are
    brief = (
        "Dr. Karim Haddad runs the clinic, which has treated 40 children since the flood"
        " began. His son has been in the clinic for five days with a fever."
    )
    assert "attribution" in kinds(guard, EN_FLOOD, brief)


# --- a prefix at a sentence's opening is no doer ---------------------------------------------

EN_FILM = (
    "The documentary about the river's fishermen opens on Friday.\n"
    "The film was co-produced by Studio North and two local charities over three years.\n"
    "It follows four families through a season of drought.\n"
)


def test_an_opening_co_prefix_is_not_read_as_a_doer(guard: Guard) -> None:
    brief = (
        "Co-produced by Studio North and two local charities, the documentary about the"
        " river's fishermen opens on Friday."
    )
    assert "name" not in kinds(guard, EN_FILM, brief)


def test_a_doer_moved_to_another_name_is_still_reported(guard: Guard) -> None:
    brief = "The Vienna-produced documentary about the river's fishermen opens on Friday."
    assert "name" in kinds(guard, EN_FILM, brief)


def test_an_opening_doer_the_source_names_is_still_reported(guard: Guard) -> None:
    source = EN_FILM + "Studio South made the trailer.\n"
    brief = "South-produced, the documentary about the river's fishermen opens on Friday."
    assert "name" in kinds(guard, source, brief)
