"""Guard round 9 (issue 12, heldout11's false alarms as tuning data): faithful briefs that
must pass, and the faults beside them that must still be caught, per language."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a figure's phrase: the comma inside "250,000", the parts of "early-June" -------------

EN_TERMINAL = (
    "Harbour officials expect the new container terminal beside the old fishing docks to"
    " handle 30,000 containers a month. The port authority's director, Lena Varga, spoke at"
    ' the opening ceremony on Tuesday. In early June, Varga forecast "between 250,000 and'
    ' 400,000" cruise passengers.'
)
BRIEF_TERMINAL = (
    "Port authority director Lena Varga, speaking at Tuesday's opening ceremony of the"
    " harbour's new container terminal beside the old fishing docks, said it would handle"
    " 30,000 containers a month, well above her forecast of 250,000 to 400,000 cruise"
    " passengers."
)


def test_a_figure_with_a_thousands_comma_keeps_its_phrase(guard: Guard) -> None:
    assert "number" not in kinds(guard, EN_TERMINAL, BRIEF_TERMINAL)
    wrong = BRIEF_TERMINAL.replace("250,000 to", "350,000 to")
    assert "number" in kinds(guard, EN_TERMINAL, wrong)


EN_SHIPS = EN_TERMINAL.replace('"between 250,000 and 400,000" cruise passengers', "40 cruise ships")
BRIEF_SHIPS = BRIEF_TERMINAL.replace(
    "her forecast of 250,000 to 400,000 cruise passengers", "her initial early-June forecast of 40"
)


def test_a_hyphenated_word_is_read_by_its_parts(guard: Guard) -> None:
    assert kinds(guard, EN_SHIPS, BRIEF_SHIPS) == set()
    invented = BRIEF_SHIPS.replace("early-June", "mid-July")
    assert "unsupported" in kinds(guard, EN_SHIPS, invented)


# --- a clause's figure from the sentence its brief sentence's other clause rests on -------

EN_ROLL = (
    "Election officials in the northern district counted ballots late into the night. The"
    " district now has more registered voters than any other in the country. Its electoral"
    " roll lists nearly 48,000 names, of whom 31,200 turned out on Sunday. Turnout across the"
    " country was lower, at about 52 percent."
)
BRIEF_ROLL = (
    "The northern district's electoral roll lists close to 48,000 names, more than any other"
    " district, and 31,200 people there voted."
)


def test_a_clause_takes_its_figure_from_its_sentences_other_clause(guard: Guard) -> None:
    assert "number" not in kinds(guard, EN_ROLL, BRIEF_ROLL)
    moved = BRIEF_ROLL.replace("31,200", "52")
    assert "number" in kinds(guard, EN_ROLL, moved)


# --- an aside the source gives to the same word elsewhere ---------------------------------

EN_DEPUTY = (
    'The mayor said she had met the union twice before the strike began. "I held two'
    " meetings with the bus drivers and one with my deputy before he stopped answering my"
    ' calls," the mayor said on Monday. Her deputy, Councillor Omar Haddad, skipped the budget'
    " vote. Councillor Haddad has led the transport committee since 2019. Omar Haddad"
    " declined to comment on Monday. Haddad is expected to run for mayor next year."
)
BRIEF_DEPUTY = (
    "The mayor said she held two meetings with the bus drivers, and one with her deputy,"
    " Councillor Omar Haddad, before he stopped answering her calls."
)


def test_an_aside_the_source_gives_the_same_word_elsewhere(guard: Guard) -> None:
    assert "unsupported" not in kinds(guard, EN_DEPUTY, BRIEF_DEPUTY)
    added = BRIEF_DEPUTY.replace("Councillor Omar Haddad", "the union leader")
    assert "unsupported" in kinds(guard, EN_DEPUTY, added)


# --- "the two are": a number word that refers back to people just named ------------------

EN_SISTERS = (
    "The striker said she had spoken twice with her coach before the final and three times"
    " with the club's owner. Her relationship with her sister, the goalkeeper Mara Okafor, has"
    ' been strained since the transfer. "We were close once, but we live different lives'
    ' now," she said of her sister.'
)
BRIEF_SISTERS = (
    "The striker said she spoke twice with her coach before the final and three times with"
    " the club's owner. She said she and her sister were close once, but the two are now"
    ' living "different lives".'
)


def test_the_two_who_were_just_named_are_no_figure(guard: Guard) -> None:
    assert "number" not in kinds(guard, EN_SISTERS, BRIEF_SISTERS)
    counted = BRIEF_SISTERS.replace("the two are", "the three sisters are")
    assert "number" in kinds(guard, EN_SISTERS, counted)


# --- a sentence with two speakers: each clause is credited to its own -----------------------

EN_LINDS = (
    "Chef Rosa Lind and her husband Tomas opened their first restaurant in Malmo in 2015. The"
    " couple revealed that their second restaurant will be in Lund. They will not open a"
    ' third. "Two is enough," Rosa said, adding that the Lund restaurant opens in May. Tomas'
    " said the menu would stay the same."
)
BRIEF_LINDS = (
    "The Linds told the newspaper that their second restaurant, opening in May, will be in"
    ' Lund, and Rosa said "two is enough".'
)


def test_a_clause_that_credits_its_own_speaker_is_not_moved(guard: Guard) -> None:
    assert "attribution" not in kinds(guard, EN_LINDS, BRIEF_LINDS)
    moved = BRIEF_LINDS.replace('Rosa said "two is enough"', 'that "two is enough"')
    assert "attribution" in kinds(guard, EN_LINDS, moved)


EN_RAMLA = (
    "On Monday, Omar Haddad was allowed to leave his street for the first time in a week."
    " Haddad lives in Old Ramla, where the council has closed most roads. According to Haddad,"
    " guards at the gate can read his file on a tablet from across the square. He says he is"
    " stopped for up to two hours each time he passes."
)
BRIEF_RAMLA = (
    "Omar Haddad, an Old Ramla resident, says guards at the gate can read his file on a tablet"
    " from across the square."
)


def test_a_resident_of_a_place_where_the_source_says_he_lives(guard: Guard) -> None:
    assert "unsupported" not in kinds(guard, EN_RAMLA, BRIEF_RAMLA)
    other_role = BRIEF_RAMLA.replace("resident", "shopkeeper")
    assert "unsupported" in kinds(guard, EN_RAMLA, other_role)


# --- an outlet's report of someone's word ------------------------------------------------

AR_HOSPITALS = (
    "بيروت (CNN) -- أكدت مصادر طبية لبنانية أن ثلاثة مستشفيات في الجنوب توقفت عن العمل بسبب"
    " نقص الوقود، في الوقت الذي دعت فيه وزارة الصحة المنظمات الدولية إلى التدخل العاجل.\n"
    "وقال مدير أحد المستشفيات إن المولدات توقفت منذ يومين.\n"
    "ولم تتمكن شبكة CNN من التحقق من هذه الأنباء بشكل مستقل.\n"
    "ترحب شبكة CNN بتعليقات القراء على هذا الخبر.\n"
    "الآراء الواردة أدناه لا تعبر عن رأي موقع CNN بالعربية."
)


def test_an_outlet_reporting_what_its_source_confirmed_keeps_the_source(guard: Guard) -> None:
    brief = (
        "ذكرت شبكة CNN أن مصادر طبية لبنانية أكدت توقف ثلاثة مستشفيات في الجنوب عن العمل"
        " بسبب نقص الوقود."
    )
    assert "attribution" not in kinds(guard, AR_HOSPITALS, brief, "ar")
    outlet_only = "ذكرت شبكة CNN أن ثلاثة مستشفيات في الجنوب توقفت عن العمل بسبب نقص الوقود."
    assert "attribution" in kinds(guard, AR_HOSPITALS, outlet_only, "ar")


# --- Arabic "يلفت X إلى أن" (X points out that) attributes ---------------------------------

AR_BREAD = (
    "ارتفعت أسعار الخبز في العاصمة للمرة الثالثة هذا العام.\n"
    "وقال المحلل الاقتصادي سامر الخطيب إن ارتفاع أسعار الخبز يعود إلى نقص القمح في الأسواق"
    " بعد تراجع الواردات."
)


def test_pointing_out_is_an_arabic_attribution(guard: Guard) -> None:
    brief = (
        "يلفت المحلل الاقتصادي سامر الخطيب إلى أن ارتفاع أسعار الخبز يعود إلى نقص القمح في"
        " الأسواق بعد تراجع الواردات."
    )
    assert "attribution" not in kinds(guard, AR_BREAD, brief, "ar")
    unsaid = "ارتفاع أسعار الخبز يعود إلى نقص القمح في الأسواق بعد تراجع الواردات."
    assert "attribution" in kinds(guard, AR_BREAD, unsaid, "ar")


# --- an Arabic verb retold in another person: "أعمل" (I work) is "يعمل" (he works) -------

AR_DOCTOR = (
    "حاورنا الطبيب سامي ناصر في مستشفى الشفاء.\n*كيف تصف حياتك اليوم؟\n"
    "-أعمل وأنام وأتناول طعامي داخل المستشفى منذ بداية الحرب، ولا أرى عائلتي إلا مرة في"
    " الشهر."
)
BRIEF_DOCTOR = (
    "قال الطبيب إنه يعمل وينام ويتناول طعامه داخل المستشفى منذ بداية الحرب، ولا يرى عائلته"
    " إلا مرة في الشهر."
)


def test_an_arabic_verb_retold_in_the_third_person(guard: Guard) -> None:
    assert "unsupported" not in kinds(guard, AR_DOCTOR, BRIEF_DOCTOR, "ar")
    invented = BRIEF_DOCTOR.replace("ويتناول طعامه داخل المستشفى", "ويدرّس طلابه في الجامعة")
    assert "unsupported" in kinds(guard, AR_DOCTOR, invented, "ar")


# --- Arabic cues in every person: "يشدد على" beside "شدد على", "متهماً" beside "مؤكداً" ------

AR_PROTEST = (
    "خرج آلاف المحتجين إلى شوارع المدينة مساء الخميس.\n"
    "وقال الناشط الحقوقي عادل منصور إن الاحتجاجات سلمية وإن الشرطة استخدمت الغاز المسيل"
    " للدموع لتفريق المحتجين."
)


def test_an_arabic_activist_who_stresses_and_accuses_is_credited(guard: Guard) -> None:
    brief = (
        "ويشدد الناشط على سلمية الاحتجاجات، متهماً الشرطة باستخدام الغاز المسيل للدموع"
        " لتفريق المحتجين."
    )
    assert "attribution" not in kinds(guard, AR_PROTEST, brief, "ar")
    unsaid = "الاحتجاجات سلمية، والشرطة استخدمت الغاز المسيل للدموع لتفريق المحتجين."
    assert "attribution" in kinds(guard, AR_PROTEST, unsaid, "ar")


# --- "adding that" attributes what follows; "peddles" judges -------------------------------

EN_ARCHIVE = (
    "The museum's new director, Ana Ruiz, said the colonial archive had been closed to"
    ' researchers for decades. "We know who committed the genocide in the highlands, and the'
    ' state has never owned up to it," she said.'
)
BRIEF_ARCHIVE = (
    "Museum director Ana Ruiz said the colonial archive had been closed to researchers for"
    " decades, adding that the state committed the genocide in the highlands."
)


def test_a_charge_after_adding_that_is_the_speakers(guard: Guard) -> None:
    assert "loaded" not in kinds(guard, EN_ARCHIVE, BRIEF_ARCHIVE)
    ours = BRIEF_ARCHIVE.replace(", adding that the state", ". The state")
    assert "loaded" in kinds(guard, EN_ARCHIVE, ours)


def test_peddling_a_view_is_our_judgement(guard: Guard) -> None:
    source = "The author argued that the empire brought stability to its colonies."
    assert "loaded" not in kinds(
        guard, source, "The author argues that the empire brought stability."
    )
    judged = "The author peddles the claim that the empire brought stability."
    assert "loaded" in kinds(guard, source, judged)


# --- an act, then who announced it, the verb first ("על הסגירה הודיע כהן") --------------------

HE_CLOSURE = (
    "שר הבריאות, יואב כהן, הודיע הבוקר על סגירת בית החולים הישן בעיר בשל ליקויי בטיחות חמורים."
)


def test_the_announcer_named_after_the_verb_in_the_next_sentence(guard: Guard) -> None:
    act = "בית החולים הישן בעיר נסגר בשל ליקויי בטיחות חמורים."
    brief = act + " על הסגירה הודיע שר הבריאות כהן הבוקר."
    assert "attribution" not in kinds(guard, HE_CLOSURE, brief, "he")
    assert "attribution" in kinds(guard, HE_CLOSURE, act, "he")


# --- flames are the fire ------------------------------------------------------------------

HE_WOODLAND = (
    "כוחות כיבוי פועלים בשריפת חורש שמתפשטת לעבר הקיבוץ. הלוחמים פועלים למניעת התקדמות"
    " השריפה לבתים בסיוע מטוסי כיבוי."
)


def test_flames_are_the_fire_of_the_source(guard: Guard) -> None:
    brief = (
        "כוחות כיבוי נאבקים בשריפת חורש שמתפשטת לעבר הקיבוץ. הלוחמים מנסים לבלום את התקדמות"
        " הלהבות לבתים בסיוע מטוסי כיבוי."
    )
    assert "unsupported" not in kinds(guard, HE_WOODLAND, brief, "he")
    water = brief.replace("הלהבות", "המים")
    assert "unsupported" in kinds(guard, HE_WOODLAND, water, "he")


# --- Hebrew "שני" after its noun is "second": "תואר שני" is a master's degree --------------

EN_JUDGE = (
    "Judge Maria Lopez earned a law degree in 1995. She completed a master's in social work in"
    " 2004 and later a doctorate."
)
EN_JUDGE_BRIEF = (
    "Lopez earned a law degree in 1995 and completed a master's in social work in 2004, adding"
    " a doctorate later."
)


def test_a_masters_degree_in_hebrew_is_no_two(guard: Guard) -> None:
    brief = (
        "לופס קיבלה תואר במשפטים ב-1995 והשלימה תואר שני בעבודה סוציאלית ב-2004, ובהמשך דוקטורט."
    )
    found = kinds(guard, EN_JUDGE, brief, "he", english_summary=EN_JUDGE_BRIEF)
    assert found == set()  # "adding a doctorate" attributes nothing either
    two = brief.replace("תואר שני", "שני תארים")
    assert "number" in kinds(guard, EN_JUDGE, two, "he", english_summary=EN_JUDGE_BRIEF)


# --- Hebrew "ולפחות" is "and at least", not "and less" -------------------------------------

EN_RAIDS = (
    "Residents were evicted in March, and at least 48 homes have been demolished since May,"
    " according to the city council."
)


def test_and_at_least_in_hebrew_is_hedged_as_at_least(guard: Guard) -> None:
    brief = "תושבים פונו במרץ, ולפחות 48 בתים נהרסו מאז מאי, לפי מועצת העיר."
    assert "translation_number" not in kinds(guard, "", brief, "he", english_summary=EN_RAIDS)
    fewer = brief.replace("ולפחות 48", "ופחות מ-48")
    assert "translation_number" in kinds(guard, "", fewer, "he", english_summary=EN_RAIDS)


# --- a name of the article brought into a translation: short skeletons say nothing ---------

EN_SERIES = (
    "Actor Robert Ferro received a lifetime achievement award on Sunday. The cast of his new"
    " series includes Robert Ferro, Al Costa and Joe Lind. The series streams on Apple TV+."
)
EN_SERIES_BRIEF = (
    "Robert Ferro received a lifetime achievement award and was named the best actor of the year."
)


def test_ordinary_hebrew_words_do_not_spell_a_short_name(guard: Guard) -> None:
    brief = "רוברט פרו קיבל פרס מפעל חיים ונבחר לשחקן הטוב ביותר של השנה."
    found = kinds(guard, EN_SERIES, brief, "he", english_summary=EN_SERIES_BRIEF)
    assert "translation_name" not in found  # "מפעל" and "הטוב" sound like "Apple TV"
    brought_in = "רוברט פרו ואל קוסטה קיבלו פרס מפעל חיים ונבחרו לשחקנים הטובים ביותר של השנה."
    found = kinds(guard, EN_SERIES, brought_in, "he", english_summary=EN_SERIES_BRIEF)
    assert "translation_name" in found  # Al Costa, from the article


# --- translations: Arabic "يضيف", Hebrew "מדווחת"; "declined to say" quotes nobody ----------


def _translated(guard: Guard, english: str, translation: str, lang: str) -> set[str]:
    return kinds(guard, "", translation, lang, english_summary=english)


def test_arabic_he_adds_keeps_the_attribution(guard: Guard) -> None:
    english = (
        "Farmer Karim Nasser says the harvest fell by half this year. Because of the drought he"
        " now sells his goats, he says."
    )
    brief = (
        "يقول المزارع كريم ناصر إن المحصول تراجع إلى النصف هذا العام. ويضيف أنه بسبب الجفاف"
        " يبيع ماعزه الآن."
    )
    assert "translation_attribution" not in _translated(guard, english, brief, "ar")
    dropped = brief.replace("ويضيف أنه بسبب", "وبسبب")
    assert "translation_attribution" in _translated(guard, english, dropped, "ar")


def test_hebrew_she_reports_keeps_the_attribution(guard: Guard) -> None:
    english = "Turnout in the northern district rose to 71 percent, Reuters reports."
    brief = "שיעור ההצבעה במחוז הצפון עלה ל-71 אחוזים, כך מדווחת רויטרס."
    assert "translation_attribution" not in _translated(guard, english, brief, "he")
    dropped = brief.replace(", כך מדווחת רויטרס", "")
    assert "translation_attribution" in _translated(guard, english, dropped, "he")


def test_declining_to_say_is_no_attribution_to_keep(guard: Guard) -> None:
    english = (
        "The minister declined to say who signed the deal, and his spokeswoman later told"
        " reporters that he had ruled out a recount."
    )
    brief = "השר סירב לומר מי חתם על העסקה, ודוברתו אמרה מאוחר יותר לכתבים שהוא שלל ספירה חוזרת."
    assert "translation_attribution" not in _translated(guard, english, brief, "he")
    dropped = "השר סירב לומר מי חתם על העסקה, והוא שלל מאוחר יותר ספירה חוזרת."
    assert "translation_attribution" in _translated(guard, english, dropped, "he")


# --- Hebrew: "היישוב" is the settlement the source names; "כך דיווח" is no invented word ----

HE_ELI = (
    "שריפת קוצים פרצה סמוך להתנחלות עלי. הכוחות פועלים למניעת התקדמות השריפה לעלי בסיוע מטוסים."
)


def test_the_community_is_the_settlement_of_the_source(guard: Guard) -> None:
    brief = "שריפת קוצים פרצה סמוך לעלי, והכוחות מנסים למנוע את הגעתה ליישוב בסיוע מטוסים."
    assert "unsupported" not in kinds(guard, HE_ELI, brief, "he")
    elsewhere = brief.replace("ליישוב", "לבסיס")
    assert "unsupported" in kinds(guard, HE_ELI, elsewhere, "he")


HE_SCHOOL = "שריפת קוצים פרצה סמוך לעיירה. נמסר כי קיימת סכנה לבית ספר במקום.\n(דני לוי)"


def test_the_reporters_verb_is_no_word_the_source_lacks(guard: Guard) -> None:
    brief = "נמסר כי בית ספר בסביבה נמצא בסכנה, כך דיווח דני לוי."
    assert "unsupported" not in kinds(guard, HE_SCHOOL, brief, "he")
    burnt = brief.replace("בסכנה,", "בסכנה ונשרף כליל,")
    assert "unsupported" in kinds(guard, HE_SCHOOL, burnt, "he")


# --- a comma ends a name ---------------------------------------------------------------------

HE_CANCELLED = "ראש הממשלה, בנימין נתניהו, הודיע היום על ביטול הדיון בוועדה בשל מחלה.\n"


def test_a_hebrew_name_ends_at_its_comma(guard: Guard) -> None:
    brief = (
        "הדיון בוועדה בהשתתפות ראש הממשלה בנימין נתניהו, שנקבע למחר, בוטל בשל מחלה, "
        "כך הודיע נתניהו."
    )
    assert "name" not in kinds(guard, HE_CANCELLED, brief, "he")
    renamed = brief.replace("בנימין נתניהו,", "בנימין נתניהו לוי,")
    assert "name" in kinds(guard, HE_CANCELLED, renamed, "he")
