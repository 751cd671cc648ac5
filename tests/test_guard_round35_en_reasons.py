"""Round 35 (English unsupported content): a reason added to a true claim.

A participle of citing, crediting, blaming or fearing ("..., citing budget pressures",
"Citing ..., the council ...", "crediting the new timetable for the rise", "for fear
of ...") gives the subject's motive. The source must state it where it tells the act: a
reason whose words the article uses only about something else, in another paragraph, is
unsupported, also where the claim names a speaker. A reason the source gives where it
tells the act, and a source cited for a report, pass.

Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

BRIDGE = (
    "The city council closed the old river bridge to all traffic on Monday. "
    "Engineers had found cracks in two of its supporting piers last month. "
    "Mayor Linda Hart said repairs would take at least six weeks. "
    "Commuters were advised to use the ferry service or the northern ring road. "
    "Separately, budget pressures have delayed work on the new central library. "
    "Shop owners have complained about the new tram timetable since it began in March. "
    "Police said heavy traffic and a total collapse of the signal system caused delays "
    "on Tuesday. "
    "The ferry operator said passenger numbers had doubled since Monday. "
    "Hart said the ferry would run every fifteen minutes until the bridge reopens.\n"
)
CLOSED = "The city council closed the old river bridge to all traffic on Monday"


def test_reason_told_of_something_else_added_after_the_act() -> None:
    guard = Guard.from_settings()
    assert "unsupported" in kinds(guard, BRIDGE, f"{CLOSED}, citing budget pressures.")


def test_reason_opening_the_sentence() -> None:
    guard = Guard.from_settings()
    brief = "Citing budget pressures, the city council closed the old river bridge to all "
    assert "unsupported" in kinds(guard, BRIDGE, brief + "traffic on Monday.")


def test_speakers_credit_for_a_change_is_no_attribution() -> None:
    # "crediting" follows a speech verb, but what it credits is the brief's own account
    guard = Guard.from_settings()
    brief = (
        "The ferry operator said passenger numbers had doubled since Monday, crediting "
        "the new tram timetable for the rise."
    )
    assert "unsupported" in kinds(guard, BRIDGE, brief)


def test_fear_as_a_noun_phrase() -> None:
    guard = Guard.from_settings()
    assert "unsupported" in kinds(guard, BRIDGE, f"{CLOSED} for fear of a total collapse.")


def test_reason_the_article_gives_passes() -> None:
    guard = Guard.from_settings()
    brief = f"{CLOSED}, citing cracks found in two of its supporting piers."
    assert not kinds(guard, BRIDGE, brief)


def test_source_cited_for_a_report_is_attribution() -> None:
    guard = Guard.from_settings()
    brief = f"{CLOSED}, citing a report by engineers."
    assert "unsupported" not in kinds(guard, BRIDGE, brief)
