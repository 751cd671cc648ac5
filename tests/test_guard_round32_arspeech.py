"""Round 32 (Arabic speech and attribution): how a speaker's words are read.

- "قالت X إن ...، وقد خسرت المخابز ...": "قد" and a past verb with a subject of its own
  after the speaker's clause assert an event in the writer's voice, not the speaker's
  ("وقد تخسر", قد before a present, is the speaker's "may").
- "وتفيد آخر الإحصاءات بأن ...": the subject of the verb is the statistics behind their
  elative ("آخر", latest), nobody who speaks, as "وتفيد الإحصاءات" is.
- A verb of saying in the present or the feminine ("يوضح", "تنتقد", "توضح") is a cue as
  its past ("أوضح") is: its forms are built from the past by the verb's pattern.

Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.ar_conjugation import conjugations
from tests.auxil.guard import kinds

BREAD = (
    "قالت المهندسة ليلى حداد إن أسعار الخبز ارتفعت هذا الشهر في مدينة طرابلس، "
    "مشيرة إلى أن المخابز الصغيرة خسرت نصف زبائنها منذ بداية الربيع. "
    "وأضافت أن البلدية وعدت بدعم الطحين.\n"
)
SAID = "قالت المهندسة ليلى حداد إن أسعار الخبز ارتفعت هذا الشهر في طرابلس، "


def test_ar_qad_with_its_own_subject_after_the_speakers_clause(guard: Guard) -> None:
    faithful = SAID + "مشيرة إلى أن المخابز الصغيرة خسرت نصف زبائنها منذ بداية الربيع."
    narrated = SAID + "وقد خسرت المخابز الصغيرة نصف زبائنها منذ بداية الربيع."
    may = SAID + "وقد تخسر المخابز الصغيرة نصف زبائنها."
    assert "attribution" not in kinds(guard, BREAD, faithful, "ar")
    assert "attribution" not in kinds(guard, BREAD, may, "ar")
    assert "attribution" in kinds(guard, BREAD, narrated, "ar")


GRADUATES = (
    "وقال الباحث عمر الخطيب إن آخر الإحصاءات تفيد بأن ثلث خريجي الجامعات في البلاد "
    "يعملون خارج اختصاصهم. وأضاف أن الحكومة لم تضع خطة لذلك.\n"
)


def test_ar_figures_behind_an_elative_name_no_speaker(guard: Guard) -> None:
    faithful = (
        "وقال الباحث عمر الخطيب إن آخر الإحصاءات تفيد بأن ثلث خريجي الجامعات يعملون خارج اختصاصهم."
    )
    unsaid = "وتفيد آخر الإحصاءات بأن ثلث خريجي الجامعات في البلاد يعملون خارج اختصاصهم."
    assert "attribution" not in kinds(guard, GRADUATES, faithful, "ar")
    assert "attribution" in kinds(guard, GRADUATES, unsaid, "ar")


def test_ar_present_and_feminine_verbs_of_saying_attribute(guard: Guard) -> None:
    source = (
        "انتقدت الطبيبة سلمى نصار نقص الأدوية، وأوضحت أن المستشفى الميداني في القرية "
        "يستقبل مئة مريض كل يوم.\n"
    )
    present = (
        "تنتقد الطبيبة سلمى نصار نقص الأدوية، وتوضح أن المستشفى الميداني في القرية "
        "يستقبل مئة مريض كل يوم."
    )
    unsaid = "المستشفى الميداني في القرية يستقبل مئة مريض كل يوم."
    assert "attribution" not in kinds(guard, source, present, "ar")
    assert "attribution" in kinds(guard, source, unsaid, "ar")


def test_ar_conjugations_follow_the_verbs_pattern() -> None:
    assert {"يوضح", "توضح", "اوضحت"} <= conjugations("اوضح")  # form IV
    assert {"يشير", "تشير"} <= conjugations("اشار")  # hollow form IV
    assert {"يعتبر", "ينتقدون"} <= conjugations("اعتبر") | conjugations("انتقد")  # VIII
    assert {"يؤكد", "تؤكد"} <= conjugations("اكد")  # first root letter hamza
    assert {"يدعو", "دعت"} <= conjugations("دعا")  # last root letter و
    assert {"يصف"} <= conjugations("وصف")  # first root letter و dropped
    assert not {"يقال", "يقيل"} & conjugations("قال")  # hollow form I: vowel unwritten
