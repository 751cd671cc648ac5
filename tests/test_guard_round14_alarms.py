"""Guard round 14 (heldout16's false alarms as tuning data): faithful wordings that must
pass, beside the fault of the same shape that must still be caught."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a doubt word the source itself writes of the same thing ------------------------------

ORCHARD_SOURCE = (
    'The cooperative was founded in 1921 by growers who signed so-called "Hofbriefe," or'
    ' "yard letters," with the landowners in exchange for a share of every harvest.\n'
)


def test_source_so_called_is_not_ours(guard: Guard) -> None:
    brief = (
        "The cooperative was founded in 1921 by growers who signed so-called yard letters"
        " with the landowners."
    )
    assert "loaded" not in kinds(guard, ORCHARD_SOURCE, brief)
    # the same word before a thing the source never doubts is still ours
    sneer = brief.replace(
        "so-called yard letters with the landowners", "yard letters with the so-called landowners"
    )
    assert "loaded" in kinds(guard, ORCHARD_SOURCE, sneer)


MARKET_SOURCE_AR = 'وقع التجار ما يسمى "عقود الحماية" التي أبرمت مع البلدية مقابل حصة من الأرباح.\n'


def test_source_so_called_is_not_ours_ar(guard: Guard) -> None:
    brief = "وقع التجار ما يسمى عقود الحماية مع البلدية."
    assert "loaded" not in kinds(guard, MARKET_SOURCE_AR, brief, lang="ar")
    sneer = "وقع التجار عقود الحماية مع ما يسمى البلدية."
    assert "loaded" in kinds(guard, MARKET_SOURCE_AR, sneer, lang="ar")


# --- a doubt word on a thing the source itself declares false ----------------------------

SIREN_SOURCE_HE = "הדיווח על דליפת גז במפעל בחיפה הוא דיווח שווא, כך מסרה המשטרה.\n"


def test_supposed_thing_the_source_calls_false_he(guard: Guard) -> None:
    brief = "הדיווח על דליפת גז שאירעה כביכול במפעל בחיפה הוא דיווח שווא, כך מסרה המשטרה."
    assert "loaded" not in kinds(guard, SIREN_SOURCE_HE, brief, lang="he")
    true_source = "הדיווח על דליפת גז במפעל בחיפה אושר, כך מסרה המשטרה.\n"
    sneer = "הדיווח על דליפת גז שאירעה כביכול במפעל בחיפה אושר, כך מסרה המשטרה."
    assert "loaded" in kinds(guard, true_source, sneer, lang="he")


SIREN_SOURCE_EN = "Police said the report of a gas leak at the Haifa plant was a false alarm.\n"


def test_so_called_thing_the_source_calls_false_en(guard: Guard) -> None:
    brief = "Police said the report of a so-called gas leak at the Haifa plant was a false alarm."
    assert "loaded" not in kinds(guard, SIREN_SOURCE_EN, brief)
    true_source = "Police said the report of a gas leak at the Haifa plant was confirmed.\n"
    sneer = "Police said the report of a so-called gas leak at the Haifa plant was confirmed."
    assert "loaded" in kinds(guard, true_source, sneer)


# --- a Hebrew demonstrative (זאת, "this") is no content the source must back ------------

WARNING_SOURCE_HE = (
    'שר החוץ הגיב לדבריו של שר ההגנה הסורי, שאמר קודם כי הצבא ייכנס לעיר, ומסר: "נגיב בכל הכוח".\n'
)


def test_demonstrative_is_no_novel_word_he(guard: Guard) -> None:
    brief = "שר החוץ הזהיר כי ישראל תגיב בכל הכוח. הוא אמר זאת בתגובה להודעת שר ההגנה הסורי."
    assert "unsupported" not in kinds(guard, WARNING_SOURCE_HE, brief, lang="he")
    invented = brief.replace("בתגובה להודעת שר ההגנה הסורי", "בתגובה לפיגוע במסגד העתיק")
    assert "unsupported" in kinds(guard, WARNING_SOURCE_HE, invented, lang="he")


# --- the reason a speaker gave, in a sentence of its own after the attributed one --------

POSTPONED_SOURCE_HE = (
    "שרת החינוך, יפעת כהן, הודיעה היום (שני) על ביטול הטקס שהיה אמור להתקיים מחר באולם"
    " העירוני בהשתתפותה בשל מחלת הקורונה.\n"
)


def test_reason_after_attributed_sentence_carries_it_he(guard: Guard) -> None:
    brief = (
        "שרת החינוך יפעת כהן הודיעה ביום שני כי הטקס באולם העירוני, שבו הייתה אמורה להשתתף"
        " מחר, בוטל. הסיבה לביטול היא מחלת הקורונה."
    )
    assert "attribution" not in kinds(guard, POSTPONED_SOURCE_HE, brief, lang="he")
    # a sentence after the attributed one that gives no reason of its event is not carried
    other = brief.replace("הסיבה לביטול היא מחלת הקורונה.", "מחלת הקורונה פגעה בשרה.")
    assert "attribution" in kinds(guard, POSTPONED_SOURCE_HE, other, lang="he")


POSTPONED_SOURCE_EN = (
    "The education minister announced on Monday the postponement of the exams scheduled"
    " for Tuesday because of the teachers' strike.\n"
)


def test_reason_after_attributed_sentence_carries_it_en(guard: Guard) -> None:
    brief = (
        "The education minister announced on Monday that the exams scheduled for Tuesday"
        " were postponed. The reason for the postponement is the teachers' strike."
    )
    assert "attribution" not in kinds(guard, POSTPONED_SOURCE_EN, brief)
    alone = (
        "The exams scheduled for Tuesday were postponed. The reason for the postponement is"
        " the teachers' strike."
    )
    assert "attribution" in kinds(guard, POSTPONED_SOURCE_EN, alone)


POSTPONED_SOURCE_AR = (
    "أعلنت وزيرة التعليم اليوم تأجيل الامتحانات التي كانت مقررة غدا بسبب إضراب المعلمين.\n"
)


def test_reason_after_attributed_sentence_carries_it_ar(guard: Guard) -> None:
    brief = (
        "أعلنت وزيرة التعليم اليوم تأجيل الامتحانات التي كانت مقررة غدا."
        " وسبب التأجيل هو إضراب المعلمين."
    )
    assert "attribution" not in kinds(guard, POSTPONED_SOURCE_AR, brief, lang="ar")
    alone = "تأجلت الامتحانات التي كانت مقررة غدا. وسبب التأجيل هو إضراب المعلمين."
    assert "attribution" in kinds(guard, POSTPONED_SOURCE_AR, alone, lang="ar")
