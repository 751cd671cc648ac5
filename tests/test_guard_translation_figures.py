"""A translation keeps the English brief's ordinals and the direction of its hedges, and a
storyteller's "told" (סיפר، روى) is an attribution in translation too."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from summarizer.guard.ordinals import ordinals


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("for the fifth time in a week", "en", [5]),
        ("كانت حاملا في شهرها السابع", "ar", [7]),
        ("في الدورة الثالثة عشرة", "ar", [13]),
        ("הייתה בחודש השביעי להריונה", "he", [7]),
        ("בפעם השלישית", "he", [3]),
        ("בפעם השנייה", "he", []),
    ],
)
def test_ordinals_are_read_in_each_language(text: str, lang: str, expected: list[float]) -> None:
    assert [v for v, _ in ordinals(text, lang)] == expected


ENGLISH = "Nesma, who was seven months pregnant, fled on foot, her family said."


@pytest.mark.parametrize(
    ("faithful", "changed", "lang"),
    [
        (
            "فرت نسمة، التي كانت حاملا في شهرها السابع، سيرا على الأقدام، بحسب عائلتها.",
            "فرت نسمة، التي كانت حاملا في شهرها الخامس، سيرا على الأقدام، بحسب عائلتها.",
            "ar",
        ),
        (
            "לדברי משפחתה, נסמה, שהייתה בחודש השביעי להריונה, ברחה ברגל.",
            "לדברי משפחתה, נסמה, שהייתה בחודש החמישי להריונה, ברחה ברגל.",
            "he",
        ),
    ],
)
def test_a_changed_ordinal_in_translation_is_reported(
    guard: Guard, faithful: str, changed: str, lang: str
) -> None:
    assert guard.check("", faithful, lang=lang, english_summary=ENGLISH).ok
    report = guard.check("", changed, lang=lang, english_summary=ENGLISH)
    assert "translation_number" in report.kinds()


HEDGED = "More than 120 Palestinians have been killed in the West Bank, the UN said."


@pytest.mark.parametrize(
    ("faithful", "changed", "lang"),
    [
        (
            "قتل أكثر من 120 فلسطينيا في الضفة الغربية، بحسب الأمم المتحدة.",
            "قتل قرابة 120 فلسطينيا في الضفة الغربية، بحسب الأمم المتحدة.",
            "ar",
        ),
        (
            'לפי האו"ם, יותר מ-120 פלסטינים נהרגו בגדה המערבית.',
            'לפי האו"ם, כמעט 120 פלסטינים נהרגו בגדה המערבית.',
            "he",
        ),
    ],
)
def test_a_hedge_turned_around_in_translation_is_reported(
    guard: Guard, faithful: str, changed: str, lang: str
) -> None:
    assert guard.check("", faithful, lang=lang, english_summary=HEDGED).ok
    report = guard.check("", changed, lang=lang, english_summary=HEDGED)
    assert "translation_number" in report.kinds()


@pytest.mark.parametrize(
    ("translation", "lang"),
    [
        ("روى طبيب من الخليل أنه عالج فلسطينيين اثنين أصيبا بالرصاص.", "ar"),
        ("רופא מחברון סיפר שטיפל בשני פלסטינים שנורו.", "he"),
    ],
)
def test_told_is_an_attribution_in_translation(guard: Guard, translation: str, lang: str) -> None:
    english = "A doctor from Hebron said he had treated two Palestinians who were shot."
    report = guard.check("", translation, lang=lang, english_summary=english)
    assert "translation_attribution" not in report.kinds()
