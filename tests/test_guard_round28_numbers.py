"""Round 28 (numbers: a relative time changed or moved onto another event):

- "A day after" made "a week after" (and the Hebrew and Arabic kin) changes how long after
  an event something happened: a relative time of its own family ("how long after").
- "The next day", "the same day", "in a week's time" and their Hebrew and Arabic kin are
  relative times too; "the next day" retells "tomorrow" and "the same day" retells
  "today", which stays faithful.
- A brief that keeps a relative time the source uses but puts it on another event
  ("announced today that the session set for tomorrow was cancelled" retold as "the
  session set for today") moves the time: its words are those of the source's other time.
"""

from __future__ import annotations

from summarizer.guard import Guard

_GUARD = Guard.from_settings()


def _kinds(source: str, brief: str, lang: str) -> set[str]:
    return _GUARD.check(source, brief, lang=lang).kinds()


_EN_AFTER = (
    "The harbour master resigned on Tuesday, a day after the port authority voted to cut"
    " the dredging budget by a third."
)


def test_a_day_after_made_a_week_after_is_a_number_fault() -> None:
    brief = "The harbour master resigned {} the port authority voted to cut the dredging budget."
    assert "number" not in _kinds(_EN_AFTER, brief.format("a day after"), "en")
    assert "number" in _kinds(_EN_AFTER, brief.format("a week after"), "en")


_AR_AFTER = (
    "أعلن وزير الزراعة استقالته مساء الخميس، بعد يوم من تصويت البرلمان على خفض ميزانية"
    " الري في المحافظات الجنوبية."
)


def test_arabic_a_day_after_made_a_week_after() -> None:
    brief = "أعلن وزير الزراعة استقالته {} تصويت البرلمان على خفض ميزانية الري."
    assert "number" not in _kinds(_AR_AFTER, brief.format("بعد يوم من"), "ar")
    assert "number" in _kinds(_AR_AFTER, brief.format("بعد أسبوع من"), "ar")


_HE_SESSION = (
    "שרת התחבורה הודיעה היום (שלישי) על דחיית הישיבה עם ראשי הערים שהייתה אמורה להיערך מחר"
    " בבאר שבע בנוכחות נציגי הרכבת, בשל שביתה בנמלים."
)


def test_hebrew_tomorrow_moved_to_today_or_the_same_day() -> None:
    brief = (
        "שרת התחבורה דחתה את הישיבה עם ראשי הערים שהייתה אמורה להיערך {} בבאר שבע בנוכחות"
        " נציגי הרכבת, בשל שביתה בנמלים."
    )
    assert "number" not in _kinds(_HE_SESSION, brief.format("מחר"), "he")
    assert "number" not in _kinds(_HE_SESSION, brief.format("למחרת"), "he")
    assert "number" in _kinds(_HE_SESSION, brief.format("היום"), "he")
    assert "number" in _kinds(_HE_SESSION, brief.format("באותו היום"), "he")


def test_hebrew_tomorrow_made_in_a_week() -> None:
    brief = "שרת התחבורה דחתה את הישיבה עם ראשי הערים שהייתה אמורה להיערך בעוד שבוע בבאר שבע."
    assert "number" in _kinds(_HE_SESSION, brief, "he")


def test_hebrew_today_kept_on_the_announcement() -> None:
    brief = "שרת התחבורה הודיעה היום על דחיית הישיבה עם ראשי הערים שהייתה אמורה להיערך מחר."
    assert "number" not in _kinds(_HE_SESSION, brief, "he")


_EN_SESSION = (
    "The transport minister said today that the hearing with the city mayors, which was due"
    " to be held tomorrow in Leeds with rail union officials, had been postponed."
)


def test_english_tomorrow_moved_to_the_same_day() -> None:
    brief = (
        "The transport minister postponed the hearing with the city mayors, which was due to be"
        " held {} in Leeds with rail union officials."
    )
    assert "number" not in _kinds(_EN_SESSION, brief.format("the next day"), "en")
    assert "number" in _kinds(_EN_SESSION, brief.format("the same day"), "en")
