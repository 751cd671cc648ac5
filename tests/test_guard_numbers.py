"""The numbers check: every figure in a brief is one the source states, however written."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from summarizer.guard.numbers import find_numbers
from summarizer.guard.text import normalize


def values(text: str, lang: str = "en") -> list[float]:
    return [n.value for n in find_numbers(normalize(text), lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("1,200,000 people", "en", [1_200_000]),
        ("1.2 million people", "en", [1_200_000]),
        ("two hundred thousand", "en", [200_000]),
        ("twenty-five, then 7", "en", [25, 7]),
        ("a five-year plan, a 26-year history", "en", [5, 26]),
        ("deaths increased threefold", "en", [3]),
        ("قتل ١٬٢٠٠ شخص", "ar", [1200]),
        ("٣ ملايين نازح", "ar", [3_000_000]),
        ("ثلاثة مستودعات وأربعين صحفيا", "ar", [3, 40]),
        ("أحد عشر بلدا", "ar", [11]),
        ("دمرت ستا منها وتضررت ثلاثا", "ar", [6, 3]),
        ("יותר מחמישה מיליון תושבים", "he", [5_000_000]),
        ("ו-3,000 שקל", "he", [3000]),
    ],
)
def test_numbers_are_read_in_every_way_they_are_written(
    text: str, lang: str, expected: list[float]
) -> None:
    assert sorted(values(text, lang)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("يوم الاثنين", "ar"),
        ("ביום שני", "he"),
        ("באר שבע", "he"),
        ('צה"ל', "he"),
        ("בפעם השני", "he"),
        ("המאה שעברה", "he"),
    ],
)
def test_weekdays_and_places_that_look_like_numbers_are_not_numbers(text: str, lang: str) -> None:
    assert values(text, lang) == []


def test_the_same_figure_written_differently_passes(guard: Guard) -> None:
    source = "The agency said 1,200,000 people had fled, and two hostages were freed."
    summary = "The agency said 1.2 million people had fled and 2 hostages were freed."
    assert guard.check(source, summary).ok


def test_a_changed_figure_is_reported_with_its_span(guard: Guard) -> None:
    source = "About 100 Palestinians were killed, according to Gaza's health ministry."
    report = guard.check(source, "About 150 Palestinians were killed, according to the ministry.")
    assert [(p.kind, p.span) for p in report.problems] == [("number", "150")]


def test_a_number_word_the_source_never_uses_is_reported(guard: Guard) -> None:
    source = "Hamas said several hostages were killed."
    report = guard.check(source, "Hamas said three hostages were killed.")
    assert [(p.kind, p.span) for p in report.problems] == [("number", "three")]


def test_vague_quantities_must_match_the_source(guard: Guard) -> None:
    source = "Officials said hundreds of homes were damaged."
    assert guard.check(source, "Officials said hundreds of homes were damaged.").ok
    report = guard.check(source, "Officials said thousands of homes were damaged.")
    assert report.kinds() == {"number"}


def test_arabic_indic_digits_in_a_summary_match_western_digits_in_the_source(
    guard: Guard,
) -> None:
    source = "قال المرصد إن 22 رضيعا في القسم."
    assert guard.check(source, "قال المرصد إن ٢٢ رضيعا في القسم.", lang="ar").ok
    assert not guard.check(source, "قال المرصد إن ٣٢ رضيعا في القسم.", lang="ar").ok


YEARS = {
    "en": (
        "Berlin renamed three streets on Friday. The council voted last month. Residents"
        " were divided. The street was named after Carl Peters in 1939. Protests followed."
        " Officials declined to comment. The colonial empire ended in 1919.",
        "A Berlin street was named after Carl Peters in 1939, then renamed on Friday.",
        "A Berlin street was named after Carl Peters in 1919, then renamed on Friday.",
    ),
    "ar": (
        "خرج المحتجون إلى الشوارع. وطالبوا بالتغيير. واعتقلت الشرطة العشرات. وقد وصل البشير"
        " إلى الحكم عام 1989. واندلعت الاحتجاجات في ديسمبر 2018.",
        "وصل البشير إلى الحكم عام 1989، وخرج المحتجون إلى الشوارع.",
        "وصل البشير إلى الحكم عام 2018، وخرج المحتجون إلى الشوارع.",
    ),
    "he": (
        "המפגינים יצאו לרחובות. הם דרשו שינוי. המשטרה עצרה עשרות. עומר אל-באשיר עלה לשלטון"
        " ב-1989. המחאה פרצה בדצמבר 2018.",
        "אל-באשיר עלה לשלטון ב-1989, והמפגינים יצאו לרחובות.",
        "אל-באשיר עלה לשלטון ב-2018, והמפגינים יצאו לרחובות.",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ar", "he"])
def test_a_year_the_source_gives_to_another_event_is_reported(guard: Guard, lang: str) -> None:
    """A year must date what the claim rests on; only the lede's year may date anything."""
    source, faithful, moved = YEARS[lang]
    assert "number" not in guard.check(source, faithful, lang=lang).kinds()
    assert "number" in guard.check(source, moved, lang=lang).kinds()


COUNTED = {
    "en": (
        "For thirty years we have watched freedoms decline, the activist said. The government's"
        " answer came quickly, cutting off the internet and the means protesters used to"
        " organise and march, and the detention of forty journalists followed.",
        "The activist said authorities blocked the internet and held forty journalists.",
        "The activist said authorities blocked the internet and held thirty journalists.",
    ),
    "ar": (
        "وقال الناشط: منذ ثلاثين عاما ونحن نشهد تراجعا في الحريات. وجاء الرد سريعا من جانب"
        " السلطة حيث تم تقييد وقطع الانترنت وحرمان المتظاهرين من هذه الوسيلة للتواصل والتظاهر"
        " كما تم ايقاف اربعين صحفيا.",
        "وقال الناشط إن السلطات قيدت الإنترنت وأوقفت أربعين صحفيا.",
        "وقال الناشط إن السلطات قيدت الإنترنت وأوقفت ثلاثين صحفيا.",
    ),
    "he": (
        "הפעיל אמר: כבר שלושים שנה אנחנו רואים את החירויות נשחקות. תגובת השלטון הגיעה מהר, עם"
        " ניתוק האינטרנט ושלילת האמצעי שבו המפגינים התארגנו והפגינו, ובהמשך מעצרם של ארבעים"
        " עיתונאים.",
        "לדברי הפעיל, הרשויות חסמו את האינטרנט ועצרו ארבעים עיתונאים.",
        "לדברי הפעיל, הרשויות חסמו את האינטרנט ועצרו שלושים עיתונאים.",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ar", "he"])
def test_a_figure_the_source_gives_to_another_thing_is_reported(guard: Guard, lang: str) -> None:
    """ "Thirty journalists" where the source says forty journalists and thirty years."""
    source, faithful, moved = COUNTED[lang]
    assert "number" not in guard.check(source, faithful, lang=lang).kinds()
    assert "number" in guard.check(source, moved, lang=lang).kinds()
