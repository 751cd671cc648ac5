"""Guard v2 (issue 12): attribution needs a speaker, and the source's speaker; names in
translations; reported labels and fixed phrases; one-sentence items. Each fault kind of
the issue in each language where it applies."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard

EN = (
    "Dr. Marwan Al-Hams, director of Youssef Al-Najjar Hospital in Rafah, said the hospital "
    "had run out of fuel. Dr. Sobhi Skaik, director of the Turkish Friendship Hospital, said "
    "there are more than 10,000 cancer patients in the Gaza Strip. Amnesty International "
    "said the evacuation order could amount to a war crime. The army told residents to leave "
    "the north of the city."
)
AR = (
    "وقال المرصد السوري لحقوق الإنسان إن مقاتلين سيطروا على ثلاثة مستودعات للذخيرة. "
    "ودعا الائتلاف الوطني السوري في بيان الفصائل إلى ضبط النفس. "
    "وقال الناشط خالد ماسا إن السلطات أوقفت أربعين صحفيا."
)
HE = (
    "ראש הממשלה בנימין נתניהו אמר כי ישראל לא תאפשר לאיראן להשיג נשק גרעיני. "
    "לפי הערכות, אלפי אנשים הגיעו לחופים. "
    "רשות הטבע והגנים ממליצה שלא להגיע לשמורות בשל עומס. "
    "המנהיג העליון של איראן עלי חמינאי אמר כי ישראל היא גידול סרטני."
)


# --- a speaker, not a noun, not an event verb ---------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "source", "brief"),
    [
        ("en", EN, "There are more than 10,000 cancer patients in the Gaza Strip, on current "
         "estimates."),
        ("en", EN, "The evacuation order amounted to a war crime."),
        ("ar", AR, "وأفادت تقديرات بأن مقاتلين سيطروا على ثلاثة مستودعات للذخيرة."),
        ("he", HE, "אין להגיע לשמורות בשל עומס."),
    ],
)  # fmt: skip
def test_a_claim_with_no_speaker_is_reported(
    guard: Guard, lang: str, source: str, brief: str
) -> None:
    report = guard.check(source, brief, lang=lang)
    assert "attribution" in report.kinds(), [str(p) for p in report.problems]


@pytest.mark.parametrize(
    ("lang", "source", "theirs", "other"),
    [
        ("en", "Netanyahu responded to Iran's supreme leader Ali Khamenei, who had said that "
         "Israel would not survive, and said that whoever threatens Israel with destruction "
         "puts himself in similar danger.",
         "Netanyahu said that whoever threatens Israel with destruction puts himself in "
         "similar danger.",
         "Khamenei said that whoever threatens Israel with destruction puts himself in "
         "similar danger."),
        ("he", "ראש הממשלה בנימין נתניהו הגיב לדברי המנהיג העליון של איראן עלי חמינאי, שאמר "
         "כי ישראל לא תשרוד, ומסר כי מי שמאיים על ישראל בהשמדה שם עצמו בסכנה דומה.",
         "נתניהו אמר כי מי שמאיים על ישראל בהשמדה שם עצמו בסכנה דומה.",
         "חמינאי אמר כי מי שמאיים על ישראל בהשמדה שם עצמו בסכנה דומה."),
        ("ar", "قال رئيس الوزراء بنيامين نتنياهو إن المرشد الإيراني علي خامنئي، الذي قال إن "
         "إسرائيل لن تبقى، مخطئ، وأضاف أن من يهدد إسرائيل بالإبادة يعرض نفسه لخطر مماثل.",
         "قال نتنياهو إن من يهدد إسرائيل بالإبادة يعرض نفسه لخطر مماثل.",
         "قال خامنئي إن من يهدد إسرائيل بالإبادة يعرض نفسه لخطر مماثل."),
    ],
)  # fmt: skip
def test_words_after_a_coordinated_cue_are_the_first_speakers_not_the_other_named(
    guard: Guard, lang: str, source: str, theirs: str, other: str
) -> None:
    report = guard.check(source, other, lang=lang)
    assert "attribution" in report.kinds(), [str(p) for p in report.problems]
    report = guard.check(source, theirs, lang=lang)
    assert "attribution" not in report.kinds(), [str(p) for p in report.problems]


@pytest.mark.parametrize(
    ("lang", "source", "claim", "rest"),
    [
        ("en", "Israel says Hamas built the hospital to hide military infrastructure",
         "Hamas built the hospital to hide military infrastructure",
         ", while the Indonesian government says it built it for Gaza's residents."),
        ("ar", "تقول إسرائيل إن حماس بنت المستشفى لإخفاء بنية تحتية عسكرية",
         "بنت حماس المستشفى لإخفاء بنية تحتية عسكرية",
         "، في حين تقول الحكومة الإندونيسية إنها بنته لسكان غزة."),
        ("he", "ישראל טוענת כי חמאס בנה את בית החולים כדי להסתיר תשתית צבאית",
         "חמאס בנה את בית החולים כדי להסתיר תשתית צבאית",
         ", בעוד ממשלת אינדונזיה אומרת שבנתה אותו לתושבי עזה."),
    ],
)  # fmt: skip
def test_a_clause_before_another_speakers_claim_keeps_its_own_attribution(
    guard: Guard, lang: str, source: str, claim: str, rest: str
) -> None:
    article = source + rest
    report = guard.check(article, claim + rest, lang=lang)
    assert "attribution" in report.kinds(), [str(p) for p in report.problems]
    report = guard.check(article, article, lang=lang)
    assert "attribution" not in report.kinds(), [str(p) for p in report.problems]


def test_an_order_given_in_the_event_is_no_attribution(guard: Guard) -> None:
    source = EN + " Residents say they may leave the area only three days a week."
    brief = "The army told residents they may leave the area only three days a week."
    assert "attribution" in guard.check(source, brief).kinds()


@pytest.mark.parametrize(
    ("lang", "source", "brief"),
    [
        ("en", EN, "There are more than 10,000 cancer patients in the Gaza Strip, said Dr. "
         "Marwan Al-Hams."),
        ("ar", AR, "ودعا المرصد السوري لحقوق الإنسان في بيان الفصائل إلى ضبط النفس."),
        ("he", HE, "בנימין נתניהו אמר כי ישראל היא גידול סרטני."),
    ],
)  # fmt: skip
def test_a_claim_given_to_another_speaker_is_reported(
    guard: Guard, lang: str, source: str, brief: str
) -> None:
    report = guard.check(source, brief, lang=lang)
    assert "attribution" in report.kinds(), [str(p) for p in report.problems]


SKAIK = (
    "More than half of Gaza's hospitals have closed, according to the Health Ministry. "
    "“We ran out of fuel,” said Dr. Sobhi Skaik, director of the Turkish Friendship Hospital. "
    "“Today the hospital has no cancer drugs and no painkillers at all.”"
)


@pytest.mark.parametrize(
    ("brief", "ok"),
    [
        ("The Health Ministry said the hospital has no cancer drugs or painkillers at all.",
         False),
        ("Dr. Sobhi Skaik said the hospital has no cancer drugs or painkillers at all.", True),
        ("Dr. Sobhi Skaik, director of the Turkish Friendship Hospital, the only hospital that "
         "treats adult cancer patients in Gaza, said it has no cancer drugs or painkillers.",
         True),
    ],
)  # fmt: skip
def test_a_quotation_going_on_is_its_speakers_not_a_bodys_named_in_the_article(
    guard: Guard, brief: str, ok: bool
) -> None:
    report = guard.check(SKAIK, brief)
    assert ("attribution" not in report.kinds()) is ok, [str(p) for p in report.problems]


@pytest.mark.parametrize(
    ("lang", "source", "brief"),
    [
        ("en", EN, "There are more than 10,000 cancer patients in Gaza, Dr. Sobhi Skaik said."),
        ("ar", AR, "ودعا الائتلاف الوطني السوري في بيان الفصائل إلى ضبط النفس."),
        ("he", HE, "לדברי נתניהו, ישראל לא תאפשר לאיראן להשיג נשק גרעיני."),
    ],
)
def test_the_same_speaker_in_other_words_passes(
    guard: Guard, lang: str, source: str, brief: str
) -> None:
    report = guard.check(source, brief, lang=lang)
    assert report.ok, [str(p) for p in report.problems]


def test_a_translation_that_drops_one_sentences_attribution_is_reported(guard: Guard) -> None:
    english = (
        "Israeli forces killed 121 Palestinians, according to the United Nations. "
        "Settlers attacked the village, residents said."
    )
    hebrew = "כוחות ישראליים הרגו 121 פלסטינים. מתנחלים תקפו את הכפר, כך לפי התושבים."
    report = guard.check("", hebrew, lang="he", english_summary=english)
    assert "translation_attribution" in report.kinds()


@pytest.mark.parametrize(
    ("lang", "translation", "ok"),
    [
        ("he", "לטענת ישראל, חמאס בנה את המתקן, ואילו ממשלת אינדונזיה אומרת שבנתה אותו "
         "לתושבי עזה.", True),
        ("he", "חמאס בנה את המתקן, ואילו ממשלת אינדונזיה אומרת שבנתה אותו לתושבי עזה.", False),
        ("ar", "تقول إسرائيل إن حماس بنت المنشأة، بينما تقول الحكومة الإندونيسية إنها بنتها "
         "لسكان غزة.", True),
        ("ar", "بنت حماس المنشأة، بينما تقول الحكومة الإندونيسية إنها بنتها لسكان غزة.", False),
    ],
)  # fmt: skip
def test_a_translation_that_drops_one_clauses_attribution_is_reported(
    guard: Guard, lang: str, translation: str, ok: bool
) -> None:
    english = (
        "Israel says Hamas built the facility, while the Indonesian government says it "
        "built it for Gaza's residents."
    )
    report = guard.check("", translation, lang=lang, english_summary=english)
    assert ("translation_attribution" not in report.kinds()) is ok, [
        str(p) for p in report.problems
    ]


def test_a_translation_that_moves_a_short_named_speakers_claim_to_another_is_reported(
    guard: Guard,
) -> None:
    english = (
        "Dr. Anthony Fauci told NBC the death toll looks more like 60,000. "
        "Vice-President Mike Pence stressed that the disease was very contagious."
    )
    arabic = (
        "قال نائب الرئيس مايك بنس لشبكة إن بي سي إن الحصيلة تبدو أقرب إلى 60 ألفا. "
        "وشدد نائب الرئيس مايك بنس على أن المرض شديد العدوى."
    )
    faithful = arabic.replace("نائب الرئيس مايك بنس لشبكة", "الدكتور أنتوني فاوتشي لشبكة")
    report = guard.check("", arabic, lang="ar", english_summary=english)
    assert "translation_attribution" in report.kinds(), [str(p) for p in report.problems]
    report = guard.check("", faithful, lang="ar", english_summary=english)
    assert "translation_attribution" not in report.kinds(), [str(p) for p in report.problems]


# --- names in translation ----------------------------------------------------------------------


ENGLISH_BRIEF = (
    "CIA director William Burns and Mossad chief David Barnea held talks in Cairo, "
    "Egyptian officials said."
)


@pytest.mark.parametrize(
    ("lang", "translation", "ok"),
    [
        ("ar", "أجرى مدير وكالة المخابرات المركزية وليام بيرنز ورئيس الموساد ديفيد برنياع "
         "محادثات في القاهرة، بحسب مسؤولين مصريين.", True),
        ("ar", "أجرى مدير وكالة المخابرات المركزية ماثيو ميلر ورئيس الموساد ديفيد برنياع "
         "محادثات في القاهرة، بحسب مسؤولين مصريين.", False),
        ("he", "ראש ה-CIA ויליאם ברנס וראש המוסד דוד ברנע קיימו שיחות בקהיר, לדברי גורמים "
         "מצריים.", True),
        ("he", "ראש ה-CIA ויליאם ברנס וראש השב\"כ רונן בר קיימו שיחות בקהיר, לדברי גורמים "
         "מצריים.", False),
    ],
)  # fmt: skip
def test_names_are_compared_across_scripts(
    guard: Guard, lang: str, translation: str, ok: bool
) -> None:
    report = guard.check("", translation, lang=lang, english_summary=ENGLISH_BRIEF)
    assert ("translation_name" in report.kinds()) is not ok, [str(p) for p in report.problems]


@pytest.mark.parametrize(
    ("translation", "ok"),
    [
        ("העיתונאים הישראלים שחר גליק וג'וש בריינר דיווחו כי חמוש ירה לעברם.", True),
        ("העיתונאים הישראלים שחר אילן וג'וש בריינר דיווחו כי חמוש ירה לעברם.", False),
    ],
)
def test_names_after_a_plural_role_are_compared_across_scripts(
    guard: Guard, translation: str, ok: bool
) -> None:
    english = (
        "Israeli journalists Shahar Glick and Josh Breiner reported that a gunman fired at them."
    )
    report = guard.check("", translation, lang="he", english_summary=english)
    assert ("translation_name" not in report.kinds()) is ok, [str(p) for p in report.problems]


def test_a_month_abbreviation_is_no_name(guard: Guard) -> None:
    source = "The attack on October 7 killed about 1,200 people, Israeli officials said."
    assert guard.check(source, "The Oct. 7 attack killed about 1,200 people, officials said.").ok


# --- reported labels, fixed phrases, quotation marks after a proclitic -------------------------


@pytest.mark.parametrize(
    ("lang", "source", "brief"),
    [
        ("en", "In 2021 the government labelled six groups terrorist organizations.",
         "In 2021 the government labelled six groups terrorist organizations."),
        ("ar", "في ٢٠٢١ صنّفت الحكومة ست منظمات \"منظمات إرهابية\".",
         "في ٢٠٢١ صنّفت الحكومة ست منظمات \"منظمات إرهابية\"."),
        ("he", "ב-2021 הכריזה הממשלה על שישה ארגונים כארגוני טרור.",
         "ב-2021 הכריזה הממשלה על שישה ארגונים כארגוני טרור."),
        ("en", "The museum honours composers hounded by the Nazi regime.",
         "The museum honours composers hounded by the Nazi regime."),
        ("ar", "قاتل عناصر مرتبطون بـ\"الجيش الحر\" في ريف دمشق، وفق المرصد.",
         "قاتل عناصر مرتبطون بـ\"الجيش الحر\" في ريف دمشق، وفق المرصد."),
    ],
)  # fmt: skip
def test_reported_labels_fixed_phrases_and_attached_quotes_pass(
    guard: Guard, lang: str, source: str, brief: str
) -> None:
    report = guard.check(source, brief, lang=lang)
    assert report.ok, [str(p) for p in report.problems]


def test_a_repair_never_rewrites_quoted_words(guard: Guard) -> None:
    source = (
        'The minister called the group a "terrorist organization" on Monday. Talks on a '
        "truce resumed in Cairo on Tuesday with Egyptian mediators, officials said."
    )
    brief = 'The group is a "terrorist organization".'  # scare quotes, no speaker
    reviewed = guard.review_english(source, brief, title=None, regenerate=None)
    assert reviewed.status in {"fallback", "withheld"}
    assert "militant" not in reviewed.text


def test_a_one_sentence_item_may_restate_its_title(guard: Guard) -> None:
    title = "ההתרעה על חדירת כלי טיס עוין - התרעת שווא"
    source = title + "\nההתרעה שהתקבלה בישובי הגליל העליון על חדירת כלי טיס עוין הינה התרעת שווא."
    brief = "ההתרעה על חדירת כלי טיס עוין שהתקבלה בישובי הגליל העליון הייתה התרעת שווא."
    report = guard.check(source, brief, lang="he", headline=title)
    assert "headline" not in report.kinds(), [str(p) for p in report.problems]


# --- names in their roles ---------------------------------------------------------------------


ROLES_EN = (
    "CIA director William Burns will meet Qatar's prime minister in Cairo. State "
    "Department spokesman Matthew Miller said the talks were constructive."
)


@pytest.mark.parametrize(
    ("lang", "source", "brief"),
    [
        ("en", ROLES_EN, "CIA director Matthew Miller will meet Qatar's prime minister in Cairo."),
        ("ar", "وقال المتحدث باسم الجيش أفيخاي أدرعي إن القوات انسحبت.",
         "وقال المتحدث باسم الجيش يوسف حمدان إن القوات انسحبت."),
        ("he", "ראש הממשלה בנימין נתניהו הודיע על ביטול הדיון.",
         "ראש הממשלה יאיר לפיד הודיע על ביטול הדיון."),
    ],
)  # fmt: skip
def test_a_name_in_a_role_the_source_does_not_give_it_is_reported(
    guard: Guard, lang: str, source: str, brief: str
) -> None:
    report = guard.check(source, brief, lang=lang)
    assert "name" in report.kinds(), [str(p) for p in report.problems]


def test_a_name_in_its_own_role_passes(guard: Guard) -> None:
    brief = "CIA director William Burns will meet Qatar's prime minister in Cairo."
    assert guard.check(ROLES_EN, brief).ok


HOSPITALS = (
    "Dr. Walid Abu Hatab is an obstetrician at Al Aqsa Martyrs Hospital. Supplies are short, "
    "said Dr. Marwan Al-Hams, director of Youssef Al-Najjar Hospital in Rafah. Many pregnant "
    "women cannot reach a hospital because of the bombing."
)


@pytest.mark.parametrize(
    ("brief", "ok"),
    [
        ("Dr. Walid Abu Hatab of Al Aqsa Martyrs Hospital treats pregnant women.", True),
        ("Dr. Marwan Al-Hams of Al Aqsa Martyrs Hospital treats pregnant women.", False),
        ("Supplies are short, said Dr. Marwan Al-Hams of Youssef Al-Najjar Hospital.", True),
    ],
)  # fmt: skip
def test_a_person_tied_to_another_persons_body_is_reported(
    guard: Guard, brief: str, ok: bool
) -> None:
    report = guard.check(HOSPITALS, brief)
    assert ("name" not in report.kinds()) is ok, [str(p) for p in report.problems]


# --- the speaker after a closing quotation mark ---------------------------------------------------

QUOTED = {
    "en": (
        "The defense sector is central to the economy. “It shows that it is possible to"
        " maintain an occupation for over half a century,” says Loewenstein. Altshuler of the"
        " Israel Democracy Institute says the law is unclear.",
        "Loewenstein says the defense sector shows that an occupation can be maintained for"
        " over half a century.",
        "Altshuler says the defense sector shows that an occupation can be maintained for"
        " over half a century.",
    ),
    "ar": (
        "قطاع الدفاع محوري في الاقتصاد. «إنه يظهر أن من الممكن إدارة الاحتلال لأكثر من نصف"
        " قرن»، قال لوينشتاين. وقالت ألتشولر من معهد الديمقراطية إن القانون غامض.",
        "قال لوينشتاين إن قطاع الدفاع يظهر أن من الممكن إدارة الاحتلال لأكثر من نصف قرن.",
        "قالت ألتشولر إن قطاع الدفاع يظهر أن من الممكن إدارة الاحتلال لأكثر من نصف قرن.",
    ),
    "he": (
        'תעשיית הביטחון מרכזית בכלכלה. "היא מראה שאפשר לנהל כיבוש יותר מחצי מאה", אמר'
        " לוינשטיין. אלטשולר מהמכון הישראלי לדמוקרטיה אמרה כי החוק אינו ברור.",
        "לדברי לוינשטיין, תעשיית הביטחון מראה שאפשר לנהל כיבוש יותר מחצי מאה.",
        "לדברי אלטשולר, תעשיית הביטחון מראה שאפשר לנהל כיבוש יותר מחצי מאה.",
    ),
}


@pytest.mark.parametrize("lang", ["en", "ar", "he"])
def test_a_claim_quoted_with_its_speaker_after_it_keeps_that_speaker(
    guard: Guard, lang: str
) -> None:
    """ "“…,” says Loewenstein": the speaker follows the cue after a closing quotation mark."""
    source, faithful, moved = QUOTED[lang]
    assert "attribution" not in guard.check(source, faithful, lang=lang).kinds()
    assert "attribution" in guard.check(source, moved, lang=lang).kinds()


def test_a_quotation_whose_he_said_points_back_to_a_named_speaker_keeps_that_speaker(
    guard: Guard,
) -> None:
    """ "Al-Hams sighed. “…,” he said.": the quote is Al-Hams's, not another doctor's."""
    source = (
        "Hospitals are short of thread, said Dr. Marwan Al-Hams, director of Youssef Al-Najjar"
        " Hospital. Dr. Sobhi Skaik, director of the Turkish Friendship Hospital, said his"
        " drugs had run out. Asked about the aid that entered from Egypt, Al-Hams sighed."
        " “It is not enough for one day in a hospital,” he said."
    )
    faithful = 'Al-Hams said the aid from Egypt was "not enough for one day in a hospital."'
    moved = 'Skaik said the aid from Egypt was "not enough for one day in a hospital."'
    assert "attribution" not in guard.check(source, faithful).kinds()
    assert "attribution" in guard.check(source, moved).kinds()


ARTICLE = (
    "Berlin renamed a street that honoured the colonial ruler Carl Peters. The historian"
    " Bruce Gilley defends colonialism. Activists welcomed the decision, said Tahir Della,"
    " a spokesman for the Initiative of Black People in Germany."
)
BRIEF = "Berlin renamed a street named after Carl Peters, Tahir Della said."


@pytest.mark.parametrize(
    ("lang", "faithful", "swapped"),
    [
        (
            "ar",
            "قال طاهر ديلا إن برلين أعادت تسمية شارع سمي على اسم كارل بيترس.",
            "قال طاهر ديلا إن برلين أعادت تسمية شارع سمي على اسم بروس غيلي.",
        ),
        (
            "he",
            "לדברי טהיר דלה, ברלין שינתה את שמו של רחוב שנקרא על שם קרל פטרס.",
            "לדברי טהיר דלה, ברלין שינתה את שמו של רחוב שנקרא על שם ברוס גילי.",
        ),
    ],
)
def test_a_translation_that_brings_in_another_full_name_from_the_article_is_reported(
    guard: Guard, lang: str, faithful: str, swapped: str
) -> None:
    """A person of the article whom the English brief does not name, written in full."""
    check = {"lang": lang, "english_summary": BRIEF}
    assert "translation_name" not in guard.check(ARTICLE, faithful, **check).kinds()
    assert "translation_name" in guard.check(ARTICLE, swapped, **check).kinds()


KAHLOUT = (
    "Dr. Mustafa Al-Kahlot, director of Al-Rantisi Hospital, said 70 children are registered."
    " Dr. Atef Al-Kahlout, director of the Indonesian Hospital, said its generators failed."
)


@pytest.mark.parametrize(
    ("lang", "faithful", "namesake"),
    [
        (
            "ar",
            "قال الدكتور مصطفى الكحلوت إن ٧٠ طفلا مسجلون.",
            "قال الدكتور عاطف الكحلوت إن ٧٠ طفلا مسجلون.",
        ),
        (
            "he",
            'ד"ר מוסטפא אל-כחלות אמר כי 70 ילדים רשומים.',
            'ד"ר עאטף אל-כחלות אמר כי 70 ילדים רשומים.',
        ),
    ],
)
def test_a_translation_that_gives_a_person_a_namesakes_given_name_is_reported(
    guard: Guard, lang: str, faithful: str, namesake: str
) -> None:
    """Two doctors Al-Kahlout in the article: the translation must keep the right one."""
    english = "Dr. Mustafa Al-Kahlot said 70 children are registered."
    check = {"lang": lang, "english_summary": english}
    assert "translation_name" not in guard.check(KAHLOUT, faithful, **check).kinds()
    assert "translation_name" in guard.check(KAHLOUT, namesake, **check).kinds()
