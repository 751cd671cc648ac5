"""Round 33 (arnames): a place tied to the act the source ties another place to.

A source sentence may name two places after the same word ("في منطقة X ... في منطقة Y",
"ליד הכפר X ... ליד הכפר Y"), each in its own clause with its own act. A brief that keeps
one act and puts the other clause's place in it names a place of the source after the
right word, so a check that asks only whether the source has the place there lets it
through. The piece of the brief around the place (its comma-delimited clause) must be
retold by a piece of the source where that place stands; where the piece that retells it
holds the other place instead, the brief has tied its place to the wrong act, also when
the brief was aligned only with the sentence that names its place elsewhere.

Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

AR_SOURCE = (
    "قال مرصد الحقوق إن فصائل المعارضة سيطرت على مخازن للسلاح قرب قرية عين الورد في "
    "منطقة الجبل الشرقي. وأضاف المرصد أن المسلحين استولوا على ذخائر كثيرة، كما اندلعت "
    "مواجهات عنيفة بين المسلحين والقوات الحكومية في منطقة الوادي الأخضر.\n"
)
AR_BRIEF = (
    "قال مرصد الحقوق إن فصائل المعارضة سيطرت على مخازن للسلاح، مشيرا إلى اندلاع مواجهات "
    "عنيفة بين المسلحين والقوات الحكومية في منطقة الوادي الأخضر."
)
HE_SOURCE = (
    "המשטרה דיווחה כי צעירים פלסטינים הציתו מחסן תבואה גדול ושרפו שדות חיטה ליד הכפר "
    "עין חרוד. עוד נמסר כי עימותים אלימים פרצו בין מתנחלים לכוחות הצבא ליד הכפר בית אומר.\n"
)
HE_BRIEF = (
    "המשטרה דיווחה כי צעירים פלסטינים הציתו מחסן תבואה גדול ושרפו שדות חיטה, לאחר "
    "שעימותים אלימים פרצו בין מתנחלים לכוחות הצבא ליד הכפר בית אומר."
)


def test_ar_place_of_another_clause_is_caught(guard: Guard) -> None:
    faulty = AR_BRIEF.replace("الوادي الأخضر", "الجبل الشرقي")
    assert "name" in kinds(guard, AR_SOURCE, faulty, "ar")
    assert "name" not in kinds(guard, AR_SOURCE, AR_BRIEF, "ar")


def test_he_place_of_another_clause_is_caught(guard: Guard) -> None:
    faulty = HE_BRIEF.replace("בית אומר", "עין חרוד")
    assert "name" in kinds(guard, HE_SOURCE, faulty, "he")
    assert "name" not in kinds(guard, HE_SOURCE, HE_BRIEF, "he")
