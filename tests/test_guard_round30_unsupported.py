"""Round 30 (unsupported): casualties hung on a true event by a verb of consequence.

"وأسفرت الاشتباكات عن سقوط قتلى" ("and the clashes left dead"), "resulting in injuries",
"והסתיימה בפצועים רבים": a toll given as an event's outcome must be told where the source tells
that event (its sentences and their neighbours); an article that names the dead of another
event elsewhere does not back it.
"""

from __future__ import annotations

from summarizer.guard import Guard

_GUARD = Guard.from_settings()


def _kinds(source: str, brief: str, lang: str) -> set[str]:
    return _GUARD.check(source, brief, lang=lang).kinds()


_AR_SOURCE = (
    "قال مسؤولون محليون إن اشتباكات عنيفة اندلعت مساء الأحد في محيط قرية الزهراء بين "
    "مسلحين من العشائر وعناصر من الشرطة المحلية. "
    "ولم ترد تقارير عن خسائر بشرية في الاشتباكات. "
    "وأغلقت السلطات الطريق الرئيسي المؤدي إلى القرية حتى صباح الاثنين. "
    "وفي مدينة أخرى شمال البلاد، أسفر انفجار سيارة مفخخة الأسبوع الماضي عن سقوط قتلى "
    "وجرحى من الطرفين المتنازعين هناك. "
    "ولم تعلن أي جهة مسؤوليتها عن الانفجار."
)
_AR_FAITHFUL = (
    "قال مسؤولون محليون إن اشتباكات عنيفة اندلعت مساء الأحد في محيط قرية الزهراء بين "
    "مسلحين من العشائر وعناصر من الشرطة المحلية، ولم ترد تقارير عن خسائر بشرية."
)


def test_arabic_toll_hung_on_clashes_the_source_tells_without_one() -> None:
    brief = _AR_FAITHFUL.replace(
        "ولم ترد تقارير عن خسائر بشرية.", "وأسفرت الاشتباكات عن سقوط قتلى وجرحى من الطرفين."
    )
    assert "unsupported" in _kinds(_AR_SOURCE, brief, "ar")


def test_arabic_faithful_brief_without_a_toll_passes() -> None:
    assert "unsupported" not in _kinds(_AR_SOURCE, _AR_FAITHFUL, "ar")


def test_arabic_toll_the_source_tells_with_its_event_passes() -> None:
    brief = "وفي مدينة شمال البلاد، أسفر انفجار سيارة مفخخة الأسبوع الماضي عن سقوط قتلى وجرحى."
    assert "unsupported" not in _kinds(_AR_SOURCE, brief, "ar")


def test_arabic_negated_outcome_is_no_toll() -> None:
    brief = _AR_FAITHFUL.replace(
        "ولم ترد تقارير عن خسائر بشرية.", "ولم تسفر الاشتباكات عن قتلى بحسب التقارير."
    )
    assert "unsupported" not in _kinds(_AR_SOURCE, brief, "ar")


_EN_SOURCE = (
    "Heavy rain flooded the lower town of Marlow on Tuesday night, officials said. "
    "Water reached the first floor of several houses near the river. "
    "No injuries were reported, and residents were back in their homes by Wednesday. "
    "The council said repairs to the riverside road would start next month. "
    "Last year a landslide above the town hurt several residents, resulting in injuries "
    "that kept two hikers in hospital."
)


def test_english_injuries_hung_on_a_flood_the_source_tells_without_any() -> None:
    brief = (
        "Heavy rain flooded the lower town of Marlow on Tuesday night resulting in "
        "injuries to several residents."
    )
    assert "unsupported" in _kinds(_EN_SOURCE, brief, "en")


def test_english_faithful_flood_brief_passes() -> None:
    brief = (
        "Heavy rain flooded the lower town of Marlow on Tuesday night, officials said, "
        "but no injuries were reported."
    )
    assert "unsupported" not in _kinds(_EN_SOURCE, brief, "en")


_HE_SOURCE = (
    "שריפה גדולה פרצה אמש ביער סמוך ליישוב נווה אורן, כך מסרו כבאות והצלה. "
    "הכבאים פעלו במשך שעות כדי לעצור את התפשטות האש לעבר הבתים. "
    "לא היו נפגעים, אך כמה מבנים ניזוקו. "
    "בשבוע שעבר הסתיימה תאונת דרכים בכביש הסמוך בפצועים רבים."
)


def test_hebrew_toll_hung_on_a_fire_the_source_tells_without_one() -> None:
    brief = (
        "שריפה גדולה פרצה אמש ביער סמוך ליישוב נווה אורן והסתיימה בפצועים רבים, "
        "כך מסרו כבאות והצלה."
    )
    assert "unsupported" in _kinds(_HE_SOURCE, brief, "he")


def test_hebrew_faithful_fire_brief_passes() -> None:
    brief = "שריפה גדולה פרצה אמש ביער סמוך ליישוב נווה אורן, כך מסרו כבאות והצלה. לא היו נפגעים."
    assert "unsupported" not in _kinds(_HE_SOURCE, brief, "he")
