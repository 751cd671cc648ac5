"""Round 20 (names): a place the source never names, put where the aligned source sentence
names its place (the source marks its word a place: a word for a kind of place before it,
a proclitic "to"/"in" on it, or in Hebrew a relative "that is in ..." after it)."""

from __future__ import annotations

from summarizer.guard import Guard

HE_SOURCE = (
    "צוותי כיבוי נאבקים בשריפת חורש שמתקרבת לעבר היישוב כרמית שבנגב. "
    "המשטרה סגרה את הכביש הראשי באזור. לא דווח על נפגעים."
)
HE_NEAR_SOURCE = (
    "צוותי כיבוי נאבקים בשריפת חורש שמתפשטת סמוך לכרמית שבנגב. המשטרה סגרה את הכביש הראשי באזור."
)
HE_TWO_SENTENCES = (
    "שריפת חורש פרצה אמש סמוך ליישוב כרמית שבנגב. "
    "כבאים פועלים למנוע את התקדמות האש לכרמית בעזרת מטוסי כיבוי."
)
AR_SOURCE = (
    "اندلعت اشتباكات عنيفة قرب مدينة الميادين في ريف دير الزور الشرقي، وفق مصادر محلية. "
    "وأغلقت الطرق المؤدية إلى المدينة طوال الليل."
)
HE_RULING_SOURCE = (
    "בית המשפט קבע שביצעה עבירה של סיוע לתקיפה, אך החליט שלא להרשיע אותה. "
    "היא תבצע שירות לתועלת הציבור."
)


def _names(guard: Guard, source: str, summary: str, lang: str) -> list[str]:
    report = guard.check(source, summary, lang=lang)
    return [p.detail for p in report.problems if p.kind == "name"]


def test_he_another_place_after_the_sources_preposition_with_the_kind_noun_dropped(
    guard: Guard,
) -> None:
    summary = "שריפת חורש מתקרבת לעבר עומר, וצוותי כיבוי נאבקים בה."
    assert _names(guard, HE_SOURCE, summary, "he")
    faithful = "שריפת חורש מתקרבת לעבר כרמית, וצוותי כיבוי נאבקים בה."
    assert _names(guard, HE_SOURCE, faithful, "he") == []


def test_he_another_place_with_the_same_proclitic_and_the_same_region_after_it(
    guard: Guard,
) -> None:
    summary = "שריפת חורש מתפשטת סמוך לעומר שבנגב, וצוותי כיבוי נאבקים בה."
    assert _names(guard, HE_NEAR_SOURCE, summary, "he")
    faithful = "שריפת חורש מתפשטת סמוך לכרמית שבנגב, וצוותי כיבוי נאבקים בה."
    assert _names(guard, HE_NEAR_SOURCE, faithful, "he") == []


def test_he_the_sources_place_put_in_another_region_than_its_other_sentence_gives(
    guard: Guard,
) -> None:
    """The claim retells the second sentence; the first says where the place lies."""
    summary = "כבאים פועלים למנוע את התקדמות האש לכרמית שבגליל בעזרת מטוסי כיבוי."
    assert _names(guard, HE_TWO_SENTENCES, summary, "he")
    faithful = "כבאים פועלים למנוע את התקדמות האש לכרמית שבנגב בעזרת מטוסי כיבוי."
    assert _names(guard, HE_TWO_SENTENCES, faithful, "he") == []
    # "קבע שביצעה" ("ruled that she committed"): "that" after a verb, no place's region,
    # so another verb there ("החליט שביצעה") is no place swapped
    ruling = "בית המשפט החליט שביצעה עבירה של סיוע לתקיפה, אך לא הרשיע אותה."
    assert _names(guard, HE_RULING_SOURCE, ruling, "he") == []


def test_ar_another_town_where_the_source_has_its_town_after_a_kind_noun(guard: Guard) -> None:
    summary = "اندلعت اشتباكات عنيفة قرب البوكمال في ريف دير الزور الشرقي، بحسب مصادر محلية."
    assert _names(guard, AR_SOURCE, summary, "ar")
    faithful = "اندلعت اشتباكات عنيفة قرب الميادين في ريف دير الزور الشرقي، بحسب مصادر محلية."
    assert _names(guard, AR_SOURCE, faithful, "ar") == []


# --- English: the dateline's place put in an apposition's slot ------------------------------

EN_SOURCE = (
    "LAGOS, Nigeria (Reuters) - Protesters marched through Nigeria's capital, Abuja, on "
    "Monday, demanding lower fuel prices, witnesses said. Police fired tear gas near the "
    "national assembly."
)


def test_en_the_datelines_city_in_the_sentences_apposition_is_a_name_swapped(
    guard: Guard,
) -> None:
    """ "Nigeria's capital, Abuja" where the brief says "Nigeria's capital, Lagos": the
    dateline (where the report was filed) is no place of the sentence's news."""
    summary = (
        "Protesters marched through Nigeria's capital, Lagos, on Monday, demanding lower "
        "fuel prices."
    )
    assert _names(guard, EN_SOURCE, summary, "en")
    faithful = summary.replace("Lagos", "Abuja")
    assert _names(guard, EN_SOURCE, faithful, "en") == []


# --- Arabic: a village of another sentence put in the town's slot ---------------------------

AR_TWO_PLACES = (
    "قالت مصادر محلية إن اشتباكات عنيفة دارت ليل الأحد في محيط بلدة تل أبيض شمال الرقة. "
    "وفي تطور آخر، قصفت طائرات حربية قرية الخالدية وأوقعت أضرارا في المنازل."
)


def test_ar_a_village_of_another_sentence_in_the_towns_slot_is_a_name_swapped(
    guard: Guard,
) -> None:
    """Village, town and city are one kind of place: "محيط قرية الخالدية" stands where the
    sentence has "محيط بلدة تل أبيض" (a name whose first word is short)."""
    summary = "قالت مصادر محلية إن اشتباكات عنيفة دارت ليل الأحد في محيط قرية الخالدية شمال الرقة."
    assert _names(guard, AR_TWO_PLACES, summary, "ar")
    faithful = "قالت مصادر محلية إن اشتباكات عنيفة دارت ليل الأحد في محيط بلدة تل أبيض شمال الرقة."
    assert _names(guard, AR_TWO_PLACES, faithful, "ar") == []
