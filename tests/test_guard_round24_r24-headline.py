"""Round 24 (headline: the headline's phrase kept with its unsupported word changed): a
brief that keeps a phrase of the headline but changes the headline's own framing word (one
its article's body never has) for a word no text has ("grain mills" for the headline's
"grain stores", "already burning houses" for "approaching") sharpens the headline's claim
into one nothing supports. One new word is left as a paraphrase unless the headline's phrase
goes on after it; English is not judged. Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.headline_swaps import check_headline_swaps
from tests.auxil.guard import kinds

AR_TITLE = "مئات المحتجين يقتحمون مخازن للحبوب في ضواحي حمص"
AR_SOURCE = (
    f"{AR_TITLE}\n"
    "قال ناشطون محليون إن مئات المحتجين اقتحموا صباح الأحد مستودعات الحبوب الحكومية في "
    "ضواحي حمص احتجاجا على ارتفاع أسعار الخبز. وأضاف الناشطون أن قوات الأمن لم تتدخل. "
    "وقالت وزارة التجارة إنها ستفتح تحقيقا في الحادث. ولم ترد تقارير عن إصابات.\n"
)
AR_FAITHFUL = (
    "قال ناشطون محليون إن مئات المحتجين اقتحموا مستودعات الحبوب الحكومية في ضواحي حمص "
    "احتجاجا على ارتفاع أسعار الخبز."
)


def test_ar_headline_word_changed_inside_its_phrase_is_flagged(guard: Guard) -> None:
    sharpened = "قال ناشطون محليون إن مئات المحتجين اقتحموا مطاحن للحبوب في ضواحي حمص."
    assert "headline" in kinds(guard, AR_SOURCE, sharpened, "ar", headline=AR_TITLE)
    assert "headline" not in kinds(guard, AR_SOURCE, AR_FAITHFUL, "ar", headline=AR_TITLE)


HE_TITLE = "כבאים נאבקים בשריפת חורש שמתקרבת לקיבוץ גבעון שבגליל"
HE_SOURCE = (
    f"{HE_TITLE}\n"
    "כבאים נאבקים בשריפת חורש שמתקדמת לעבר קיבוץ גבעון שבגליל. הצוותים פועלים בסיוע "
    "מטוסי כיבוי כדי לעצור את האש לפני שתגיע לגדר. לא דווח על נפגעים.\n"
)


def test_he_two_new_words_for_the_headline_word_are_flagged(guard: Guard) -> None:
    sharpened = "כבאים נאבקים בשריפת חורש שכבר שרפה מבנים בקיבוץ גבעון שבגליל."
    assert "headline" in kinds(guard, HE_SOURCE, sharpened, "he", headline=HE_TITLE)
    faithful = "כבאים נאבקים בשריפת חורש שמתקדמת לעבר קיבוץ גבעון שבגליל, בסיוע מטוסי כיבוי."
    assert "headline" not in kinds(guard, HE_SOURCE, faithful, "he", headline=HE_TITLE)


def test_one_new_word_without_the_phrase_going_on_is_a_paraphrase() -> None:
    # "המשתוללת" (raging) for the headline's "שמתקרבת": one word, two headline words after
    paraphrase = "כבאים נאבקים בשריפת חורש המשתוללת לקיבוץ גבעון."
    assert check_headline_swaps(HE_TITLE, paraphrase, HE_SOURCE, "he") == []


def test_english_is_not_judged() -> None:
    title = "Protesters storm grain stores on the outskirts of Homs"
    source = f"{title}\nActivists said hundreds of protesters stormed state granaries.\n"
    brief = "Protesters stormed grain mills on the outskirts of Homs, activists said."
    assert check_headline_swaps(title, brief, source, "en") == []
