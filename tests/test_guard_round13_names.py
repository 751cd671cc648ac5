"""Guard round 13 (heldout15's missed name faults as tuning data): names swapped for
another real place, person or body, in a brief or in its translation, per language."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.absent_places import check_absent_places
from tests.auxil.guard import kinds

# --- a place written into an English compound ("Egypt-hosted") is a place the brief names;
# a translation that puts another country in its stead has renamed it ---------------------

EN_TALKS = (
    "Delegates met on Monday for Egypt-hosted talks on a prisoner exchange. Officials said"
    " the talks would resume next week."
)
BRIEF_TALKS = "Delegates met on Monday for Egypt-hosted talks on a prisoner exchange."
AR_TALKS = "اجتمع المندوبون يوم الاثنين في محادثات استضافتها مصر بشأن تبادل الأسرى."
HE_TALKS = "הנציגים נפגשו ביום שני לשיחות בחסות מצרים על חילופי אסירים."


def test_a_place_in_a_compound_swapped_in_translation(guard: Guard) -> None:
    for lang, text, swapped in (
        ("ar", AR_TALKS, AR_TALKS.replace("مصر", "قطر")),
        ("he", HE_TALKS, HE_TALKS.replace("מצרים", "קטאר")),
    ):
        found = kinds(guard, EN_TALKS, text, lang=lang, english_summary=BRIEF_TALKS)
        assert "translation_name" not in found, lang
        found = kinds(guard, EN_TALKS, swapped, lang=lang, english_summary=BRIEF_TALKS)
        assert "translation_name" in found, lang


# --- the region's main cities are places: a translation that moves an event from one city
# to another has renamed a place ---------------------------------------------------------

EN_CONVOY = (
    "A convoy carrying fuel reached a hospital in Erbil on Tuesday, local officials said."
    " Another convoy is expected later this week."
)
BRIEF_CONVOY = "A fuel convoy reached a hospital in Erbil on Tuesday, local officials said."
AR_CONVOY = "وصلت قافلة وقود إلى مستشفى في أربيل يوم الثلاثاء، بحسب مسؤولين محليين."
HE_CONVOY = "שיירת דלק הגיעה ביום שלישי לבית חולים בארביל, כך לדברי גורמים מקומיים."


def test_a_city_swapped_in_translation(guard: Guard) -> None:
    for lang, text, swapped in (
        ("ar", AR_CONVOY, AR_CONVOY.replace("أربيل", "الموصل")),
        ("he", HE_CONVOY, HE_CONVOY.replace("בארביל", "במוסול")),
    ):
        found = kinds(guard, EN_CONVOY, text, lang=lang, english_summary=BRIEF_CONVOY)
        assert "translation_name" not in found, lang
        found = kinds(guard, EN_CONVOY, swapped, lang=lang, english_summary=BRIEF_CONVOY)
        assert "translation_name" in found, lang


# --- a hyphenated body ("Al-Noor") is known by its distinctive part near the person the
# source ties it to: a brief that gives it to another doctor has swapped their places ----

EN_CLINICS = (
    "Dr. Lina Haddad, the director of the Saint Mark Clinic in the north of the city, said"
    " supplies would run out within days. Separately, Dr. Omar Saleh, a surgeon at Al-Noor"
    " Clinic, said the ward had no power."
)
BRIEF_HADDAD = (
    "Dr Lina Haddad, director of the Saint Mark Clinic, said supplies would run out within days."
)


def test_a_doctor_tied_to_a_hyphenated_body_of_another(guard: Guard) -> None:
    assert "name" not in kinds(guard, EN_CLINICS, BRIEF_HADDAD)
    swapped = BRIEF_HADDAD.replace("the Saint Mark Clinic", "Al-Noor Clinic")
    assert "name" in kinds(guard, EN_CLINICS, swapped)


# --- a role in apposition ("X, a cardiologist") that the source gives to another person --

EN_WARD = (
    "Dr. Rana Idris, a cardiologist who has worked in the city for a decade, warned that"
    " heart patients were going without care. Dr. Samir Aziz, a radiologist, said scans had"
    " stopped. Aziz said the staff had not been paid since March."
)
BRIEF_IDRIS = "Dr Rana Idris, a cardiologist, warned that heart patients were going without care."


def test_a_role_in_apposition_given_to_another_person(guard: Guard) -> None:
    assert "name" not in kinds(guard, EN_WARD, BRIEF_IDRIS)
    swapped = "Dr Samir Aziz, a cardiologist, said the staff had not been paid since March."
    assert "name" in kinds(guard, EN_WARD, swapped)


# --- "the mayor of <town>": the source makes another town's mayor the one who spoke ------

EN_FLOODS = (
    "The mayor of Eastbrook, whose streets flooded on Sunday, asked the army for help."
    " Westfield, a smaller town upriver, had been evacuated the day before."
)
BRIEF_FLOODS = "The mayor of Eastbrook asked the army for help after its streets flooded."


def test_a_role_of_a_body_given_to_another_body(guard: Guard) -> None:
    assert "name" not in kinds(guard, EN_FLOODS, BRIEF_FLOODS)
    swapped = BRIEF_FLOODS.replace("mayor of Eastbrook", "mayor of Westfield")
    assert "name" in kinds(guard, EN_FLOODS, swapped)


def test_a_role_of_a_body_tied_to_a_person_is_left_to_the_person(guard: Guard) -> None:
    """The source may name the body apart from its director ("the hospital's director")."""
    source = (
        "Dr. Hadi Nasser is the hospital's director. Located in the old town, the Saint Clare"
        " Hospital treats 200 patients a day. Dr. Lea Fares, the director of the Harbour"
        " Hospital, said fuel was short."
    )
    brief = "Dr Hadi Nasser, director of Saint Clare Hospital, said it treats 200 patients a day."
    assert "name" not in kinds(guard, source, brief)


# --- a known place in the slot where the source has a place the table does not know
# ("בעיר נצרת" for the source's "בעיר כפר קאסם"): a place swapped, not one added -------------

AR_STORM = "فتحت الشرطة تحقيقاً الليلة بعد حريق اندلع في مستودع بكفر قاسم وأتى على محتوياته."
AR_STORM_BRIEF = "فُتح تحقيق بعد حريق في مستودع بكفر قاسم."
HE_STORM = "המשטרה פתחה הלילה בחקירה לאחר שריפה שפרצה במחסן בכפר קאסם וכילתה את תכולתו."
HE_STORM_BRIEF = "נפתחה חקירה לאחר שריפה במחסן בכפר קאסם."


def test_a_known_place_in_an_unknown_places_slot(guard: Guard) -> None:
    for lang, source, brief, theirs, mine in (
        ("ar", AR_STORM, AR_STORM_BRIEF, "بكفر قاسم", "بالناصرة"),
        ("he", HE_STORM, HE_STORM_BRIEF, "בכפר קאסם", "בנצרת"),
    ):
        assert "name" not in kinds(guard, source, brief, lang=lang), lang
        swapped = brief.replace(theirs, mine)
        assert "name" in kinds(guard, source, swapped, lang=lang), lang
        # the place check itself reads the slot (not only the word-by-word swap check)
        found = {p.kind for p in check_absent_places(swapped, source, lang)}
        assert found == {"unsupported", "name"}, lang
