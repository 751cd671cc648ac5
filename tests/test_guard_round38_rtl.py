"""Round 38, Arabic and Hebrew translations: a place the English brief names after a
locative preposition ("in Tasmania") is written by its sound in the translation; another
place there is caught, and a body's field ("Department of Correction") or a country the
translation renders by its own name (Morocco: מרוקו) is no such place."""

from __future__ import annotations

from summarizer.guard.translation_checks import check_translation

FLOODS = "Flooding closed two schools in Tasmania on Monday, officials said."


def _translation_kinds(translated: str, lang: str, english: str = FLOODS) -> set[str]:
    return {p.kind for p in check_translation(english, translated, lang, "")}


def test_another_place_in_a_hebrew_translation_is_caught() -> None:
    hebrew = "שיטפונות סגרו ביום שני שני בתי ספר בקווינסלנד, כך אמרו גורמים רשמיים."
    assert "translation_name" in _translation_kinds(hebrew, "he")


def test_another_place_in_an_arabic_translation_is_caught() -> None:
    arabic = "وقال مسؤولون إن الفيضانات أغلقت مدرستين في كوينزلاند يوم الاثنين."
    assert "translation_name" in _translation_kinds(arabic, "ar")


def test_the_place_written_by_its_sound_and_a_body_of_state_pass() -> None:
    arabic = "وقال مسؤولون إن الفيضانات أغلقت مدرستين في تسمانيا يوم الاثنين."
    assert not _translation_kinds(arabic, "ar")
    correction = "The Department of Correction said so on Monday."
    assert not _translation_kinds("משרד התיקונים אמר זאת ביום שני.", "he", correction)
    morocco = "Ministers met in Morocco on Monday."
    assert not _translation_kinds("השרים התכנסו במרוקו ביום שני.", "he", morocco)
