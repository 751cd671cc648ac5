"""Guard round 8 (issue 12, heldout10's missed faults as tuning data): faults that must be
caught with the right kind, beside the faithful wording that must still pass."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a word that judges how a government rules, or what someone said ------------------------

EN_CHECKPOINTS = (
    "Palestinians in the H2 zone live under a system of segregation, with checkpoints,"
    " watchtowers and cameras, residents said.\n"
)


def test_an_english_word_judging_a_system_of_rule_is_loaded(guard: Guard) -> None:
    brief = "Palestinians in the H2 zone live under a system of segregation with checkpoints."
    assert "loaded" not in kinds(guard, EN_CHECKPOINTS, brief)
    judged = brief.replace("a system", "a draconian system")
    assert "loaded" in kinds(guard, EN_CHECKPOINTS, judged)


AR_LEADER = "تناول الحوار أوضاع السودان الذي يقوده الرئيس عمر البشير منذ ثلاثة عقود.\n"


def test_an_arabic_iron_fist_is_loaded(guard: Guard) -> None:
    brief = "تناول الحوار أوضاع السودان الذي يقوده الرئيس عمر البشير منذ ثلاثة عقود."
    assert "loaded" not in kinds(guard, AR_LEADER, brief, "ar")
    judged = brief.replace("يقوده", "يحكمه بقبضة حديدية")
    assert "loaded" in kinds(guard, AR_LEADER, judged, "ar")


HE_REPLY = 'ראש הממשלה נתניהו השיב לדברי חמינאי: "מי שמאיים על ישראל שם את עצמו בסכנה".\n'


def test_a_hebrew_incitement_for_someones_words_is_loaded(guard: Guard) -> None:
    brief = "ראש הממשלה נתניהו השיב לדברי חמינאי."
    assert "loaded" not in kinds(guard, HE_REPLY, brief, "he")
    assert "loaded" in kinds(guard, HE_REPLY, brief.replace("לדברי", "להסתה של"), "he")
