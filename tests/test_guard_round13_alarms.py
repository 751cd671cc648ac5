"""Guard round 13 (heldout15's false alarms as tuning data): faithful wordings that must
pass, beside the fault of the same shape that must still be caught."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a standard abbreviation of the source's name: "US" for "United States" -------------

TARIFF_SOURCE = (
    "The United Kingdom has raised objections to the new steel tariffs, arguing that they"
    " break an agreement signed in 2019. Trade minister Colin Ardle said talks would resume"
    " next week in Geneva.\n"
)


def test_abbreviation_is_no_swap(guard: Guard) -> None:
    brief = (
        "The UK has raised objections to the new steel tariffs, and trade minister Colin Ardle"
        " said talks would resume next week in Geneva."
    )
    assert "name" not in kinds(guard, TARIFF_SOURCE, brief)
    swapped = brief.replace("The UK", "The EU")
    assert "name" in kinds(guard, TARIFF_SOURCE, swapped)


def test_spelled_out_abbreviation_is_no_swap(guard: Guard) -> None:
    source = TARIFF_SOURCE.replace("The United Kingdom", "The UK")
    brief = (
        "The United Kingdom has raised objections to the new steel tariffs, and trade minister"
        " Colin Ardle said talks would resume next week in Geneva."
    )
    assert "name" not in kinds(guard, source, brief)


# --- the doer of an act moved: "the Ruvia-brokered deal" where the source has Quell ------

TRUCE_SOURCE = (
    "Rebel leaders in the north signed the truce on Sunday after weeks of talks. The"
    " agreement, brokered by Norway, sets up a buffer zone along the river, and Sweden has"
    " offered to send monitors.\n"
)


def test_doer_of_an_act_moved_is_a_name_fault(guard: Guard) -> None:
    brief = (
        "Rebel leaders in the north signed the Norway-brokered truce on Sunday, which sets up"
        " a buffer zone along the river."
    )
    assert "name" not in kinds(guard, TRUCE_SOURCE, brief)
    moved = brief.replace("Norway-brokered", "Sweden-brokered")
    assert "name" in kinds(guard, TRUCE_SOURCE, moved)


# --- a participle cue shares the clause's subject: "X fired Y, ..., saying ..." ---------

COACH_SOURCE = (
    "Club owner Mara Quist has sacked head coach Dario Venn, without giving a reason, saying"
    " in a short statement on Monday that she had thanked him for his work.\n"
    "Fan group leader Otto Rell said the decision was rushed.\n"
)


def test_participle_cue_belongs_to_the_subject(guard: Guard) -> None:
    brief = (
        "Club owner Mara Quist has sacked head coach Dario Venn, without giving a reason,"
        " saying in a statement on Monday that she had thanked him for his work."
    )
    assert "attribution" not in kinds(guard, COACH_SOURCE, brief)
    given_away = brief.replace("Club owner Mara Quist", "Fan group leader Otto Rell")
    assert "attribution" in kinds(guard, COACH_SOURCE, given_away)


# --- Arabic "وكان X قد حض Y": X the subject, Y the object -------------------------------

AR_UNION_SOURCE = (
    "أعلنت النقابة إضرابا عاما في الموانئ يوم الاثنين.\n"
    "وكان الاتحاد قد حث الحكومة على الحوار، داعيا إلى حل الأزمة بالطرق السلمية.\n"
)


def test_arabic_subject_before_qad_speaks(guard: Guard) -> None:
    brief = (
        "أعلنت النقابة إضرابا عاما في الموانئ. وكان الاتحاد قد حث الحكومة على الحوار،"
        " داعيا إلى حل الأزمة بالطرق السلمية."
    )
    assert "attribution" not in kinds(guard, AR_UNION_SOURCE, brief, lang="ar")
    given_away = brief.replace("وكان الاتحاد قد حث", "وكانت النقابة قد حثت")
    assert "attribution" in kinds(guard, AR_UNION_SOURCE, given_away, lang="ar")


# --- Hebrew verbs of replying and of giving reasons report speech -----------------------

HE_MEETING_SOURCE = (
    "שר האוצר הודיע היום על דחיית הפגישה עם ראשי הערים בשל מחלה.\n"
    'ראש העיר הגיב להודעה: "נמשיך לדרוש את התקציב".\n'
)


def test_hebrew_reason_and_reply_verbs_attribute(guard: Guard) -> None:
    brief = "שר האוצר הודיע על דחיית הפגישה עם ראשי הערים. את הדחייה נימק השר במחלה."
    assert "attribution" not in kinds(guard, HE_MEETING_SOURCE, brief, lang="he")
    reply = 'שר האוצר דחה את הפגישה. ראש העיר השיב כי "נמשיך לדרוש את התקציב".'
    assert "attribution" not in kinds(guard, HE_MEETING_SOURCE, reply, lang="he")
    bare = "שר האוצר הודיע על דחיית הפגישה עם ראשי הערים. הפגישה נדחתה בשל מחלה."
    assert "attribution" in kinds(guard, HE_MEETING_SOURCE, bare, lang="he")
