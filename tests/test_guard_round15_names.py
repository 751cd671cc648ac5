"""Round 15, names: Arabic and Hebrew names found by the kind noun before them."""

from summarizer.guard.align import align_all
from summarizer.guard.kind_slots import check_kind_slots


def _names(summary: str, source: str, lang: str) -> list[str]:
    index, alignments = align_all(summary, source, lang)
    return [p.detail for p in check_kind_slots(alignments, index, lang) if p.kind == "name"]


def test_hebrew_name_after_kind_noun_never_in_source() -> None:
    source = "תושבי הכפר עוספיא דיווחו על שריפה גדולה ביער הסמוך. כוחות כיבוי הגיעו למקום."
    assert _names("תושבי הכפר דלייה דיווחו על שריפה גדולה ביער.", source, "he")
    assert not _names("תושבי הכפר עוספיא דיווחו על שריפה גדולה ביער.", source, "he")


def test_arabic_name_after_kind_noun_never_in_source() -> None:
    source = "وصل الوفد إلى مدينة الحسكة صباح الاثنين. وعقد لقاءات مع مسؤولين محليين."
    assert _names("وصل الوفد إلى مدينة القامشلي صباح الاثنين.", source, "ar")
    assert not _names("وصل الوفد إلى مدينة الحسكة صباح الاثنين.", source, "ar")
