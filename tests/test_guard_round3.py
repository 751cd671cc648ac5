"""Guard round 3 (issue 12, heldout5 as tuning data): rules that stop faithful briefs
being flagged, and the faults they must still catch, in each language where they apply."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard

# --- a figure a sentence states twice (a date and a share) ----------------------------------

EN_SHARES = (
    "The city closed its parks on Monday. The ban, due to last until 30 April, comes after "
    "officials said black residents account for more than 70% of deaths, despite making up "
    "just 30% of the population."
)
AR_SHARES = (
    "أغلقت المدينة حدائقها يوم الاثنين. ويأتي الحظر الذي يستمر حتى 30 أبريل بعد أن قال "
    "مسؤولون إن السكان السود يمثلون أكثر من 70 بالمئة من الوفيات رغم أنهم لا يمثلون سوى 30 "
    "بالمئة من السكان."
)


@pytest.mark.parametrize(
    ("lang", "source", "brief"),
    [
        ("en", EN_SHARES, "Officials said black residents account for more than 70% of deaths, "
         "despite making up just 30% of the population."),
        ("ar", AR_SHARES, "قال مسؤولون إن السكان السود يمثلون أكثر من 70 بالمئة من الوفيات رغم "
         "أنهم لا يمثلون سوى 30 بالمئة من السكان."),
    ],
)  # fmt: skip
def test_a_figure_is_read_where_it_stands_not_at_its_first_occurrence(
    guard: Guard, lang: str, source: str, brief: str
) -> None:
    report = guard.check(source, brief, lang=lang)
    assert report.ok, [str(p) for p in report.problems]


def test_a_wrong_share_beside_a_date_is_still_a_number_fault(guard: Guard) -> None:
    brief = (
        "Officials said black residents account for more than 70% of deaths, despite making "
        "up just 13% of the population."
    )
    assert "number" in guard.check(EN_SHARES, brief).kinds()


# --- a list of links that asks a question is no interview ----------------------------------

LINKS = (
    "The city ordered all bars to close on Friday, officials said.\n"
    "- A SIMPLE GUIDE: How do I protect myself?\n"
    "- AVOIDING CONTACT: The rules on self-isolation and exercise\n"
    "The mayor imposed a curfew on alcohol sales from 21:00 on Thursday.\n"
)


def test_a_bulleted_question_does_not_make_the_rest_of_the_page_someones_words(
    guard: Guard,
) -> None:
    report = guard.check(
        LINKS, "The mayor imposed a curfew on alcohol sales from 21:00 on Thursday."
    )
    assert report.ok, [str(p) for p in report.problems]


def test_an_interviewees_answer_is_still_attributed(guard: Guard) -> None:
    source = (
        "Khaled Masa spoke to the paper about the protests.\n"
        "*How do you see the crackdown?\n"
        "-The security forces arrested forty journalists in the capital last month.\n"
    )
    brief = "The security forces arrested forty journalists in the capital last month."
    assert "attribution" in guard.check(source, brief).kinds()


# --- "5,000 confirmed" is a count, not a confirmation ---------------------------------------

EN_COUNT = (
    "The state has nearly 5,000 confirmed, of whom 300 have died. "
    "The mayor said schools would stay closed."
)
SOURCE_COUNT = (
    "The state has nearly 5,000 confirmed cases, of whom 300 have died. "
    "The mayor said schools would stay closed until May."
)


@pytest.mark.parametrize(
    ("lang", "translation"),
    [
        ("ar", "في الولاية قرابة 5000 إصابة مؤكدة، توفي منهم 300. وقال رئيس البلدية إن "
         "المدارس ستبقى مغلقة."),
        ("he", "במדינה כמעט 5,000 מאומתים, מהם 300 מתו. ראש העיר אמר שבתי הספר יישארו סגורים."),
    ],
)  # fmt: skip
def test_a_count_of_confirmed_cases_needs_no_attribution_in_translation(
    guard: Guard, lang: str, translation: str
) -> None:
    report = guard.check(SOURCE_COUNT, translation, lang=lang, english_summary=EN_COUNT)
    assert "translation_attribution" not in report.kinds(), [str(p) for p in report.problems]


def test_a_count_participle_after_a_figure_is_no_cue_but_said_still_is(guard: Guard) -> None:
    translation = "במדינה כמעט 5,000 מאומתים, מהם 300 מתו. בתי הספר יישארו סגורים."
    report = guard.check(SOURCE_COUNT, translation, lang="he", english_summary=EN_COUNT)
    assert "translation_attribution" in report.kinds()


# --- a share is not a date in translation ---------------------------------------------------

EN_SHARE_BRIEF = (
    "The ban lasts until 30 April. Officials said black residents are 30% of the population."
)


@pytest.mark.parametrize(
    ("lang", "faithful", "unattributed"),
    [
        ("he", "האיסור יימשך עד 30 באפריל. לדברי פקידים, התושבים השחורים הם 30% מהאוכלוסייה.",
         "האיסור יימשך עד 30 באפריל. התושבים השחורים הם 30% מהאוכלוסייה."),
        ("ar", "يستمر الحظر حتى 30 أبريل. وقال مسؤولون إن السكان السود يمثلون 30% من السكان.",
         "يستمر الحظر حتى 30 أبريل. ويمثل السكان السود 30% من السكان."),
    ],
)  # fmt: skip
def test_an_attributed_share_is_not_matched_with_a_date_of_the_same_number(
    guard: Guard, lang: str, faithful: str, unattributed: str
) -> None:
    source = EN_SHARES
    ok = guard.check(source, faithful, lang=lang, english_summary=EN_SHARE_BRIEF)
    assert "translation_attribution" not in ok.kinds(), [str(p) for p in ok.problems]
    bad = guard.check(source, unattributed, lang=lang, english_summary=EN_SHARE_BRIEF)
    assert "translation_attribution" in bad.kinds()


# --- reporting participles and words for the dead are no invented content -------------------


@pytest.mark.parametrize(
    ("lang", "source", "brief"),
    [
        ("ar", "وقال الناشط إن الاحتجاجات تواجه القمع منذ بدايتها وقد بلغ عدد الشهداء 56.",
         "أكد الناشط أن الاحتجاجات تواجه القمع، مشيرا إلى سقوط 56 قتيلا."),
        ("he", "הפעיל אמר כי ההפגנות נתקלות בדיכוי מאז תחילתן ומספר החללים הגיע ל-56.",
         "הפעיל ציין כי ההפגנות נתקלות בדיכוי, והוסיף כי 56 הרוגים נספו."),
        ("en", "The activist said the protests have faced repression and the deaths have "
         "reached 56.",
         "The activist said the protests faced repression, adding that 56 people were killed."),
    ],
)  # fmt: skip
def test_a_paraphrase_with_a_reporting_participle_is_supported(
    guard: Guard, lang: str, source: str, brief: str
) -> None:
    report = guard.check(source, brief, lang=lang)
    assert "unsupported" not in report.kinds(), [str(p) for p in report.problems]


def test_an_invented_clause_beside_a_participle_is_still_unsupported(guard: Guard) -> None:
    source = "وقال الناشط إن الاحتجاجات تواجه القمع منذ بدايتها وقد بلغ عدد الشهداء 56."
    brief = "أكد الناشط أن الاحتجاجات تواجه القمع، مشيرا إلى فرض حظر تجول شامل في العاصمة."
    assert "unsupported" in guard.check(source, brief, lang="ar").kinds()


# --- figures: a source's own rounding, ranks, days of a month, a figure twice ---------------


@pytest.mark.parametrize(
    ("lang", "source", "faithful", "faulty"),
    [
        ("en", "Burials rose to five days a week, with around 24 burials each day.",
         "Burials rose to five days a week, with around 24 each day.",
         "Burials rose to five days a week, with around 25 each day."),
        ("ar", "ارتفع عدد الدفن إلى خمسة أيام في الأسبوع، بنحو 24 عملية دفن يوميا.",
         "ارتفع عدد الدفن إلى خمسة أيام أسبوعيا، بنحو 24 عملية دفن يوميا.",
         "ارتفع عدد الدفن إلى خمسة أيام أسبوعيا، بنحو 25 عملية دفن يوميا."),
        ("he", "הקבורות הוגברו לחמישה ימים בשבוע, עם כ-24 קבורות ביום.",
         "הקבורות הוגברו לחמישה ימים בשבוע, עם כ-24 קבורות ביום.",
         "הקבורות הוגברו לחמישה ימים בשבוע, עם כ-25 קבורות ביום."),
    ],
)  # fmt: skip
def test_a_figure_the_source_hedged_is_kept_not_rounded_again(
    guard: Guard, lang: str, source: str, faithful: str, faulty: str
) -> None:
    ok = guard.check(source, faithful, lang=lang)
    assert "number" not in ok.kinds(), [str(p) for p in ok.problems]
    assert "number" in guard.check(source, faulty, lang=lang).kinds()


def test_a_hedged_source_figure_may_be_rounded_further(guard: Guard) -> None:
    source = "The state has around 1,240 confirmed cases, officials said."
    report = guard.check(source, "Officials said the state has about 1,200 confirmed cases.")
    assert "number" not in report.kinds(), [str(p) for p in report.problems]


RANK_SOURCE = (
    "Montoya-Lewis served as chief judge for three tribes. She is only the second Native "
    "American person to serve on any state supreme court."
)


@pytest.mark.parametrize(
    ("lang", "source", "faithful", "faulty"),
    [
        ("en", RANK_SOURCE,
         "She is only the second Native American to serve on a state supreme court.",
         "She is only the third Native American to serve on a state supreme court."),
        ("ar", "كانت قاضية لثلاث قبائل. وهي خامس امرأة تتولى رئاسة المحكمة، والسادسة في "
         "تاريخ الولاية.",
         "وهي السادسة في تاريخ الولاية.",
         "وهي السابعة في تاريخ الولاية."),
        ("he", "היא כיהנה כשופטת בשלושה שבטים. היא השופטת החמישית בבית המשפט העליון של המדינה.",
         "היא השופטת החמישית בבית המשפט העליון של המדינה.",
         "היא השופטת השלישית בבית המשפט העליון של המדינה."),
    ],
)  # fmt: skip
def test_a_changed_rank_is_a_number_fault(
    guard: Guard, lang: str, source: str, faithful: str, faulty: str
) -> None:
    ok = guard.check(source, faithful, lang=lang)
    assert "number" not in ok.kinds(), [str(p) for p in ok.problems]
    assert "number" in guard.check(source, faulty, lang=lang).kinds()


@pytest.mark.parametrize(
    ("lang", "source", "faithful", "faulty"),
    [
        ("en", "Parasite won on Sunday, the first in the 26-year history of the awards. Its "
         "director said no one could predict the Oscars on Feb. 9.",
         "Its director said no one could predict the Oscars on February 9.",
         "Its director said no one could predict the Oscars on Feb. 26."),
        ("ar", "بدأ الحراك في 13 ديسمبر 2018 وقتل 26 شخصا منذ ذلك الحين.",
         "بدأ الحراك في الثالث عشر من ديسمبر 2018.",
         "بدأ الحراك في 26 ديسمبر 2018."),
        ("he", "העוצר יימשך עד 30 באפריל. 12 בני אדם נעצרו.",
         "העוצר יימשך עד 30 באפריל.",
         "העוצר יימשך עד 12 באפריל."),
    ],
)  # fmt: skip
def test_a_day_of_the_month_must_be_the_sources_day_for_that_month(
    guard: Guard, lang: str, source: str, faithful: str, faulty: str
) -> None:
    ok = guard.check(source, faithful, lang=lang)
    assert "number" not in ok.kinds(), [str(p) for p in ok.problems]
    assert "number" in guard.check(source, faulty, lang=lang).kinds()


@pytest.mark.parametrize(
    ("lang", "source", "faulty"),
    [
        ("en", "She was given 180 hours of community service and ordered to pay 3,000 shekels "
         "in damages.",
         "She was given 180 hours of community service and must pay 180 shekels in damages."),
        ("he", "על הנאשמת הוטלו 180 שעות עבודות לתועלת הציבור ו-3,000 שקל פיצויים.",
         "על הנאשמת הוטלו 180 שעות עבודות לתועלת הציבור ופיצויים בסך 180 שקל."),
    ],
)  # fmt: skip
def test_a_figure_stated_twice_in_a_claim_is_checked_at_each_place(
    guard: Guard, lang: str, source: str, faulty: str
) -> None:
    assert "number" in guard.check(source, faulty, lang=lang).kinds()


# --- names in another person's role -----------------------------------------------------------

ROLES_SOURCE = (
    "Vice-President Mike Pence said the virus was three times as contagious as influenza. "
    "Rabbi Seth Goldstein gave the benediction. The moment was filmed by reporter Drew "
    "Mikkelsen. Laura Dern was "
    'named best supporting actress for "Marriage Story". In television, Jennifer Aniston was '
    "an upset winner for her role as a TV anchor. Martin Scorsese's film had a disappointing "
    "night, and director Bong Joon Ho said no one could predict the Oscars."
)


@pytest.mark.parametrize(
    "brief",
    [
        "Vice-President Drew Mikkelsen said the virus was three times as contagious as influenza.",
        "Rabbi Drew Mikkelsen gave the benediction.",
        "Director Martin Scorsese said no one could predict the Oscars.",
        'Jennifer Aniston was named best supporting actress for "Marriage Story".',
    ],
)
def test_a_real_name_in_another_persons_role_is_a_name_fault(guard: Guard, brief: str) -> None:
    assert "name" in guard.check(ROLES_SOURCE, brief).kinds()


@pytest.mark.parametrize(
    "brief",
    [
        "Vice-President Mike Pence said the virus was three times as contagious as influenza.",
        "Rabbi Seth Goldstein gave the benediction.",
        'Laura Dern was named best supporting actress for "Marriage Story".',
        "Jennifer Aniston won for her role as a TV anchor.",
    ],
)
def test_a_name_in_its_own_role_passes(guard: Guard, brief: str) -> None:
    report = guard.check(ROLES_SOURCE, brief)
    assert "name" not in report.kinds(), [str(p) for p in report.problems]


def test_a_place_from_another_sentence_is_no_swapped_person(guard: Guard) -> None:
    source = (
        "The drone footage comes from Hart Island, off the Bronx. Burials have increased to "
        "five days a week, said spokesman Jason Kersten."
    )
    brief = "Burials on Hart Island have increased to five days a week."
    report = guard.check(source, brief)
    assert "name" not in report.kinds(), [str(p) for p in report.problems]


# --- loaded names for a policy or a side's fighters, and terror labels for a group ----------


@pytest.mark.parametrize(
    ("lang", "source", "brief"),
    [
        ("en", "Schumer criticised the court reform planned by the government.",
         "Schumer criticised the judicial coup planned by the government."),
        ("en", "Fighters of the factions clashed with the army near the town.",
         "Armed gangs clashed with the army near the town."),
        ("ar", "اشتبكت الفصائل مع الجيش قرب البلدة.",
         "اشتبكت عصابات مسلحة مع الجيش قرب البلدة."),
        ("ar", "انتقد زعيم المعارضة التعديلات القضائية التي تخطط لها الحكومة.",
         "انتقد زعيم المعارضة الانقلاب القضائي الذي تخطط له الحكومة."),
        ("he", "מזכ\"ל חיזבאללה חסן נסראללה נאם ביום שישי.",
         "מזכ\"ל ארגון הטרור חיזבאללה חסן נסראללה נאם ביום שישי."),
        ("he", "ראש האופוזיציה תקף את הרפורמה המשפטית של הממשלה.",
         "ראש האופוזיציה תקף את ההפיכה המשטרית של הממשלה."),
    ],
)  # fmt: skip
def test_a_sides_word_in_our_voice_is_loaded(
    guard: Guard, lang: str, source: str, brief: str
) -> None:
    assert "loaded" not in guard.check(source, source, lang=lang).kinds()
    assert "loaded" in guard.check(source, brief, lang=lang).kinds()


def test_a_quoted_coup_with_its_speaker_is_reported_speech(guard: Guard) -> None:
    source = 'Schumer said the plan was "a judicial coup that will hurt the country."'
    brief = 'Schumer said the plan was "a judicial coup that will hurt the country."'
    assert "loaded" not in guard.check(source, brief).kinds()


# --- beliefs and findings are someone's; a clause of the brief is judged on its own ---------


@pytest.mark.parametrize(
    ("lang", "source", "unattributed", "attributed"),
    [
        ("en", "Putin expressed that he believes NATO would use nuclear weapons to defeat "
         "Russian forces.",
         "NATO would use nuclear weapons to defeat Russian forces.",
         "Putin believes NATO would use nuclear weapons to defeat Russian forces."),
        ("ar", "أعرب بوتين عن اعتقاده بأن حلف الناتو سيستخدم الأسلحة النووية لهزيمة القوات "
         "الروسية.",
         "سيستخدم حلف الناتو الأسلحة النووية لهزيمة القوات الروسية.",
         "يعتقد بوتين أن حلف الناتو سيستخدم الأسلحة النووية لهزيمة القوات الروسية."),
        ("he", "בית המשפט קבע כי הסייעת ביצעה עבירת סיוע לתקיפה בגן הילדים.",
         "הסייעת ביצעה עבירת סיוע לתקיפה בגן הילדים.",
         "בית המשפט קבע כי הסייעת ביצעה עבירת סיוע לתקיפה בגן הילדים."),
    ],
)  # fmt: skip
def test_a_belief_or_a_finding_stated_as_fact_is_an_attribution_fault(
    guard: Guard, lang: str, source: str, unattributed: str, attributed: str
) -> None:
    assert "attribution" in guard.check(source, unattributed, lang=lang).kinds()
    ok = guard.check(source, attributed, lang=lang)
    assert "attribution" not in ok.kinds(), [str(p) for p in ok.problems]


def test_a_decision_is_no_finding_and_anyone_who_thinks_is_no_speaker(guard: Guard) -> None:
    source = (
        "בית המשפט קבע שלא להרשיע את הסייעת מהגן בגבעתיים. "
        "מי שחושב שיוכל לשנות את עמדת הארגון באמצעות מלחמות טועה, אמר נסראללה."
    )
    decided = "בית המשפט החליט שלא להרשיע את הסייעת מהגן בגבעתיים."
    assert "attribution" not in guard.check(source, decided, lang="he").kinds()
    claim = "מי שחושב שיוכל לשנות את עמדת הארגון באמצעות מלחמות טועה."
    assert "attribution" in guard.check(source, claim, lang="he").kinds()


@pytest.mark.parametrize(
    ("lang", "source", "brief"),
    [
        ("en", "The court decided not to convict the teacher. It found that she had assisted "
         "in an assault on the children.",
         "The court decided not to convict the teacher, although she had assisted in an "
         "assault on the children."),
        ("ar", "قررت المحكمة عدم إدانة المعلمة. وقضت بأن المعلمة ساعدت في الاعتداء على "
         "الأطفال في الروضة.",
         "قررت المحكمة عدم إدانة المعلمة، رغم أن المعلمة ساعدت في الاعتداء على الأطفال في "
         "الروضة."),
        ("he", "בית המשפט החליט שלא להרשיע את הסייעת. הוא קבע שביצעה עבירת סיוע לתקיפה של "
         "ילדי הגן.",
         "בית המשפט החליט שלא להרשיע את הסייעת, אף שביצעה עבירת סיוע לתקיפה של ילדי הגן."),
    ],
)  # fmt: skip
def test_an_attributed_finding_in_a_clause_of_the_brief_needs_its_attribution(
    guard: Guard, lang: str, source: str, brief: str
) -> None:
    assert "attribution" in guard.check(source, brief, lang=lang).kinds()


# --- translations: short surnames, warnings of the event, a speaker swapped ------------------

EN_CUOMO = 'Governor Andrew Cuomo said on Friday the state was "flattening the curve".'
SOURCE_CUOMO = (
    'Governor Andrew Cuomo said on Friday the state was "flattening the curve". Mayor Bill de '
    "Blasio said schools would stay closed."
)


@pytest.mark.parametrize(
    ("lang", "faithful", "swapped"),
    [
        ("ar", 'وقال الحاكم أندرو كومو يوم الجمعة إن الولاية "تسطح المنحنى".',
         'وقال الحاكم بيل دي بلاسيو يوم الجمعة إن الولاية "تسطح المنحنى".'),
        ("he", 'המושל אנדרו קואומו אמר ביום שישי כי המדינה "משטחת את העקומה".',
         'המושל ביל דה בלאזיו אמר ביום שישי כי המדינה "משטחת את העקומה".'),
    ],
)  # fmt: skip
def test_a_short_surname_is_not_found_in_ordinary_words(
    guard: Guard, lang: str, faithful: str, swapped: str
) -> None:
    ok = guard.check(SOURCE_CUOMO, faithful, lang=lang, english_summary=EN_CUOMO)
    assert "translation_name" not in ok.kinds(), [str(p) for p in ok.problems]
    bad = guard.check(SOURCE_CUOMO, swapped, lang=lang, english_summary=EN_CUOMO)
    assert "translation_name" in bad.kinds()


EN_WARNING = (
    "On Oct. 13, Israel warned people in northern Gaza to move south, an order Amnesty "
    "International said could amount to a war crime."
)
SOURCE_WARNING = (
    "On Oct. 13, Israel warned people in northern Gaza to move south. Amnesty International "
    "said the order could amount to a war crime."
)


@pytest.mark.parametrize(
    ("lang", "faithful", "dropped"),
    [
        ("ar", "في 13 أكتوبر، حذرت إسرائيل سكان شمال غزة من البقاء ودعتهم إلى الانتقال جنوبا، "
         "وهو أمر قالت منظمة العفو الدولية إنه قد يرقى إلى جريمة حرب.",
         "في 13 أكتوبر، حذرت إسرائيل سكان شمال غزة ودعتهم إلى الانتقال جنوبا، وهو أمر قد "
         "يرقى إلى جريمة حرب."),
        ("he", "ב-13 באוקטובר הזהירה ישראל את תושבי צפון עזה לעבור דרומה, הוראה שלדברי אמנסטי "
         "אינטרנשיונל עלולה להיות פשע מלחמה.",
         "ב-13 באוקטובר הזהירה ישראל את תושבי צפון עזה לעבור דרומה, הוראה שעלולה להיות פשע "
         "מלחמה."),
    ],
)  # fmt: skip
def test_a_warning_of_the_event_is_not_the_attribution_a_translation_dropped(
    guard: Guard, lang: str, faithful: str, dropped: str
) -> None:
    ok = guard.check(SOURCE_WARNING, faithful, lang=lang, english_summary=EN_WARNING)
    assert "translation_attribution" not in ok.kinds(), [str(p) for p in ok.problems]
    bad = guard.check(SOURCE_WARNING, dropped, lang=lang, english_summary=EN_WARNING)
    assert "translation_attribution" in bad.kinds()


EN_SWORN = (
    "Raquel Montoya-Lewis was sworn in after Governor Jay Inslee appointed her. "
    'Montoya-Lewis said: "The most important thing is that I not be the last."'
)


@pytest.mark.parametrize(
    ("lang", "faithful", "swapped"),
    [
        ("ar", "أدت راكيل مونتويا-لويس اليمين بعد أن عينها الحاكم جاي إنسلي. وقالت مونتويا-لويس: "
         '"الأهم هو ألا أكون الأخيرة."',
         "أدت راكيل مونتويا-لويس اليمين بعد أن عينها الحاكم جاي إنسلي. وقال الحاكم إنسلي: "
         '"الأهم هو ألا أكون الأخيرة."'),
        ("he", "ראקל מונטויה-לואיס הושבעה לאחר שהמושל ג'יי אינסלי מינה אותה. מונטויה-לואיס אמרה: "
         '"הדבר החשוב ביותר הוא שלא אהיה האחרונה."',
         "ראקל מונטויה-לואיס הושבעה לאחר שהמושל ג'יי אינסלי מינה אותה. המושל אינסלי אמר: "
         '"הדבר החשוב ביותר הוא שלא אהיה האחרונה."'),
    ],
)  # fmt: skip
def test_a_quotation_given_to_another_speaker_in_translation_is_reported(
    guard: Guard, lang: str, faithful: str, swapped: str
) -> None:
    ok = guard.check("", faithful, lang=lang, english_summary=EN_SWORN)
    assert "translation_attribution" not in ok.kinds(), [str(p) for p in ok.problems]
    bad = guard.check("", swapped, lang=lang, english_summary=EN_SWORN)
    assert "translation_attribution" in bad.kinds()


# --- Arabic and Hebrew: a person the article does not name ------------------------------------


@pytest.mark.parametrize(
    ("lang", "source", "faithful", "invented"),
    [
        ("ar", "قال خالد عبد الكريم ماسا إن عودة الصادق المهدي ليست عنوانا لانفراج محتمل.",
         "قال ماسا إن عودة الصادق المهدي ليست عنوانا لانفراج محتمل.",
         "قال ماسا إن عودة حسن الترابي ليست عنوانا لانفراج محتمل."),
        ("ar", "قال خالد عبد الكريم ماسا إن عودة الصادق المهدي ليست عنوانا لانفراج محتمل.",
         "قال ماسا إن عودة المهدي ليست عنوانا لانفراج محتمل.",
         "قال محمد الترابي إن عودة المهدي ليست عنوانا لانفراج محتمل."),
        ("he", "המנהיג העליון של איראן עלי חמינאי אמר כי ישראל תוכחד.",
         "המנהיג העליון של איראן עלי חמינאי אמר כי ישראל תוכחד.",
         "המנהיג העליון של איראן חסן רוחאני אמר כי ישראל תוכחד."),
        ("he", "ראש הממשלה בנימין נתניהו הגיב לדברי חמינאי.",
         "נתניהו הגיב לדברי חמינאי.",
         "יאיר לפיד הגיב לדברי חמינאי."),
    ],
)  # fmt: skip
def test_a_person_the_article_never_names_is_a_name_fault(
    guard: Guard, lang: str, source: str, faithful: str, invented: str
) -> None:
    ok = guard.check(source, faithful, lang=lang)
    assert "name" not in ok.kinds(), [str(p) for p in ok.problems]
    assert "name" in guard.check(source, invented, lang=lang).kinds()


def test_a_given_name_that_is_also_a_word_needs_a_family_name_after_it(guard: Guard) -> None:
    source = "أعلنت الحكومة خطة لتحسين الخدمات في المدينة."
    brief = "أعلنت الحكومة خطة لتحسين الخدمات على نطاق المدينة، وهو تطور حسن جدا."
    assert "name" not in guard.check(source, brief, lang="ar").kinds()


@pytest.mark.parametrize(
    ("lang", "source", "brief"),
    [
        ("ar", "قتل رجل في الخمسين من عمره في قصف على البلدة.",
         "قتل رجل في عمر متقدم في قصف على البلدة."),
        ("ar", "ساد التوتر في البلدة بعد القصف.", "ساد جو متوتر في البلدة بعد القصف."),
        ("he", "פיגוע ירי אירע בעיר אריאל ביום שני.", "פיגוע ירי אירע באריאל הסמוכה ביום שני."),
    ],
)  # fmt: skip
def test_a_name_that_is_also_a_word_or_a_town_is_no_invented_person(
    guard: Guard, lang: str, source: str, brief: str
) -> None:
    report = guard.check(source, brief, lang=lang)
    assert "name" not in report.kinds(), [str(p) for p in report.problems]
