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


# --- "genocide": a recognised event's fixed name, or a speaker's reference ---------------

MEMORIAL_SOURCE = (
    "A new museum in Kigali opened on Tuesday to mark thirty years since the Rwandan genocide."
    "\nCurator Alice Mutesi said the genocide against the Tutsi must be taught in every"
    " school.\n"
)


def test_genocide_in_a_recognised_events_name_passes(guard: Guard) -> None:
    brief = (
        "A new museum in Kigali opened on Tuesday to mark thirty years since the Rwandan genocide."
    )
    assert "loaded" not in kinds(guard, MEMORIAL_SOURCE, brief)
    ours = "A new museum opened on Tuesday as the genocide in Gaza goes on."
    assert "loaded" in kinds(guard, MEMORIAL_SOURCE, ours)


HISTORY_SOURCE = (
    '"We only have to look at the first genocide of the last century, in the colony, and at'
    ' how the state has still not answered for it," historian Omar Keller said.\n'
)


def test_genocide_a_speaker_points_to_is_theirs(guard: Guard) -> None:
    brief = (
        "Historian Omar Keller pointed to the first genocide of the last century, in the colony,"
        " saying the state has still not answered for it."
    )
    assert "loaded" not in kinds(guard, HISTORY_SOURCE, brief)
    ours = (
        "The first genocide of the last century took place in the colony, and the state has"
        " still not answered for it."
    )
    assert "loaded" in kinds(guard, HISTORY_SOURCE, ours)


# --- Arabic: a verbal noun retold as a verb ("تم تقييد" / "قيّدت") ----------------------

AR_MARKET_SOURCE = (
    "قال رئيس الغرفة التجارية إنه تم تقييد وقطع الاستيراد وإيقاف عشرين تاجرا في الميناء.\n"
)


def test_arabic_verbal_noun_retold_as_verb(guard: Guard) -> None:
    brief = (
        "قال رئيس الغرفة التجارية إن السلطات قيّدت الاستيراد وقطعته وأوقفت عشرين تاجرا في الميناء."
    )
    assert "unsupported" not in kinds(guard, AR_MARKET_SOURCE, brief, lang="ar")
    added = brief.replace("وأوقفت عشرين تاجرا", "وصادرت بضائع وسجنت عشرين تاجرا")
    assert "unsupported" in kinds(guard, AR_MARKET_SOURCE, added, lang="ar")


# --- a claim kept as an allegation: "over an allegation that" for "allegedly" -----------

COURT_SOURCE = (
    "Farmer Jonas Pell, who grows apples near Lindau, says inspectors visit his orchard every"
    " month. When he was 19, Pell was detained for allegedly stealing a tractor, but he"
    " denied the charge and was later cleared by a court.\n"
)


def test_claim_kept_as_an_allegation(guard: Guard) -> None:
    brief = (
        "Farmer Jonas Pell says inspectors visit his orchard every month. He was detained at 19"
        " over an allegation that he stole a tractor, but was later cleared by a court."
    )
    assert "attribution" not in kinds(guard, COURT_SOURCE, brief)
    as_fact = brief.replace("over an allegation that he stole", "for stealing")
    assert "attribution" in kinds(guard, COURT_SOURCE, as_fact)


# --- a hedged label from the headline: "X, 41, the suspected harbor arsonist," ----------

FIRE_HEADLINE = "Harbor Arsonist Bought Fuel Days Before the Blaze, Police Say"
FIRE_SOURCE = (
    FIRE_HEADLINE + "\n"
    "Mark Dunne, 41, bought forty litres of fuel at a station near the docks three days"
    " before the fire, according to a police spokeswoman.\n"
    "Investigators say he acted alone.\n"
)


def test_hedged_headline_label_is_no_added_aside(guard: Guard) -> None:
    brief = (
        "Mark Dunne, 41, the suspected harbor arsonist, bought forty litres of fuel near the"
        " docks three days before the fire, according to a police spokeswoman."
    )
    assert "unsupported" not in kinds(guard, FIRE_SOURCE, brief, headline=FIRE_HEADLINE)
    added = brief.replace("the suspected harbor arsonist", "a former navy diver")
    assert "unsupported" in kinds(guard, FIRE_SOURCE, added, headline=FIRE_HEADLINE)


# --- a speaker's predicate backed by their quote elsewhere: "X, 30, who ..., said ..." ---

CLINIC_SOURCE = (
    "Many families left the valley after the floods. One of them was 30-year-old Lina Varo,"
    " who walked for two days with her three children.\n"
    "The clinic in the town has only one doctor left.\n"
    "“My son has now been in the ward for six days with a fever,” Varo said.\n"
)


def test_speakers_predicate_backed_by_their_quote(guard: Guard) -> None:
    brief = (
        "Lina Varo, 30, who walked for two days with her three children, said her sick son had"
        " stayed six days in the ward."
    )
    assert "unsupported" not in kinds(guard, CLINIC_SOURCE, brief)
    added = brief.replace(
        "said her sick son had stayed six days in the ward",
        "said the army had blocked the road out of the valley for a week",
    )
    assert "unsupported" in kinds(guard, CLINIC_SOURCE, added)
