"""Guard round 9 (issue 12, heldout11's missed faults as tuning data): faults that must be
caught with the right kind, beside the faithful wording that must still pass."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- "extremist" for a place: a judgement of the people who live there ----------------------

HE_OUTPOST = "מתנחלים הקימו מחדש את המאחז גבעת הרואה לאחר שפונה בשבוע שעבר, כך נמסר.\n"


def test_a_hebrew_extremist_outpost_is_loaded(guard: Guard) -> None:
    brief = "מתנחלים הקימו מחדש את המאחז גבעת הרואה לאחר שפונה בשבוע שעבר."
    assert "loaded" not in kinds(guard, HE_OUTPOST, brief, "he")
    judged = brief.replace("המאחז", "המאחז הקיצוני")
    assert "loaded" in kinds(guard, HE_OUTPOST, judged, "he")


EN_SETTLEMENT = "Residents of the settlement of Kiryat Arba held a march on Friday, police said.\n"


def test_an_english_extremist_settlement_is_loaded(guard: Guard) -> None:
    brief = "Residents of the settlement of Kiryat Arba held a march on Friday, police said."
    assert "loaded" not in kinds(guard, EN_SETTLEMENT, brief)
    judged = brief.replace("the settlement", "the extremist settlement")
    assert "loaded" in kinds(guard, EN_SETTLEMENT, judged)


AR_SETTLEMENT = "نظم مستوطنون مسيرة في مستوطنة كريات أربع يوم الجمعة، وفق الشرطة.\n"


def test_an_arabic_extremist_settlement_is_loaded(guard: Guard) -> None:
    brief = "نظم مستوطنون مسيرة في مستوطنة كريات أربع يوم الجمعة، وفق الشرطة."
    assert "loaded" not in kinds(guard, AR_SETTLEMENT, brief, "ar")
    judged = brief.replace("مستوطنة كريات", "مستوطنة متطرفة هي كريات")
    assert "loaded" in kinds(guard, AR_SETTLEMENT, judged, "ar")
