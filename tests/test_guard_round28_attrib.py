"""Round 28 (attribution: a claim the source attributes, stated by the brief as fact):

- After a speaker's clause ("The mayor said ..."), ", and" with a subject of its own ("the
  river is ...", "Lisbon has ...") opens the writer's second statement: the speaker's cue
  does not cover it. The same for an apposition that describes a noun of the speaker's
  clause ("..., a drought that has ...").
- The speaker going on ("and that ...", "and added ...", "and he ...") stays covered.
"""

from __future__ import annotations

from summarizer.guard import Guard

_GUARD = Guard.from_settings()


def _kinds(source: str, brief: str, lang: str = "en") -> set[str]:
    return _GUARD.check(source, brief, lang=lang).kinds()


_EN_SOURCE = (
    "The mayor of Porto met farmers on Tuesday to discuss water rationing in the valley. "
    "She said the drought had emptied the northern reservoirs and ruined the wheat harvest. "
    "Officials will meet again next month."
)


def test_writer_clause_after_and_with_its_own_subject_is_reported() -> None:
    brief = (
        "The mayor of Porto said she met farmers on Tuesday to discuss water rationing, "
        "and the drought has emptied the northern reservoirs and ruined the wheat harvest."
    )
    assert "attribution" in _kinds(_EN_SOURCE, brief)


def test_writer_apposition_after_speakers_clause_is_reported() -> None:
    brief = (
        "The mayor of Porto said she discussed water rationing with farmers in the valley "
        "on Tuesday, a drought that has emptied the northern reservoirs and ruined the "
        "wheat harvest."
    )
    assert "attribution" in _kinds(_EN_SOURCE, brief)


def test_speaker_going_on_with_that_stays_attributed() -> None:
    brief = (
        "The mayor of Porto met farmers on Tuesday to discuss water rationing, and said "
        "that the drought had emptied the northern reservoirs and ruined the wheat harvest."
    )
    assert "attribution" not in _kinds(_EN_SOURCE, brief)


def test_speaker_going_on_with_a_pronoun_stays_attributed() -> None:
    brief = (
        "The mayor of Porto said she met farmers on Tuesday to discuss water rationing, "
        "and she said the drought had emptied the northern reservoirs and ruined the "
        "wheat harvest."
    )
    assert "attribution" not in _kinds(_EN_SOURCE, brief)
