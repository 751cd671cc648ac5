"""Round 21 (names, Hebrew): the word for a region ("אזור", "in the area of") is a word for
a kind of place, like Arabic "منطقة": the word after it is a place's name, so a brief that
puts another place in its slot ("באזור עומר שבנגב" for "באזור כרמית שבגליל") changes a name."""

from __future__ import annotations

from summarizer.guard import Guard

HE_SOURCE = "לאחר שעות של מאמצים: כבאים השתלטו על שריפת החורש באזור כרמית שבגליל המערבי"


def _names(guard: Guard, source: str, summary: str, lang: str) -> list[str]:
    report = guard.check(source, summary, lang=lang)
    return [p.detail for p in report.problems if p.kind == "name"]


def test_he_another_place_and_region_in_the_slot_after_the_word_for_an_area(
    guard: Guard,
) -> None:
    summary = "כבאים השתלטו על שריפת החורש באזור עומר שבנגב לאחר שעות של מאמצים."
    assert _names(guard, HE_SOURCE, summary, "he")
    faithful = "כבאים השתלטו על שריפת החורש באזור כרמית שבגליל לאחר שעות של מאמצים."
    assert _names(guard, HE_SOURCE, faithful, "he") == []
