"""Round 28 (unsupported tails): a cause, purpose or consequence phrase hung on a true
claim ("... closed the bridge because of the mayor's election", ", forcing fishermen onto
the northern road", "بسبب انتخابات ...", "בשל הבחירות ...") whose words the sentences the
claim rests on lack, though the article has them elsewhere, about something else. The
faithful brief, and one whose cause the source sentence's neighbour states, pass. Own
made-up sources and briefs."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from tests.auxil.guard import kinds

SOURCE = {
    "en": (
        "The city council of Dunmore voted on Tuesday to close the old river bridge for "
        "six months. Engineers found cracks in two of its supporting pillars last week. "
        "Repairs will begin in March.\n\n"
        "The council also approved a new budget for the public library, which will extend "
        "its opening hours. Local shop owners said they welcomed the library decision.\n\n"
        "Fishermen have long asked for a new harbour. The town's mayor faces an election "
        "in the spring, and traffic on the northern road has doubled since 2019."
    ),
    "ar": (
        "قرر مجلس بلدية المدينة يوم الثلاثاء إغلاق الجسر القديم فوق النهر ستة أشهر. وكان "
        "المهندسون قد وجدوا تشققات في دعامتين من دعاماته الأسبوع الماضي. وستبدأ أعمال "
        "الإصلاح في مارس.\n\n"
        "ووافق المجلس أيضا على ميزانية جديدة للمكتبة العامة ستمدد ساعات عملها. وقال أصحاب "
        "المتاجر المحلية إنهم رحبوا بقرار المكتبة.\n\n"
        "ويطالب الصيادون منذ زمن بميناء جديد. ويواجه رئيس البلدية انتخابات في الربيع، "
        "وتضاعفت حركة المرور على الطريق الشمالي."
    ),
    "he": (
        "מועצת העיר החליטה ביום שלישי לסגור את הגשר הישן מעל הנהר לשישה חודשים. מהנדסים "
        "מצאו בשבוע שעבר סדקים בשניים מעמודי התמך שלו. עבודות התיקון יחלו במרץ.\n\n"
        "המועצה אישרה גם תקציב חדש לספרייה הציבורית, שתאריך את שעות הפתיחה שלה. בעלי "
        "חנויות מקומיים אמרו שהם מברכים על החלטת הספרייה.\n\n"
        "הדייגים מבקשים זה מכבר נמל חדש. ראש העיר מתמודד בבחירות באביב, והתנועה בכביש "
        "הצפוני הוכפלה."
    ),
}
FAITHFUL = {
    "en": "The Dunmore city council voted on Tuesday to close the old river bridge.",
    "ar": "قرر مجلس بلدية المدينة يوم الثلاثاء إغلاق الجسر القديم فوق النهر.",
    "he": "מועצת העיר החליטה ביום שלישי לסגור את הגשר הישן מעל הנהר.",
}
# the same claim with a cause the source never gives it (its words are the election's)
CAUSED = {
    "en": (
        "The Dunmore city council voted on Tuesday to close the old river bridge because "
        "of the mayor's election."
    ),
    "ar": (
        "قرر مجلس بلدية المدينة يوم الثلاثاء إغلاق الجسر القديم فوق النهر بسبب انتخابات "
        "رئيس البلدية."
    ),
    "he": "מועצת העיר החליטה ביום שלישי לסגור את הגשר הישן מעל הנהר בשל הבחירות של ראש העיר.",
}


@pytest.mark.parametrize("lang", ["en", "ar", "he"])
def test_faithful_claim_passes(guard: Guard, lang: str) -> None:
    assert "unsupported" not in kinds(guard, SOURCE[lang], FAITHFUL[lang], lang)


@pytest.mark.parametrize("lang", ["en", "ar", "he"])
def test_cause_from_elsewhere_is_unsupported(guard: Guard, lang: str) -> None:
    assert "unsupported" in kinds(guard, SOURCE[lang], CAUSED[lang], lang)


def test_consequence_tail_is_unsupported(guard: Guard) -> None:
    brief = (
        "The Dunmore city council voted on Tuesday to close the old river bridge, forcing "
        "fishermen onto the northern road."
    )
    assert "unsupported" in kinds(guard, SOURCE["en"], brief, "en")


def test_fact_added_with_and_is_unsupported(guard: Guard) -> None:
    brief = (
        "The Dunmore city council voted on Tuesday to close the old river bridge and a "
        "ferry service."
    )
    assert "unsupported" in kinds(guard, SOURCE["en"], brief, "en")


def test_next_sentence_joined_with_and_passes(guard: Guard) -> None:
    brief = (
        "The Dunmore city council voted on Tuesday to close the old river bridge, and "
        "repairs will begin in March."
    )
    assert "unsupported" not in kinds(guard, SOURCE["en"], brief, "en")


def test_cause_the_next_sentence_states_passes(guard: Guard) -> None:
    brief = (
        "The Dunmore city council voted on Tuesday to close the old river bridge after "
        "engineers found cracks in its pillars."
    )
    assert "unsupported" not in kinds(guard, SOURCE["en"], brief, "en")
