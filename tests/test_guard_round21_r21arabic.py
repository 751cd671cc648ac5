"""Round 21 (Arabic): a figure right after a date is not the date's day where the day
already stands before the month ("١٣ ديسمبر ٥٦ شخصا": 56 people since 13 December), nor
where it is past any month's last day."""

from __future__ import annotations

from summarizer.guard import Guard

AR_SOURCE = (
    "قالت لجنة الأطباء إن ٤٣ شخصا قتلوا منذ اندلاع الإضرابات في ٢٠ نوفمبر ٢٠١٩. "
    "وأضافت أن مئات الجرحى ما زالوا في المستشفيات."
)
EN_SOURCE = (
    "The doctors' committee said 43 people had been killed since the strikes began on "
    "20 November 2019. Hundreds of wounded remain in hospital, it added."
)
HE_SOURCE = (
    "ועדת הרופאים אמרה כי 43 בני אדם נהרגו מאז פרוץ השביתות ב-20 בנובמבר 2019. "
    "מאות פצועים עדיין מאושפזים, הוסיפה."
)


def _days(guard: Guard, source: str, summary: str, lang: str) -> list[str]:
    report = guard.check(source, summary, lang=lang)
    return [p.detail for p in report.problems if "day of" in p.detail]


def test_ar_count_after_a_day_month_date_is_no_day(guard: Guard) -> None:
    summary = "بحسب لجنة الأطباء، قتل منذ ٢٠ نوفمبر ٤٣ شخصا، فيما بقي مئات الجرحى في المستشفيات."
    assert not _days(guard, AR_SOURCE, summary, "ar")
    changed = "بحسب لجنة الأطباء، قتل منذ ٢٥ نوفمبر ٤٣ شخصا."
    assert _days(guard, AR_SOURCE, changed, "ar")  # a day that moved is still caught


def test_ar_western_digits_count_after_a_date_is_no_day(guard: Guard) -> None:
    summary = "بحسب لجنة الأطباء، قتل منذ 20 نوفمبر 43 شخصا."
    assert not _days(guard, AR_SOURCE, summary, "ar")


def test_en_count_after_a_day_month_date_is_no_day(guard: Guard) -> None:
    summary = "The doctors' committee said that since 20 November 43 people had been killed."
    assert not _days(guard, EN_SOURCE, summary, "en")


def test_he_count_after_a_day_month_date_is_no_day(guard: Guard) -> None:
    summary = "לפי ועדת הרופאים, מאז 20 בנובמבר 43 בני אדם נהרגו."
    assert not _days(guard, HE_SOURCE, summary, "he")


# A speaker span that runs into the verb's object: "دعا هذا البرنامج الموحد كل العمال"
# ("this joint programme called on all workers") has the programme for its subject, and a
# brief that reports the programme's call in the interviewee's words still gives it to it.
AR_INTERVIEW = (
    "قال الناشط سامي حداد في حوار مع الصحيفة إن النقابات توحدت خلف برنامج واحد. "
    "وقد دعا هذا البرنامج الموحد كل العمال في البلاد والأحزاب إلى دعمه والتوقيع عليه. "
    "وأضاف حداد أن الحكومة تجاهلت المطالب."
)


def _attributions(guard: Guard, source: str, summary: str) -> list[str]:
    report = guard.check(source, summary, lang="ar")
    return [p.detail for p in report.problems if p.kind == "attribution"]


def test_ar_demonstrative_subject_before_a_quantified_object_is_no_other_speaker(
    guard: Guard,
) -> None:
    summary = "وأوضح حداد أن البرنامج الموحد دعا جميع العمال والأحزاب في البلاد إلى التوقيع عليه."
    assert not _attributions(guard, AR_INTERVIEW, summary)


def test_ar_invented_detail_in_a_reported_call_is_unsupported_not_misattributed(
    guard: Guard,
) -> None:
    summary = (
        "وأوضح حداد أن البرنامج الموحد دعا جميع العمال والأحزاب في البلاد إلى التوقيع "
        "عليه بعد أشهر من التردد."
    )
    report = guard.check(AR_INTERVIEW, summary, lang="ar")
    assert [p.kind for p in report.problems] == ["unsupported"]
