"""A changed day of the week is a changed figure, in every language and in translation."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from summarizer.guard.weekdays import weekdays


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The strike came on Monday, and talks resume Thursday.", "en", {1, 4}),
        ("وقال يوم الثلاثاء إن المحادثات ستستأنف في الخميس", "ar", {2, 4}),
        ("أحد عشر بلدا", "ar", set()),
        ("ביום שלישי הודיע המשרד כי בשבת ייפתחו המעברים", "he", {2, 6}),
        ("היום השני של הדיונים", "he", set()),
    ],
)
def test_weekdays_are_read_with_their_prefixes(text: str, lang: str, expected: set[int]) -> None:
    assert weekdays(text, lang) == expected


@pytest.mark.parametrize(
    ("source", "brief", "changed", "lang"),
    [
        (
            "The ministry said on Monday that 40 trucks had crossed into Gaza.",
            "The ministry said on Monday that 40 trucks had crossed into Gaza.",
            "The ministry said on Tuesday that 40 trucks had crossed into Gaza.",
            "en",
        ),
        (
            "وقالت الوزارة يوم الاثنين إن ٤٠ شاحنة دخلت غزة.",
            "قالت الوزارة يوم الاثنين إن ٤٠ شاحنة دخلت غزة.",
            "قالت الوزارة يوم الأربعاء إن ٤٠ شاحنة دخلت غزة.",
            "ar",
        ),
        (
            "משרד הבריאות מסר ביום שני כי 40 משאיות נכנסו לעזה.",
            "לפי משרד הבריאות, ביום שני נכנסו 40 משאיות לעזה.",
            "לפי משרד הבריאות, ביום שלישי נכנסו 40 משאיות לעזה.",
            "he",
        ),
    ],
)
def test_a_changed_weekday_is_a_number_fault(
    guard: Guard, source: str, brief: str, changed: str, lang: str
) -> None:
    assert "number" not in guard.check(source, brief, lang=lang).kinds()
    assert "number" in guard.check(source, changed, lang=lang).kinds()


def test_a_day_counted_from_a_named_day_is_no_fault(guard: Guard) -> None:
    """ "Today (Sunday) … tomorrow": the brief may name Monday."""
    source = "משרד הבריאות מסר היום (ראשון) כי החיסונים יגיעו מחר לקופות החולים."
    assert (
        "number"
        not in guard.check(source, "לפי משרד הבריאות, החיסונים יגיעו ביום שני.", lang="he").kinds()
    )
    assert (
        "number"
        in guard.check(source, "לפי משרד הבריאות, החיסונים יגיעו ביום רביעי.", lang="he").kinds()
    )


@pytest.mark.parametrize(
    ("translation", "changed", "lang"),
    [
        (
            "قالت الوزارة يوم الجمعة إن ٤٠ شاحنة دخلت غزة.",
            "قالت الوزارة يوم السبت إن ٤٠ شاحنة دخلت غزة.",
            "ar",
        ),
        (
            "לפי המשרד, ביום שישי נכנסו 40 משאיות לעזה.",
            "לפי המשרד, ביום חמישי נכנסו 40 משאיות לעזה.",
            "he",
        ),
    ],
)
def test_a_translation_keeps_the_english_briefs_weekday(
    guard: Guard, translation: str, changed: str, lang: str
) -> None:
    english = "The ministry said on Friday that 40 trucks had entered Gaza."
    assert (
        "translation_number"
        not in guard.check("", translation, lang=lang, english_summary=english).kinds()
    )
    assert (
        "translation_number" in guard.check("", changed, lang=lang, english_summary=english).kinds()
    )
