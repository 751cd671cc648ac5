"""Guard round 16 (heldout18's false alarms): faithful wordings of three shapes that must
pass, beside the fault of the same shape that must still be caught."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a sentence adverb before a titled name ("Separately, Dr ...") ------------------------

CLINIC_SOURCE = (
    "Lisbon's hospitals treated 312 flu patients last week, the health board said.\n"
    "Dr Helena Matos, who heads the city's vaccination drive, said 40,000 people had been"
    " vaccinated since October.\n"
    "Mayor Carlos Moedas opened a new clinic in Alfama on Tuesday.\n"
)
CLINIC_BRIEF = (
    "Lisbon's hospitals treated 312 flu patients last week. Separately, Dr Helena Matos"
    " said 40,000 people had been vaccinated since October."
)
CLINIC_AR = (
    "عالجت مستشفيات لشبونة 312 مريضا بالإنفلونزا الأسبوع الماضي. ومن جهة أخرى، قالت"
    " الدكتورة هيلينا ماتوس إن 40 ألف شخص تلقوا اللقاح منذ أكتوبر."
)


def test_sentence_adverb_before_a_title_is_no_name(guard: Guard) -> None:
    found = kinds(guard, CLINIC_SOURCE, CLINIC_AR, lang="ar", english_summary=CLINIC_BRIEF)
    assert not found & {"translation_name", "translation_attribution"}
    # the person the adverb stands before must still be written
    renamed = CLINIC_AR.replace("هيلينا ماتوس", "كارلوس مويداس")
    found = kinds(guard, CLINIC_SOURCE, renamed, lang="ar", english_summary=CLINIC_BRIEF)
    assert "translation_name" in found


# --- British and American spellings of a name ------------------------------------------

ARMY_SOURCE = (
    "The Defense Ministry said on Monday that 14 soldiers had completed the training course.\n"
    "The course ran for six weeks at a base near Tartu.\n"
)


def test_british_spelling_of_a_name_is_the_same_name(guard: Guard) -> None:
    brief = "The Defence Ministry said 14 soldiers had completed the training course near Tartu."
    assert "name" not in kinds(guard, ARMY_SOURCE, brief)
    # a ministry the source does not name is still a name it lacks
    other = brief.replace("Defence", "Interior")
    assert "name" in kinds(guard, ARMY_SOURCE, other)


# --- an interview retold: "asked whether ..." ---------------------------------------------

INTERVIEW_SOURCE = (
    "*هل الاقتصاد اليوم أقوى مما كان عليه قبل عامين؟\n"
    "-كلا، التضخم ارتفع وتراجعت الصادرات الزراعية وأغلقت مصانع كثيرة في المدن الساحلية.\n"
    "*وما رأيك في الانتخابات المقبلة؟\n"
    "-أتوقع مشاركة ضعيفة لأن الناس فقدوا الثقة في الأحزاب.\n"
)


def test_question_and_answer_retold_is_supported(guard: Guard) -> None:
    brief = (
        "وردا على سؤال عما إذا كان الاقتصاد أقوى مما كان عليه قبل عامين، أجاب بالنفي، قائلا"
        " إن التضخم ارتفع وتراجعت الصادرات الزراعية."
    )
    assert "unsupported" not in kinds(guard, INTERVIEW_SOURCE, brief, lang="ar")
    # an invented answer in the same frame is still unsupported
    invented = (
        "وردا على سؤال عما إذا كان الاقتصاد أقوى، قال إن البنك المركزي طبع عملة جديدة"
        " لتمويل ميزانية الجيش."
    )
    assert "unsupported" in kinds(guard, INTERVIEW_SOURCE, invented, lang="ar")
