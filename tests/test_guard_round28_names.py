"""Round 28 (names and roles, who did what):

- Arabic and Hebrew: a statement moved from one named party of the article to another
  ("حذرت النقابة" where the source has the municipality warn) is a name in the wrong role,
  not only a moved attribution, when the source never puts the brief's party next to the
  brief's verb.
- Hebrew: a speaker the source never names at all ("לדברי דוד לוי" where the source has
  Moshe Cohen say it) is a name fault as well as a moved attribution.
"""

from __future__ import annotations

from summarizer.guard import Guard

_GUARD = Guard.from_settings()

_AR_SOURCE = (
    "حذرت بلدية المدينة من انقطاع المياه عن الأحياء الشرقية خلال الأسبوع المقبل. "
    "وقالت نقابة المهندسين إن أعمال الصيانة في المحطة الرئيسية تأخرت بسبب نقص قطع الغيار."
)
_HE_SOURCE = (
    "העירייה הזהירה כי אספקת המים לשכונות המזרחיות תופסק בשבוע הבא. "
    "ארגון המהנדסים אמר כי עבודות התחזוקה בתחנה המרכזית התעכבו בגלל מחסור בחלקים."
)


def _kinds(source: str, brief: str, lang: str) -> set[str]:
    return _GUARD.check(source, brief, lang=lang).kinds()


def test_ar_warning_moved_to_another_party_is_a_name_fault() -> None:
    brief = "حذرت نقابة المهندسين من انقطاع المياه عن الأحياء الشرقية خلال الأسبوع المقبل."
    assert "name" in _kinds(_AR_SOURCE, brief, "ar")


def test_ar_warning_kept_with_its_party_passes() -> None:
    brief = "حذرت بلدية المدينة من انقطاع المياه عن الأحياء الشرقية خلال الأسبوع المقبل."
    assert "name" not in _kinds(_AR_SOURCE, brief, "ar")


def test_he_warning_moved_to_another_party_is_a_name_fault() -> None:
    brief = "ארגון המהנדסים הזהיר כי אספקת המים לשכונות המזרחיות תופסק בשבוע הבא."
    assert "name" in _kinds(_HE_SOURCE, brief, "he")


def test_he_warning_kept_with_its_party_passes() -> None:
    brief = "העירייה הזהירה כי אספקת המים לשכונות המזרחיות תופסק בשבוע הבא."
    assert "name" not in _kinds(_HE_SOURCE, brief, "he")


# Hebrew: a speaker the source never names is a name of the brief the article lacks.
_HE_SPEECH = "ראש העירייה משה כהן אמר כי הגשר ייפתח לתנועה בחודש הבא. לדבריו, העבודות נמשכו שנתיים."


def test_he_speaker_the_source_never_names_is_a_name_fault() -> None:
    brief = "לדברי דוד לוי, הגשר ייפתח לתנועה בחודש הבא."
    assert "name" in _kinds(_HE_SPEECH, brief, "he")


def test_he_speaker_of_the_source_passes() -> None:
    brief = "לדברי משה כהן, הגשר ייפתח לתנועה בחודש הבא."
    assert "name" not in _kinds(_HE_SPEECH, brief, "he")
