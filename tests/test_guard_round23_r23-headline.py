"""Round 23 (loaded words a faithful brief uses only after its source): the brief's own
verdict slipped in as one word: a sentence adverb (deservedly, fortunately; لحسن الحظ؛
למרבה המזל), an allusion (Orwellian), a speech verb of manner (gushed), a manner phrase or
adjective that judges (بشكل سافر، المشؤوم، عارم), and Hebrew words that dramatise a
disaster or a speech (שריפת ענק, הרסני, זרעה הרס, התלהמות). Each is flagged where the
source never uses it, and left where the source does. Own made-up sources and briefs."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from tests.auxil.guard import kinds

EN_SOURCE = (
    "The city council of Marlow voted on Tuesday to install 40 new traffic cameras in the "
    "town centre. The mayor, Jane Okafor, said the cameras would cut speeding. The vote "
    "passed 7-2 after a two-hour debate.\n"
)
EN_FAITHFUL = (
    "Marlow's council voted 7-2 to install 40 traffic cameras in the town centre, and "
    "mayor Jane Okafor said they would cut speeding."
)


@pytest.mark.parametrize(
    ("plain", "loaded"),
    [
        ("voted 7-2", "deservedly voted 7-2"),
        ("40 traffic cameras", "40 Orwellian traffic cameras"),
        ("Jane Okafor said", "Jane Okafor gushed"),
    ],
)
def test_en_verdict_words_in_our_voice_are_loaded(guard: Guard, plain: str, loaded: str) -> None:
    own_voice = EN_FAITHFUL.replace(plain, loaded)
    assert "loaded" not in kinds(guard, EN_SOURCE, EN_FAITHFUL, "en")
    assert "loaded" in kinds(guard, EN_SOURCE, own_voice, "en")


def test_en_verdict_word_the_source_uses_is_left(guard: Guard) -> None:
    source = EN_SOURCE.replace("install 40 new", "install 40 Orwellian new")
    brief = EN_FAITHFUL.replace("40 traffic", "40 Orwellian traffic")
    assert "loaded" not in kinds(guard, source, brief, "en")


AR_SOURCE = (
    "قال رئيس نقابة الصحفيين في مؤتمر صحفي يوم الاثنين إن السلطات تتدخل مباشرة في عمل "
    "الصحف، وإن حراكا شعبيا يضم النقابات والأحزاب يطالب بإصلاح القانون منذ انفصال الإقليم "
    "الشمالي قبل عامين.\n"
)
AR_FAITHFUL = (
    "قال رئيس نقابة الصحفيين إن السلطات تتدخل مباشرة في عمل الصحف، وإن حراكا شعبيا يضم "
    "النقابات والأحزاب يطالب بإصلاح القانون منذ انفصال الإقليم الشمالي."
)


@pytest.mark.parametrize(
    ("plain", "loaded"),
    [
        ("تتدخل مباشرة", "تتدخل بشكل سافر"),
        ("حراكا شعبيا يضم", "حراكا شعبيا عارما يضم"),
        ("انفصال الإقليم الشمالي", "انفصال الإقليم الشمالي المشؤوم"),
        ("إن السلطات تتدخل", "إن السلطات للأسف تتدخل"),
    ],
)
def test_ar_verdict_words_in_our_voice_are_loaded(guard: Guard, plain: str, loaded: str) -> None:
    own_voice = AR_FAITHFUL.replace(plain, loaded, 1)
    assert "loaded" not in kinds(guard, AR_SOURCE, AR_FAITHFUL, "ar")
    assert "loaded" in kinds(guard, AR_SOURCE, own_voice, "ar")
    # where the source says it itself, the brief repeats the source's word
    source = AR_SOURCE.replace(plain, loaded, 1)
    assert "loaded" not in kinds(guard, source, own_voice, "ar")


HE_SOURCE = (
    "שריפה פרצה הבוקר בשטח פתוח ליד המושב בית זית, וגרמה נזק לשלושה מחסנים. "
    "לפי כבאות והצלה, האש נבלמה לאחר ארבע שעות ואיש לא נפגע. "
    "ראש המועצה אמר כי התושבים יקבלו פיצוי.\n"
)
HE_FAITHFUL = (
    "שריפה שפרצה בשטח פתוח ליד בית זית גרמה נזק לשלושה מחסנים ונבלמה לאחר ארבע שעות, "
    "לפי כבאות והצלה. ראש המועצה אמר כי התושבים יקבלו פיצוי."
)


@pytest.mark.parametrize(
    ("plain", "loaded"),
    [
        ("שריפה שפרצה", "שריפת ענק שפרצה"),
        ("שריפה שפרצה", "שריפה הרסנית שפרצה"),
        ("גרמה נזק לשלושה", "זרעה הרס בשלושה"),
        ("ונבלמה לאחר", "ולמרבה המזל נבלמה לאחר"),
    ],
)
def test_he_dramatising_words_in_our_voice_are_loaded(
    guard: Guard, plain: str, loaded: str
) -> None:
    own_voice = HE_FAITHFUL.replace(plain, loaded)
    assert "loaded" not in kinds(guard, HE_SOURCE, HE_FAITHFUL, "he")
    assert "loaded" in kinds(guard, HE_SOURCE, own_voice, "he")


def test_he_giant_blaze_the_source_uses_is_left(guard: Guard) -> None:
    source = HE_SOURCE.replace("שריפה פרצה", "שריפת ענק פרצה")
    brief = HE_FAITHFUL.replace("שריפה שפרצה", "שריפת ענק שפרצה")
    assert "loaded" not in kinds(guard, source, brief, "he")


def test_he_ranting_noun_judges_a_speech(guard: Guard) -> None:
    source = "השר אמר אתמול בכנס כי הממשלה תקצץ את תקציב הרשויות. ראש העירייה הגיב לדבריו.\n"
    faithful = "ראש העירייה הגיב לדברי השר, שאמר כי הממשלה תקצץ את תקציב הרשויות."
    own_voice = faithful.replace("לדברי השר", "להתלהמות של השר")
    assert "loaded" not in kinds(guard, source, faithful, "he")
    assert "loaded" in kinds(guard, source, own_voice, "he")
