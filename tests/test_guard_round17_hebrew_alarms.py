"""Guard round 17 (heldout19's Hebrew false alarms): short feed items and court pages told
faithfully must pass, beside the fault of the same shape that must still be caught."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a feed item's label, a colon and a quotation ------------------------------------------

FLOOD_SOURCE = 'הצפות בצפון איטליה: "יותר מ-3,000 בני אדם פונו מבתיהם"'
FLOOD_BRIEF = "הצפות פוקדות את צפון איטליה; לפי הדיווח, יותר מ-3,000 בני אדם פונו מבתיהם."


def test_a_feed_items_label_is_the_writers_topic(guard: Guard) -> None:
    assert "attribution" not in kinds(guard, FLOOD_SOURCE, FLOOD_BRIEF, lang="he")
    # the quotation's figure given to a body the item never names is still caught
    wrong = FLOOD_BRIEF.replace("לפי הדיווח", "לפי משרד הפנים")
    assert "attribution" in kinds(guard, FLOOD_SOURCE, wrong, lang="he")


# --- an announcer named after a fronted phrase ("Because of X, the minister ...") ---------

STRIKE_SOURCE = (
    "שרת התחבורה ביטלה את הסיור בנמל חיפה בשל השביתה\n"
    "שרת התחבורה, מירי רגב, הודיעה היום על ביטול הסיור שהיה אמור להתקיים מחר בנמל"
    " חיפה בשל השביתה בנמל."
)
STRIKE_BRIEF = "בשל השביתה, שרת התחבורה מירי רגב לא תסייר מחר בנמל חיפה, והסיור בוטל."


def test_an_announcer_named_after_a_fronted_phrase_says_who(guard: Guard) -> None:
    assert "attribution" not in kinds(guard, STRIKE_SOURCE, STRIKE_BRIEF, lang="he")
    # the same act with its announcer dropped is still the announcer's word
    bare = "בשל השביתה, הסיור בנמל חיפה שתוכנן למחר בוטל, ושרת התחבורה לא תגיע."
    assert "attribution" in kinds(guard, STRIKE_SOURCE, bare, lang="he")


# --- a clause that opens with the verb's object or topic (את / על) -----------------------

TOUR_SOURCE = (
    "שר האוצר ביטל את הסיור בנמל חיפה בשל השביתה\n"
    "שר האוצר, יאיר שמיר, הודיע היום על ביטול הסיור שהיה אמור להתקיים מחר בנמל חיפה"
    " בשל השביתה בנמל."
)


COURT_SOURCE = (
    "בית משפט השלום בחיפה החליט שלא להרשיע את הנהג, יוסי לוי. השופט קבע כי ביצע עבירת"
    " נהיגה רשלנית, אך בשל עברו הנקי ובשל שהודה מיד לא יורשע. דוברת בתי המשפט מסרה כי"
    " על לוי הוטלו 100 שעות של עבודות שירות."
)
COURT_BRIEF = (
    "בית המשפט בחיפה נמנע מהרשעת הנהג יוסי לוי אף שקבע כי ביצע עבירת נהיגה רשלנית. את"
    " הפסיקה נימק בעברו הנקי ובכך שהודה מיד."
)


def test_a_fronted_object_is_no_speaker(guard: Guard) -> None:
    assert "attribution" not in kinds(guard, COURT_SOURCE, COURT_BRIEF, lang="he")


def test_the_speaker_after_a_fronted_topic_is_read(guard: Guard) -> None:
    told = (
        "בשל השביתה בוטל הסיור של שר האוצר שהיה אמור להתקיים מחר בנמל חיפה. על הביטול"
        " הודיע שמיר היום."
    )
    assert "attribution" not in kinds(guard, TOUR_SOURCE, told, lang="he")
    # the announcement given to another party of the source is caught
    moved = told.replace("הודיע שמיר", "הודיע נמל חיפה")
    assert "attribution" in kinds(guard, TOUR_SOURCE, moved, lang="he")
