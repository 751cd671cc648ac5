"""Round 39: a verb of saying whose object is a deed ("announced her bid", "responded to
the flooding with a plan", "stressed protecting wildlife") tells an act, which a brief may
state in its own voice; the same verbs before a proposition ("announced that ...",
"announced its troops had ...", "responded that ...") still report someone's claim, which a
brief must attribute. What a letter someone wrote sets out stays the writer's word, and a
brief that says so in the perfect ("has written a letter that ...") names its writer as
"wrote" does."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_settings()


def _attribution(guard: Guard, source: str, brief: str) -> list[str]:
    report = guard.check(source, brief, lang="en")
    return [str(p) for p in report.problems if p.kind == "attribution"]


@pytest.mark.parametrize(
    ("source", "brief"),
    [
        (
            "Maria Alvarez officially announced her bid for the Senate at a rally in Denver on "
            "Saturday, with her brother Tomas at her side.",
            "Her brother Tomas stood at Maria Alvarez's side when she officially launched her "
            "bid for the Senate at a rally in Denver on Saturday.",
        ),
        (
            "Finance Minister Ruth Okafor wrote a farewell letter listing the ministry's budget "
            "reforms.",
            "Finance Minister Ruth Okafor has written a farewell letter that lists the "
            "ministry's budget reforms.",
        ),
        (
            "The mayor of Lisbon has responded to the flooding and a power outage with an "
            "emergency spending plan.",
            "Lisbon's mayor has answered the flooding and a power outage with an emergency "
            "spending plan.",
        ),
        (
            "The meeting stressed protecting river wildlife amid a drought affecting farmers.",
            "The meeting focused on protecting river wildlife amid a drought affecting farmers.",
        ),
    ],
    ids=["own-undertaking", "written-in-the-perfect", "deed-answering", "gerund-topic"],
)
def test_act_told_in_our_voice_passes(guard: Guard, source: str, brief: str) -> None:
    assert _attribution(guard, source, brief) == []


@pytest.mark.parametrize(
    ("source", "brief"),
    [
        (
            "Maria Alvarez announced that the Senate race was already won.",
            "The Senate race was already won.",
        ),
        (
            "The ministry announced its troops had destroyed three bridges near the border.",
            "Troops destroyed three bridges near the border.",
        ),
        (
            "Ruth Okafor wrote that the budget reforms had saved two billion dollars.",
            "The budget reforms saved two billion dollars.",
        ),
        (
            "The ministry responded that the flooding had been caused by sabotage.",
            "The flooding was caused by sabotage.",
        ),
        (
            "Ruth Okafor wrote a farewell letter listing the reforms that saved the ministry "
            "two billion dollars.",
            "In a farewell letter, Ruth Okafor set out the reforms, which saved the ministry "
            "two billion dollars.",
        ),
    ],
    ids=["announced-that", "announced-clause", "wrote-that", "responded-that", "letter-content"],
)
def test_claim_told_in_our_voice_is_caught(guard: Guard, source: str, brief: str) -> None:
    assert _attribution(guard, source, brief)
