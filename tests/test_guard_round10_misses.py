"""Guard round 10 (issue 12, heldout12's missed faults as tuning data): faults that must be
caught with the right kind, beside the faithful wording that must still pass."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a feed item's title claim appended to, or inserted into, its teaser's sentence --------

AUDIT_TITLE = "Council Chief Hid Waste Dump Plans From Voters, Audit Finds"
AUDIT_ITEM = (
    f"{AUDIT_TITLE}\n"
    "According to council records, council chief Omar Reyes met developers twice in May to"
    " discuss land near the river.\n"
)


def test_a_title_claim_appended_to_a_teaser_sentence_is_headline(guard: Guard) -> None:
    brief = (
        "Council chief Omar Reyes met developers twice in May to discuss land near the river,"
        " council records show."
    )
    assert "headline" not in kinds(guard, AUDIT_ITEM, brief, headline=AUDIT_TITLE)
    appended = brief.replace(
        ", council records show.",
        ", as an audit found that he hid waste dump plans from voters.",
    )
    assert "headline" in kinds(guard, AUDIT_ITEM, appended, headline=AUDIT_TITLE)


def test_a_sentence_that_restates_a_feed_title_is_no_headline_fault(guard: Guard) -> None:
    brief = (
        "An audit found that waste dump plans were kept from voters by the council chief, who"
        " met developers twice in May to discuss land near the river, council records show."
    )
    assert "headline" not in kinds(guard, AUDIT_ITEM, brief, headline=AUDIT_TITLE)


LIBRARY_TITLE = "Council Chief's Cost-Cutting Drive Runs Out of Road"
LIBRARY_ITEM = (
    f"{LIBRARY_TITLE}\n"
    "According to council records, council chief Omar Reyes closed two libraries in May.\n"
)


def test_a_hyphenated_title_word_counts_for_its_parts(guard: Guard) -> None:
    brief = "Council chief Omar Reyes closed two libraries in May, council records show."
    assert "headline" not in kinds(guard, LIBRARY_ITEM, brief, headline=LIBRARY_TITLE)
    appended = brief.replace(", council records show.", ", as his cost-cutting drive stalls.")
    assert "headline" in kinds(guard, LIBRARY_ITEM, appended, headline=LIBRARY_TITLE)


GUNMAN_TITLE = "Dayton Gunman Spoke of Burning Down City Schools, Officers Say"
GUNMAN_ITEM = (
    f"{GUNMAN_TITLE}\n"
    "Daniel Ortiz, 31, made threats at the police station in Dayton in June, according to a"
    " senior officer.\n"
)


def test_a_title_claim_inserted_into_a_teaser_sentence_is_headline(guard: Guard) -> None:
    brief = (
        "Daniel Ortiz, 31, made threats at the police station in Dayton in June, a senior"
        " officer said."
    )
    assert "headline" not in kinds(guard, GUNMAN_ITEM, brief, headline=GUNMAN_TITLE)
    inserted = brief.replace("made threats at", "told").replace(
        "in Dayton in June", "in Dayton of burning down city schools in June"
    )
    assert "headline" in kinds(guard, GUNMAN_ITEM, inserted, headline=GUNMAN_TITLE)


# --- a place swapped after a word for its kind, or a country for a country ------------------

AR_RAID = (
    "قال مسؤول محلي إن قوات الأمن داهمت منازل قرب بلدة عنبتا شرقي طولكرم يوم الأحد.\n"
    "وفي بلدة بلعا المجاورة أغلقت المدارس أبوابها حتى إشعار آخر.\n"
)


def test_an_arabic_town_swapped_after_its_kind_is_a_name_fault(guard: Guard) -> None:
    brief = "داهمت قوات الأمن منازل قرب بلدة عنبتا شرقي طولكرم يوم الأحد، وفق مسؤول محلي."
    assert "name" not in kinds(guard, AR_RAID, brief, "ar")
    invented = brief.replace("بلدة عنبتا", "بلدة دير الغصون")
    assert "name" in kinds(guard, AR_RAID, invented, "ar")
    moved = brief.replace("بلدة عنبتا", "بلدة بلعا")  # named by the source, for the schools
    assert "name" in kinds(guard, AR_RAID, moved, "ar")


HE_ARREST = "המשטרה עצרה שלושה חשודים ליד הכפר עראבה ביום שני, נמסר מהמשטרה.\n"


def test_a_hebrew_village_swapped_after_its_kind_is_a_name_fault(guard: Guard) -> None:
    brief = "המשטרה עצרה שלושה חשודים ליד הכפר עראבה ביום שני."
    assert "name" not in kinds(guard, HE_ARREST, brief, "he")
    swapped = brief.replace("הכפר עראבה", "הכפר סחנין")
    assert "name" in kinds(guard, HE_ARREST, swapped, "he")


AR_VISIT = "وصل وزير الخارجية إلى تونس يوم الثلاثاء في زيارة رسمية تستمر يومين، بحسب الوكالة.\n"


def test_an_arabic_country_swapped_for_another_is_a_name_fault(guard: Guard) -> None:
    brief = "وصل وزير الخارجية إلى تونس يوم الثلاثاء في زيارة رسمية تستمر يومين."
    assert "name" not in kinds(guard, AR_VISIT, brief, "ar")
    swapped = brief.replace("إلى تونس", "إلى إثيوبيا")
    assert "name" in kinds(guard, AR_VISIT, swapped, "ar")


# --- judging words for a ruler, a speech or an outcome --------------------------------------

EN_SUMMIT = (
    "The general, who seized power in 2019, arrived in Cairo on Monday for talks. The"
    " opposition leader criticised the visit in a speech to supporters. The national team"
    " lost all three of its matches at the tournament.\n"
)


def test_english_dictator_tirade_and_humiliated_are_loaded(guard: Guard) -> None:
    brief = "The general, who seized power in 2019, arrived in Cairo on Monday for talks."
    assert "loaded" not in kinds(guard, EN_SUMMIT, brief)
    assert "loaded" in kinds(guard, EN_SUMMIT, brief.replace("The general", "The dictator"))
    speech = "The opposition leader criticised the visit in a speech to supporters."
    assert "loaded" not in kinds(guard, EN_SUMMIT, speech)
    tirade = speech.replace("in a speech", "in a vicious tirade")
    assert "loaded" in kinds(guard, EN_SUMMIT, tirade)
    team = "The national team lost all three of its matches at the tournament."
    assert "loaded" not in kinds(guard, EN_SUMMIT, team)
    humiliated = team.replace("lost all", "was humiliated, losing all")
    assert "loaded" in kinds(guard, EN_SUMMIT, humiliated)


AR_VISIT_LEADER = "وصل الرئيس عمر حسن إلى القاهرة يوم الاثنين في زيارة لم يعلن عنها مسبقا.\n"


def test_an_arabic_dictator_in_our_voice_is_loaded(guard: Guard) -> None:
    brief = "وصل الرئيس عمر حسن إلى القاهرة يوم الاثنين في زيارة لم يعلن عنها مسبقا."
    assert "loaded" not in kinds(guard, AR_VISIT_LEADER, brief, "ar")
    judged = brief.replace("الرئيس عمر", "الديكتاتور عمر")
    assert "loaded" in kinds(guard, AR_VISIT_LEADER, judged, "ar")


HE_VISIT_LEADER = "הנשיא עומר חסן הגיע לקהיר ביום שני לביקור שלא הודיעו עליו מראש.\n"


def test_a_hebrew_dictator_in_our_voice_is_loaded(guard: Guard) -> None:
    brief = "הנשיא עומר חסן הגיע לקהיר ביום שני לביקור שלא הודיעו עליו מראש."
    assert "loaded" not in kinds(guard, HE_VISIT_LEADER, brief, "he")
    judged = brief.replace("הנשיא עומר", "הרודן עומר")
    assert "loaded" in kinds(guard, HE_VISIT_LEADER, judged, "he")


HE_COMMITTEE = "שר האוצר יופיע מחר בוועדת החינוך של הכנסת כדי להציג את התקציב החדש, נמסר.\n"


def test_a_hebrew_committee_swapped_after_its_kind_is_a_name_fault(guard: Guard) -> None:
    brief = "שר האוצר יופיע מחר בוועדת החינוך של הכנסת כדי להציג את התקציב החדש."
    assert "name" not in kinds(guard, HE_COMMITTEE, brief, "he")
    swapped = brief.replace("בוועדת החינוך", "בוועדת הבריאות")
    assert "name" in kinds(guard, HE_COMMITTEE, swapped, "he")


AR_COMMITTEE = "سيمثل وزير المالية غدا أمام لجنة التعليم في البرلمان لعرض الموازنة الجديدة.\n"


def test_an_arabic_committee_swapped_after_its_kind_is_a_name_fault(guard: Guard) -> None:
    brief = "سيمثل وزير المالية غدا أمام لجنة التعليم في البرلمان لعرض الموازنة الجديدة."
    assert "name" not in kinds(guard, AR_COMMITTEE, brief, "ar")
    swapped = brief.replace("لجنة التعليم", "لجنة الصحة")
    assert "name" in kinds(guard, AR_COMMITTEE, swapped, "ar")


# --- a charge word that names the speech itself is our voice, not the speaker's -------------

HE_SPEECH = 'ראש הארגון אמר בנאום לתומכיו כי "המאבק יימשך עד הניצחון", ולא הזכיר את ההפסקה.\n'


def test_a_hebrew_incitement_speech_is_loaded_after_a_speech_verb(guard: Guard) -> None:
    brief = 'ראש הארגון אמר בנאום לתומכיו כי "המאבק יימשך עד הניצחון".'
    assert "loaded" not in kinds(guard, HE_SPEECH, brief, "he")
    judged = brief.replace("בנאום לתומכיו", "בנאום הסתה לתומכיו")
    assert "loaded" in kinds(guard, HE_SPEECH, judged, "he")
    charged = 'ראש הארגון אמר כי ההסתה נגדו "תימשך עד הבחירות".'  # his charge, reported
    assert "loaded" not in kinds(guard, HE_SPEECH + charged + "\n", charged, "he")


# --- one figure of a source sentence put in the place of another ----------------------------

EN_STORES = (
    "The retailer opened three stores in Lyon and two stores in Nice last year, its"
    " spokesman said on Tuesday. Sales rose in both cities.\n"
)


def test_a_figure_doubled_in_place_of_another_is_a_number_fault(guard: Guard) -> None:
    brief = (
        "The retailer opened three stores in Lyon and two in Nice last year, its spokesman said."
    )
    assert "number" not in kinds(guard, EN_STORES, brief)
    doubled = brief.replace("three stores", "two stores")
    assert "number" in kinds(guard, EN_STORES, doubled)


EN_PETITION = "Some 300 parents signed a petition against the school's closure, the council said.\n"


def test_a_bound_on_a_figure_the_source_only_approximates_is_a_number_fault(
    guard: Guard,
) -> None:
    brief = "About 300 parents signed a petition against the school's closure, the council said."
    assert "number" not in kinds(guard, EN_PETITION, brief)
    bounded = brief.replace("About 300", "More than 300")
    assert "number" in kinds(guard, EN_PETITION, bounded)


# --- a speaker swapped in a sentence that quotes only titles --------------------------------

EN_AWARDS = (
    'Anna Cole won best actress for her role in "The Long Road Home" on Sunday.'
    ' But "Harbour Lights" actor Tom Reed said the top prize should have gone to the drama'
    ' "Quiet Rivers".\n'
)


def test_a_speaker_swapped_beside_a_quoted_title_is_an_attribution_fault(guard: Guard) -> None:
    brief = (
        '"Harbour Lights" actor Tom Reed said the top prize should have gone to the drama'
        ' "Quiet Rivers".'
    )
    assert "attribution" not in kinds(guard, EN_AWARDS, brief)
    swapped = (
        '"The Long Road Home" star Anna Cole said the top prize should have gone to the drama'
        ' "Quiet Rivers".'
    )
    assert "attribution" in kinds(guard, EN_AWARDS, swapped)


# --- a compound name put together from two of the source's --------------------------------

EN_STREETS = (
    "The district will rename two places next year: Kolonialweg will become"
    " Rosa-Weiss-Strasse, and Bismarckplatz is to become Hans-Otto-Platz, the council said.\n"
)


def test_a_compound_name_built_from_two_of_the_source_is_a_name_fault(guard: Guard) -> None:
    brief = "Kolonialweg will become Rosa-Weiss-Strasse and Bismarckplatz Hans-Otto-Platz."
    assert "name" not in kinds(guard, EN_STREETS, brief)
    mixed = brief.replace("Hans-Otto-Platz", "Rosa-Weiss-Platz")
    assert "name" in kinds(guard, EN_STREETS, mixed)


# --- a month swapped after a preposition -----------------------------------------------------

EN_EXPORTS = (
    "Exports fell for a third month in March, the statistics office said on Thursday,"
    " and the trade gap widened to its largest since Feb. last year.\n"
)


def test_an_english_month_swapped_after_in_is_a_number_fault(guard: Guard) -> None:
    brief = "Exports fell for a third month in March, the statistics office said."
    assert "number" not in kinds(guard, EN_EXPORTS, brief)
    assert "number" in kinds(guard, EN_EXPORTS, brief.replace("in March", "in April"))
    spelled = "The trade gap widened to its largest since February last year."
    assert not kinds(guard, EN_EXPORTS, spelled) & {"number", "name"}
