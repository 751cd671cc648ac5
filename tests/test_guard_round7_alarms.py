"""Guard round 7 (issue 12, heldout9's false alarms as tuning data): faithful briefs that
must pass, and the faults beside them that must still be caught, per language."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds


def _translated(
    guard: Guard, english: str, translation: str, lang: str, source: str = ""
) -> set[str]:
    return kinds(guard, source, translation, lang, english_summary=english)


# --- numbers in words: dozens, centuries, a designator's number -----------------------------

EN_BURIALS = (
    "Burial operations have increased from one day a week to five days a week, with around"
    " 24 burials each day, said Department of Correction spokesman Jason Kersten.\n"
)
EN_BURIALS_BRIEF = (
    "Burials there have increased to five days a week, with around two dozen each day,"
    " said Department of Correction spokesman Jason Kersten."
)


def test_a_count_of_dozens_is_its_product(guard: Guard) -> None:
    assert "number" not in kinds(guard, EN_BURIALS, EN_BURIALS_BRIEF)
    assert "number" in kinds(guard, EN_BURIALS, EN_BURIALS_BRIEF.replace("two", "three"))


def test_a_hebrew_count_of_dozens_translates_two_dozen(guard: Guard) -> None:
    brief = (
        "לדברי הדובר ג'ייסון קרסטן, הקבורות הוגברו לחמישה ימים בשבוע, עם כשני תריסר קבורות ביום."
    )
    assert "translation_number" not in _translated(guard, EN_BURIALS_BRIEF, brief, "he")
    wrong = brief.replace("כשני תריסר", "כשלושה תריסר")
    assert "translation_number" in _translated(guard, EN_BURIALS_BRIEF, wrong, "he")


EN_CENTURY = "Della said Germany committed the first genocide of the twentieth century, in Namibia."


def test_an_english_century_in_words_is_the_centurys_number(guard: Guard) -> None:
    brief = "לדברי דלה, גרמניה ביצעה את רצח העם הראשון של המאה העשרים, בנמיביה."
    assert "translation_number" not in _translated(guard, EN_CENTURY, brief, "he")
    wrong = brief.replace("המאה העשרים", "המאה ה-19")
    assert "translation_number" in _translated(guard, EN_CENTURY, wrong, "he")


EN_CONTAGIOUS = (
    "Vice-President Mike Pence stressed that Covid-19 was about three times as contagious as"
    " influenza."
)


def test_a_designators_number_may_vanish_in_translation(guard: Guard) -> None:
    brief = "סגן הנשיא מייק פנס הדגיש שהקורונה מדבקת פי שלושה בערך משפעת."
    assert "translation_number" not in _translated(guard, EN_CONTAGIOUS, brief, "he")
    wrong = brief.replace("פי שלושה", "פי ארבעה")
    assert "translation_number" in _translated(guard, EN_CONTAGIOUS, wrong, "he")


EN_ESTIMATES = (
    "On Thursday, official projections for the nationwide death toll were lowered.\n"
    'In late March, Dr Fauci estimated "between 100,000 and 200,000" could die.\n'
    "The White House has previously touted estimates that 2.2 million Americans could die"
    " from coronavirus if nothing was done to stop its spread.\n"
)


def test_a_figure_before_a_verb_counts_nothing_another_figure_could_rival(guard: Guard) -> None:
    brief = "In late March Fauci estimated that 100,000 to 200,000 Americans could die."
    assert "number" not in kinds(guard, EN_ESTIMATES, brief)
    assert "number" in kinds(guard, EN_ESTIMATES, brief.replace("200,000", "300,000"))


# --- names in translation: titles, professions, the article of an Al- name, given names ---

EN_ROYALS = (
    "Winfrey later told CBS that Harry had told her the royal in question was neither the"
    " Queen nor Prince Philip."
)


def test_a_title_is_translated_and_names_nobody(guard: Guard) -> None:
    brief = (
        "وقالت وينفري لاحقاً لشبكة سي بي إس إن هاري أبلغها بأن الشخص المعني ليس الملكة ولا"
        " الأمير فيليب."
    )
    assert "translation_name" not in _translated(guard, EN_ROYALS, brief, "ar")
    wrong = brief.replace("فيليب", "تشارلز")
    assert "translation_name" in _translated(guard, EN_ROYALS, wrong, "ar")


EN_NEONATOLOGIST = "Neonatologist Sherine Abed said the ward had 22 infants."


def test_a_profession_opening_a_sentence_is_no_given_name(guard: Guard) -> None:
    brief = "רופאת היילודים שרין עאבד אמרה שבמחלקה שוהים 22 תינוקות."
    assert "translation_name" not in _translated(guard, EN_NEONATOLOGIST, brief, "he")
    wrong = brief.replace("שרין עאבד", "נסרין עאבד")
    assert "translation_name" in _translated(guard, EN_NEONATOLOGIST, wrong, "he")


EN_ARTICLE_KAHLOT = (
    "Currently, said Dr. Mustafa Al-Kahlot, the director of the hospital, there are 70"
    " children registered as patients.\n"
    "Dr. Walid Abu Hatab, an obstetrician at Al Aqsa Martyrs Hospital, said some pregnant"
    " women cannot easily reach the hospital because of the bombing.\n"
)
EN_HATAB = (
    "Dr. Walid Abu Hatab, an obstetrician at Al Aqsa Martyrs Hospital, said some pregnant"
    " women cannot easily reach the hospital because of the bombing."
)


def test_an_al_name_is_written_with_its_article(guard: Guard) -> None:
    # יכולות ("can") and בקלות ("easily") have the consonants of Al-Kahlot
    brief = (
        'ד"ר וליד אבו חטב, רופא נשים בבית החולים שוהדאא אל-אקצא, אמר כי חלק מהנשים ההרות'
        " אינן יכולות להגיע בקלות לבית החולים בגלל ההפצצות."
    )
    assert "translation_name" not in _translated(guard, EN_HATAB, brief, "he", EN_ARTICLE_KAHLOT)
    wrong = brief.replace('ד"ר וליד אבו חטב', 'ד"ר מוסטפא אל-כחלות')
    assert "translation_name" in _translated(guard, EN_HATAB, wrong, "he", EN_ARTICLE_KAHLOT)


EN_HASIRA = (
    "Miscarriages have tripled at Al-Shifa Hospital, according to Dr. Abed Abu Hasira, a"
    " doctor there."
)


def test_an_abu_surname_after_another_given_name_renames_the_person(guard: Guard) -> None:
    brief = (
        "تضاعفت حالات الإجهاض ثلاث مرات في مستشفى الشفاء، بحسب الدكتور عابد أبو حصيرة، وهو"
        " طبيب فيه."
    )
    assert "translation_name" not in _translated(guard, EN_HASIRA, brief, "ar")
    wrong = brief.replace("عابد أبو حصيرة", "خالد أبو حصيرة")
    assert "translation_name" in _translated(guard, EN_HASIRA, wrong, "ar")


# --- attribution in translation: a name is capitalised; a participle names nobody --------

EN_SAG = (
    "Joaquin Phoenix and Renee Zellweger were named best actors at the Screen Actors Guild"
    " awards. Director Bong Joon Ho said backstage that no one could predict what would"
    " happen at the Oscars."
)


def test_an_ordinary_word_is_no_name_of_the_english_sentence(guard: Guard) -> None:
    # "could" has the consonants of "Guild"; בטקס ("at the ceremony") those of Phoenix
    brief = (
        "חואקין פיניקס ורנה זלווגר זכו בפרסי המשחק בטקס פרסי איגוד שחקני המסך. הבמאי בונג"
        " ג'ון-הו אמר מאחורי הקלעים שאיש אינו יכול לחזות מה יקרה בטקס האוסקר."
    )
    assert "translation_attribution" not in _translated(guard, EN_SAG, brief, "he")


EN_TOLL = (
    "The daily rise in deaths announced on Friday was 777. Governor Andrew Cuomo said he"
    " took solace from that."
)


def test_a_participle_that_names_nobody_need_not_be_attributed(guard: Guard) -> None:
    brief = (
        "העלייה היומית במספר המתים שהוכרזה ביום שישי עמדה על 777. המושל אנדרו קואומו אמר"
        " ששאב מכך נחמה."
    )
    assert "translation_attribution" not in _translated(guard, EN_TOLL, brief, "he")
    said = EN_TOLL.replace("The daily rise", "Officials said the daily rise")
    assert "translation_attribution" in _translated(guard, said, brief, "he")


# --- who says so: Arabic cues, relative clauses, Hebrew quotations ------------------------

AR_DEPOTS = (
    'أكدت جهات سورية معارضة أن فصائل مسلحة على صلة بـ"الجيش الحر" تمكنت من السيطرة على'
    " مستودعات للأسلحة بريف دمشق، في الوقت الذي حض فيه الائتلاف الوطني السوري المعارض"
    ' الفصائل الكردية والإسلامية المتقاتلة في شمالي البلاد إلى "ضبط النفس."\n'
)


def test_an_arabic_verb_of_urging_says_who_urged(guard: Guard) -> None:
    brief = "وكان الائتلاف قد حضّ الفصائل الكردية والإسلامية المتقاتلة على ضبط النفس."
    assert "attribution" not in kinds(guard, AR_DEPOTS, brief, "ar")
    fact = "سيطرت فصائل مسلحة على صلة بالجيش الحر على مستودعات للأسلحة بريف دمشق."
    assert "attribution" in kinds(guard, AR_DEPOTS, fact, "ar")


AR_STATEMENT = (
    'وشدد الائتلاف على "ضرورة الابتعاد عن الأعمال الاستفزازية، ويحذر كل من يستغل المرحلة'
    ' الراهنة لتطبيق أجندات سياسية" في بيان يأتي بالترافق مع الحديث عن كون تلك المواجهات'
    " مقدمة لولادة حكومة تدير المناطق التي يقطنها الأكراد في سوريا بشكل مستقل.\n"
)


def test_a_cue_in_a_relative_clause_covers_only_that_clause(guard: Guard) -> None:
    brief = (
        "جاء بيان الائتلاف، الذي حذّر فيه من استغلال المرحلة الراهنة لتنفيذ أجندات سياسية،"
        " في ظل حديث عن أن المواجهات تمهّد لقيام حكومة تدير المناطق التي يسكنها الأكراد"
        " بشكل مستقل."
    )
    assert "attribution" not in kinds(guard, AR_STATEMENT, brief, "ar")
    fact = brief.replace("في ظل حديث عن أن المواجهات تمهّد", "في وقت تمهّد فيه المواجهات")
    assert "attribution" in kinds(guard, AR_STATEMENT, fact, "ar")


HE_IRAN = (
    "ראש הממשלה בנימין נתניהו הגיב לדבריו של המנהיג העליון של איראן עלי חמינאי, שאמר קודם"
    ' כי "וירוס הציונות לא ישרוד לאורך זמן", ומסר: "אנחנו חוזרים ואומרים - מי שמאיים על'
    ' ישראל בסכנת השמדה, שם את עצמו בסכנה דומה".\n'
)


def test_a_hebrew_speaker_named_after_the_quotation_is_the_speaker(guard: Guard) -> None:
    brief = (
        '"אנחנו חוזרים ואומרים - מי שמאיים על ישראל בסכנת השמדה, שם את עצמו בסכנה דומה",'
        " מסר נתניהו."
    )
    assert "attribution" not in kinds(guard, HE_IRAN, brief, "he")
    assert "attribution" in kinds(guard, HE_IRAN, brief.replace("נתניהו", "חמינאי"), "he")


def test_a_hebrew_warning_repeated_is_the_sources_repeating(guard: Guard) -> None:
    brief = "בתגובה חזר נתניהו והזהיר כי מי שמאיים על ישראל בהשמדה מעמיד את עצמו בסכנה דומה."
    assert "unsupported" not in kinds(guard, HE_IRAN, brief, "he")


# --- who says so in English: appositions and inverted verbs -------------------------------

EN_ALHAQ = (
    "“Since the 7th of October, our field researchers have not been able to meet directly"
    " with victims or eyewitnesses,” says Tahseen Elayyan, a legal researcher at Al-Haq.\n"
    "Kamal Nasser, a lawyer at B'Tselem, says the army has closed the checkpoints.\n"
)


def test_an_apposition_chain_reaches_back_to_the_speakers_name(guard: Guard) -> None:
    brief = (
        "Tahseen Elayyan, a legal researcher at Al-Haq, one of the region's key human rights"
        " groups, says its field researchers have been unable to meet victims or witnesses"
        " since October 7."
    )
    assert "attribution" not in kinds(guard, EN_ALHAQ, brief)
    swapped = brief.replace("Tahseen Elayyan", "Kamal Nasser")
    assert "attribution" in kinds(guard, EN_ALHAQ, swapped)


EN_HOSPITALS = (
    "“Approximately 70 percent of the services of the Indonesian Hospital stopped due to the"
    " failure of generators,” said Dr. Atef Al-Kahlout, the director of the Indonesian"
    " Hospital.\n"
    "“We have no fuel left,” said Dr. Sobhi Skaik, the director of the Turkish Friendship"
    " Hospital.\n"
)


def test_a_role_then_a_name_after_an_inverted_verb_is_the_speaker(guard: Guard) -> None:
    brief = (
        "About 70 percent of the Indonesian Hospital's services have stopped because its"
        " generators failed, said its director, Dr. Atef Al-Kahlout."
    )
    assert "attribution" not in kinds(guard, EN_HOSPITALS, brief)
    swapped = brief.replace("Atef Al-Kahlout", "Sobhi Skaik")
    assert "attribution" in kinds(guard, EN_HOSPITALS, swapped)


# --- support: hedges, figures with a proclitic, "the report" ------------------------------

HE_CYCLONE = 'סופת הציקלון בדרום אסיה: "יותר מחמישה מיליון תושבים פונו למקלטים"\n'


def test_a_hedge_a_figure_and_the_report_are_no_invented_words(guard: Guard) -> None:
    brief = "בעקבות סופת הציקלון בדרום אסיה פונו למקלטים למעלה מ-5 מיליון תושבים, לפי הדיווח."
    assert "unsupported" not in kinds(guard, HE_CYCLONE, brief, "he")
    invented = brief.replace("לפי הדיווח", "והממשלה הכריזה על מצב חירום ארצי")
    assert "unsupported" in kinds(guard, HE_CYCLONE, invented, "he")


# --- headline, place words, an announcer after the verb ----------------------------------

HE_ALERT_HEADLINE = "ההתרעה על חדירת כלי טיס עוין - התרעת שווא"
HE_ALERT = (
    "ההתרעה שהתקבלה לפני זמן קצר בישובי הגליל העליון על חדירת כלי טיס עוין הינה התרעת שווא.\n"
)


def test_a_negated_headline_denied_in_the_next_sentence_keeps_its_negation(
    guard: Guard,
) -> None:
    brief = (
        "ביישובי הגליל העליון התקבלה לפני זמן קצר התרעה על חדירת כלי טיס עוין. ההתרעה"
        " התבררה כהתרעת שווא."
    )
    assert "headline" not in kinds(guard, HE_ALERT, brief, "he", headline=HE_ALERT_HEADLINE)
    dropped = brief.split(". ")[0] + ". החקירה נמשכת."
    assert "headline" in kinds(guard, HE_ALERT, dropped, "he", headline=HE_ALERT_HEADLINE)


HE_FIRE = (
    "לוחמי האש פועלים למניעת התקדמות השריפה ליצהר ובסיוע מטוסי כיבוי. נמסר כי קיימת סכנה"
    " למוצב צבאי במקום.\n"
)


def test_words_for_the_place_itself_are_no_place_swapped(guard: Guard) -> None:
    assert "name" not in kinds(
        guard, HE_FIRE, "לפי הודעה שנמסרה, קיימת סכנה למוצב צבאי באזור.", "he"
    )


HE_FLU = (
    "ראש הממשלה, בנימין נתניהו, הודיע היום (ראשון) על ביטול הדיון שהיה אמור להתקיים מחר"
    " בוועדת חוץ וביטחון בהשתתפותו בשל מחלת השפעת.\n"
)


def test_an_announcer_named_right_after_the_verb_of_the_act_is_its_subject(
    guard: Guard,
) -> None:
    brief = "בשל מחלת השפעת ביטל ראש הממשלה, בנימין נתניהו, את הדיון שהיה אמור להתקיים למחרת."
    assert "attribution" not in kinds(guard, HE_FLU, brief, "he")
    # the prime minister named, but not as the one who cancelled
    unnamed = "הדיון בהשתתפות ראש הממשלה בנימין נתניהו, שהיה אמור להתקיים מחר, בוטל בשל מחלת השפעת."
    assert "attribution" in kinds(guard, HE_FLU, unnamed, "he")


EN_SKAIK = (
    "The Turkish Friendship Hospital specializes in cancer treatments and is the only"
    " institution that treats adult cancer patients in Gaza.\n"
    "“Approximately 70 percent of the services of the Indonesian Hospital stopped,” said"
    " Dr. Atef Al-Kahlout, the director of the Indonesian Hospital.\n"
    "There are more than 10,000 cancer patients in Gaza, said Dr. Sobhi Skaik, of the"
    " Turkish Friendship Hospital.\n"
)


def test_a_clause_of_one_word_is_no_evidence_of_whose_words_it_is(guard: Guard) -> None:
    brief = (
        "The Turkish Friendship Hospital, the only institution that treats adult cancer"
        " patients in Gaza, has run out of fuel and is out of service, said its director,"
        " Dr. Sobhi Skaik."
    )
    assert "attribution" not in kinds(guard, EN_SKAIK, brief)


EN_PUTIN = (
    "As Russia is hit by increasingly stringent sanctions for invading Ukraine last February,"
    " Putin's political rivals will seek to depose him, Zelensky said.\n"
)


def test_a_speech_act_named_by_its_noun_says_who_spoke(guard: Guard) -> None:
    brief = (
        "Zelensky has said that Putin's political rivals will seek to depose him. He made the"
        " prediction as Russia is hit by increasingly stringent sanctions over its invasion of"
        " Ukraine last February."
    )
    assert "attribution" not in kinds(guard, EN_PUTIN, brief)
    fact = "Putin's political rivals will seek to depose him as Russia is hit by sanctions."
    assert "attribution" in kinds(guard, EN_PUTIN, fact)


AR_OBSERVATORY = (
    "وقال المرصد السوري لحقوق الإنسان، وهو هيئة مقرها لندن، إن مقاتلين من لواء الإسلام"
    " وجبهة النصرة سيطروا على ثلاثة مستودعات للذخيرة في منطقة القلمون بريف دمشق.\n"
    "وتقاتل فصائل معارضة القوات النظامية للسيطرة على ريف حمص منذ أشهر.\n"
)


def test_an_arabic_subject_ends_before_the_object_of_its_verb(guard: Guard) -> None:
    brief = "وأعلن المرصد سيطرة فصائل معارضة على ثلاثة مستودعات للذخيرة في منطقة القلمون."
    assert "attribution" not in kinds(guard, AR_OBSERVATORY, brief, "ar")
    fact = "سيطرت فصائل معارضة على ثلاثة مستودعات للذخيرة في منطقة القلمون."
    assert "attribution" in kinds(guard, AR_OBSERVATORY, fact, "ar")


AR_PRESS = (
    "كما تم ايقاف اربعين صحفيا وتمت مصادرة جريدة الجريدة التي اعمل بها هذا اضافة الى التدخل"
    " المباشر لفرض الرقابة الاولية على ما ينشر او سحب الصحيفة من الاسواق بعد الطباعة لمضاعفة"
    " الخسائر.\n"
    "فالرأي العام لم يعد بامكانه السماح باستمرار ما يحدث من قمع للحريات، ونحن نواجه ذلك احيانا.\n"
)


def test_an_arabic_but_rather_is_no_invented_word(guard: Guard) -> None:
    brief = (
        "وأضاف أن السلطة تتدخل لفرض رقابة على ما يُنشر، بل تسمح أحياناً بطبع الصحيفة ثم تسحبها"
        " من الأسواق لمضاعفة خسائرها."
    )
    assert "unsupported" not in kinds(guard, AR_PRESS, brief, "ar")
    invented = brief.replace("لمضاعفة خسائرها", "وتغلق مكاتبها وتعتقل محرريها وتصادر حواسيبهم")
    assert "unsupported" in kinds(guard, AR_PRESS, invented, "ar")


EN_NURSERY = (
    "In the wake of the warnings, one of the women to flee the north was 25-year-old Nesma"
    " Hajjaj, who was seven months pregnant at the time.\n"
    "“The power cuts in the nursery create many risks, because there are devices that need"
    " a particular room temperature,” said Dr. Sherine Abed, a neonatologist at Al-Shifa"
    " Hospital, who is now serving at Al Aqsa Martyrs Hospital in Deir al-Balah.\n"
    "Her baby was born prematurely at Al Aqsa Martyrs Hospital and has been in the nursery"
    " since.\n"
)


def test_a_speakers_description_is_not_what_they_said(guard: Guard) -> None:
    brief = (
        "Nesma Hajjaj, 25, fled the north while seven months pregnant; her premature baby has"
        " been in the nursery at Al Aqsa Martyrs Hospital since."
    )
    assert "attribution" not in kinds(guard, EN_NURSERY, brief)
    claim = "The power cuts in the nursery create many risks for the devices."
    assert "attribution" in kinds(guard, EN_NURSERY, claim)
