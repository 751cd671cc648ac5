"""Round 30 (names): a name of several words that the article gives in another sentence,
put between two words the claim's own sentence keeps, where that sentence names another
group there (``bracketed_names``). The faithful brief, and a brief that names both groups,
pass. Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

AR_SOURCE = (
    "قال المرصد إن اشتباكات عنيفة اندلعت مساء الخميس قرب بلدة العامرية، إثر محاولة "
    "مقاتلي لواء الفجر التقدم نحو البلدة.\n"
    "وفي تطور آخر، أعلنت كتائب النصر الشعبية سيطرتها على مستودع للوقود في الريف الغربي.\n"
    "ولم ترد تقارير عن سقوط ضحايا في صفوف المدنيين.\n"
)
AR_FAITHFUL = (
    "قال المرصد إن اشتباكات عنيفة اندلعت مساء الخميس قرب بلدة العامرية إثر محاولة "
    "مقاتلي لواء الفجر التقدم نحو البلدة."
)


def test_ar_group_of_another_sentence_in_the_slot_is_a_name_fault(guard: Guard) -> None:
    swapped = AR_FAITHFUL.replace("مقاتلي لواء الفجر", "كتائب النصر الشعبية")
    assert "name" not in kinds(guard, AR_SOURCE, AR_FAITHFUL, "ar")
    assert "name" in kinds(guard, AR_SOURCE, swapped, "ar")
    # a brief that also names the sentence's own group has moved nothing
    both = f"{AR_FAITHFUL} وأعلنت كتائب النصر الشعبية سيطرتها على مستودع للوقود في الريف الغربي."
    assert "name" not in kinds(guard, AR_SOURCE, both, "ar")


HE_SOURCE = (
    "לפי המשטרה, עימותים פרצו אמש ליד הכפר עין נטף, לאחר שפעילי תנועת הגבעות ניסו "
    "להתקרב ליישוב.\n"
    "במקביל, ארגון שומרי הדרך הודיע כי יקיים הפגנה בירושלים בשבוע הבא.\n"
    "לא דווח על נפגעים בקרב התושבים.\n"
)
HE_FAITHFUL = (
    "לפי המשטרה, עימותים פרצו אמש ליד הכפר עין נטף לאחר שפעילי תנועת הגבעות ניסו להתקרב ליישוב."
)


def test_he_group_of_another_sentence_in_the_slot_is_a_name_fault(guard: Guard) -> None:
    swapped = HE_FAITHFUL.replace("תנועת הגבעות", "ארגון שומרי הדרך")
    assert "name" not in kinds(guard, HE_SOURCE, HE_FAITHFUL, "he")
    assert "name" in kinds(guard, HE_SOURCE, swapped, "he")
