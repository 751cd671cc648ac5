"""Guard round 16 (heldout18's missed numbers): a relative time ("tomorrow", "next week",
"a short while ago") changed in a brief is a changed figure, though no digit is written."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds


def test_hebrew_meeting_moved_from_tomorrow_to_next_week(guard: Guard) -> None:
    source = "שר האוצר ביטל בשל מחלה את הפגישה עם ראשי הבנקים שנקבעה למחר.\n"
    fair = "בשל מחלה ביטל שר האוצר את הפגישה שנקבעה למחר עם ראשי הבנקים."
    assert "number" not in kinds(guard, source, fair, lang="he")
    moved = "בשל מחלה ביטל שר האוצר את הפגישה שנקבעה לשבוע הבא עם ראשי הבנקים."
    assert "number" in kinds(guard, source, moved, lang="he")


def test_hebrew_short_while_ago_made_an_hour_ago(guard: Guard) -> None:
    source = "בעמק יזרעאל נשמעה לפני זמן קצר אזעקה, ובפיקוד העורף בודקים את הנסיבות.\n"
    moved = "בעמק יזרעאל נשמעה לפני כשעה אזעקה, ובפיקוד העורף בודקים את הנסיבות."
    assert "number" in kinds(guard, source, moved, lang="he")


def test_english_yesterday_made_last_week(guard: Guard) -> None:
    source = (
        "The mayor said yesterday that the bridge would reopen in spring, after repairs"
        " costing $4 million.\n"
    )
    fair = "The mayor said yesterday the bridge would reopen in spring after $4 million repairs."
    assert "number" not in kinds(guard, source, fair)
    moved = "The mayor said last week the bridge would reopen in spring after $4 million repairs."
    assert "number" in kinds(guard, source, moved)


def test_today_in_the_brief_is_left_to_the_named_day(guard: Guard) -> None:
    # the source dates the announcement by its weekday and the hearing as "tomorrow"
    source = (
        "The court announced on Sunday that the hearing set for tomorrow was postponed to March.\n"
    )
    brief = "The court announced today that the hearing set for tomorrow was postponed to March."
    assert "number" not in kinds(guard, source, brief)
