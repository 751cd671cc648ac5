"""Guard round 11 (issue 12, heldout13's missed faults as tuning data): names in the wrong
role, caught with the right kind beside the faithful wording that must still pass."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a name's definite modifier swapped: "the Upper Galilee" for "the Western Galilee" ------

HE_FLOOD = "דובר הרשות אמר כי ההצפה פגעה הבוקר בבתים בעמק הירדן העליון ובכבישים הסמוכים.\n"


def test_he_a_names_modifier_swapped_is_name(guard: Guard) -> None:
    brief = "לדברי דובר הרשות, ההצפה פגעה הבוקר בבתים בעמק הירדן העליון."
    assert "name" not in kinds(guard, HE_FLOOD, brief, lang="he")
    swapped = brief.replace("הירדן העליון", "הירדן התחתון")
    assert "name" in kinds(guard, HE_FLOOD, swapped, lang="he")


AR_STORM = "قال مسؤول محلي إن العاصفة أغرقت صباح الاثنين قوارب الصيد في البحر الأحمر قرب الميناء.\n"


def test_ar_a_names_modifier_swapped_is_name(guard: Guard) -> None:
    brief = "قال مسؤول محلي إن العاصفة أغرقت صباح الاثنين قوارب الصيد في البحر الأحمر."
    assert "name" not in kinds(guard, AR_STORM, brief, lang="ar")
    swapped = brief.replace("البحر الأحمر", "البحر الأسود")
    assert "name" in kinds(guard, AR_STORM, swapped, lang="ar")


# --- a paper's name swapped for another name of the source, the noun for "paper" varied -----

AR_PAPER = (
    "الصحفي سمير العلي لـ«الرأي»: لن نتوقف عن الكتابة\n"
    "قال العلي إن السلطات أغلقت جريدة النهار التي يعمل بها وصادرت أعدادها مرات عدة هذا العام.\n"
    "وأضاف أن الرقابة على الصحف ازدادت منذ بداية الاحتجاجات.\n"
)


def test_ar_a_papers_name_swapped_for_another_source_name_is_name(guard: Guard) -> None:
    brief = "قال العلي إن السلطات أغلقت صحيفة «النهار» التي يعمل بها وصادرت أعدادها مرات عدة."
    assert "name" not in kinds(guard, AR_PAPER, brief, lang="ar")
    swapped = brief.replace("«النهار»", "«الرأي»")
    assert "name" in kinds(guard, AR_PAPER, swapped, lang="ar")


# --- a figure kept but its hedge moved: "more than 70" where the source says "about 70" -----

EN_WARD = (
    "The clinic closed in March after its generator failed.\n"
    "At the time, about 70 patients were still on the ward, the director said.\n"
    "Before the war, the clinic treated 70 patients a week.\n"
)


def test_en_a_figures_hedge_moved_is_number(guard: Guard) -> None:
    brief = "When the clinic closed, about 70 patients were still on the ward, the director said."
    assert "number" not in kinds(guard, EN_WARD, brief)
    moved = brief.replace("about 70", "more than 70")
    assert "number" in kinds(guard, EN_WARD, moved)


# --- a name of the source given a title the source gives it nowhere --------------------------

EN_HALL = (
    "The town hall was opened in 1990 by Mayor Anton van Dijk, who led the town for 12 years.\n"
    "Local historians say the building was meant to replace the old market.\n"
    "The hall will close for repairs in May.\n"
)


def test_en_a_source_name_under_another_title_is_name(guard: Guard) -> None:
    brief = "The town hall, opened in 1990 by Mayor Anton van Dijk, will close for repairs in May."
    assert "name" not in kinds(guard, EN_HALL, brief)
    retitled = brief.replace("Mayor Anton", "historian Anton")
    assert "name" in kinds(guard, EN_HALL, retitled)


# --- a speaker's claim turned into our own aside: "ويُذكر أن" (it is worth noting that) ------

AR_TOLL = (
    "قال الناشط سمير العلي إن الاحتجاجات بدأت في ديسمبر في عدة مدن.\n"
    "وأضاف العلي أن عدد القتلى بلغ 56 منذ بداية الاحتجاجات، إلى جانب مئات المعتقلين.\n"
)


def test_ar_an_impersonal_aside_is_no_attribution(guard: Guard) -> None:
    brief = "قال الناشط سمير العلي إن الاحتجاجات بدأت في ديسمبر. وأضاف أن عدد القتلى بلغ 56."
    assert "attribution" not in kinds(guard, AR_TOLL, brief, lang="ar")
    aside = brief.replace("وأضاف أن", "ويُذكر أن")
    assert "attribution" in kinds(guard, AR_TOLL, aside, lang="ar")


# --- the day an event was announced moved onto the day after, which the source counts on to --

EN_HEARING = (
    "Health Minister Dana Levi announced today (Sunday) that tomorrow's hearing in the"
    " budget committee was cancelled because she has the flu.\n"
)


def test_en_the_announcing_day_moved_to_the_day_after_is_number(guard: Guard) -> None:
    brief = (
        "Health Minister Dana Levi announced on Sunday that the budget committee hearing set"
        " for the next day was cancelled because she has the flu."
    )
    assert "number" not in kinds(guard, EN_HEARING, brief)
    moved = brief.replace("on Sunday", "on Monday")
    assert "number" in kinds(guard, EN_HEARING, moved)


HE_HEARING = (
    "שרת הבריאות דנה לוי הודיעה היום (ראשון) על ביטול הדיון שהיה אמור להתקיים מחר בוועדת"
    " הכספים בשל מחלת השפעת.\n"
)


def test_he_the_announcing_day_moved_to_the_day_after_is_number(guard: Guard) -> None:
    brief = (
        "שרת הבריאות דנה לוי הודיעה ביום ראשון כי הדיון שהיה אמור להתקיים למחרת בוועדת"
        " הכספים בוטל בשל מחלת השפעת."
    )
    assert "number" not in kinds(guard, HE_HEARING, brief, lang="he")
    moved = brief.replace("ביום ראשון", "ביום שני")
    assert "number" in kinds(guard, HE_HEARING, moved, lang="he")


AR_HEARING = (
    "أعلنت وزيرة الصحة دانة ليفي اليوم الأحد إلغاء جلسة لجنة المالية التي كانت مقررة غدا"
    " بسبب إصابتها بالإنفلونزا.\n"
)


def test_ar_the_announcing_day_moved_to_the_day_after_is_number(guard: Guard) -> None:
    brief = (
        "أعلنت وزيرة الصحة دانة ليفي يوم الأحد إلغاء جلسة لجنة المالية المقررة في اليوم التالي"
        " بسبب إصابتها بالإنفلونزا."
    )
    assert "number" not in kinds(guard, AR_HEARING, brief, lang="ar")
    moved = brief.replace("يوم الأحد", "يوم الاثنين")
    assert "number" in kinds(guard, AR_HEARING, moved, lang="ar")


# --- a place of the English brief replaced by another in its translation --------------------

EN_JUDGE = (
    "Maria Ortega, who was born in Spain in 1970, was sworn in as a judge on Monday.\n"
    "She served on the district court in Ohio for ten years.\n"
)
EN_JUDGE_BRIEF = "Maria Ortega, born in Spain in 1970, was sworn in as a judge on Monday."


def test_he_a_place_replaced_in_translation_is_translation_name(guard: Guard) -> None:
    text = "מריה אורטגה, שנולדה בספרד ב-1970, הושבעה לשופטת ביום שני."
    kw = {"english_summary": EN_JUDGE_BRIEF}
    assert "translation_name" not in kinds(guard, EN_JUDGE, text, lang="he", **kw)
    moved = text.replace("בספרד", "במקסיקו")
    assert "translation_name" in kinds(guard, EN_JUDGE, moved, lang="he", **kw)


def test_ar_a_place_replaced_in_translation_is_translation_name(guard: Guard) -> None:
    text = "أدّت ماريا أورتيغا، المولودة في إسبانيا عام 1970، اليمين قاضيةً يوم الاثنين."
    kw = {"english_summary": EN_JUDGE_BRIEF}
    assert "translation_name" not in kinds(guard, EN_JUDGE, text, lang="ar", **kw)
    moved = text.replace("إسبانيا", "المكسيك")
    assert "translation_name" in kinds(guard, EN_JUDGE, moved, lang="ar", **kw)


def test_a_place_added_beside_the_briefs_own_is_no_translation_name(guard: Guard) -> None:
    brief = "CIA chief William Burns will attend the talks in Cairo."
    source = "CIA chief William Burns will attend the talks in Cairo on Sunday, officials said.\n"
    text = "سيحضر مدير وكالة المخابرات المركزية الأمريكية وليام بيرنز المحادثات في القاهرة."
    assert "translation_name" not in kinds(guard, source, text, lang="ar", english_summary=brief)
