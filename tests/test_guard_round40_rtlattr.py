"""Round 40: a translation that gives an English sentence's claim to another person of the
brief, where the English speaker is hard to find by sound: a source after "according to"
(often a body the translation names in translated words), a subject stressed by a
reflexive ("Keller himself said"), a first speaker who is a pronoun ("She also said ...;
Mercer later told"), or a rival whose name has a single consonant (Ari: R)."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard

SOURCE = (
    "Dana Mercer, who owns the Halden paper mill, told the town council on Monday that the "
    "mill would close in March and that 200 jobs would go. Mercer later told a local radio "
    "station that her partner Ari had said the sale to a Swedish buyer was final. County "
    "spokesman Peter Kessler said that the county would retrain the workers. About 40 "
    "workers a year usually leave the mill, according to the Labour Office. Governor Ruth "
    "Grayson said the closure was a blow; Kessler himself said the retraining would take "
    "a year."
)


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_settings()


def _moved(guard: Guard, english: str, translation: str, lang: str) -> list[str]:
    report = guard.check(SOURCE, translation, lang=lang, english_summary=english)
    return [str(p) for p in report.problems if p.kind == "translation_attribution"]


ACCORDING = (
    "County spokesman Peter Kessler said the county would retrain the workers. About 40 "
    "workers a year usually leave the mill, according to the Labour Office."
)
REFLEXIVE = (
    "Governor Ruth Grayson said the closure was a blow. Kessler himself said the "
    "retraining would take a year."
)
PRONOUN = (
    "Dana Mercer told the town council the mill would close in March. She also said 200 "
    "jobs would go; Mercer later told a radio station that Ari had said the sale was final."
)

MOVED = [
    (
        ACCORDING,
        "قال المتحدث باسم المقاطعة بيتر كيسلر إن المقاطعة ستعيد تأهيل العمال. وأضاف كيسلر"
        " أن نحو 40 عاملاً يغادرون المصنع سنوياً في العادة.",
        "ar",
    ),
    (
        ACCORDING,
        "דובר המחוז פיטר קסלר אמר שהמחוז יכשיר מחדש את העובדים. לדברי קסלר, בדרך כלל"
        " עוזבים את המפעל כ-40 עובדים בשנה.",
        "he",
    ),
    (
        REFLEXIVE,
        "قالت الحاكمة روث غرايسون إن الإغلاق ضربة قاسية. وأضافت غرايسون أن إعادة التأهيل"
        " ستستغرق عاماً.",
        "ar",
    ),
    (
        PRONOUN,
        "דנה מרסר אמרה למועצת העיר שהמפעל ייסגר במרץ. היא גם אמרה ש-200 משרות יבוטלו; ארי"
        " סיפר מאוחר יותר לתחנת רדיו שהמכירה סופית.",
        "he",
    ),
    (
        PRONOUN,
        "قالت دانا ميرسر لمجلس البلدة إن المصنع سيغلق في مارس. وقالت أيضاً إن 200 وظيفة"
        " ستُلغى؛ وقال آري لاحقاً لمحطة إذاعية إن البيع نهائي.",
        "ar",
    ),
]


@pytest.mark.parametrize(("english", "translation", "lang"), MOVED)
def test_claim_moved_to_another_person_is_caught(
    guard: Guard, english: str, translation: str, lang: str
) -> None:
    assert _moved(guard, english, translation, lang)


FAITHFUL = [
    (
        ACCORDING,
        "قال المتحدث باسم المقاطعة بيتر كيسلر إن المقاطعة ستعيد تأهيل العمال. وبحسب مكتب"
        " العمل، يغادر نحو 40 عاملاً المصنع سنوياً في العادة.",
        "ar",
    ),
    (
        ACCORDING,
        "דובר המחוז פיטר קסלר אמר שהמחוז יכשיר מחדש את העובדים. לפי לשכת העבודה, בדרך"
        " כלל עוזבים את המפעל כ-40 עובדים בשנה.",
        "he",
    ),
    (
        REFLEXIVE,
        "قالت الحاكمة روث غرايسون إن الإغلاق ضربة قاسية. وقال كيسلر نفسه إن إعادة التأهيل"
        " ستستغرق عاماً.",
        "ar",
    ),
    (
        PRONOUN,
        "דנה מרסר אמרה למועצת העיר שהמפעל ייסגר במרץ. היא גם אמרה ש-200 משרות יבוטלו; מרסר"
        " סיפרה מאוחר יותר לתחנת רדיו שארי אמר לה שהמכירה סופית.",
        "he",
    ),
    (
        PRONOUN,
        "قالت دانا ميرسر لمجلس البلدة إن المصنع سيغلق في مارس. وقالت أيضاً إن 200 وظيفة"
        " ستُلغى؛ وقالت ميرسر لاحقاً لمحطة إذاعية إن آري أبلغها بأن البيع نهائي.",
        "ar",
    ),
]


@pytest.mark.parametrize(("english", "translation", "lang"), FAITHFUL)
def test_faithful_translation_is_clear(
    guard: Guard, english: str, translation: str, lang: str
) -> None:
    assert not _moved(guard, english, translation, lang)


def test_swap_between_long_names_still_caught(guard: Guard) -> None:
    """The earlier catch: the speaker's name replaced by another person's of the brief."""
    english = (
        "Governor Ruth Grayson said the closure was a blow. County spokesman Peter Kessler"
        " said the county would retrain the workers."
    )
    translation = (
        "قالت الحاكمة روث غرايسون إن الإغلاق ضربة قاسية. وقالت غرايسون إن المقاطعة ستعيد"
        " تأهيل العمال."
    )
    assert _moved(guard, english, translation, "ar")
