"""Round 22 (Arabic): a speaker named right after an Arabic verb ends where the verb's
object begins ("دعا هذا التحالف الواسع كل النقابات": the alliance, not "the alliance all the
unions"), and a brief that names that party in the words it reports ("مشيرا إلى تحالف واسع
يدعو ...") has not moved the party's words to its own speaker."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.speakers import speakers

AR_SOURCE = (
    "قال المحامي سامي النور إن الاحتجاجات تتسع في المدن الكبرى منذ أسابيع. "
    "وأوضح النور أن النقابات وقعت على وثيقة تحالف جديد. "
    "ودعا هذا التحالف الواسع كل النقابات إلى إضراب عام يوم الأحد المقبل. "
    "وقال وزير الداخلية إن الشرطة ستحمي المنشآت العامة."
)


def _attribution(guard: Guard, summary: str) -> list[str]:
    report = guard.check(AR_SOURCE, summary, lang="ar")
    return [p.detail for p in report.problems if p.kind == "attribution"]


def test_ar_speaker_after_verb_stops_at_quantified_object() -> None:
    found = speakers("ودعا هذا التحالف الواسع كل النقابات إلى إضراب عام", "ar")
    assert found == ["التحالف الواسع"]


def test_ar_speaker_after_verb_stops_at_other_quantifiers() -> None:
    found = speakers("ودعت تلك اللجنة كافة الأطراف إلى الحوار", "ar")
    assert found == ["اللجنة"]


def test_ar_brief_naming_the_party_it_reports_is_no_moved_speaker(guard: Guard) -> None:
    summary = (
        "قال المحامي سامي النور إن الاحتجاجات تتسع، مشيرا إلى تحالف واسع يدعو النقابات "
        "إلى إضراب عام يوم الأحد."
    )
    assert not _attribution(guard, summary)


def test_ar_party_words_given_to_another_are_still_caught(guard: Guard) -> None:
    summary = "قال وزير الداخلية إن النقابات مدعوة إلى إضراب عام يوم الأحد المقبل."
    assert _attribution(guard, summary)
