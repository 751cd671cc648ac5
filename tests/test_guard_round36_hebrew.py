"""Round 36: the verb of a Hebrew free relative ("מה שכינה", "כפי שאמר") names no speaker
with the words before it."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from summarizer.guard.rtl_speakers import speakers_rtl
from summarizer.guard.text import normalize

SOURCE = (
    "שריפה גדולה פרצה הבוקר במחסן של מפעל טקסטיל באזור התעשייה של העיר. "
    "צוותי כבאות פועלים במקום כדי למנוע את התפשטות האש למבנים סמוכים. "
    "לפי ההערכות, צוותי הכבאות פועלים במקום כבר כמה שעות. "
    "עוד צוותי כבאות פועלים בשטח ויגיעו גם מטוסים. "
    "נמסר כי עשרות עובדים פונו מהמפעל ואין נפגעים. "
    'מנכ"ל המפעל אמר כי "זו מכה קשה למפעל, אבל נקום ונבנה אותו", '
    'וכינה את השריפה "אסון כלכלי".'
)


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_settings()


def _kinds(guard: Guard, summary: str) -> set[str]:
    return set(guard.check(SOURCE, summary, lang="he").kinds())


def test_the_subject_of_a_free_relative_is_no_speaker(guard: Guard) -> None:
    brief = 'שריפה גדולה פרצה במחסן של מפעל טקסטיל. לדבריו, זו "מכה קשה" של מה שכינה "אסון כלכלי".'
    kinds = _kinds(guard, brief)
    assert "attribution" not in kinds
    assert "name" not in kinds


def test_faithful_brief_stays_clean(guard: Guard) -> None:
    brief = (
        "שריפה גדולה פרצה הבוקר במחסן של מפעל טקסטיל באזור התעשייה. "
        "נמסר כי עשרות עובדים פונו מהמפעל ואין נפגעים."
    )
    assert guard.check(SOURCE, brief, lang="he").ok


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("הוא הזהיר מפני מה שכינה מתקפה קרובה.", ["הוא"]),
    ],
)
def test_speaker_spans(sentence: str, expected: list[str]) -> None:
    assert speakers_rtl(normalize(sentence), "he") == expected
