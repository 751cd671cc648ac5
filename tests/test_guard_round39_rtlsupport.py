"""Round 39: a circumstance added at the end of a true Hebrew or Arabic claim ("... ללא
פיצוי", "... בליווי מורים", "... بحماية الشرطة"), a two-word prepositional phrase
with a preposition of its own word or one written onto its noun, none of whose words the
source has, is unsupported; a verb with its complement ("לשוב לבתיהם") and a phrase of
the source's own words are not (:mod:`summarizer.guard.rtl_circumstances`)."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard

HE_SOURCE = (
    "עיריית חדרה הודיעה אתמול כי בית הספר היסודי בשכונת הפארק ייסגר לשיפוצים במשך חודש, "
    "החל מה-1 בספטמבר. לדברי העירייה, התלמידים יועברו ללמוד במבנה זמני סמוך. "
    "ראש העירייה אמר כי העבודות נחוצות לבטיחות המבנה וכי התושבים יוכלו לשוב לשגרה בקרוב."
)
AR_SOURCE = (
    "أعلنت بلدية طرابلس أمس إغلاق السوق القديم في وسط المدينة لإجراء أعمال صيانة واسعة. "
    "وقال رئيس البلدية إن التجار سيُنقلون مؤقتاً إلى ساحة مجاورة. "
    "وأضاف أن الأعمال ضرورية لسلامة المباني القديمة."
)


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_settings()


def _unsupported(guard: Guard, source: str, brief: str, lang: str) -> list[str]:
    report = guard.check(source, brief, lang=lang)
    return [str(p) for p in report.problems if p.kind == "unsupported"]


def test_hebrew_phrase_after_a_free_preposition_is_flagged(guard: Guard) -> None:
    brief = "עיריית חדרה הודיעה כי בית הספר היסודי בשכונת הפארק ייסגר לשיפוצים במשך חודש ללא פיצוי."
    assert _unsupported(guard, HE_SOURCE, brief, "he")


def test_hebrew_phrase_with_a_written_on_preposition_is_flagged(guard: Guard) -> None:
    brief = "לדברי העירייה, התלמידים יועברו ללמוד במבנה זמני סמוך בליווי מורים."
    assert _unsupported(guard, HE_SOURCE, brief, "he")


def test_arabic_phrase_with_a_written_on_preposition_is_flagged(guard: Guard) -> None:
    brief = "وقال رئيس البلدية إن التجار سيُنقلون مؤقتاً إلى ساحة مجاورة بحماية الشرطة."
    assert _unsupported(guard, AR_SOURCE, brief, "ar")


def test_arabic_phrase_after_a_free_preposition_is_flagged(guard: Guard) -> None:
    brief = "أعلنت بلدية طرابلس إغلاق السوق القديم في وسط المدينة دون إنذار مسبق."
    assert _unsupported(guard, AR_SOURCE, brief, "ar")


def test_hebrew_circumstance_before_a_date_is_flagged(guard: Guard) -> None:
    brief = (
        "עיריית חדרה הודיעה כי בית הספר היסודי בשכונת הפארק ייסגר לשיפוצים ללא פיצוי מה-1 בספטמבר."
    )
    assert _unsupported(guard, HE_SOURCE, brief, "he")


def test_faithful_circumstances_in_the_sources_words_pass(guard: Guard) -> None:
    """The limits of the reading (these pass on main too): a phrase of the source's words,
    and an infinitive with its complement, are no added circumstance."""
    he_brief = (
        "עיריית חדרה הודיעה כי בית הספר היסודי בשכונת הפארק ייסגר לשיפוצים, והתלמידים "
        "יועברו ללמוד במבנה זמני."
    )
    he_infinitive = "ראש העירייה אמר כי העבודות נחוצות לבטיחות המבנה וכי התושבים יוכלו לשוב לבתיהם."
    ar_brief = "أعلنت بلدية طرابلس إغلاق السوق القديم في وسط المدينة لإجراء أعمال صيانة."
    assert _unsupported(guard, HE_SOURCE, he_brief, "he") == []
    assert _unsupported(guard, HE_SOURCE, he_infinitive, "he") == []
    assert _unsupported(guard, AR_SOURCE, ar_brief, "ar") == []
