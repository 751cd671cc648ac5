"""Round 14, translations: a translated cue must give the claim to the English speaker."""

from __future__ import annotations

from summarizer.guard.text import normalize
from summarizer.guard.translation_sources import check_translated_sources


def _kinds(english: str, translated: str, lang: str, article: str | None = None) -> list[str]:
    found = check_translated_sources(normalize(english), normalize(translated), lang, article)
    return [p.kind for p in found]


def test_arabic_source_kind_swapped() -> None:
    english = "Five people died in the fire, according to the health ministry."
    assert _kinds(english, "توفي خمسة أشخاص في الحريق، بحسب وزارة الصحة.", "ar") == []
    assert _kinds(english, "توفي خمسة أشخاص في الحريق، بحسب الجيش.", "ar") == [
        "translation_attribution"
    ]


def test_hebrew_source_kind_swapped() -> None:
    english = "Three men were detained at the port, a police spokesman said."
    assert _kinds(english, "שלושה גברים נעצרו בנמל, לפי דובר המשטרה.", "he") == []
    assert _kinds(english, "שלושה גברים נעצרו בנמל, לפי דובר הצבא.", "he") == [
        "translation_attribution"
    ]


def test_attribution_added_to_a_plain_sentence() -> None:
    english = "The bridge was closed on Monday."
    assert _kinds(english, "أُغلق الجسر يوم الاثنين.", "ar") == []
    assert _kinds(english, "أُغلق الجسر يوم الاثنين، بحسب الشرطة.", "ar") == [
        "translation_attribution"
    ]
    assert _kinds(english, "הגשר נסגר ביום שני, לדברי תושבים.", "he") == ["translation_attribution"]


def test_claim_moved_to_another_person_of_the_brief() -> None:
    english = (
        "Actor Tom Brandt won the main prize. Director Jane Morrow said the film would open in May."
    )
    faithful = "השחקן טום ברנדט זכה בפרס הראשי. הבמאית ג'יין מורו אמרה כי הסרט ייצא במאי."
    moved = "השחקן טום ברנדט זכה בפרס הראשי. טום ברנדט אמר כי הסרט ייצא במאי."
    assert _kinds(english, faithful, "he") == []
    assert _kinds(english, moved, "he") == ["translation_attribution"]
    moved_ar = "فاز الممثل توم براندت بالجائزة الرئيسية. وقال توم براندت إن الفيلم سيعرض في مايو."
    assert _kinds(english, moved_ar, "ar") == ["translation_attribution"]


def test_claim_given_to_a_person_of_the_article_only() -> None:
    article = "Critic Paul Hendricks praised the film. Director Jane Morrow spoke later."
    english = "Director Jane Morrow said the film would open in May."
    assert _kinds(english, "פול הנדריקס אמר כי הסרט ייצא במאי.", "he", article) == [
        "translation_attribution"
    ]


def test_prime_minister_is_the_government() -> None:
    english = "Prime Minister Anna Holt said the talks would continue."
    assert _kinds(english, "ראש הממשלה אנה הולט אמרה כי השיחות יימשכו.", "he") == []
    assert _kinds(english, "وقال رئيس الحكومة آنا هولت إن المحادثات ستستمر.", "ar") == []
