"""Round 40: a brief that names the article itself as the one who speaks ("an opinion
piece argues that ...", "writing in a column, the author links ...", "according to a
Toronto Herald piece") credits what follows to the piece. The frame is attribution to the
outlet, no content the source must back, no name of the story and no headline adopted in
our own voice; the clause it introduces is still checked, and a headline told in our
voice before the frame is still caught."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from summarizer.guard.piece_frames import before_piece_frame, without_piece_frames

_PARKING_SOURCE = (
    "Downtowns across the country are emptying out as shoppers drive to malls on the "
    "edge of town. Cities must rethink parking, because free spaces at the malls beat "
    "metered spaces on Main Street every time, and only that can save downtowns. Councils "
    "that priced parking by demand saw more visitors within a year."
)
_PARKING_HEADLINE = "Cities must rethink parking to save downtowns - opinion"


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_settings()


def _kinds(guard: Guard, source: str, brief: str, headline: str | None = None) -> list[str]:
    report = guard.check(source, brief, lang="en", headline=headline)
    return [str(p) for p in report.problems]


def test_column_and_author_are_no_content(guard: Guard) -> None:
    source = (
        "Sunday Ideas. Rents in the harbour district have doubled in five years. Strict "
        "zoning rules keep new flats from being built, and the shortage drives rents up."
    )
    brief = (
        "Writing in the Sunday Ideas column, an author links the doubling of harbour "
        "district rents to strict zoning rules that keep new flats from being built."
    )
    assert _kinds(guard, source, brief) == []


def test_piece_arguing_the_headline_is_credited(guard: Guard) -> None:
    brief = (
        "An opinion piece argues that cities must rethink parking to save downtowns, since "
        "shoppers drive to malls on the edge of town."
    )
    assert _kinds(guard, _PARKING_SOURCE, brief, _PARKING_HEADLINE) == []


def test_outlet_piece_is_no_name_of_the_story(guard: Guard) -> None:
    brief = (
        "Councils that priced parking by demand saw more visitors within a year, according "
        "to a Toronto Herald piece on emptying downtowns."
    )
    assert [p for p in _kinds(guard, _PARKING_SOURCE, brief) if p.startswith("name")] == []


def test_frame_is_blanked_but_a_study_owner_is_kept() -> None:
    text = "Patients slept longer, an Irish study found, after the change."
    blanked = without_piece_frames(text)
    assert "Irish" in blanked
    assert "study" not in blanked and "found" not in blanked
    assert len(blanked) == len(text)
    assert before_piece_frame("The market fell sharply.") is None


def test_headline_in_our_voice_before_the_frame_is_caught(guard: Guard) -> None:
    brief = (
        "Cities must rethink parking to save downtowns: an opinion piece warns that "
        "shoppers drive to malls on the edge of town."
    )
    problems = _kinds(guard, _PARKING_SOURCE, brief, _PARKING_HEADLINE)
    assert any(p.startswith("headline") for p in problems)


def test_invented_claim_inside_the_frame_is_caught(guard: Guard) -> None:
    brief = (
        "An opinion piece argues that cities must rethink parking, and that the federal "
        "government secretly subsidises suburban malls with pension money."
    )
    problems = _kinds(guard, _PARKING_SOURCE, brief, _PARKING_HEADLINE)
    assert any(p.startswith("unsupported") for p in problems)


def test_unknown_owner_of_a_study_is_still_a_name(guard: Guard) -> None:
    brief = (
        "Councils that priced parking by demand saw more visitors within a year, a Harvard "
        "study found."
    )
    problems = _kinds(guard, _PARKING_SOURCE, brief)
    assert any(p.startswith("name") and "Harvard" in p for p in problems)
