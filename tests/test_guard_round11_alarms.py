"""Guard round 11 (issue 12, heldout13's false alarms as tuning data): faithful wordings that
must pass, each beside the fault of the same shape that must still be caught."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a promise names its maker, as a pledge does ---------------------------------------------

EN_MAYOR = (
    "LIMA (Reuters) - Lima's new mayor Ana Ruiz pledged to build 5,000 homes at her swearing in"
    " on Monday, whilst also promising to cut bus fares by ending waste in the transport office.\n"
)


def test_an_english_promise_carries_its_attribution(guard: Guard) -> None:
    pledged = "Lima's new mayor Ana Ruiz pledged on Monday to build 5,000 homes."
    promised = " She also promised to cut bus fares by ending waste in the transport office."
    assert "attribution" not in kinds(guard, EN_MAYOR, pledged + promised)
    dropped = " Bus fares will be cut by ending waste in the transport office."
    assert "attribution" in kinds(guard, EN_MAYOR, pledged + dropped)


def test_a_promising_start_or_the_promised_homes_attribute_nothing(guard: Guard) -> None:
    source = "Officials said the promised homes were never built.\n"
    brief = "The promised homes were never built."
    assert "attribution" in kinds(guard, source, brief)


HE_MAYOR = (
    "ראש העירייה החדשה אנה רואיס התחייבה ביום שני לבנות 5,000 דירות, והבטיחה להוזיל את"
    " מחירי האוטובוסים.\n"
)


def test_a_hebrew_promise_carries_its_attribution(guard: Guard) -> None:
    brief = (
        "ראש העירייה אנה רואיס התחייבה לבנות 5,000 דירות. היא גם הבטיחה להוזיל את מחירי האוטובוסים."
    )
    assert "attribution" not in kinds(guard, HE_MAYOR, brief, "he")
    dropped = "ראש העירייה אנה רואיס התחייבה לבנות 5,000 דירות. מחירי האוטובוסים יוזלו."
    assert "attribution" in kinds(guard, HE_MAYOR, dropped, "he")


def test_a_translated_promise_keeps_the_count_of_attributions(guard: Guard) -> None:
    english = (
        "Lima's new mayor Ana Ruiz pledged to build 5,000 homes and promised to cut bus fares."
    )
    hebrew = (
        "ראש העירייה החדשה של לימה, אנה רואיס, התחייבה לבנות 5,000 דירות"
        " והבטיחה להוזיל את מחירי האוטובוסים."
    )
    arabic = "تعهدت رئيسة بلدية ليما الجديدة آنا رويس ببناء 5000 منزل، ووعدت بخفض أجرة الحافلات."
    assert "translation_attribution" not in kinds(guard, "", hebrew, "he", english_summary=english)
    assert "translation_attribution" not in kinds(guard, "", arabic, "ar", english_summary=english)


# --- "..., residents said, as ...": the speaker's words end at the speech verb ---------------

EN_STRIKE = (
    "Dock strike hits Spain's second port as walkout spreads\n"
    "TARRAGONA, Spain (Reuters) - Shops closed in Tarragona and other towns on Monday, traders"
    " and residents said, as a strike by dock workers demanding higher pay appeared to gain"
    " strength.\n"
)


def test_the_clause_after_said_as_is_the_writers_own(guard: Guard) -> None:
    first = (
        "Shops closed in Tarragona and other towns on Monday, according to traders and residents."
    )
    second = " The strike by dock workers demanding higher pay appeared to be gaining strength."
    assert "attribution" not in kinds(guard, EN_STRIKE, first + second)
    unattributed = "Shops closed in Tarragona and other towns on Monday." + second
    assert "attribution" in kinds(guard, EN_STRIKE, unattributed)


def test_said_as_well_as_goes_on_with_the_speakers_words(guard: Guard) -> None:
    source = "Three ministers resigned on Friday, officials said, as well as two advisers.\n"
    assert "attribution" in kinds(guard, source, "Three ministers and two advisers resigned.")
    brief = "Three ministers and two advisers resigned on Friday, officials said."
    assert "attribution" not in kinds(guard, source, brief)


# --- an interview: the movement's plan, on the interviewee's word -----------------------------

AR_TALK = (
    "الناشطة سلمى يوسف لـ«الأخبار»: الاحتجاجات ستستمر\n"
    "*ما هي خطة التحالف المدني للمرحلة المقبلة؟\n"
    "-التحالف المدني يعمل على مرحلة انتقالية تقودها حكومة كفاءات لمدة سنتين تنظم انتخابات حرة.\n"
    "*وماذا عن الوزير كريم منصور؟\n"
    "-كريم منصور لا يمثل أحدا.\n"
)


def test_an_arabic_claim_on_the_interviewees_word_is_attributed(guard: Guard) -> None:
    brief = (
        "ويقترح التحالف المدني، بحسب يوسف، مرحلة انتقالية تقودها حكومة كفاءات لمدة سنتين"
        " تنظم انتخابات حرة."
    )
    assert "attribution" not in kinds(guard, AR_TALK, brief, "ar")
    moved = brief.replace("ويقترح التحالف المدني، بحسب يوسف،", "وقال كريم منصور إن التحالف يقترح")
    assert "attribution" in kinds(guard, AR_TALK, moved, "ar")
    # on the word of someone the answers speak of, it is still not the interviewee's
    spoken_of = brief.replace("بحسب يوسف", "بحسب منصور")
    assert "attribution" in kinds(guard, AR_TALK, spoken_of, "ar")


HE_TALK = (
    "הפעילה נועה לוי בראיון: המחאה תימשך\n"
    "ש: מה התוכנית של הקואליציה האזרחית?\n"
    "ת: הקואליציה האזרחית מציעה תקופת מעבר של שנתיים בהנהגת ממשלת מומחים שתקיים בחירות.\n"
    "ש: ומה לגבי השר דוד כהן?\n"
    "ת: דוד כהן לא מייצג אף אחד.\n"
)


def test_a_hebrew_claim_on_the_interviewees_word_is_attributed(guard: Guard) -> None:
    brief = (
        "הקואליציה האזרחית מציעה, לדברי לוי, תקופת מעבר של שנתיים בהנהגת ממשלת מומחים"
        " שתקיים בחירות."
    )
    assert "attribution" not in kinds(guard, HE_TALK, brief, "he")


# --- a hyphenated compound read by its parts; a conjunction states nothing --------------------

AR_DEPOT = (
    "وقال المرصد إن مقاتلين سيطروا على مستودع للذخيرة قرب بلدة الزبداني.\n"
    "وبحسب المرصد فقد غنم المقاتلون صواريخ أرض- جو (ستينغر) وذخائر أخرى, كما تجددت الاشتباكات"
    " في منطقة داريا.\n"
)


def test_an_arabic_hyphenated_compound_meets_its_spaced_parts(guard: Guard) -> None:
    brief = (
        "وبحسب المرصد، غنم المقاتلون صواريخ أرض-جو من طراز ستينغر، فيما تجددت الاشتباكات"
        " في منطقة داريا."
    )
    assert "unsupported" not in kinds(guard, AR_DEPOT, brief, "ar")
    invented = brief.replace("تجددت الاشتباكات", "أعلن الجيش هدنة جديدة")
    assert "unsupported" in kinds(guard, AR_DEPOT, invented, "ar")


HE_DEPOT = (
    "לפי ארגון המעקב, המורדים תפסו טילי קרקע אוויר (סטינגר) ותחמושת, ובמקביל התחדשו הקרבות"
    " באזור דריא.\n"
)


def test_a_hebrew_hyphenated_compound_meets_its_spaced_parts(guard: Guard) -> None:
    brief = (
        "לפי ארגון המעקב, המורדים תפסו טילי קרקע-אוויר מדגם סטינגר, כאשר הקרבות התחדשו באזור דריא."
    )
    assert "unsupported" not in kinds(guard, HE_DEPOT, brief, "he")
    invented = brief.replace("הקרבות התחדשו", "הצבא הכריז על הפסקת אש חדשה")
    assert "unsupported" in kinds(guard, HE_DEPOT, invented, "he")


# --- an aside that calls the subject what the headline calls it ------------------------------

ARSON_TITLE = "Ferry Arsonist Had Threatened Staff Before Fire, Police Say"
ARSON_ITEM = (
    f"{ARSON_TITLE}\n"
    "Marta Lind, 41, made threats at the city hall in Gdansk in May, according to a police"
    " spokesman.\n"
)


def test_an_aside_restating_the_headlines_subject_is_supported(guard: Guard) -> None:
    brief = (
        "Marta Lind, 41, the ferry arsonist, made threats at the city hall in Gdansk in May,"
        " according to a police spokesman."
    )
    assert "unsupported" not in kinds(guard, ARSON_ITEM, brief, headline=ARSON_TITLE)
    # a word the headline does not open with is still the brief's own
    captain = brief.replace("the ferry arsonist", "the ferry captain")
    assert "unsupported" in kinds(guard, ARSON_ITEM, captain, headline=ARSON_TITLE)
    # the headline's subject given to someone later in the sentence is no apposition of it
    later = (
        "Threats were made at the city hall in Gdansk in May by Marta Lind, the ferry arsonist,"
        " according to a police spokesman."
    )
    assert "unsupported" in kinds(guard, ARSON_ITEM, later, headline=ARSON_TITLE)
