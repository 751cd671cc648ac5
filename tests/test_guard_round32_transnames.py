"""Round 32 (transnames): organisations across translations.

An organisation is translated, not transliterated (Human Rights Watch / هيومن رايتس ووتش;
Peace Now / שלום עכשיו), so comparing names by consonant skeleton cannot see one swapped
for another. The organisations a brief and its translation name are read off a table of
their names in English, Arabic and Hebrew (``summarizer/resources/organisations.toml``):
a translation that names one the English brief does not is reported.

Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.organisations import check_translation_organisations, organisations
from summarizer.guard.text import normalize
from tests.auxil.guard import kinds

DEMOLITION_ARTICLE = (
    "Israeli forces demolished at least 40 homes in the village of Umm al-Kheir on Sunday, "
    "according to Human Rights Watch. Residents said bulldozers arrived before dawn and "
    "that families had no time to take their belongings. Doctors Without Borders runs a "
    "mobile clinic in the area. The army said the buildings lacked permits.\n"
)
DEMOLITION_BRIEF = (
    "Israeli forces demolished at least 40 homes in Umm al-Kheir on Sunday, according to "
    "Human Rights Watch. The army said the buildings lacked permits."
)
DEMOLITION_AR = (
    "هدمت القوات الإسرائيلية ما لا يقل عن 40 منزلاً في أم الخير يوم الأحد، وفقاً لمنظمة "
    "هيومن رايتس ووتش. وقال الجيش إن المباني كانت تفتقر إلى تصاريح."
)


def test_ar_translation_naming_another_organisation_is_caught(guard: Guard) -> None:
    faulty = DEMOLITION_AR.replace("هيومن رايتس ووتش", "أطباء بلا حدود")
    found = kinds(guard, DEMOLITION_ARTICLE, faulty, "ar", english_summary=DEMOLITION_BRIEF)
    assert "translation_name" in found
    faithful = kinds(
        guard, DEMOLITION_ARTICLE, DEMOLITION_AR, "ar", english_summary=DEMOLITION_BRIEF
    )
    assert "translation_name" not in faithful


OUTPOST_ARTICLE = (
    "A new settler outpost was set up on a hill near the village of Sinjil last week. "
    "Peace Now said the outpost was built on private Palestinian land. Yesh Din, which "
    "represents the landowners, has petitioned the court. The regional council did not "
    "respond to a request for comment.\n"
)
OUTPOST_BRIEF = (
    "A new settler outpost near Sinjil was built on private Palestinian land, Peace Now said."
)
OUTPOST_HE = "לדברי שלום עכשיו, מאחז מתנחלים חדש ליד סינג'יל נבנה על אדמה פלסטינית פרטית."


def test_he_translation_naming_another_organisation_is_caught(guard: Guard) -> None:
    faulty = OUTPOST_HE.replace("שלום עכשיו", "יש דין")
    found = kinds(guard, OUTPOST_ARTICLE, faulty, "he", english_summary=OUTPOST_BRIEF)
    assert "translation_name" in found
    faithful = kinds(guard, OUTPOST_ARTICLE, OUTPOST_HE, "he", english_summary=OUTPOST_BRIEF)
    assert "translation_name" not in faithful


CLINIC_ARTICLE = (
    "Doctors at Nasser Hospital in Khan Younis said on Monday that they had run out of "
    "anaesthetics. Kamal Adwan Hospital in the north stopped surgery last month. Staff "
    "said generators had fuel for three more days.\n"
)
CLINIC_BRIEF = (
    "Doctors at Nasser Hospital in Khan Younis said on Monday they had run out of "
    "anaesthetics, and that generators had fuel for three more days."
)
CLINIC_AR = (
    "قال أطباء في مستشفى ناصر بخان يونس يوم الاثنين إن المخدر نفد لديهم، وإن المولدات "
    "لديها وقود يكفي ثلاثة أيام أخرى."
)
CLINIC_HE = (
    "רופאים בבית החולים נאסר בחאן יונס אמרו ביום שני כי נגמרו להם חומרי ההרדמה, וכי "
    "לגנרטורים יש דלק לשלושה ימים נוספים."
)


def test_hospital_swapped_in_translation_is_caught(guard: Guard) -> None:
    for lang, text, old, new in (
        ("ar", CLINIC_AR, "مستشفى ناصر", "مستشفى كمال عدوان"),
        ("he", CLINIC_HE, "בבית החולים נאסר", "בבית החולים כמאל עדואן"),
    ):
        faulty = text.replace(old, new)
        assert "translation_name" in kinds(
            guard, CLINIC_ARTICLE, faulty, lang, english_summary=CLINIC_BRIEF
        ), lang
        assert "translation_name" not in kinds(
            guard, CLINIC_ARTICLE, text, lang, english_summary=CLINIC_BRIEF
        ), lang


def test_a_body_may_be_named_with_its_parent_and_acronyms_keep_their_case() -> None:
    english = "At least 12 schools were damaged, according to OCHA. Officials who visited said so."
    arabic = normalize(
        "تضررت 12 مدرسة على الأقل، وفقاً لمكتب الأمم المتحدة لتنسيق الشؤون الإنسانية."
    )
    hebrew = normalize('לפחות 12 בתי ספר נפגעו, לפי האו"ם.')
    assert {o.id for o in organisations(english, "en")} == {"ocha"}  # "who" is no WHO
    assert {o.id for o in organisations(arabic, "ar")} == {"ocha"}  # the UN inside is OCHA's
    assert check_translation_organisations(english, arabic, "ar") == []
    assert check_translation_organisations(english, hebrew, "he") == []
