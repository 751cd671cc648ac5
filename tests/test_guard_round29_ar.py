"""Round 29, Arabic and Hebrew places and interview speakers (branch r29-ar):

- A place of the article put in another place's slot is caught even when the source's
  sentence names the brief's place in another clause, far from the slot: a long sentence
  often tells two events in two places ("arms depots near Damascus, while clashes broke
  out in Mosul"); only the clause around the source's place decides.
- Sudan's regions of war (Darfur, Kordofan) are places: a brief that puts "the Darfur
  war" as "the Yemen war" has moved the war.
- The brief that keeps the source's place in its slot is not flagged.
- An interviewee's answer given to a man the brief names with a title and full name
  ("وقال الرئيس عمر البشير") when the answers speak of him by surname ("نظام البشير"):
  an answer names a known office holder by surname; the title is no part of his name.
"""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.places import place_of

_GUARD = Guard.from_settings()


def _name_problems(source: str, brief: str, lang: str) -> list[str]:
    report = _GUARD.check(source, brief, lang=lang)
    return [p.detail for p in report.problems if p.kind == "name"]


_AR_TWO_CLAUSES = (
    "أعلنت فصائل مسلحة أنها استولت على مخازن للذخيرة قرب دمشق يوم الأحد الماضي بعد معارك "
    "استمرت أسبوعا كاملا، في حين اندلعت مواجهات عنيفة بين قبائل متناحرة داخل مدينة الموصل "
    "بعد منتصف الليل. وقال شهود إن الوضع هدأ صباحا."
)


def test_ar_place_moved_into_a_slot_of_a_sentence_naming_both_places() -> None:
    brief = "اندلعت مواجهات عنيفة بين قبائل متناحرة داخل مدينة دمشق بعد منتصف الليل."
    assert any("الموصل" in d for d in _name_problems(_AR_TWO_CLAUSES, brief, "ar"))


def test_ar_place_kept_in_its_slot_is_not_flagged() -> None:
    brief = "اندلعت مواجهات عنيفة بين قبائل متناحرة داخل مدينة الموصل بعد منتصف الليل."
    assert _name_problems(_AR_TWO_CLAUSES, brief, "ar") == []


_HE_TWO_CLAUSES = (
    "ארגונים חמושים הודיעו כי השתלטו על מחסני תחמושת ליד דמשק ביום ראשון שעבר אחרי קרבות "
    "שנמשכו שבוע שלם, ובאותו הזמן פרצו עימותים קשים בין שבטים יריבים בתוך העיר מוסול אחרי "
    "חצות. עדים אמרו שהמצב נרגע בבוקר."
)


def test_he_place_moved_into_a_slot_of_a_sentence_naming_both_places() -> None:
    brief = "פרצו עימותים קשים בין שבטים יריבים בתוך העיר דמשק אחרי חצות."
    assert any("מוסול" in d for d in _name_problems(_HE_TWO_CLAUSES, brief, "he"))


def test_regions_of_war_are_places() -> None:
    for word in ("دارفور", "كردفان"):
        assert place_of(word, "ar") is not None, word
    assert place_of("Darfur", "en") is not None


_AR_WAR = (
    "قال الكاتب إن البلاد عاشت حرب دارفور التي شردت آلاف العائلات وأنهكت الاقتصاد المحلي. "
    "وانتقد إرسال جنود إلى اليمن ضمن تحالف إقليمي."
)


def test_ar_region_of_a_war_swapped_for_another_place_of_the_article() -> None:
    brief = "قال الكاتب إن البلاد عاشت حرب اليمن التي شردت آلاف العائلات."
    assert any("دارفور" in d for d in _name_problems(_AR_WAR, brief, "ar"))


def test_ar_region_of_a_war_kept_is_not_flagged() -> None:
    brief = "قال الكاتب إن البلاد عاشت حرب دارفور التي شردت آلاف العائلات."
    assert _name_problems(_AR_WAR, brief, "ar") == []


# An interview: the answers are the interviewee's; they speak of the president by surname.
_AR_INTERVIEW = (
    "التقينا الباحث الاقتصادي سامر حداد على هامش مؤتمر في عمان حول الطاقة.\n"
    "*كيف ترى أوضاع قطاع النفط اليوم؟\n"
    "-فقدت البلاد نصف إنتاجها من النفط خلال عشر سنوات بسبب سوء الإدارة وهجرة المهندسين، "
    "ونظام البشير لم يضع أي خطة لإنقاذ القطاع.\n"
    "*وما المطلوب الآن؟\n"
    "-المطلوب استثمار جديد في الحقول القديمة وتدريب جيل من الفنيين."
)


def test_ar_interviewees_words_given_to_a_titled_man_the_answers_name_by_surname() -> None:
    brief = (
        "وقال الرئيس عمر البشير إن البلاد فقدت نصف إنتاجها من النفط خلال عشر سنوات بسبب "
        "سوء الإدارة وهجرة المهندسين."
    )
    assert "attribution" in _GUARD.check(_AR_INTERVIEW, brief, lang="ar").kinds()


def test_ar_interviewees_words_given_to_the_interviewee_pass() -> None:
    brief = (
        "وقال الباحث سامر حداد إن البلاد فقدت نصف إنتاجها من النفط خلال عشر سنوات بسبب "
        "سوء الإدارة وهجرة المهندسين."
    )
    assert "attribution" not in _GUARD.check(_AR_INTERVIEW, brief, lang="ar").kinds()


_HE_INTERVIEW = (
    "פגשנו את החוקר הכלכלי סמיר חדאד בשולי כנס באמאן על אנרגיה.\n"
    "ש: איך אתה רואה את מצב ענף הנפט היום?\n"
    "ת: המדינה איבדה מחצית מתפוקת הנפט שלה בתוך עשר שנים בגלל ניהול כושל והגירת מהנדסים, "
    "ומשטר בשיר לא הכין שום תוכנית להצלת הענף.\n"
    "ש: ומה נדרש עכשיו?\n"
    "ת: נדרשת השקעה חדשה בשדות הישנים והכשרת דור של טכנאים."
)
_HE_CLAIM = "המדינה איבדה מחצית מתפוקת הנפט שלה בתוך עשר שנים בגלל ניהול כושל והגירת מהנדסים."


def test_he_interviewees_words_given_to_a_titled_man_the_answers_name_by_surname() -> None:
    brief = f"אמר השר עומר בשיר כי {_HE_CLAIM}"
    assert "attribution" in _GUARD.check(_HE_INTERVIEW, brief, lang="he").kinds()


def test_he_interviewees_words_given_to_the_interviewee_pass() -> None:
    brief = f"אמר החוקר סמיר חדאד כי {_HE_CLAIM}"
    assert "attribution" not in _GUARD.check(_HE_INTERVIEW, brief, lang="he").kinds()
