"""Round 19 (loaded words behind clitics): a Hebrew preposition that swallows the article of
a listed term (להתנחלות is ל + ההתנחלות) hides nothing, and an Arabic designating verb with
its object pronoun written onto it (يصفهم, اعتبرها) reports the speaker's label as his.
Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.headline_quotes import check_headline_quotes
from tests.auxil.guard import kinds

# --- Hebrew: ב / כ / ל swallow the article of the term they precede -------------------------

HE_SOURCE = (
    "כוחות כיבוי הגיעו ביום שלישי להתנחלות גבעת ארז בעקבות שריפה בשטח פתוח. "
    "לדברי דובר המשטרה, לא היו נפגעים.\n"
)


def test_a_listed_term_is_found_after_a_preposition_that_swallowed_its_article(
    guard: Guard,
) -> None:
    faithful = "כוחות כיבוי הגיעו להתנחלות גבעת ארז בעקבות שריפה, ולא היו נפגעים."
    loaded = "כוחות כיבוי הגיעו להתנחלות הקיצונית גבעת ארז בעקבות שריפה, ולא היו נפגעים."
    assert "loaded" not in kinds(guard, HE_SOURCE, faithful, "he")
    assert "loaded" in kinds(guard, HE_SOURCE, loaded, "he")


def test_the_same_behind_a_conjunction_and_another_preposition(guard: Guard) -> None:
    loaded = "השריפה פרצה בשטח פתוח ובהתנחלות הקיצונית גבעת ארז, ולא היו נפגעים."
    assert "loaded" in kinds(guard, HE_SOURCE, loaded, "he")


def test_the_repair_keeps_the_preposition_and_drops_the_article(guard: Guard) -> None:
    loaded = "כוחות כיבוי הגיעו להתנחלות הקיצונית גבעת ארז."
    assert guard.lexicons["he"].repair(loaded) == "כוחות כיבוי הגיעו להתנחלות גבעת ארז."


# --- Arabic: a designating verb carries its object pronoun ----------------------------------

AR_SOURCE = (
    "قال الناشط سامي عادل إن الاحتجاجات مستمرة في المدينة منذ شهرين، وإن عدد الشهداء بلغ "
    "عشرين منذ بدايتها. وأضاف أن السلطات اعتقلت نحو مئة شخص.\n"
)


def test_a_label_after_a_verb_with_an_object_pronoun_is_the_speakers(guard: Guard) -> None:
    brief = (
        "قال الناشط سامي عادل إن الاحتجاجات مستمرة منذ شهرين، وإن عدد القتلى، الذين "
        "يصفهم بالشهداء، بلغ عشرين، فيما اعتقلت السلطات نحو مئة شخص."
    )
    assert "loaded" not in kinds(guard, AR_SOURCE, brief, "ar")
    own_voice = (
        "قال الناشط سامي عادل إن الاحتجاجات مستمرة منذ شهرين، وسقط عشرون من الشهداء، "
        "فيما اعتقلت السلطات نحو مئة شخص."
    )
    assert "loaded" in kinds(guard, AR_SOURCE, own_voice, "ar")


# --- Hebrew: doubt about a stated reason, and judging adjectives ----------------------------

HE_FLU_SOURCE = (
    "שר האוצר ביטל את הופעתו בוועדת הכספים בשל מחלה, כך נמסר מלשכתו. הדיון נדחה לשבוע הבא.\n"
)


def test_calling_a_stated_reason_a_pretext_is_loaded(guard: Guard) -> None:
    faithful = "שר האוצר ביטל את הופעתו בוועדת הכספים בשל מחלה, והדיון נדחה לשבוע הבא."
    assert "loaded" not in kinds(guard, HE_FLU_SOURCE, faithful, "he")
    for brief in (
        "שר האוצר ביטל את הופעתו בוועדת הכספים בתירוץ של מחלה, והדיון נדחה לשבוע הבא.",
        "שר האוצר ביטל את הופעתו בוועדת הכספים בתואנה של מחלה, והדיון נדחה לשבוע הבא.",
    ):
        assert "loaded" in kinds(guard, HE_FLU_SOURCE, brief, "he")


def test_an_embarrassing_event_is_our_judgement(guard: Guard) -> None:
    brief = "שר האוצר ביטל באופן מביך את הופעתו בוועדת הכספים בשל מחלה."
    assert "loaded" in kinds(guard, HE_FLU_SOURCE, brief, "he")


HE_ASSAULT_SOURCE = (
    "בית המשפט גזר על הנאשם עבודות שירות בגין תקיפת שכנו. לדברי השופטת, הנאשם הביע חרטה.\n"
)


def test_brutal_is_loaded_where_the_source_never_says_it(guard: Guard) -> None:
    brief = "בית המשפט גזר על הנאשם עבודות שירות בגין התקיפה הברוטלית של שכנו."
    assert "loaded" in kinds(guard, HE_ASSAULT_SOURCE, brief, "he")
    brutal_source = HE_ASSAULT_SOURCE.replace("תקיפת שכנו", "תקיפה ברוטלית של שכנו")
    assert "loaded" not in kinds(guard, brutal_source, brief, "he")


# --- headline: a word of nearness with its article is no claim of the headline's ------------

HE_FIRE_TITLE = "שריפה משתוללת סמוך לקיבוץ גבעון שבגליל"
HE_FIRE_SOURCE = (
    HE_FIRE_TITLE + "\n"
    "שריפה פרצה הבוקר בשטח פתוח ומתקדמת לעבר קיבוץ גבעון שבגליל. "
    "כוחות כיבוי פועלים במקום בסיוע מטוסים. "
    "נמסר כי קיימת סכנה למחסן תחמושת צבאי במקום. "
    "לא היו נפגעים.\n"
)


def test_nearby_with_the_article_is_not_the_headlines_word(guard: Guard) -> None:
    brief = (
        "שריפה מתקדמת לעבר קיבוץ גבעון שבגליל וכוחות כיבוי פועלים במקום. "
        "לפי הודעה, קיימת סכנה למחסן תחמושת צבאי הסמוך."
    )
    assert "headline" not in kinds(guard, HE_FIRE_SOURCE, brief, "he", headline=HE_FIRE_TITLE)


# --- Hebrew: the verb of the incitement charge ----------------------------------------------

HE_SPEECH_SOURCE = (
    "ראש העירייה נאם אתמול בכיכר העיר ואמר כי יש להפגין נגד התוכנית. "
    "המשטרה אמרה כי היא בודקת את דבריו.\n"
)


def test_incited_in_our_voice_is_loaded_and_passes_as_a_reported_charge(guard: Guard) -> None:
    assert "loaded" in kinds(
        guard, HE_SPEECH_SOURCE, "ראש העירייה הסית ואמר כי יש להפגין נגד התוכנית.", "he"
    )
    charged = HE_SPEECH_SOURCE.replace(
        "היא בודקת את דבריו", "היא חושדת שראש העירייה הסית נגד התוכנית"
    )
    brief = "המשטרה אמרה כי ראש העירייה הסית נגד התוכנית."
    assert "loaded" not in kinds(guard, charged, brief, "he")


# --- Arabic: "extremist" only where the source says it, as in English -----------------------

AR_CLASH_SOURCE = (
    "اندلعت اشتباكات بين مقاتلين أكراد وفصائل إسلامية في ريف حلب. وقال المرصد إن عشرة قتلوا.\n"
)


def test_extremist_is_loaded_where_the_source_never_says_it(guard: Guard) -> None:
    brief = "اندلعت اشتباكات بين مقاتلين أكراد وجماعات إسلامية متطرفة في ريف حلب."
    assert "loaded" in kinds(guard, AR_CLASH_SOURCE, brief, "ar")
    said = AR_CLASH_SOURCE.replace("وفصائل إسلامية", "وفصائل إسلامية متطرفة")
    assert "loaded" not in kinds(guard, said, brief, "ar")
    # the far right is a fixed term of the political spectrum, not a label
    source = "فاز حزب يميني بمقاعد جديدة في البرلمان. وقال الحزب إنه سيشكل كتلة.\n"
    far_right = "فاز حزب من اليمين المتطرف بمقاعد جديدة في البرلمان."
    assert "loaded" not in kinds(guard, source, far_right, "ar")


# --- headline: the headline's condensed quotation given as the speaker's words --------------

EN_QUOTE_TITLE = 'Mayor: "Strikes will not change our plan for the bridge"'
EN_QUOTE_BODY = (
    "The mayor of Port Vale spoke to reporters on Monday about the bridge project. "
    '"Whoever thinks that strikes or protests can change our plan for the bridge is '
    'mistaken," he said. Workers have been on strike for a week. '
    "The council will vote on the budget next month.\n"
)


def test_a_brief_quoting_the_headlines_condensed_quote_is_flagged(guard: Guard) -> None:
    source = EN_QUOTE_TITLE + "\n" + EN_QUOTE_BODY
    brief = 'The mayor of Port Vale said: "Strikes will not change our plan for the bridge."'
    assert "headline" in kinds(guard, source, brief, "en", headline=EN_QUOTE_TITLE)
    faithful = (
        "The mayor of Port Vale said that whoever thinks strikes or protests can change "
        "the plan for the bridge is mistaken."
    )
    assert "headline" not in kinds(guard, source, faithful, "en", headline=EN_QUOTE_TITLE)
    # a body that quotes no one leaves the headline's quotation the item's only wording
    unquoted = EN_QUOTE_BODY.replace('"', "")
    source = EN_QUOTE_TITLE + "\n" + unquoted
    assert check_headline_quotes(EN_QUOTE_TITLE, brief, source) == []


HE_QUOTE_TITLE = 'ראש העירייה: "שום שביתה לא תעצור את הגשר החדש"'
HE_QUOTE_SOURCE = (
    HE_QUOTE_TITLE + "\n"
    "ראש עיריית גבעון שוחח עם כתבים ביום שני על פרויקט הגשר. "
    '"מי שחושב ששביתות או הפגנות ישנו את התוכנית שלנו לגשר טועה", אמר. '
    "העובדים שובתים זה שבוע. מועצת העיר תצביע על התקציב בחודש הבא.\n"
)


def test_a_hebrew_brief_quoting_the_headlines_condensed_quote_is_flagged(guard: Guard) -> None:
    brief = 'ראש עיריית גבעון אמר: "שום שביתה לא תעצור את הגשר החדש".'
    assert "headline" in kinds(guard, HE_QUOTE_SOURCE, brief, "he", headline=HE_QUOTE_TITLE)


AR_QUOTE_TITLE = 'رئيس البلدية: "لن يوقف أي إضراب الجسر الجديد"'
AR_QUOTE_SOURCE = (
    AR_QUOTE_TITLE + "\n"
    "تحدث رئيس بلدية السلام إلى الصحفيين يوم الاثنين عن مشروع الجسر. "
    'وقال: "من يظن أن الإضرابات أو الاحتجاجات ستغير خطتنا للجسر مخطئ". '
    "ويضرب العمال منذ أسبوع. وسيصوت المجلس على الميزانية الشهر المقبل.\n"
)


def test_an_arabic_brief_quoting_the_headlines_condensed_quote_is_flagged(guard: Guard) -> None:
    brief = 'قال رئيس بلدية السلام: "لن يوقف أي إضراب الجسر الجديد".'
    assert "headline" in kinds(guard, AR_QUOTE_SOURCE, brief, "ar", headline=AR_QUOTE_TITLE)
