"""Round 19: an Arabic word the source has in another spelling is not an invented one.

A faithful Arabic brief often writes a noun with a pronoun suffix, whose ة is then written
ت ("سلميته" for the source's "سلمية"), or a derived verb's participle for its imperfect
("متمسكون" for "يتمسكون"). Neither adds a fact; both were read as words the source
nowhere has.
"""

from __future__ import annotations

from summarizer.guard.align import align_all
from summarizer.guard.ar_roots import inflected_stems
from summarizer.guard.inserted_connectives import check_inserted_connectives
from summarizer.guard.support import check_support

SOURCE = (
    "بدأ عمال مصنع النسيج إضرابا مفتوحا يوم الأحد للمطالبة برفع الأجور. "
    "وشدد ممثل العمال على سلمية الإضراب، وقال إن العمال يتمسكون بمطالبهم حتى تستجيب "
    "الإدارة. "
    "وتعهدت الإدارة بدراسة المطالب خلال أسبوع."
)


def _kinds(summary: str) -> list[str]:
    index, alignments = align_all(summary, SOURCE, "ar")
    return [p.kind for p in check_support(alignments, index, "ar")]


def test_a_suffixed_noun_and_a_participle_are_the_sources_words() -> None:
    summary = "قال ممثل العمال إن الإضراب حافظ على سلميته متمسكا بالمطالب حتى تستجيب الإدارة."
    assert "unsupported" not in _kinds(summary)


def test_a_short_claim_in_other_spellings_is_supported() -> None:
    summary = "العمال متمسكون بسلميته."
    assert "unsupported" not in _kinds(summary)


def test_other_spellings_of_a_stem() -> None:
    assert "سلمية" in inflected_stems("سلميته")
    assert "حكومة" in inflected_stems("حكومتها")
    assert "يتمسك" in inflected_stems("متمسك")
    assert "يستخدم" in inflected_stems("مستخدم")
    assert inflected_stems("بيته") == []  # a ت of the root, no ة: nothing to read


# --- a cause, an order or a time added after a connective, in Arabic and Hebrew ---------

AR_EVENT = (
    "أعلنت البلدية يوم الخميس إغلاق السوق المركزي في وسط المدينة. "
    "وقال رئيس البلدية إن التجار سيعودون إلى محلاتهم الأسبوع المقبل. "
    "وشهدت المدينة أمطارا غزيرة الشهر الماضي."
)
HE_EVENT = (
    "ראש העירייה הודיע ביום חמישי על סגירת השוק המרכזי במרכז העיר. "
    "לדבריו, הסוחרים יחזרו לחנויות בשבוע הבא. "
    "בחודש שעבר ירדו בעיר גשמים כבדים."
)


def _connective_kinds(source: str, summary: str, lang: str) -> list[str]:
    index, alignments = align_all(summary, source, lang)
    return [p.kind for p in check_inserted_connectives(alignments, index, lang)]


def test_an_arabic_cause_the_source_does_not_give_is_caught() -> None:
    summary = "أعلنت البلدية يوم الخميس إغلاق السوق المركزي في وسط المدينة بسبب انهيار السقف."
    assert "unsupported" in _connective_kinds(AR_EVENT, summary, "ar")


def test_a_hebrew_order_the_source_does_not_give_is_caught() -> None:
    summary = "ראש העירייה הודיע ביום חמישי על סגירת השוק המרכזי במרכז העיר בהוראת המשטרה."
    assert "unsupported" in _connective_kinds(HE_EVENT, summary, "he")


def test_a_hebrew_time_the_source_does_not_give_is_caught() -> None:
    summary = "ראש העירייה הודיע על סגירת השוק המרכזי במרכז העיר לאחר שהתגלו בו עכברים."
    assert "unsupported" in _connective_kinds(HE_EVENT, summary, "he")


def test_an_arabic_cause_sharing_one_word_with_its_sentence_is_caught() -> None:
    summary = "أعلنت البلدية إغلاق السوق المركزي بعد حريق دمر محلات المدينة."
    assert "unsupported" in _connective_kinds(AR_EVENT, summary, "ar")


def test_a_hebrew_cause_sharing_one_word_with_its_sentence_is_caught() -> None:
    summary = "ראש העירייה הודיע על סגירת השוק המרכזי בשל שריפה שפרצה בעיר."
    assert "unsupported" in _connective_kinds(HE_EVENT, summary, "he")


EN_EVENT = (
    "The hospital's generators stopped on Monday, and doctors moved patients to other "
    "wards. Officials said repairs would take a week."
)


def test_an_english_cause_sharing_one_word_with_its_sentence_is_caught() -> None:
    summary = "The hospital's generators stopped on Monday after a storm damaged the generators."
    assert "unsupported" in _connective_kinds(EN_EVENT, summary, "en")


# --- a subordinating conjunction states no fact of its own ---------------------------------

TERM = "The council appointed the mayor to serve to the election in March. She was sworn in."


def test_a_conjunction_is_not_an_invented_word() -> None:
    summary = "The mayor will serve until voters choose in the March election."
    index, alignments = align_all(summary, TERM, "en")
    assert "unsupported" not in [p.kind for p in check_support(alignments, index, "en")]


def test_a_cause_whose_object_the_sentence_names_without_the_connective_is_caught() -> None:
    summary = "ראש העירייה הודיע ביום חמישי על סגירת השוק המרכזי בשל השוק החדש שנפתח בצפון."
    assert "unsupported" in _connective_kinds(HE_EVENT, summary, "he")


def test_a_cause_that_outweighs_a_short_claim_is_still_read() -> None:
    source = "סערה חזקה פגעה בעיר ביום שני. תושבים פונו מבתיהם."
    summary = "תושבים פונו מבתיהם בשל הצפה בשכונה הדרומית."
    assert "unsupported" in _connective_kinds(source, summary, "he")
