"""Round 22 (clauses): an attribution cue covers its own clause and its complement, not a
contrastive clause before it ("X, as a report describes Y"; "X، فيما يصف تقرير Y";
"X, בעוד דוח מתאר Y"). A brief or translation that keeps only the second clause's cue
states the first clause in its own voice."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard

SOURCES = {
    "en": (
        "About 40 schools in the province have shut their doors, the education ministry "
        "said on Monday. A report by the teachers' union describes a deep crisis in rural "
        "education caused by unpaid salaries and a shortage of books."
    ),
    "ar": (
        "قالت وزارة التعليم يوم الاثنين إن نحو 40 مدرسة في المحافظة أغلقت أبوابها. ويصف "
        "تقرير لنقابة المعلمين أزمة عميقة في التعليم الريفي سببها الرواتب غير المدفوعة "
        "ونقص الكتب."
    ),
    "he": (
        "משרד החינוך מסר ביום שני כי כ-40 בתי ספר במחוז סגרו את שעריהם. דוח של איגוד "
        "המורים מתאר משבר עמוק בחינוך הכפרי בשל משכורות שלא שולמו ומחסור בספרים."
    ),
}
# the ministry's attribution dropped: only the union report's cue is left
DROPPED = {
    "en": (
        "About 40 schools in the province have shut their doors, as a report by the "
        "teachers' union describes a deep crisis in rural education."
    ),
    "ar": (
        "أغلقت نحو 40 مدرسة في المحافظة أبوابها، فيما يصف تقرير لنقابة المعلمين أزمة "
        "عميقة في التعليم الريفي."
    ),
    "he": (
        "כ-40 בתי ספר במחוז סגרו את שעריהם, בעוד דוח של איגוד המורים מתאר משבר עמוק בחינוך הכפרי."
    ),
}
KEPT = {
    "en": (
        "About 40 schools in the province have shut their doors, according to the "
        "education ministry, as a report by the teachers' union describes a deep crisis "
        "in rural education."
    ),
    "ar": (
        "أغلقت نحو 40 مدرسة في المحافظة أبوابها، بحسب وزارة التعليم، فيما يصف تقرير "
        "لنقابة المعلمين أزمة عميقة في التعليم الريفي."
    ),
    "he": (
        "כ-40 בתי ספר במחוז סגרו את שעריהם, לפי משרד החינוך, בעוד דוח של איגוד המורים "
        "מתאר משבר עמוק בחינוך הכפרי."
    ),
}


def _kinds(guard: Guard, source: str, summary: str, lang: str, **kw: str) -> set[str]:
    return {p.kind for p in guard.check(source, summary, lang=lang, **kw).problems}


def test_en_cue_after_as_does_not_cover_the_clause_before(guard: Guard) -> None:
    assert "attribution" in _kinds(guard, SOURCES["en"], DROPPED["en"], "en")
    assert "attribution" not in _kinds(guard, SOURCES["en"], KEPT["en"], "en")


# (Hebrew בעוד was already cut off as a clause of its own.)
@pytest.mark.parametrize("opener", ["ואילו", "כאשר"])
def test_he_cue_after_contrast_does_not_cover_the_clause_before(guard: Guard, opener: str) -> None:
    dropped = DROPPED["he"].replace("בעוד", opener)
    assert "attribution" in _kinds(guard, SOURCES["he"], dropped, "he")
    kept = KEPT["he"].replace("בעוד", opener)
    assert "attribution" not in _kinds(guard, SOURCES["he"], kept, "he")


@pytest.mark.parametrize("lang", ["ar", "he"])
def test_translation_keeping_only_the_contrasting_cue(guard: Guard, lang: str) -> None:
    english = KEPT["en"]
    dropped = _kinds(guard, SOURCES["en"], DROPPED[lang], lang, english_summary=english)
    assert "translation_attribution" in dropped
    kept = _kinds(guard, SOURCES["en"], KEPT[lang], lang, english_summary=english)
    assert "translation_attribution" not in kept


AR_SOURCE = (
    "أكدت مصادر محلية أن مسلحين سيطروا على مخزن للوقود في ريف حلب يضم آلاف البراميل. "
    "ودعا المجلس البلدي سكان القرى المجاورة إلى التزام منازلهم."
)


def test_ar_cue_after_contrast_does_not_cover_the_clause_before(guard: Guard) -> None:
    dropped = (
        "سيطر مسلحون على مخزن للوقود في ريف حلب، فيما دعا المجلس البلدي سكان القرى "
        "المجاورة إلى التزام منازلهم."
    )
    assert "attribution" in _kinds(guard, AR_SOURCE, dropped, "ar")
    kept = (
        "سيطر مسلحون على مخزن للوقود في ريف حلب، بحسب مصادر محلية، فيما دعا المجلس "
        "البلدي سكان القرى المجاورة إلى التزام منازلهم."
    )
    assert "attribution" not in _kinds(guard, AR_SOURCE, kept, "ar")
