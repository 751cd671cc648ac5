"""Round 23 (names): the capitals Juba and Addis Ababa are places of the table, and
Baghdad has its common Hebrew spelling "בגדד" beside "בגדאד": a brief that puts one of
them where its source (or its English brief) names another place is caught. A translation
that renders every place of its English brief, but moves one into another sentence's slot
("Qatar-brokered" as "בתיווך מצרים"), is caught sentence by sentence."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.absent_places import check_translation_places
from summarizer.guard.places import place_of

AR_SOURCE = (
    "قال المحلل إن الحكومة تراقب ردود الفعل قبل أي خطوة جديدة. "
    "وذكر أن الوزير سافر الأسبوع الماضي إلى تشاد في زيارة قصيرة. "
    "وأضاف أن الحكومة في جوبا لم تعلق على الزيارة حتى الآن."
)


def _kinds(guard: Guard, source: str, summary: str, lang: str, **kw: str) -> set[str]:
    return guard.check(source, summary, lang=lang, **kw).kinds()


def test_capitals_juba_addis_ababa_and_hebrew_baghdad_are_places() -> None:
    assert place_of("جوبا", "ar") == place_of("Juba", "en") is not None
    assert place_of("أبابا", "ar") == place_of("Ababa", "en") is not None
    assert place_of("לבגדד", "he") == place_of("Baghdad", "en")


def test_ar_juba_of_another_sentence_in_the_place_slot_is_a_name_swap(guard: Guard) -> None:
    summary = "ذكر المحلل أن الوزير سافر الأسبوع الماضي إلى جوبا في زيارة قصيرة."
    assert "name" in _kinds(guard, AR_SOURCE, summary, "ar")


def test_ar_faithful_chad_trip_passes(guard: Guard) -> None:
    summary = "ذكر المحلل أن الوزير سافر الأسبوع الماضي إلى تشاد في زيارة قصيرة."
    assert "name" not in _kinds(guard, AR_SOURCE, summary, "ar")


def test_ar_addis_ababa_the_source_never_names_is_flagged(guard: Guard) -> None:
    summary = "ذكر المحلل أن الوزير سافر الأسبوع الماضي إلى أديس أبابا في زيارة قصيرة."
    assert _kinds(guard, AR_SOURCE, summary, "ar") & {"name", "unsupported"}


def test_he_translation_naming_baghdad_for_mosul(guard: Guard) -> None:
    english = "Iraqi officials said Turkish troops would leave a town near Mosul."
    hebrew = "גורמים עיראקיים אמרו כי חיילים טורקיים יעזבו עיירה הסמוכה לבגדד."
    kinds = _kinds(guard, english, hebrew, "he", english_summary=english)
    assert "translation_name" in kinds


EN_BRIEF = (
    "Egyptian mediators met Hamas officials in Cairo on Monday. "
    "Israel rejected the Qatar-brokered proposal, Qatari officials said."
)


def test_he_translation_moving_a_place_of_another_sentence_into_this_one() -> None:
    hebrew = (
        "מתווכים מצריים נפגשו עם בכירי חמאס בקהיר ביום שני. "
        "ישראל דחתה את ההצעה בתיווך מצרים, כך אמרו גורמים קטאריים."
    )
    found = check_translation_places(EN_BRIEF, hebrew, "he")
    assert [p.kind for p in found] == ["translation_name"]


def test_he_faithful_translation_keeping_each_sentence_places_passes() -> None:
    hebrew = (
        "מתווכים מצריים נפגשו עם בכירי חמאס בקהיר ביום שני. "
        "ישראל דחתה את ההצעה בתיווך קטאר, כך אמרו גורמים קטאריים."
    )
    assert not check_translation_places(EN_BRIEF, hebrew, "he")


def test_ar_gloss_of_a_place_named_in_another_sentence_is_no_move() -> None:
    english = (
        "US officials joined the talks in Cairo. "
        "CIA chief William Burns attended the Qatar-hosted meeting with Qatar's premier."
    )
    arabic = (
        "انضم مسؤولون أمريكيون إلى المحادثات في القاهرة. "
        "وحضر رئيس وكالة المخابرات المركزية الأمريكية ويليام بيرنز الاجتماع الذي استضافته"
        " قطر مع رئيس وزراء قطر."
    )
    assert not check_translation_places(english, arabic, "ar")
