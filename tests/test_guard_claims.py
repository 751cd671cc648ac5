"""Guard v2 (issue 12): claims aligned to their source sentences; figures in context;
support. Each fault kind of the issue, in each language where it applies."""

from __future__ import annotations

import json

import pytest

from summarizer.guard import Guard
from summarizer.guard.align import split_claims
from summarizer.guard.numbers import find_numbers
from summarizer.guard.text import normalize

EN = (
    "Gaza's health ministry said 799 people were killed in the strikes on Tuesday. "
    "A survey found that 58 percent of Israelis back a truce, while 40 percent of "
    "Palestinians do. The talks in Cairo have lasted three years, officials said. "
    "More than 7,843 homes were damaged, the United Nations said."
)
AR = (
    "قالت وزارة الصحة إن ٧٩٩ شخصا قتلوا في الغارات يوم الثلاثاء. "
    "وأفاد المرصد بأن ثلاثة مستودعات للذخيرة سقطت بيد المقاتلين في بلدة قلدون. "
    "وقال مسؤول إن المفاوضات استمرت عشر سنوات. "
    "وقع الهجوم في السابع من أكتوبر وقتل فيه ألفا شخص."
)
HE = (
    "משרד הבריאות מסר כי 799 בני אדם נהרגו בתקיפות ביום שלישי. "
    "לדברי הצבא, שלושה מחבלים נעצרו בשכם. "
    "הדיון בוועדה נדחה ליום שני בשל מחלת השפעת, כך נמסר. "
    "המתקפה התרחשה ב-7 באוקטובר."
)


# --- claims and alignment ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "claims"),
    [
        ("en", "The army withdrew from the town, while residents returned to their homes.", 2),
        ("en", "Hamas and Israel agreed to talks.", 1),  # "and" joining names is no clause
        ("ar", "انسحب الجيش من البلدة، وعاد السكان إلى منازلهم.", 2),
        ("he", "הצבא נסוג מהעיירה, והתושבים חזרו לבתיהם.", 2),
    ],
)
def test_a_brief_is_split_into_claims_at_clause_joins(lang: str, text: str, claims: int) -> None:
    assert len(split_claims(text, lang)) == claims


def test_the_report_keeps_each_claims_source_sentences(guard: Guard) -> None:
    brief = "The talks in Cairo have lasted three years, officials said."
    report = guard.check(EN, brief)
    assert report.ok
    stored = json.loads(json.dumps(report.to_dict()))["alignment"]
    assert stored[0]["claim"].startswith("The talks in Cairo")
    assert stored[0]["source"] == ["The talks in Cairo have lasted three years, officials said."]


# --- numbers in context ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "source", "brief"),
    [
        # a figure the source gives in another sentence, for something else
        ("en", EN, "The talks in Cairo have lasted 799 years, officials said."),
        ("ar", AR, "وقال مسؤول إن المفاوضات استمرت ثلاث سنوات."),
        ("he", HE, "לדברי הצבא, 799 מחבלים נעצרו בשכם."),
    ],
)
def test_a_figure_from_another_sentence_does_not_back_a_claim(
    guard: Guard, lang: str, source: str, brief: str
) -> None:
    report = guard.check(source, brief, lang=lang)
    assert "number" in report.kinds(), [str(p) for p in report.problems]


def test_a_percentage_given_for_another_population_is_reported(guard: Guard) -> None:
    brief = "A survey found that 40 percent of Israelis back a truce."
    report = guard.check(EN, brief)
    assert "number" in report.kinds()


@pytest.mark.parametrize(
    ("lang", "source", "brief"),
    [
        ("en", EN, "Nearly 800 people were killed in the strikes, the health ministry said."),
        ("en", EN, "More than 7,800 homes were damaged, the United Nations said."),
        ("ar", AR, "قالت وزارة الصحة إن نحو ٨٠٠ شخص قتلوا في الغارات."),
        ("he", HE, "משרד הבריאות מסר כי כמעט 800 בני אדם נהרגו בתקיפות."),
    ],
)
def test_hedged_rounding_in_the_right_direction_passes(
    guard: Guard, lang: str, source: str, brief: str
) -> None:
    report = guard.check(source, brief, lang=lang)
    assert report.ok, [str(p) for p in report.problems]


@pytest.mark.parametrize(
    ("lang", "source", "brief"),
    [
        ("en", EN, "800 people were killed in the strikes, the health ministry said."),
        ("en", EN, "More than 8,000 homes were damaged, the United Nations said."),
        ("ar", AR, "قالت وزارة الصحة إن ٨٠٠ شخص قتلوا في الغارات."),
        ("he", HE, "משרד הבריאות מסר כי יותר מ-800 בני אדם נהרגו בתקיפות."),
    ],
)
def test_an_unhedged_or_wrongly_hedged_toll_is_reported(
    guard: Guard, lang: str, source: str, brief: str
) -> None:
    assert "number" in guard.check(source, brief, lang=lang).kinds()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("قتل ألفا شخص", "ar", [2000]),
        ("وأصيب مئتي شخص", "ar", [200]),
        ("هجوم السابع من أكتوبر", "ar", [7]),
        ("في الثالث عشر من تشرين الأول", "ar", [13]),
        ("הדיון נדחה ליום שני", "he", []),
        ("ביום השביעי באוקטובר", "he", [7]),
    ],
)
def test_duals_ordinal_dates_and_prefixed_day_names(
    text: str, lang: str, expected: list[float]
) -> None:
    values = [n.value for n in find_numbers(normalize(text), lang)]
    assert values == expected


@pytest.mark.parametrize(
    ("lang", "source", "brief"),
    [
        ("en", EN, "Officials said the talks in Cairo began on October 7."),
        ("ar", AR, "وقع الهجوم في 7 أكتوبر وقتل فيه ألفا شخص."),
        ("he", HE, "המתקפה התרחשה בשביעי באוקטובר."),
    ],
)
def test_dates_are_read_in_every_language(guard: Guard, lang: str, source: str, brief: str) -> None:
    source = source if lang != "en" else source + " The attack took place on Oct. 7."
    assert "number" not in guard.check(source, brief, lang=lang).kinds()


# --- support -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "source", "brief"),
    [
        ("en", EN, "the brenchworks gremlated tossively across the flamber."),
        ("en", EN, "The talks in Cairo have lasted three years and prompted a court challenge."),
        ("ar", AR, "وقال مسؤول إن المفاوضات استمرت عشر سنوات وسط تلمزة الفرسنات البرقطية."),
        ("he", HE, "הדיון בוועדה נדחה בשל גרפליות הטמבוסים המזרקים."),
    ],
)
def test_words_the_source_does_not_have_are_unsupported(
    guard: Guard, lang: str, source: str, brief: str
) -> None:
    report = guard.check(source, brief, lang=lang)
    assert "unsupported" in report.kinds(), [str(p) for p in report.problems]
    problem = next(p for p in report.problems if p.kind == "unsupported")
    assert problem.span and normalize(problem.span) in normalize(brief)


STRIKE = {
    "en": "Al-Kahlot painted a bleak picture of the children's care. The hospital was attacked "
    "again on November 6, when an attack struck its third floor. Four people were killed. "
    "Doctors described severe shortages of fuel and medicine. Earlier, Israel warned people in "
    "northern Gaza to move south or risk being targeted as militants, a declaration that "
    "Amnesty said could amount to a war crime. Israel says Hamas hides military "
    "infrastructure in hospitals.",
    "he": "בית החולים הותקף שוב ושוב. ב-6 בנובמבר פגעה תקיפה בקומה השלישית של בית החולים. "
    "ארבעה בני אדם נהרגו בתקיפה. הרופאים סיפרו על מחסור חמור בתרופות ובדלק. קודם לכן הזהירה "
    "ישראל את תושבי צפון הרצועה להתפנות דרומה, אחרת ייחשבו לחמושים. ישראל טוענת כי חמאס "
    "מסתיר תשתית צבאית בבתי חולים.",
}
ADDED_CLAUSE = {
    "en": ("A November 6 attack struck the hospital's third floor, killing four people",
           ", in a strike the Israeli military said had targeted militants nearby"),
    "he": ("ב-6 בנובמבר פגעה תקיפה בקומה השלישית של בית החולים, וארבעה בני אדם נהרגו",
           ", בתקיפה שצבא ישראל אמר כי כוונה נגד חמושים שהסתתרו בסביבה"),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "he"])
def test_a_reported_clause_added_to_a_true_claim_is_unsupported(guard: Guard, lang: str) -> None:
    claim, added = ADDED_CLAUSE[lang]
    report = guard.check(STRIKE[lang], claim + added + ".", lang=lang)
    assert "unsupported" in report.kinds(), [str(p) for p in report.problems]
    report = guard.check(STRIKE[lang], claim + ".", lang=lang)
    assert "unsupported" not in report.kinds(), [str(p) for p in report.problems]


def test_words_given_to_a_speaker_that_only_the_narration_has_are_unsupported(
    guard: Guard,
) -> None:
    source = (
        "Vice-President Mike Pence stressed on Thursday that Covid-19 was about three times as "
        "contagious as influenza. The White House has previously touted higher numbers. "
        "Stay-at-home orders have in the meantime closed non-essential businesses in 42 states."
    )
    said = (
        "Vice-President Mike Pence stressed that the disease was three times as contagious as flu"
    )
    report = guard.check(source, said + ", and said most stay-at-home orders could be lifted.")
    assert "unsupported" in report.kinds(), [str(p) for p in report.problems]
    assert "unsupported" not in guard.check(source, said + ".").kinds()


@pytest.mark.parametrize(
    ("lang", "source", "brief"),
    [
        ("en", "Before the war the hospital received 550 patients a day and gave chemotherapy "
         "to 150 patients, its director said.",
         "Before the war the hospital received 150 patients a day, its director said."),
        ("ar", "وقال ماسا إن السلطات أوقفت أربعين صحفيا. وقال ماسا إن البشير يحكم منذ ثلاثين "
         "عاما.", "وقال ماسا إن السلطات أوقفت ثلاثين صحفيا."),
    ],
)  # fmt: skip
def test_a_figure_the_source_gives_for_another_count_is_reported(
    guard: Guard, lang: str, source: str, brief: str
) -> None:
    assert "number" in guard.check(source, brief, lang=lang).kinds()


@pytest.mark.parametrize(
    ("text", "lang"),
    [("أول إبادة جماعية في القرن العشرين", "ar"), ("רצח העם הראשון במאה העשרים", "he")],
)
def test_a_century_written_as_an_ordinal_is_its_number(text: str, lang: str) -> None:
    assert [n.value for n in find_numbers(normalize(text), lang)] == [20]


def test_someone_announcing_their_own_act_needs_no_attribution(guard: Guard) -> None:
    source = "ראש הממשלה, בנימין נתניהו, הודיע היום על ביטול הדיון בוועדה בשל מחלת השפעת."
    brief = "ראש הממשלה בנימין נתניהו ביטל את הדיון בוועדה בשל מחלת השפעת."
    assert guard.check(source, brief, lang="he").ok
    dropped = "הדיון בוועדה בוטל בשל מחלת השפעת."  # nobody behind it: attribute it
    assert "attribution" in guard.check(source, dropped, lang="he").kinds()


def test_a_claim_on_a_translated_article_maps_back_to_the_original_sentence(
    guard: Guard,
) -> None:
    pivot = [
        ("قال مسؤول إن المفاوضات استمرت عشر سنوات.", "An official said the talks lasted ten years"),
        ("وقع الهجوم في السابع من أكتوبر.", "The attack took place on October 7."),
    ]
    source = " ".join(english for _, english in pivot)
    report = guard.check(source, "The talks lasted ten years, an official said.", pivot=pivot)
    assert report.ok
    assert report.alignment[0]["original"] == ["قال مسؤول إن المفاوضات استمرت عشر سنوات."]
