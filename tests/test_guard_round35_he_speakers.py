"""Round 35 (Hebrew names): a name put in the slot where the source has another.

A kind noun whose name follows it (a title, a kind of place, a day named for an occasion)
ties the name to its role: "מזכ"ל חמאס" where the source has "מזכ"ל חיזבאללה", "הגן הלאומי
אכזיב" for its "הגן הלאומי פלמחים", "יום הנכבה" for its "יום אל-קודס" name someone or
something else, though each is a single new word. A description ("מזכ"ל הארגון"), a
date ("יום שני"), "today" ("היום"), what a place is for ("גן ילדים") and the spelled-out
form of an acronym ("בראשון" for "בראשל"צ") name nobody new.

Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.align import align_all
from summarizer.guard.he_name_slots import check_he_name_slots
from summarizer.guard.text import normalize
from tests.auxil.guard import kinds

SPEECH = (
    'מזכ"ל פתח ג\'יבריל רג\'וב נאם היום בעצרת לציון "יום האדמה" בעזה. '
    "הוא אמר כי הארגון ימשיך במאבק.\n"
)
PARK = (
    "רשות הטבע והגנים הודיעה כי הגן הלאומי אשקלון ייסגר מחר בשל עבודות תחזוקה. "
    "המבקרים התבקשו להגיע לגנים אחרים באזור.\n"
)
SETTLEMENT = "שריפה פרצה בשטח פתוח סמוך להתנחלות עלי. כוחות כיבוי פועלים במקום.\n"
KINDERGARTEN = 'הורים בגן בפ"ת דיווחו כי הגננת נעדרה מהעבודה שבוע שלם.\n'


def _slots(source: str, brief: str) -> list[str]:
    index, _ = align_all(normalize(brief), normalize(source), "he")
    return [p.kind for p in check_he_name_slots(normalize(brief), source, index, "he")]


def test_he_another_body_after_a_title_is_a_name_fault() -> None:
    brief = "מזכ\"ל חמאס ג'יבריל רג'וב אמר בעצרת בעזה כי הארגון ימשיך במאבק."
    assert _slots(SPEECH, brief) == ["name"]
    assert "name" in kinds(Guard.from_settings(), SPEECH, brief, lang="he")


def test_he_another_occasion_after_day_is_a_name_fault() -> None:
    brief = 'רג\'וב נאם בעצרת לציון "יום העצמאות" בעזה ואמר כי הארגון ימשיך במאבק.'
    assert _slots(SPEECH, brief) == ["name"]


def test_he_another_park_after_its_adjective_is_a_name_fault() -> None:
    brief = "הגן הלאומי קיסריה ייסגר מחר בשל עבודות תחזוקה, כך הודיעה רשות הטבע והגנים."
    assert _slots(PARK, brief) == ["name"]
    assert "name" in kinds(Guard.from_settings(), PARK, brief, lang="he")


def test_he_another_settlement_is_a_name_fault() -> None:
    brief = "שריפה פרצה בשטח פתוח סמוך להתנחלות איתמר, וכוחות כיבוי פועלים במקום."
    assert _slots(SETTLEMENT, brief) == ["name"]


def test_he_descriptions_dates_and_spelled_out_acronyms_name_nobody() -> None:
    described = 'מזכ"ל הארגון נאם בעצרת בעזה ואמר כי הארגון ימשיך במאבק.'
    assert _slots(SPEECH, described) == []
    dated = "הגן הלאומי אשקלון ייסגר ביום שני בשל עבודות תחזוקה."
    assert _slots(PARK, dated) == []
    today = "היום הודיעה רשות הטבע והגנים כי הגן הלאומי אשקלון ייסגר מחר."
    assert _slots(PARK, today) == []
    spelled = "הורים בגן בפתח תקווה דיווחו כי הגננת נעדרה מהעבודה שבוע שלם."
    assert _slots(KINDERGARTEN, spelled) == []
    purpose = "הורים בגן ילדים דיווחו כי הגננת נעדרה מהעבודה שבוע שלם."
    assert _slots(KINDERGARTEN.replace('בגן בפ"ת', 'ב"גן שמש"'), purpose) == []


def test_he_faithful_names_in_their_slots_pass() -> None:
    guard = Guard.from_settings()
    brief = 'מזכ"ל פתח ג\'יבריל רג\'וב אמר בעצרת לציון "יום האדמה" כי הארגון ימשיך במאבק.'
    assert "name" not in kinds(guard, SPEECH, brief, lang="he")
