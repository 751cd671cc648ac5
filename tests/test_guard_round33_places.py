"""Round 33 (places): places across translations.

A translation that names another town, camp, city or region than its English brief ("the
Bureij camp" for "the Nuseirat camp", "near Baalbek" for "near Nabatieh") reads as
faithful to the consonant skeletons that compare people's names. The places a brief and
its translation name are read off a table of their names in English, Arabic and Hebrew
(``summarizer/resources/places.toml``), as organisations are: a translation that names one
the English brief does not is reported, unless it is a larger place the brief's lies in
(a gloss), or a word the English brief writes by its sound (a person's surname).

Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.place_names import check_translation_place_names, place_names
from summarizer.guard.text import normalize
from tests.auxil.guard import kinds

CAMP_ARTICLE = (
    "An Israeli strike hit a house in the Nuseirat refugee camp in central Gaza on Tuesday "
    "night, killing 12 people, among them five children, the civil defence said. The army "
    "said it had targeted a militant commander. Neighbours said rescuers dug through the "
    "rubble by hand until morning.\n"
)
CAMP_BRIEF = (
    "An Israeli strike on a house in the Nuseirat camp killed 12 people, five of them "
    "children, on Tuesday night, the civil defence said."
)
# A translator's gloss: the camp "in central Gaza Strip", a place the camp lies in.
CAMP_AR = (
    "قتلت غارة إسرائيلية على منزل في مخيم النصيرات وسط قطاع غزة 12 شخصاً، بينهم خمسة "
    "أطفال، ليل الثلاثاء، بحسب الدفاع المدني."
)
CAMP_HE = (
    "תקיפה ישראלית בבית במחנה נוסייראת שברצועת עזה הרגה 12 בני אדם, חמישה מהם ילדים, "
    "ביום שלישי בלילה, כך לפי ההגנה האזרחית."
)


def test_camp_swapped_in_translation_is_caught_and_a_gloss_is_not(guard: Guard) -> None:
    for lang, text, old, new in (
        ("ar", CAMP_AR, "مخيم النصيرات", "مخيم البريج"),
        ("he", CAMP_HE, "במחנה נוסייראת", "במחנה אל-מע'אזי"),
    ):
        faulty = text.replace(old, new)
        assert faulty != text
        assert "translation_name" in kinds(
            guard, CAMP_ARTICLE, faulty, lang, english_summary=CAMP_BRIEF
        ), lang
        assert "translation_name" not in kinds(
            guard, CAMP_ARTICLE, text, lang, english_summary=CAMP_BRIEF
        ), lang


DRONE_ARTICLE = (
    "An Israeli drone struck a car near Nabatieh in southern Lebanon on Monday, killing two "
    "men, Lebanon's health ministry said. The Israeli army said the men were members of "
    "Hezbollah. Resident Samir Azza said the car burned for an hour.\n"
)
DRONE_BRIEF = (
    "An Israeli drone strike on a car near Nabatieh killed two men on Monday, Lebanon's "
    "health ministry said. Resident Samir Azza said the car burned for an hour."
)
DRONE_AR = (
    "قتلت غارة بطائرة مسيرة إسرائيلية على سيارة قرب النبطية رجلين يوم الاثنين، بحسب وزارة "
    "الصحة اللبنانية. وقال المواطن سمير عزة إن السيارة احترقت لمدة ساعة."
)
# "עזה" is Gaza in the table, and here the surname Azza the brief writes.
DRONE_HE = (
    "תקיפת רחפן ישראלי במכונית ליד נבטייה הרגה שני גברים ביום שני, כך לפי משרד הבריאות "
    "הלבנוני. התושב סמיר עזה אמר שהמכונית בערה במשך שעה."
)


def test_town_swapped_in_translation_is_caught_and_a_surname_is_no_place(guard: Guard) -> None:
    for lang, text, old, new in (
        ("ar", DRONE_AR, "قرب النبطية", "قرب بعلبك"),
        ("he", DRONE_HE, "ליד נבטייה", "ליד בעלבק"),
    ):
        faulty = text.replace(old, new)
        assert faulty != text
        assert "translation_name" in kinds(
            guard, DRONE_ARTICLE, faulty, lang, english_summary=DRONE_BRIEF
        ), lang
        assert "translation_name" not in kinds(
            guard, DRONE_ARTICLE, text, lang, english_summary=DRONE_BRIEF
        ), lang


def test_a_district_for_the_whole_city_is_a_swap_and_the_city_for_a_district_is_not() -> None:
    english = "Two buildings collapsed in Damascus on Sunday."
    narrowed = normalize("انهار مبنيان في الغوطة الشرقية يوم الأحد.")
    assert {p.id for p in place_names(narrowed, "ar")} == {"eastern-ghouta"}  # the longer name
    assert check_translation_place_names(english, narrowed, "ar")
    english = "Two buildings collapsed in Wadi Barada on Sunday."
    widened = normalize("קרסו שני בניינים בוואדי ברדא שליד דמשק ביום ראשון.")
    assert check_translation_place_names(english, widened, "he") == []
    lowercase = "A tyre of the ambulance burst on the road."
    assert place_names(lowercase, "en") == set()
