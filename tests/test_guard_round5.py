"""Guard round 5 (issue 12, heldout7 as tuning data): rules that stop faithful briefs
being flagged, and the faults they must still catch, in each language where they apply."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from summarizer.guard.numbers import find_numbers
from summarizer.guard.ordinals import ordinals
from summarizer.guard.speaker_finding import speakers
from tests.auxil.guard import kinds

# --- support: pronoun-carrying particles, Hebrew skeletons, a window of novel words -------

AR_PRESS = (
    "قال الصحفي خالد ماسا إن السلطات صادرت صحيفة الجريدة 28 مرة منذ بداية الأحداث.\n"
    "وأضاف ماسا أنه محرر في الصحيفة منذ سنوات.\n"
)
HE_FLU = (
    "ראש הממשלה, בנימין נתניהו, הודיע היום על ביטול הדיון שהיה אמור להתקיים מחר"
    " בוועדת חוץ וביטחון בהשתתפותו בשל מחלת השפעת."
)
HE_ALERT = "ההתרעה שהתקבלה לפני זמן קצר בישובי הגליל העליון על חדירת כלי טיס עוין הינה התרעת שווא."


def test_an_arabic_relative_clause_with_its_pronoun_is_supported(guard: Guard) -> None:
    # "التي يعمل فيها" (where he works): فيها points back at the paper, it claims nothing
    brief = "صادرت السلطات صحيفة «الجريدة» التي يعمل فيها، علماً أنها صودرت 28 مرة."
    assert "unsupported" not in kinds(guard, AR_PRESS, brief, "ar")


def test_an_invented_arabic_clause_is_still_unsupported(guard: Guard) -> None:
    brief = "صادرت السلطات صحيفة «الجريدة» بأمر من المحكمة العسكرية العليا في الخرطوم."
    assert "unsupported" in kinds(guard, AR_PRESS, brief, "ar")


def test_a_hebrew_paraphrase_in_other_inflections_and_spellings_is_supported(
    guard: Guard,
) -> None:
    # בוטל for ביטול, ביישובי for בישובי, שאותה/משום/לכן carry no claim of their own
    flu = "ראש הממשלה בנימין נתניהו הודיע כי הדיון בוועדת החוץ והביטחון בוטל משום שחלה בשפעת."
    alert = (
        "ההתרעה על חדירת כלי טיס עוין שהופעלה זמן קצר קודם לכן ביישובי הגליל העליון"
        " הייתה התרעת שווא."
    )
    assert "unsupported" not in kinds(guard, HE_FLU, flu, "he")
    assert "unsupported" not in kinds(guard, HE_ALERT, alert, "he")


def test_an_invented_hebrew_reason_is_unsupported_though_one_word_is_the_sources(
    guard: Guard,
) -> None:
    # ביטחונית is the source's word; three of the four words around it are not
    brief = (
        "ראש הממשלה בנימין נתניהו הודיע כי הדיון בוועדת החוץ והביטחון בוטל משום שנדרש"
        " להתייעצות ביטחונית דחופה."
    )
    assert "unsupported" in kinds(guard, HE_FLU, brief, "he")


EN_SAG = (
    "South Korean thriller Parasite won the top prize at the Screen Actors Guild awards on"
    " Sunday. It was the first foreign-language film to win the best cast ensemble award in"
    " the history of the awards, which are 26 years old."
)


def test_an_english_auxiliary_and_a_figure_are_no_invented_words(guard: Guard) -> None:
    brief = (
        "Parasite won the top prize at the Screen Actors Guild awards on Sunday, the first"
        " foreign-language film to do so in the 26-year history of the awards."
    )
    assert "unsupported" not in kinds(guard, EN_SAG, brief, "en")


def test_an_invented_english_clause_is_still_unsupported(guard: Guard) -> None:
    brief = (
        "Parasite won the top prize at the Screen Actors Guild awards on Sunday after"
        " producers lobbied voters aggressively."
    )
    assert "unsupported" in kinds(guard, EN_SAG, brief, "en")


# --- translation names: datelines and "the <Name>" are not people -------------------------

EN_ARTICLE = (
    "KHAN YOUNIS, GAZA — The health sector has collapsed, according to an investigation.\n"
    "Dr. Walid Abu Hatab, an obstetrician, said the trip took hours.\n"
    "Ori Givati of Breaking the Silence said more surveillance brings no security.\n"
)
EN_BRIEF = (
    "Dr. Walid Abu Hatab said the trip took hours. Ori Givati of Breaking the Silence said"
    " more surveillance does not bring security."
)


@pytest.mark.parametrize(
    ("lang", "translated"),
    [
        (
            "ar",
            "قال الدكتور وليد أبو حطب إن الرحلة استغرقت ساعات. وقال أوري جفعاتي من منظمة"
            " كسر الصمت إن المزيد من المراقبة لا يجلب الأمن.",
        ),
        (
            "he",
            'ד"ר וליד אבו חטב אמר כי הנסיעה ארכה שעות. אורי גבעתי משוברים שתיקה אמר כי מעקב'
            " נוסף אינו מביא ביטחון.",
        ),
    ],
)
def test_a_dateline_and_an_organisation_are_no_people(
    guard: Guard, lang: str, translated: str
) -> None:
    report = guard.check(EN_ARTICLE, translated, lang=lang, english_summary=EN_BRIEF)
    assert "translation_name" not in report.kinds(), [str(p) for p in report.problems]


@pytest.mark.parametrize(
    ("lang", "translated"),
    [
        (
            "ar",
            "قال الدكتور وليد أبو حطب إن الرحلة استغرقت ساعات. وقال أوري جلعاد من منظمة"
            " كسر الصمت إن المزيد من المراقبة لا يجلب الأمن.",
        ),
        (
            "he",
            'ד"ר וליד אבו חטב אמר כי הנסיעה ארכה שעות. אורי גלעד משוברים שתיקה אמר כי מעקב'
            " נוסף אינו מביא ביטחון.",
        ),
    ],
)
def test_a_speaker_of_an_organisation_renamed_is_caught(
    guard: Guard, lang: str, translated: str
) -> None:
    # "Ori Givati of Breaking the Silence said": Givati is the person
    report = guard.check(EN_ARTICLE, translated, lang=lang, english_summary=EN_BRIEF)
    assert "translation_name" in report.kinds()


# --- Arabic numbers: twelve and ordinal days -------------------------------------------------


def test_arabic_twelve_and_a_written_out_day_are_one_number() -> None:
    assert [n.value for n in find_numbers("قتل اثني عشر شخصاً", "ar")] == [12.0]
    assert [n.value for n in find_numbers("اثنتا عشرة امرأة", "ar")] == [12.0]
    assert [v for v, _ in ordinals("في التاسع والعشرين من أكتوبر", "ar")] == [29.0]


def test_an_arabic_translation_writing_twelve_and_the_29th_in_words_is_faithful(
    guard: Guard,
) -> None:
    english = "On October 29 the man who killed 12 people left Berlin."
    translated = "في التاسع والعشرين من أكتوبر غادر الرجل الذي قتل اثني عشر شخصاً برلين."
    report = guard.check("", translated, lang="ar", english_summary=english)
    assert "translation_number" not in report.kinds(), [str(p) for p in report.problems]


def test_an_arabic_translation_changing_twelve_or_the_day_is_caught(guard: Guard) -> None:
    english = "On October 29 the man who killed 12 people left Berlin."
    for translated in (
        "في التاسع والعشرين من أكتوبر غادر الرجل الذي قتل ثلاثة عشر شخصاً برلين.",
        "في الثامن والعشرين من أكتوبر غادر الرجل الذي قتل اثني عشر شخصاً برلين.",
    ):
        report = guard.check("", translated, lang="ar", english_summary=english)
        assert "translation_number" in report.kinds(), translated


# --- attribution: a warning as a noun; negated cues; the reach of a cue -----------------------


def test_a_warning_someone_gave_is_no_speaker() -> None:
    text = (
        "She walked south after Israel's October 13 warning to residents of the north;"
        " she said she felt labour pains."
    )
    assert speakers(text, "en") == ["she"]
    assert speakers("Israel's army is warning that strikes will widen.", "en") != []


EN_HAJJAJ = (
    "Nesma Hajjaj, 25, walked south after Israel's October 13 warning; she said she felt"
    " labour pains. Her baby has been in the nursery for 10 days, Hajjaj said."
)


@pytest.mark.parametrize(
    ("lang", "faithful", "unattributed"),
    [
        (
            "ar",
            "سارت نسمة حجاج، 25 عاماً، جنوباً بعد تحذير إسرائيل في 13 أكتوبر. وقالت إنها"
            " شعرت بآلام المخاض. وقالت حجاج إن طفلها في الحضانة منذ 10 أيام.",
            "سارت نسمة حجاج، 25 عاماً، جنوباً بعد تحذير إسرائيل في 13 أكتوبر. وقالت إنها"
            " شعرت بآلام المخاض. وطفلها في الحضانة منذ 10 أيام.",
        ),
        (
            "he",
            "נסמה חג'אג', בת 25, הלכה דרומה בעקבות האזהרה של ישראל מ-13 באוקטובר. לדבריה,"
            " חשה צירים. לדברי חג'אג', תינוקה בפגייה כבר 10 ימים.",
            "נסמה חג'אג', בת 25, הלכה דרומה בעקבות האזהרה של ישראל מ-13 באוקטובר. לדבריה,"
            " חשה צירים. תינוקה בפגייה כבר 10 ימים.",
        ),
    ],
)
def test_an_attribution_reaches_only_to_its_semicolon(
    guard: Guard, lang: str, faithful: str, unattributed: str
) -> None:
    report = guard.check("", faithful, lang=lang, english_summary=EN_HAJJAJ)
    assert "translation_attribution" not in report.kinds(), [str(p) for p in report.problems]
    report = guard.check("", unattributed, lang=lang, english_summary=EN_HAJJAJ)
    assert "translation_attribution" in report.kinds()


EN_SCHUMER = (
    "Chuck Schumer and Mitch McConnell met Netanyahu. Neither responded to requests for comment."
)


@pytest.mark.parametrize(
    ("lang", "translated"),
    [
        ("ar", "التقى تشاك شومر وميتش ماكونيل نتنياهو. ولم يرد أي منهما على طلبات التعليق."),
        ("he", "צ'אק שומר ומיץ' מקונל נפגשו עם נתניהו. איש מהם לא השיב לפניות לקבלת תגובה."),
    ],
)
def test_a_negated_cue_attributes_nothing(guard: Guard, lang: str, translated: str) -> None:
    report = guard.check("", translated, lang=lang, english_summary=EN_SCHUMER)
    assert "translation_attribution" not in report.kinds(), [str(p) for p in report.problems]


@pytest.mark.parametrize(
    ("lang", "translated"),
    [
        ("ar", "التقى شومر وماكونيل نتنياهو. أيد 40 نائباً الإصلاح."),
        ("he", "שומר ומקונל נפגשו עם נתניהו. 40 חברי קונגרס תמכו ברפורמה."),
    ],
)
def test_an_attribution_dropped_beside_a_negated_cue_is_caught(
    guard: Guard, lang: str, translated: str
) -> None:
    english = (
        "Schumer and McConnell met Netanyahu, but neither responded to requests for comment."
        " Schumer said 40 lawmakers backed the reform."
    )
    report = guard.check("", translated, lang=lang, english_summary=english)
    assert "translation_attribution" in report.kinds()
