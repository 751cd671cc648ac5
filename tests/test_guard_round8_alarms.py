"""Guard round 8 (issue 12, heldout10's false alarms as tuning data): faithful briefs that
must pass, and the faults beside them that must still be caught, per language."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds


def _translated(guard: Guard, english: str, translation: str, lang: str) -> set[str]:
    return kinds(guard, "", translation, lang, english_summary=english)


# --- figures in words: coordinated pairs, the accusative, plural dozens ---------------------

EN_ESTIMATE = "He had estimated between 100,000 and 200,000 deaths in late March."


def test_two_arabic_figures_joined_by_and_stay_two(guard: Guard) -> None:
    brief = "وكان قد قدّر في أواخر مارس عدد الوفيات بين مئة ألف ومئتي ألف."
    assert "translation_number" not in _translated(guard, EN_ESTIMATE, brief, "ar")
    wrong = brief.replace("ومئتي ألف", "وثلاثمئة ألف")
    assert "translation_number" in _translated(guard, EN_ESTIMATE, wrong, "ar")


def test_an_arabic_age_in_words_with_the_accusative_one(guard: Guard) -> None:
    english = "The governor appointed the 51-year-old judge."
    brief = "عيّن الحاكم القاضية البالغة من العمر واحداً وخمسين عاماً."
    assert "translation_number" not in _translated(guard, english, brief, "ar")
    wrong = brief.replace("واحداً", "اثنين")
    assert "translation_number" in _translated(guard, english, wrong, "ar")


def test_a_hebrew_plural_of_dozens_is_counted(guard: Guard) -> None:
    english = "Burials went to five days a week, with around two dozen each day."
    brief = "הקבורות עברו לחמישה ימים בשבוע, עם כשני תריסרים של קבורות בכל יום."
    assert "translation_number" not in _translated(guard, english, brief, "he")
    wrong = brief.replace("כשני תריסרים", "כשלושה תריסרים")
    assert "translation_number" in _translated(guard, english, wrong, "he")


# --- attribution cues: a noun is no cue, a declaration is one ------------------------------

EN_CLAIMS = (
    "Dr Anthony Fauci told NBC the toll looks more like 60,000. Unemployment claims topped"
    " six million for a second week."
)


def test_unemployment_claims_are_no_attribution_to_translate(guard: Guard) -> None:
    brief = (
        "قال الدكتور أنتوني فاوتشي لشبكة إن بي سي إن الحصيلة تبدو أقرب إلى 60 ألفاً."
        " وتجاوزت طلبات إعانة البطالة ستة ملايين للأسبوع الثاني."
    )
    assert "translation_attribution" not in _translated(guard, EN_CLAIMS, brief, "ar")
    unsaid = brief.replace("قال الدكتور أنتوني فاوتشي لشبكة إن بي سي", "ذكرت الأنباء")
    assert "translation_attribution" in _translated(
        guard, EN_CLAIMS.replace("told NBC", "said"), unsaid.replace("ذكرت الأنباء", ""), "ar"
    )


HE_SPEECH = (
    'מזכ"ל חיזבאללה חסן נסראללה אמר בנאום לציון יום אל-קודס כי "פלסטין מהים אל הנהר שייכת'
    ' לעם הפלסטיני, ומלחמות וסנקציות לא ישנו את עמדתנו".\n'
)


def test_a_hebrew_declaration_attributes(guard: Guard) -> None:
    brief = (
        "נסראללה נאם לציון יום אל-קודס והצהיר כי פלסטין מהים עד הנהר שייכת לעם הפלסטיני"
        " וכי מלחמות וסנקציות לא ישנו את עמדתו."
    )
    assert "attribution" not in kinds(guard, HE_SPEECH, brief, "he")
    stated = "פלסטין מהים עד הנהר שייכת לעם הפלסטיני, ומלחמות וסנקציות לא ישנו את עמדתם."
    assert "attribution" in kinds(guard, HE_SPEECH, stated, "he")


# --- an outlet credited with a report; a prediction named with its speaker ------------------

EN_ZELENSKY = (
    "As Russia is hit by increasingly stringent sanctions for invading Ukraine last February,"
    " Putin's political rivals will seek to depose him, Zelensky said.\n"
    "Zelensky added that Putin's rivals are waiting for the right moment.\n"
)


def test_a_report_carried_by_an_outlet_credits_it(guard: Guard) -> None:
    brief = (
        "Zelensky believes Putin's political rivals will seek to depose him, according to a"
        " report carried by the Jerusalem Post."
    )
    assert not kinds(guard, EN_ZELENSKY, brief) & {"unsupported", "name"}
    invented = brief.replace("carried by the Jerusalem Post", "carried by the Kremlin Guards")
    assert "name" in kinds(guard, EN_ZELENSKY, invented)


def test_his_prediction_names_whose_it_is(guard: Guard) -> None:
    brief = (
        "Zelensky said Putin's rivals will seek to depose him. His prediction comes as Russia"
        " is hit by increasingly stringent sanctions over its invasion of Ukraine last February."
    )
    assert "attribution" not in kinds(guard, EN_ZELENSKY, brief)
    stated = "Putin's political rivals will seek to depose him as Russia is hit by sanctions."
    assert "attribution" in kinds(guard, EN_ZELENSKY, stated)


# --- whose words: an account by name, a speaker's description, a participle ---------------

EN_ACCOUNT = (
    "Nesma Hajjaj, 25, walked from northern Gaza while seven months pregnant.\n"
    "“My child has now been in the nursery for 10 days under monitoring, suffering from many"
    " health problems,” Hajjaj said.\n"
)


def test_a_first_person_account_retold_with_its_speaker_as_subject(guard: Guard) -> None:
    brief = "Nesma Hajjaj, 25, says her child has spent ten days in the nursery under monitoring."
    assert "attribution" not in kinds(guard, EN_ACCOUNT, brief)
    retold = "Nesma Hajjaj, 25, fled on foot; her child has spent ten days in the nursery."
    assert "attribution" not in kinds(guard, EN_ACCOUNT, retold)
    others = "The child has spent ten days in the nursery under monitoring with health problems."
    assert "attribution" in kinds(guard, EN_ACCOUNT, others)


EN_GILLEY = (
    "In December, two AfD lawmakers invited US historian Bruce Gilley to lecture in Berlin.\n"
    'Gilley, author of the controversial 2017 article "The Case for Colonialism," argued that'
    " the German Reich was more benevolent than many other colonial powers.\n"
)


def test_a_speakers_description_is_not_what_they_said(guard: Guard) -> None:
    brief = (
        'Two AfD lawmakers invited Bruce Gilley, author of the 2017 article "The Case for'
        ' Colonialism", to lecture in Berlin; Gilley argues that the German Reich was more'
        " benevolent than many other colonial powers."
    )
    assert "attribution" not in kinds(guard, EN_GILLEY, brief)
    stated = "The German Reich was more benevolent than many other colonial powers."
    assert "attribution" in kinds(guard, EN_GILLEY, stated)


EN_TOLL = (
    "The daily rise in coronavirus deaths announced in New York state on Friday was 777 -"
    " down slightly from the record high of 799 the day before.\n"
    "Governor Andrew Cuomo said the state was still enduring great pain.\n"
)


def test_a_toll_announced_by_nobody_named_is_the_writers(guard: Guard) -> None:
    brief = "The state's daily death toll dipped to 777 on Friday from a record 799 a day earlier."
    assert "attribution" not in kinds(guard, EN_TOLL, brief)
    said = "The state was still enduring great pain as the daily toll dipped to 777."
    assert "attribution" in kinds(guard, EN_TOLL, said)


# --- a span of time in another unit -----------------------------------------------------------

AR_RULE = (
    "والى أين يتجه البلد الذي يقوده الرئيس عمر البشير منذ ثلاثين عاما؟\n"
    "وتناول الحديث الاحتجاجات الشعبية المستمرة في السودان منذ أسابيع.\n"
)


def test_arabic_decades_restate_years(guard: Guard) -> None:
    brief = "تناول الحوار أوضاع السودان الذي يقوده الرئيس عمر البشير منذ ثلاثة عقود."
    assert "number" not in kinds(guard, AR_RULE, brief, "ar")
    assert "number" in kinds(guard, AR_RULE, brief.replace("ثلاثة عقود", "أربعة عقود"), "ar")


def test_english_decades_restate_years(guard: Guard) -> None:
    source = "President Omar al-Bashir has ruled the country for thirty years.\n"
    brief = "President Omar al-Bashir has ruled the country for three decades."
    assert "number" not in kinds(guard, source, brief)
    assert "number" in kinds(guard, source, brief.replace("three decades", "four decades"))


# --- an Arabic proclitic before a quotation mark is no part of a name ----------------------

AR_DEPOTS = (
    'سيطرت فصائل مسلحة معارضة لنظام الرئيس بشار الأسد تتبع "الجيش الحر" على مستودعات'
    " أسلحة في ريف دمشق.\n"
)


def test_an_arabic_proclitic_and_quotation_mark_after_a_name(guard: Guard) -> None:
    brief = (
        'سيطرت فصائل مسلحة مناوئة لنظام الرئيس بشار الأسد ومرتبطة بـ"الجيش الحر"'
        " على مستودعات أسلحة."
    )
    assert "name" not in kinds(guard, AR_DEPOTS, brief, "ar")
    renamed = brief.replace("بشار الأسد", "ماهر الطحان")
    assert "name" in kinds(guard, AR_DEPOTS, renamed, "ar")


# --- translation: a temporal "while" contrasts nobody; a claim moved to another speaker -----

EN_MEGHAN = (
    "In the interview with Oprah Winfrey, Meghan, Duchess of Sussex, said she had contemplated"
    " suicide while pregnant with Archie,"
    " and that when she asked the palace for help she was told it \"wouldn't be good for the"
    ' institution". Winfrey later told CBS that Harry had said it was neither the Queen nor'
    " Prince Philip."
)
HE_MEGHAN = (
    "בראיון לאופרה ווינפרי, סיפרה מייגן, הדוכסית מסאסקס, ששקלה להתאבד כשהייתה בהריון עם ארצ'י,"
    " וכי כשביקשה עזרה"
    ' מהארמון נאמר לה שזה "לא יהיה טוב למוסד". ווינפרי אמרה מאוחר יותר לרשת CBS שלדברי הארי'
    " לא היה זה המלכה וגם לא הנסיך פיליפ."
)


def test_while_pregnant_is_no_contrast_of_two_speakers(guard: Guard) -> None:
    assert "translation_attribution" not in _translated(guard, EN_MEGHAN, HE_MEGHAN, "he")


def test_a_claim_moved_to_another_person_of_the_brief(guard: Guard) -> None:
    moved = HE_MEGHAN.replace("ווינפרי אמרה", "מייגן אמרה")
    assert "translation_attribution" in _translated(guard, EN_MEGHAN, moved, "he")
    english = (
        "Dr Anthony Fauci told NBC the toll looks more like 60,000. Vice-President Mike Pence"
        " stressed, however, that Covid-19 is about three times as contagious as flu."
    )
    arabic = (
        "قال الدكتور أنتوني فاوتشي لشبكة إن بي سي إن الحصيلة تبدو أقرب إلى 60 ألفاً. غير أن"
        " نائب الرئيس مايك بنس شدّد على أن كوفيد-19 أشد عدوى من الإنفلونزا بنحو ثلاث مرات."
    )
    assert "translation_attribution" not in _translated(guard, english, arabic, "ar")
    moved_ar = arabic.replace("نائب الرئيس مايك بنس", "فاوتشي")
    assert "translation_attribution" in _translated(guard, english, moved_ar, "ar")


# --- support: words that refer to the statement itself --------------------------------------

HE_IRAN = (
    'ראש הממשלה נתניהו הגיב לאיראן: "מי שמאיים על ישראל בהשמדה, שם את עצמו בסכנה דומה".\n'
    'המנהיג העליון של איראן, עלי חמינאי, טען כי ישראל תוכחד וכי "וירוס הציונות" לא ישרוד.\n'
)


def test_his_words_were_said_after_is_a_frame_not_content(guard: Guard) -> None:
    brief = (
        "נתניהו הגיב לאיראן ואמר כי מי שמאיים על ישראל שם את עצמו בסכנה. דבריו נאמרו לאחר"
        " שהמנהיג העליון של איראן, עלי חמינאי, טען כי ישראל תוכחד."
    )
    assert "unsupported" not in kinds(guard, HE_IRAN, brief, "he")
    invented = brief.replace("דבריו נאמרו", "דבריו נאמרו במסיבת עיתונאים סוערת בירושלים")
    assert "unsupported" in kinds(guard, HE_IRAN, invented, "he")


# --- an announcement credited by the brief's next sentence ----------------------------------

HE_CANCELLED = (
    "ראש הממשלה, בנימין נתניהו, הודיע היום על ביטול הדיון שהיה אמור להתקיים מחר בוועדת חוץ"
    " וביטחון בהשתתפותו בשל מחלת השפעת.\n"
)


def test_an_act_announced_in_the_next_sentence_by_its_actor(guard: Guard) -> None:
    brief = (
        "הדיון בוועדת החוץ והביטחון שהיה אמור להתקיים מחר בהשתתפות ראש הממשלה בוטל."
        " נתניהו, החולה בשפעת, הודיע על הביטול היום."
    )
    assert "attribution" not in kinds(guard, HE_CANCELLED, brief, "he")
    alone = brief.split(". ")[0] + "."
    assert "attribution" in kinds(guard, HE_CANCELLED, alone, "he")


# --- whom a speaker answers is not who speaks -------------------------------------------------

HE_REPLY = (
    "המנהיג העליון של איראן, עלי חמינאי, אמר כי ישראל תוכחד.\n"
    'ראש הממשלה בנימין נתניהו הגיב: "אנחנו חוזרים ואומרים - מי שמאיים על ישראל בסכנת השמדה,'
    ' שם את עצמו בסכנה דומה".\n'
)


def test_replied_to_the_words_of_names_the_one_answered(guard: Guard) -> None:
    brief = (
        'ראש הממשלה נתניהו השיב לדברי חמינאי, שאמר כי ישראל תוכחד: "אנחנו חוזרים ואומרים -'
        ' מי שמאיים על ישראל בסכנת השמדה, שם את עצמו בסכנה דומה".'
    )
    assert "attribution" not in kinds(guard, HE_REPLY, brief, "he")
    moved = 'לדברי חמינאי, "מי שמאיים על ישראל בסכנת השמדה, שם את עצמו בסכנה דומה".'
    assert "attribution" in kinds(guard, HE_REPLY, moved, "he")


# --- Arabic "on the one side ... on the other" ---------------------------------------------

AR_CLASHES = (
    "أفاد المرصد عن اشتباكات في محيط بلدة تل حلف بين وحدات حماية الشعب الكردية ومقاتلي"
    ' "الدولة الإسلامية" وجبهة النصرة من طرف آخر.\n'
)


def test_on_the_one_side_and_the_other_is_no_content(guard: Guard) -> None:
    brief = (
        "أفاد المرصد باشتباكات في محيط تل حلف بين الوحدات الكردية من جهة ومقاتلي"
        ' "الدولة الإسلامية" وجبهة النصرة من جهة أخرى.'
    )
    assert "unsupported" not in kinds(guard, AR_CLASHES, brief, "ar")
    invented = brief.replace("من جهة أخرى", "بدعم من طائرات روسية مسيرة")
    assert "unsupported" in kinds(guard, AR_CLASHES, invented, "ar")


# --- a participle of saying goes on with the claim's own speaker ----------------------------

AR_INTERVIEW = (
    "قال الناشط خالد عبد الكريم ماسا إن الحراك الشعبي يجمع المهنيين من محامين واطباء"
    " ومهندسين جمعهم ميثاق مشترك.\n"
    "وقد انضمت اليه كتلة نداء السودان لاعتماد آلية سلمية لاسقاط النظام.\n"
    "وتمت مصادرة جريدة الجريدة 28 مرة منذ بداية الاحداث.\n"
    "وتم ايقاف اربعين صحفيا في الخرطوم.\n"
    "وتعقيبا على الربيع العربي قال إن كل اسباب الغضب الشعبي قائمة وكل الشروط متوفرة لثورة"
    " سودانية وبالتالي لا حاجة لنستورد شيئا.\n"
)


def test_an_arabic_participle_of_saying_continues_the_same_speaker(guard: Guard) -> None:
    brief = (
        "وأضاف ماسا أن كتلة نداء السودان انضمت إلى الميثاق لاعتماد آلية سلمية لإسقاط النظام،"
        " مؤكداً أن كل شروط الثورة متوفرة ولا حاجة لاستيراد شيء."
    )
    assert "unsupported" not in kinds(guard, AR_INTERVIEW, brief, "ar")
    invented = brief.replace(
        "أن كل شروط الثورة متوفرة ولا حاجة لاستيراد شيء",
        "أن الجيش سيعلن حكومة انتقالية برئاسة ضابط متقاعد",
    )
    assert "unsupported" in kinds(guard, AR_INTERVIEW, invented, "ar")
