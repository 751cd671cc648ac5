"""Round 35: Arabic hearsay ("وسط حديث عن أن ...") must not be told as fact."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from summarizer.guard.hearsay import check_hearsay, talk_claims
from summarizer.guard.text import normalize

SOURCE = (
    "دعت نقابة المعلمين في بيان لها الحكومة إلى صرف الرواتب المتأخرة منذ ثلاثة أشهر. "
    "وجاء البيان وسط أنباء عن أن الوزارة ستغلق عشرين مدرسة ريفية في المحافظات "
    "الجنوبية بسبب نقص التمويل. "
    "وقال رئيس النقابة إن المعلمين سيضربون يوم الأحد إذا لم تصرف الرواتب."
)


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_settings()


def _kinds(guard: Guard, summary: str) -> set[str]:
    return set(guard.check(SOURCE, summary, lang="ar").kinds())


def test_talk_told_as_fact_is_flagged(guard: Guard) -> None:
    brief = (
        "دعت نقابة المعلمين الحكومة إلى صرف الرواتب المتأخرة، في بيان صدر بينما "
        "تغلق الوزارة عشرين مدرسة ريفية في المحافظات الجنوبية بسبب نقص التمويل."
    )
    assert "attribution" in _kinds(guard, brief)


def test_talk_kept_as_talk_passes(guard: Guard) -> None:
    brief = (
        "دعت نقابة المعلمين الحكومة إلى صرف الرواتب المتأخرة، في بيان صدر وسط أنباء "
        "عن أن الوزارة ستغلق عشرين مدرسة ريفية في المحافظات الجنوبية بسبب نقص التمويل."
    )
    assert "attribution" not in _kinds(guard, brief)


def test_claim_kept_as_a_guess_is_not_hearsay_told_as_fact() -> None:
    brief = (
        "دعت نقابة المعلمين الحكومة إلى صرف الرواتب المتأخرة، ويتردد أن الوزارة "
        "ستغلق عشرين مدرسة ريفية في المحافظات الجنوبية بسبب نقص التمويل."
    )
    assert check_hearsay(normalize(SOURCE), normalize(brief), "ar") == []


def test_the_claim_is_what_follows_the_talk_to_its_clause_end() -> None:
    sentence = normalize("وجاء ذلك مع الحديث عن كون المواجهات مقدمة لحرب أوسع، حيث قتل العشرات.")
    assert talk_claims(sentence) == ["المواجهات مقدمة لحرب أوسع"]
