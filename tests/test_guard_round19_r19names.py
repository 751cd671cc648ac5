"""Round 19 (names): a full name followed by an ordinary word is no longer, unknown name."""

from __future__ import annotations

from summarizer.guard import Guard

HE_SOURCE = (
    "שר האוצר, משה כהנוביץ, ביטל את נסיעתו לוושינגטון בשל מחלה. "
    "לדברי לשכתו, כהנוביץ חלה בדלקת ריאות וישוב לעבודה בשבוע הבא."
)
AR_SOURCE = (
    "وقال الباحث أحمد عبد الرحيم سالم لـ«الأخبار» إن الأزمة ستطول أشهرا. "
    "ويرى سالم أن الحل لن يكون إلا سياسيا."
)
EN_SOURCE = (
    "The engineer, a native of Nablus who now works in Jenin, said the new road "
    "had cut his commute from two hours to forty minutes."
)


def _names(guard: Guard, source: str, summary: str, lang: str) -> list[str]:
    report = guard.check(source, summary, lang=lang)
    return [p.detail for p in report.problems if p.kind == "name"]


def test_he_a_verb_after_the_sources_full_name_is_no_family_name(guard: Guard) -> None:
    summary = "שר האוצר משה כהנוביץ מאושפז עם דלקת ריאות, ולכן ביטל את נסיעתו לוושינגטון."
    assert _names(guard, HE_SOURCE, summary, "he") == []


def test_ar_a_noun_after_the_sources_full_name_is_no_family_name(guard: Guard) -> None:
    summary = "يتوقع الباحث أحمد عبد الرحيم سالم شهورا صعبة، ويرى أن الحل سياسي."
    assert _names(guard, AR_SOURCE, summary, "ar") == []


def test_en_a_place_with_a_lower_case_compound_part_is_the_place(guard: Guard) -> None:
    summary = "A Nablus-born engineer who works in Jenin says the new road cut his commute."
    assert _names(guard, EN_SOURCE, summary, "en") == []


# --- "leader" for the holder of a body's top office -------------------------------------------

HE_MOVEMENT = (
    "מזכ\"ל תנועת אל-פג'ר סלים חדאד אמר בנאום בביירות כי התנועה תמשיך במאבק. "
    "חדאד נשא את הנאום מול אלפי תומכים."
)
AR_MOVEMENT = (
    "قال الأمين العام لحركة الفجر سليم حداد في خطاب ببيروت إن الحركة ستواصل النضال. "
    "وألقى حداد خطابه أمام آلاف المؤيدين."
)


def test_he_the_leader_of_a_movement_is_its_secretary_general(guard: Guard) -> None:
    summary = "מנהיג תנועת אל-פג'ר סלים חדאד אמר בנאום בביירות כי התנועה תמשיך במאבק."
    assert _names(guard, HE_MOVEMENT, summary, "he") == []
    other_body = summary.replace("תנועת אל-פג'ר", "מפלגת העבודה")  # the wrong movement
    assert _names(guard, HE_MOVEMENT, other_body, "he") != []


def test_he_at_the_head_of_a_movement_is_its_secretary_general(guard: Guard) -> None:
    summary = "חדאד, העומד בראש תנועת אל-פג'ר, אמר בנאום בביירות כי התנועה תמשיך במאבק."
    assert _names(guard, HE_MOVEMENT, summary, "he") == []


def test_ar_the_leader_of_a_movement_is_its_secretary_general(guard: Guard) -> None:
    summary = "قال زعيم حركة الفجر سليم حداد في خطاب ببيروت إن الحركة ستواصل النضال."
    assert _names(guard, AR_MOVEMENT, summary, "ar") == []
    other_body = summary.replace("حركة الفجر", "حزب العمال")  # the wrong movement
    assert _names(guard, AR_MOVEMENT, other_body, "ar") != []


# --- a two-word name the source has whole, in another sentence --------------------------------

EN_JUDGE = (
    "Born in Bend, Maria Lopez studied law in Portland and served as chief judge for three "
    "Oregon Klamath tribes.\n"
    "Lopez is a member of the Klamath nation.\n"
    "She also served on the Oregon Circuit Court from January 2010 to December 2016.\n"
    "On Monday she was sworn in as a justice of the state's highest court."
)


def test_en_a_court_the_source_names_elsewhere_is_no_swapped_name(guard: Guard) -> None:
    summary = (
        "Born in Bend, Lopez studied law in Portland, was chief judge for three tribes and, "
        "from 2010 to 2016, an Oregon Circuit Court judge."
    )
    assert _names(guard, EN_JUDGE, summary, "en") == []
    elsewhere = summary.replace("Oregon Circuit", "Oregon Appeals")  # a court nowhere named
    assert _names(guard, EN_JUDGE, elsewhere, "en") != []


# --- a heading's verb before a country is no person's given name -----------------------------

EN_HISTORIAN = (
    "Remembering France's colonial past\n"
    "In May, two deputies from the National Rally of France invited the writer Eric Dumont "
    "to Lyon to give a talk on French rule in Algeria.\n"
    "The talk drew protests from several groups.\n"
    '"The political right is trying to play down colonial crimes," historian Paul Martin '
    "told reporters."
)


def test_en_a_country_in_a_heading_is_no_person_of_the_claims_sentence(guard: Guard) -> None:
    summary = (
        "Paul Martin said two National Rally deputies invited the writer Eric Dumont to Lyon "
        "to give a talk on French rule in Algeria."
    )
    assert _names(guard, EN_HISTORIAN, summary, "en") == []
