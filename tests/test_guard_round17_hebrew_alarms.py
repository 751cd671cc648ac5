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


# --- a quotation mark after a proclitic (ב"יום ...) ------------------------------------------

RALLY_SOURCE = (
    'מזכ"ל הג\'יהאד האסלאמי זיאד נח\'אלה אמר בכנס לציון "יום האדמה" כי "ההתנגדות תימשך'
    ' עד שהכיבוש ייעלם". הוא הוסיף: "האויב הוא הכוח הכובש".'
)
RALLY_BRIEF = (
    "בכנס ב\"יום האדמה\" אמר מנהיג הג'יהאד האסלאמי זיאד נח'אלה כי ההתנגדות תימשך עד"
    ' שהכיבוש ייעלם. עוד אמר כי "האויב" הוא הכוח הכובש.'
)


def test_a_quotation_opened_after_a_proclitic_is_read_as_written(guard: Guard) -> None:
    assert "attribution" not in kinds(guard, RALLY_SOURCE, RALLY_BRIEF, lang="he")
    # words put in the speaker's mouth are still caught
    misquoted = RALLY_BRIEF.replace(
        "כי ההתנגדות תימשך עד שהכיבוש ייעלם", 'כי "ההתנגדות תימשך לנצח ולעולם"'
    )
    assert "attribution" in kinds(guard, RALLY_SOURCE, misquoted, lang="he")


# --- a reflexive verb whose root opens with ש (השתלטו of שליטה) ---------------------------

PLANT_SOURCE = "השריפה במפעל באשדוד: הושגה שליטה על הלהבות, איש לא נפגע"
PLANT_BRIEF = "צוותי הכבאות השתלטו על הלהבות במפעל באשדוד, ואיש לא נפגע."


def test_a_reflexive_verb_meets_its_roots_noun(guard: Guard) -> None:
    assert "unsupported" not in kinds(guard, PLANT_SOURCE, PLANT_BRIEF, lang="he")
    # a struggle the item never tells of is still caught
    longer = PLANT_BRIEF.replace(", ואיש לא נפגע", " לאחר מאבק ממושך שנמשך כל הלילה")
    assert "unsupported" in kinds(guard, PLANT_SOURCE, longer, lang="he")


# --- a currency's abbreviation for its name (ש"ח for שקל) ------------------------------------

FINE_SOURCE = (
    "בית משפט השלום בנתניה גזר על הקבלן, דוד אזולאי, עבודות שירות. עוד הוטלו עליו 50 שעות"
    " של עבודות לתועלת הציבור ו-2,000 שקל קנס."
)
FINE_BRIEF = (
    "על הקבלן דוד אזולאי נגזרו עבודות שירות, 50 שעות של עבודות לתועלת הציבור ותשלום קנס"
    ' בסך 2,000 ש"ח.'
)


def test_a_currencys_abbreviation_is_its_name(guard: Guard) -> None:
    assert "unsupported" not in kinds(guard, FINE_SOURCE, FINE_BRIEF, lang="he")
    # another currency is still caught
    euros = FINE_BRIEF.replace('ש"ח', "יורו")
    assert "unsupported" in kinds(guard, FINE_SOURCE, euros, lang="he")


# --- a quoted title between a speaker and their verb ('X מ"טד לאסו" אמר') --------------

AWARDS_SOURCE = (
    "Olivia Colman won best actress for Ted Lasso on Sunday. Jeremy Strong won best actor."
    " Josh O'Connor, who plays a coach in Ted Lasso, said the drama prize should have gone"
    " to Succession."
)
AWARDS_EN = (
    'Olivia Colman won best actress for "Ted Lasso". "Ted Lasso" actor Josh O\'Connor said'
    ' the drama prize should have gone to "Succession".'
)
AWARDS_HE = (
    "אוליביה קולמן זכתה בפרס השחקנית הטובה ביותר על \"טד לאסו\". השחקן ג'וש או'קונור"
    ' מ"טד לאסו" אמר שפרס הדרמה היה צריך ללכת ל"יורשים".'
)


def test_a_quoted_title_before_the_verb_names_no_speaker(guard: Guard) -> None:
    found = kinds(guard, AWARDS_SOURCE, AWARDS_HE, lang="he", english_summary=AWARDS_EN)
    assert "translation_attribution" not in found
    # the words given to another person of the brief are still caught
    moved = AWARDS_HE.replace("ג'וש או'קונור מ\"טד לאסו\" אמר", 'אוליביה קולמן מ"טד לאסו" אמרה')
    found = kinds(guard, AWARDS_SOURCE, moved, lang="he", english_summary=AWARDS_EN)
    assert "translation_attribution" in found
