"""Round 31 (hefa): paraphrase words of Arabic and Hebrew briefs read as swapped names.

- Arabic ب is "with" or "by" as often as "in": a phrase of manner retold in other words
  ("بصراحة كاملة" as "بوضوح تام") is no place swapped; a place of the table after it
  ("ببيروت" / "بالقاهرة") still is, as is any Hebrew word after ב ("בחדרה" / "בעפולה").
- A general noun made definite ("דובר הארגון" for the source's "דובר ההסתדרות") points
  back at the body the brief has named; where the brief never names the source's body,
  the noun stands for another one, and the swap is reported.

Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

AR_SOURCE = (
    "تحدث وزير المالية خالد النجار عن الأزمة الاقتصادية بصراحة كاملة، رافضا التكتم على "
    "حجم الدين العام. وقال النجار إن الحكومة ستعقد اجتماعا طارئا ببيروت الأسبوع المقبل."
)
AR_FAITHFUL = (
    "تحدث وزير المالية خالد النجار عن الأزمة الاقتصادية بوضوح تام، رافضا التكتم على حجم "
    "الدين العام."
)
AR_MEETING = "قال النجار إن الحكومة ستعقد اجتماعا طارئا ببيروت الأسبوع المقبل."

HE_SOURCE = (
    "דובר ההסתדרות מסר הבוקר כי השביתה בנמלים תימשך גם מחר. לדבריו, העובדים יתכנסו "
    "בחדרה כדי להחליט על המשך הצעדים."
)
HE_FAITHFUL = "ההסתדרות הודיעה כי השביתה בנמלים תימשך גם מחר. את הדברים מסר דובר הארגון."
HE_GATHERING = "לפי הדובר, העובדים יתכנסו בחדרה כדי להחליט על המשך הצעדים."


def test_ar_phrase_of_manner_after_b_is_no_place(guard: Guard) -> None:
    assert "name" not in kinds(guard, AR_SOURCE, AR_FAITHFUL, "ar")
    # a place of the table after ب is still a place's slot
    assert "name" not in kinds(guard, AR_SOURCE, AR_MEETING, "ar")
    moved = AR_MEETING.replace("ببيروت", "بالقاهرة")
    assert "name" in kinds(guard, AR_SOURCE, moved, "ar")


def test_he_general_noun_points_back_at_the_named_body(guard: Guard) -> None:
    assert "name" not in kinds(guard, HE_SOURCE, HE_FAITHFUL, "he")
    # the brief names another body: "the organisation" is that one, not the source's
    other = HE_FAITHFUL.replace("ההסתדרות הודיעה", "ועד העובדים הודיע")
    assert "name" in kinds(guard, HE_SOURCE, other, "he")
    # and a Hebrew word after ב is still a place's slot
    assert "name" not in kinds(guard, HE_SOURCE, HE_GATHERING, "he")
    moved = HE_GATHERING.replace("בחדרה", "בעפולה")
    assert "name" in kinds(guard, HE_SOURCE, moved, "he")
