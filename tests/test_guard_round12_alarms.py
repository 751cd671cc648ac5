"""Guard round 12 (issue 12, heldout14's false alarms as tuning data): faithful wordings
that must pass, beside the fault of the same shape that must still be caught."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a demand names its maker: "called for", "demanded" ---------------------------------

PORT_SOURCE = (
    "Dockworkers in Valmora walked out on Monday over unpaid overtime, halting cargo at the"
    " city's main terminal. Union leader Petra Vand emphasized the need for a written pay"
    " agreement before any return to work, underscoring the union's stance against further"
    " delays.\n"
)


def test_called_for_attributes_the_demand(guard: Guard) -> None:
    brief = (
        "Dockworkers in Valmora walked out on Monday over unpaid overtime, and union leader"
        " Petra Vand called for a written pay agreement before any return to work."
    )
    assert "attribution" not in kinds(guard, PORT_SOURCE, brief)
    demanded = brief.replace("called for", "demanded")
    assert "attribution" not in kinds(guard, PORT_SOURCE, demanded)
    unattributed = (
        "Dockworkers in Valmora walked out on Monday over unpaid overtime; a written pay"
        " agreement is needed before any return to work."
    )
    assert "attribution" in kinds(guard, PORT_SOURCE, unattributed)


# --- a person named in a quotation broken by its credit, or spelt otherwise -------------

BENCH_SOURCE = (
    "Governor Lena Marsh appointed Tomas Oduya to the state appeals court on Friday.\n"
    "“Because Judge Oduya is the first of his community here, many will focus on history,”"
    " Gov. Marsh said. “But I want the record to show that Judge Oduya is the kind of careful"
    " judge I want on our appeals court because he is the best person for the job.”\n"
    "Laura Penn, the court's clerk, said he would be sworn in next week.\n"
)


def test_a_quotation_goes_on_after_its_credit(guard: Guard) -> None:
    brief = (
        "Gov. Lena Marsh said he was the kind of careful judge she wanted on the appeals"
        " court because he was the best person for the job."
    )
    assert "name" not in kinds(guard, BENCH_SOURCE, brief)
    swapped = brief.replace("Gov. Lena Marsh said", "Laura Penn said")
    assert "attribution" in kinds(guard, BENCH_SOURCE, swapped)  # the clerk never said it


FAMILY_SOURCE = (
    "The singer spoke at length about her family in the interview.\n"
    "She said her relationships with her sister, Anna Kowalsky, and her uncle, Piotr Brenn,"
    " are far more strained.\n"
    "Her cousin Marek Kowalski runs the family bakery in Lodz.\n"
)


def test_a_surname_spelt_one_letter_apart_is_the_same_person(guard: Guard) -> None:
    brief = "She said her relationships with her sister, Anna Kowalski, are far more strained."
    assert "name" not in kinds(guard, FAMILY_SOURCE, brief)
    other = brief.replace("Anna Kowalski", "Marek Kowalski")
    assert "name" in kinds(guard, FAMILY_SOURCE, other)


# --- a speaker named before an age and a relative clause --------------------------------

CLINIC_SOURCE = (
    "One of the women to flee the coast was 31-year-old Dalia Orsen, who was eight months"
    " pregnant at the time. “I am from Port City,” she said in an interview.\n"
    "The stress of the war brought on the birth. “My son has now been in the incubator for"
    " six days under monitoring,” Orsen said.\n"
    "Karim Bello, a nurse at the clinic, explained that there were 14 infants in the ward.\n"
)


def test_a_speaker_before_her_age_and_a_relative_clause(guard: Guard) -> None:
    brief = (
        "Dalia Orsen, 31, who fled Port City while eight months pregnant, said her son had"
        " been in the incubator for six days."
    )
    assert "attribution" not in kinds(guard, CLINIC_SOURCE, brief)
    swapped = brief.replace("Dalia Orsen, 31", "Karim Bello, 40")
    assert "attribution" in kinds(guard, CLINIC_SOURCE, swapped)


# --- a count of a list the brief spells out itself ---------------------------------------

DEPOT_SOURCE = (
    "Fighters from the Hawk Brigade, the Stone Front, the Cedar Battalion, the River Force"
    " and the Dawn Companies, along with other units, seized three ammunition depots near"
    " Qalat, the monitor said.\n"
)


def test_a_count_of_the_brief_s_own_list_en(guard: Guard) -> None:
    brief = (
        "Fighters from five named groups: the Hawk Brigade, the Stone Front, the Cedar"
        " Battalion, the River Force and the Dawn Companies, seized three ammunition depots"
        " near Qalat, the monitor said."
    )
    assert "number" not in kinds(guard, DEPOT_SOURCE, brief)
    assert "number" in kinds(guard, DEPOT_SOURCE, brief.replace("five named", "six named"))


DEPOT_SOURCE_AR = (
    "قال المرصد إن مقاتلين من لواء الصقر وجبهة الحجر وكتيبة الأرز وقوات النهر وكتائب الفجر،"
    " إلى جانب فصائل أخرى، استولوا على ثلاثة مستودعات ذخيرة قرب قلعة.\n"
)


def test_a_count_of_the_brief_s_own_list_ar(guard: Guard) -> None:
    brief = (
        "قال المرصد إن مقاتلين من خمس مجموعات، هي لواء الصقر وجبهة الحجر وكتيبة الأرز وقوات"
        " النهر وكتائب الفجر، استولوا على ثلاثة مستودعات ذخيرة قرب قلعة."
    )
    assert "number" not in kinds(guard, DEPOT_SOURCE_AR, brief, lang="ar")
    wrong = brief.replace("خمس مجموعات", "سبع مجموعات")
    assert "number" in kinds(guard, DEPOT_SOURCE_AR, wrong, lang="ar")


DEPOT_SOURCE_HE = (
    "לדברי הארגון, לוחמים מחטיבת הנשר, מחזית האבן, מפלוגת הסלע ומגדוד הארז השתלטו על שני"
    " מחסני תחמושת ליד קלעה.\n"
)


def test_a_count_of_the_brief_s_own_list_he(guard: Guard) -> None:
    brief = (
        "לדברי הארגון, לוחמים מארבע קבוצות: חטיבת הנשר, חזית האבן, פלוגת הסלע וגדוד הארז,"
        " השתלטו על שני מחסני תחמושת ליד קלעה."
    )
    assert "number" not in kinds(guard, DEPOT_SOURCE_HE, brief, lang="he")
    wrong = brief.replace("מארבע קבוצות", "מחמש קבוצות")
    assert "number" in kinds(guard, DEPOT_SOURCE_HE, wrong, lang="he")


# --- a Hebrew sentence that opens with "עוד" / "בנוסף" before its verb ----------------

SPEECH_SOURCE_HE = (
    "בנאום לציון יום השנה אמר ראש העירייה, דן לבנון, כי העיר תבנה שלושה גנים חדשים."
    ' לבנון הוסיף כי הממשלה היא "השותפה הגדולה של העיר".\n'
)


def test_an_adverb_before_the_verb_names_no_speaker_he(guard: Guard) -> None:
    brief = (
        "ראש העירייה, דן לבנון, אמר כי העיר תבנה גנים חדשים. עוד אמר כי הממשלה היא"
        ' "השותפה הגדולה של העיר".'
    )
    assert "attribution" not in kinds(guard, SPEECH_SOURCE_HE, brief, lang="he")
    other = brief.replace("עוד אמר כי", "עוד אמר שר האוצר, משה כרמל, כי")
    assert "attribution" in kinds(guard, SPEECH_SOURCE_HE, other, lang="he")


# --- "חזר על" (reiterated) with nothing between the verb and its preposition ------------

PLEDGE_SOURCE = (
    "Mayor Dan Levanon is travelling to the capital for talks on the port, city officials"
    " said. Governor Ruth Amsel has reaffirmed her commitment to rebuilding the old harbour.\n"
)
PLEDGE_EN = (
    "Mayor Dan Levanon is travelling to the capital for talks on the port, city officials"
    " said. Governor Ruth Amsel has reaffirmed her commitment to rebuilding the old harbour."
)


def test_reiterated_attributes_in_hebrew(guard: Guard) -> None:
    brief = (
        "ראש העיר דן לבנון בדרכו לבירה לשיחות על הנמל, כך מסרו גורמים בעירייה. המושלת רות"
        " אמסל חזרה על מחויבותה לשקם את הנמל הישן."
    )
    found = kinds(guard, PLEDGE_SOURCE, brief, lang="he", english_summary=PLEDGE_EN)
    assert "translation_attribution" not in found
    fact = brief.replace("המושלת רות אמסל חזרה על מחויבותה לשקם", "המושלת רות אמסל תשקם")
    found = kinds(guard, PLEDGE_SOURCE, fact, lang="he", english_summary=PLEDGE_EN)
    assert "translation_attribution" in found
