"""Guard round 13 (heldout15's missed name faults as tuning data): names swapped for
another real place, person or body, in a brief or in its translation, per language."""

from __future__ import annotations

from summarizer.guard import Guard
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
