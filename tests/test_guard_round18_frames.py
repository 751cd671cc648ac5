"""Round 18: an attribution given by the brief's next sentence, on the same source clause."""

from __future__ import annotations

from summarizer.guard.attribution import check_attribution

SOURCE = (
    "Officials met in the capital on Monday to discuss the budget. "
    "The monitoring group said heavy fighting broke out after midnight around the "
    "village of Kafr Tal near the northern town of Ain Sur, between Kurdish units and "
    "rebel brigades. Markets in the capital stayed open."
)


def _kinds(summary: str) -> list[str]:
    return [p.kind for p in check_attribution(SOURCE, summary, "en")]


def test_a_lede_that_the_next_sentence_attributes_is_not_flagged() -> None:
    summary = (
        "Kurdish units and rebel brigades are fighting around the northern town of Ain Sur. "
        "According to the monitoring group, heavy fighting broke out after midnight around "
        "the village of Kafr Tal."
    )
    assert "attribution" not in _kinds(summary)


def test_a_dropped_attribution_is_caught_when_no_sentence_names_the_speaker() -> None:
    summary = (
        "Heavy fighting broke out after midnight around the village of Kafr Tal near Ain Sur "
        "between Kurdish units and rebel brigades. Markets in the capital stayed open."
    )
    assert "attribution" in _kinds(summary)


def test_a_sentence_after_an_attributed_one_must_still_say_whose_word_it_is() -> None:
    summary = (
        "According to the monitoring group, heavy fighting broke out after midnight. "
        "Kurdish units and rebel brigades are fighting around the village of Kafr Tal near "
        "the northern town of Ain Sur."
    )
    assert "attribution" in _kinds(summary)


AR_SOURCE = (
    "عقدت الحكومة اجتماعا في العاصمة يوم الاثنين لمناقشة الميزانية. "
    'أما نقابة المعلمين، فقد دعت في بيان لها الحكومة إلى "ضرورة رفع الأجور وصرف '
    'المستحقات المتأخرة للمعلمين في كافة المحافظات". '
    "وبقيت الأسواق مفتوحة في العاصمة."
)


def test_a_brief_that_says_who_calls_with_a_participle_is_not_flagged() -> None:
    summary = (
        "طالبت نقابة المعلمين الحكومة بصرف المستحقات المتأخرة للمعلمين في كافة المحافظات، "
        "داعية إياها إلى رفع الأجور."
    )
    problems = check_attribution(AR_SOURCE, summary, "ar")
    assert "attribution" not in [p.kind for p in problems]


def test_the_call_stated_without_its_caller_is_still_caught() -> None:
    summary = "يجب رفع الأجور وصرف المستحقات المتأخرة للمعلمين في كافة المحافظات."
    problems = check_attribution(AR_SOURCE, summary, "ar")
    assert "attribution" in [p.kind for p in problems]
