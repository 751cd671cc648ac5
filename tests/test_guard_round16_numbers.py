"""Guard round 16 (heldout18's missed numbers): a date moved to another month keeps its
day, so the day alone matches the source; the month must match too, also where the
source names the brief's month elsewhere without a day (so no word looks swapped)."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

EN_SOURCE = (
    "The city council has closed all public pools from Monday, and the closure, first"
    " planned for July, is due to last until 15 June, officials said.\n"
    "About 40 lifeguards will be moved to other duties.\n"
)


def test_english_date_moved_to_another_month(guard: Guard) -> None:
    fair = "Public pools will stay closed until 15 June, officials said."
    assert "number" not in kinds(guard, EN_SOURCE, fair)
    moved = "Public pools will stay closed until 15 July, officials said."
    assert "number" in kinds(guard, EN_SOURCE, moved)


HE_SOURCE = (
    "החל מ-12 באוגוסט יוכלו תיירים להיכנס ליוון ללא בדיקה, כך הודיעה ממשלת יוון."
    " הבדיקות בשדות התעופה יופסקו כבר בספטמבר.\n"
)


def test_hebrew_date_moved_to_another_month(guard: Guard) -> None:
    fair = "מ-12 באוגוסט יוכלו תיירים להיכנס ליוון ללא בדיקה, כך הודיעה ממשלת יוון."
    assert "number" not in kinds(guard, HE_SOURCE, fair, lang="he")
    moved = "מ-12 בספטמבר יוכלו תיירים להיכנס ליוון ללא בדיקה, כך הודיעה ממשלת יוון."
    assert "number" in kinds(guard, HE_SOURCE, moved, lang="he")


def test_a_date_whose_day_the_source_never_gives_is_not_a_moved_date(guard: Guard) -> None:
    brief = "Public pools will stay closed until 15 June; the closure was first planned for 3 July."
    problems = guard.check(EN_SOURCE, brief, lang="en").problems
    assert not any("another month" in p.detail for p in problems)


# --- a translation that changes a number bound to its unit ("seven-year") ------------------

EN_BRIEF = "The city is starting a seven-year plan with four partner groups to rebuild its port."


def test_translation_of_a_measure_compound_keeps_its_number(guard: Guard) -> None:
    faithful = "تبدأ المدينة خطة مدتها سبع سنوات مع أربع مجموعات شريكة لإعادة بناء مينائها."
    assert (
        "translation_number"
        not in guard.check("", faithful, lang="ar", english_summary=EN_BRIEF).kinds()
    )
    # the plan's length becomes the partners' number, which the brief has elsewhere
    changed = "تبدأ المدينة خطة مدتها أربع سنوات مع أربع مجموعات شريكة لإعادة بناء مينائها."
    assert (
        "translation_number"
        in guard.check("", changed, lang="ar", english_summary=EN_BRIEF).kinds()
    )


# --- a fraction named in words, changed in a translation ---------------------------------

FRACTION_BRIEF = "Officials said half of the town's 12 clinics have closed since March."


def test_translation_changes_a_fraction_written_in_words(guard: Guard) -> None:
    faithful = "قال مسؤولون إن نصف عيادات البلدة البالغ عددها 12 أغلقت منذ مارس."
    assert (
        "translation_number"
        not in guard.check("", faithful, lang="ar", english_summary=FRACTION_BRIEF).kinds()
    )
    changed = "אמרו גורמים רשמיים כי רבע מ-12 המרפאות בעיירה נסגרו מאז מרץ."
    assert (
        "translation_number"
        in guard.check("", changed, lang="he", english_summary=FRACTION_BRIEF).kinds()
    )
    kept = "אמרו גורמים רשמיים כי מחצית מ-12 המרפאות בעיירה נסגרו מאז מרץ."
    assert (
        "translation_number"
        not in guard.check("", kept, lang="he", english_summary=FRACTION_BRIEF).kinds()
    )
