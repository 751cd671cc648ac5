"""Guard round 7 (issue 12, heldout9's missed faults as tuning data): faults that must be
reported with their kind, and the faithful briefs beside them that must still pass."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- loaded: judging adverbs, adjectives and verbs in our own voice -----------------------

EN_SPEECH = (
    "Prime Minister Benjamin Netanyahu reaffirmed on Sunday that military operations in"
    " Rafah will continue despite international pressure.\n"
    "The army said its intensive bombardment of the area would go on.\n"
)


def test_a_judging_adverb_or_adjective_in_our_voice_is_loaded(guard: Guard) -> None:
    faithful = "Netanyahu reaffirmed that military operations in Rafah will continue."
    assert kinds(guard, EN_SPEECH, faithful) == set()
    for brief in (
        "Netanyahu defiantly reaffirmed that military operations in Rafah will continue.",
        "The army said its indiscriminate bombardment of Rafah would go on.",
    ):
        assert "loaded" in kinds(guard, EN_SPEECH, brief)


HE_SPEECH = (
    'מזכ"ל חיזבאללה חסן נסראללה אמר בנאום לציון "יום אל-קודס" כי ארצות הברית מגינה על ישראל.\n'
    "ראש הממשלה ביטל את הדיון בוועדת החוץ והביטחון בשל מחלת השפעת.\n"
)


def test_a_judging_adjective_or_motive_verb_in_hebrew_is_loaded(guard: Guard) -> None:
    faithful = "נסראללה אמר בנאום לציון יום אל-קודס כי ארצות הברית מגינה על ישראל."
    assert kinds(guard, HE_SPEECH, faithful, "he") == set()
    for brief in (
        "נסראללה אמר בנאום מתלהם לציון יום אל-קודס כי ארצות הברית מגינה על ישראל.",
        "ראש הממשלה התחמק מהדיון בוועדת החוץ והביטחון בשל מחלת השפעת.",
    ):
        assert "loaded" in kinds(guard, HE_SPEECH, brief, "he")


# --- translation_name: the right surname under another given name ------------------------

EN_BRIEF = (
    "Israeli journalists Shahar Glick and Josh Breiner said a gunman fired at them. Field"
    " researchers cannot meet witnesses, says Tahseen Elayyan, a legal researcher at Al-Haq."
)


def test_a_translation_that_keeps_the_surname_but_changes_the_given_name_is_flagged(
    guard: Guard,
) -> None:
    faithful = (
        "قال الصحفيان الإسرائيليان شاحار غليك وجوش براينر إن مسلحاً أطلق النار عليهما."
        " ويقول تحسين عليان، الباحث القانوني في مؤسسة الحق، إن الباحثين لا يستطيعون لقاء الشهود."
    )
    assert kinds(guard, "", faithful, "ar", english_summary=EN_BRIEF) == set()
    for old, new in (("شاحار", "يهودا"), ("تحسين", "حسين")):
        brief = faithful.replace(old, new)
        assert "translation_name" in kinds(guard, "", brief, "ar", english_summary=EN_BRIEF)


def test_a_person_with_a_short_surname_must_still_be_named(guard: Guard) -> None:
    english = "Director Bong Joon Ho said backstage that no one could predict the Oscars."
    faithful = "הבמאי בונג ג'ון-הו אמר מאחורי הקלעים שאיש אינו יכול לחזות את האוסקר."
    assert kinds(guard, "", faithful, "he", english_summary=english) == set()
    brief = faithful.replace("בונג ג'ון-הו", "פארק צ'אן-ווק")
    assert "translation_name" in kinds(guard, "", brief, "he", english_summary=english)


# --- translation_attribution: two speakers of the English brief made one ------------------

EN_TWO_SPEAKERS = (
    "Wolf Pack, according to Amnesty International, aims to build a database of every"
    " Palestinian. Soldiers photograph Palestinians with an app, and Breaking the Silence"
    " says units were offered prizes."
)


def test_a_translation_giving_two_speakers_claims_to_one_speaker_is_flagged(
    guard: Guard,
) -> None:
    faithful = (
        "يهدف «قطيع الذئاب»، بحسب منظمة العفو الدولية، إلى إنشاء قاعدة بيانات لكل فلسطيني."
        " ويصوّر الجنود الفلسطينيين عبر تطبيق، وتقول منظمة «كسر الصمت» إن الوحدات عُرضت عليها جوائز."
    )
    kw = {"english_summary": EN_TWO_SPEAKERS}
    assert "translation_attribution" not in kinds(guard, "", faithful, "ar", **kw)
    brief = faithful.replace("منظمة «كسر الصمت»", "منظمة العفو الدولية")
    assert "translation_attribution" in kinds(guard, "", brief, "ar", **kw)


# --- number: a year the source gives to another event --------------------------------------

EN_YEARS = (
    "The Nazi regime rehabilitated Peters and named Berlin's Petersallee in 1939.\n"
    "The street will be renamed after the rebellion that began in East Africa in 1905.\n"
)


def test_a_year_the_source_gives_to_another_event_is_a_wrong_number(guard: Guard) -> None:
    faithful = "The Nazi regime named Berlin's Petersallee after Peters in 1939."
    assert kinds(guard, EN_YEARS, faithful) == set()
    brief = faithful.replace("1939", "1905")
    assert "number" in kinds(guard, EN_YEARS, brief)


# --- number: a span of time with no figure ------------------------------------------------

EN_SPAN = (
    "Units were offered prizes for how many Palestinians they could photograph within a week.\n"
)


def test_a_span_of_one_week_made_one_month_is_a_wrong_number(guard: Guard) -> None:
    faithful = "Units were offered prizes for how many they could photograph within a week."
    assert kinds(guard, EN_SPAN, faithful) == set()
    assert "number" in kinds(guard, EN_SPAN, faithful.replace("a week", "a month"))


def test_a_hebrew_dual_of_time_is_a_figure_in_translation(guard: Guard) -> None:
    english = "Units were offered prizes for how many they could photograph within a week."
    faithful = "ליחידות הוצעו פרסים לפי מספר האנשים שהצליחו לצלם בתוך שבוע."
    kw = {"english_summary": english}
    assert "translation_number" not in kinds(guard, "", faithful, "he", **kw)
    brief = faithful.replace("שבוע", "שבועיים")
    assert "translation_number" in kinds(guard, "", brief, "he", **kw)


# --- attribution: a claim moved to another speaker with a common name ---------------------

EN_TWO_SOURCES = (
    "Israeli airstrikes during the rescue killed about 100 Palestinians, according to Gaza's"
    " health ministry.\n"
    "Hamas said several hostages had been killed in the strikes.\n"
    "Hamas also said the talks in Cairo would go on.\n"
)


def test_a_toll_given_to_another_speaker_of_the_source_is_misattributed(guard: Guard) -> None:
    faithful = (
        "Airstrikes during the rescue killed about 100 Palestinians, according to Gaza's"
        " health ministry."
    )
    assert "attribution" not in kinds(guard, EN_TWO_SOURCES, faithful)
    brief = faithful.replace("Gaza's health ministry", "Hamas")
    assert "attribution" in kinds(guard, EN_TWO_SOURCES, brief)


AR_TWO_SPEAKERS = (
    "قال المرصد السوري لحقوق الإنسان إن مقاتلين سيطروا على ثلاثة مستودعات للذخيرة في القلمون.\n"
    "ودعا الائتلاف الوطني السوري المعارض الفصائل إلى ضبط النفس.\n"
    "وحذر الائتلاف من استغلال المرحلة الراهنة لتطبيق أجندات سياسية.\n"
    "وأضاف المرصد أن الاشتباكات تواصلت قرب رأس العين.\n"
)


def test_an_arabic_warning_given_to_another_speaker_is_misattributed(guard: Guard) -> None:
    faithful = "وحذر الائتلاف من استغلال المرحلة الراهنة لتطبيق أجندات سياسية."
    assert "attribution" not in kinds(guard, AR_TWO_SPEAKERS, faithful, "ar")
    brief = faithful.replace("الائتلاف", "المرصد")
    assert "attribution" in kinds(guard, AR_TWO_SPEAKERS, brief, "ar")


# --- attribution: a judgement after a semicolon is our own voice --------------------------

EN_JUDGEMENT = (
    "An Israeli ministerial committee approved a bill that would allow the death penalty.\n"
    "Amnesty International Israel condemned the approval, arguing that the death sentence is"
    ' "cruel, inhumane and humiliating."\n'
)


def test_a_speakers_judgement_after_a_semicolon_is_stated_as_fact(guard: Guard) -> None:
    faithful = (
        "Amnesty International Israel condemned the approval, arguing that the death sentence"
        ' is "cruel, inhumane and humiliating."'
    )
    assert "attribution" not in kinds(guard, EN_JUDGEMENT, faithful)
    brief = (
        "Amnesty International Israel condemned the approval; the death sentence is cruel,"
        " inhumane and humiliating."
    )
    assert "attribution" in kinds(guard, EN_JUDGEMENT, brief)


# --- unsupported: an aside its own sentence does not state --------------------------------

EN_ASIDE = (
    "Berlin is renaming two streets in the African Quarter after German colonial officials.\n"
    "Some 500 local residents filed complaints against the changes, delaying the process.\n"
    "The far-right AfD invited a historian who defends colonialism to speak in parliament.\n"
)


def test_an_aside_from_elsewhere_in_the_source_is_unsupported(guard: Guard) -> None:
    faithful = "Some 500 local residents filed complaints against the changes, delaying them."
    assert kinds(guard, EN_ASIDE, faithful) == set()
    brief = faithful.replace("residents filed", "residents, backed by the AfD, filed")
    assert "unsupported" in kinds(guard, EN_ASIDE, brief)


def test_a_translation_attributing_a_claim_to_someone_but_its_speaker_is_flagged(
    guard: Guard,
) -> None:
    english = (
        "Miscarriages have tripled at Al-Shifa Hospital, according to Dr. Abed Abu Hasira, a"
        " doctor there."
    )
    faithful = 'מספר ההפלות בבית החולים א-שיפא שולש, לדברי ד"ר עבד אבו חסירה, רופא במקום.'
    kw = {"english_summary": english}
    assert "translation_attribution" not in kinds(guard, "", faithful, "he", **kw)
    brief = faithful.replace('לדברי ד"ר עבד אבו חסירה, רופא במקום', "לפי משרד הבריאות בעזה")
    assert "translation_attribution" in kinds(guard, "", brief, "he", **kw)


def test_a_translation_dropping_one_of_two_contrasted_attributions_is_flagged(
    guard: Guard,
) -> None:
    english = "Israel says Hamas built the hospital, while Indonesia says it built it for Gazans."
    faithful = "وتقول إسرائيل إن حماس بنت المستشفى، فيما تقول إندونيسيا إنها بنته لسكان غزة."
    kw = {"english_summary": english}
    assert "translation_attribution" not in kinds(guard, "", faithful, "ar", **kw)
    brief = faithful.replace("وتقول إسرائيل إن حماس بنت", "وقد بنت حماس")
    assert "translation_attribution" in kinds(guard, "", brief, "ar", **kw)


# --- name: a real person of the source put in the speaker's role --------------------------

EN_ROLES = (
    "Field researchers at Al-Haq cannot meet witnesses because of checkpoint closures, said"
    " Tahseen Elayyan, a legal researcher at the group.\n"
    "Ori Givati, advocacy director of Breaking the Silence, said soldiers were offered"
    " prizes.\n"
)


def test_a_real_person_named_in_the_speakers_role_is_a_wrong_name(guard: Guard) -> None:
    faithful = (
        "Field researchers at Al-Haq cannot meet witnesses because of checkpoint closures,"
        " says Tahseen Elayyan, a legal researcher at the group."
    )
    assert kinds(guard, EN_ROLES, faithful) == set()
    brief = faithful.replace("Tahseen Elayyan", "Ori Givati")
    assert {"name", "attribution"} <= kinds(guard, EN_ROLES, brief)
