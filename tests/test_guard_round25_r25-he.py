"""Round 25 (Hebrew): false alarms on faithful Hebrew briefs and Hebrew translations, and
Hebrew faults the rules missed. Own made-up sources and briefs, one rule each:

- an infinitive of a derived stem ("להגיע", "להתקדם") is no place in a "ל+place" slot;
- a document noun with a possessive suffix ("לפי הודעתו") names no new speaker;
- an adjective's ה form behind a preposition is the noun spelt like it ("שבשפלה");
- "על פי" is "לפי"; "בתגובה לדברי X" names what is answered, not the speaker;
- "ראש X" is the general head title of X; "זוועות" is a loaded noun in our own voice;
- a body swapped after its office ("מזכ\"ל X") is a name changed;
- a translated name that ends in a vowel is written with a final vowel letter; a place
  the English brief has nowhere, put where the sentence's own place stood, is moved there.
"""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

FIRE = (
    "צוותי כיבוי נאבקים בשריפת חורש שמתפשטת סמוך לאביטל שבגלבוע. הכבאים פועלים "
    "למניעת התקדמות האש לאביטל בעזרת מטוסי כיבוי. לא דווח על נפגעים."
)


def test_he_derived_stem_infinitive_is_no_place(guard: Guard) -> None:
    for verb in ("להגיע", "להתקדם", "להיכנס"):
        brief = f"הכבאים פועלים בעזרת מטוסי כיבוי כדי למנוע מהאש {verb} ליישוב."
        assert "name" not in kinds(guard, FIRE, brief, "he"), verb


def test_he_place_swapped_in_the_same_slot_is_still_flagged(guard: Guard) -> None:
    brief = "הכבאים פועלים למניעת התקדמות האש לגלעד בעזרת מטוסי כיבוי."
    assert "name" in kinds(guard, FIRE, brief, "he")


MINISTER = (
    "שר הבריאות יוסי כהן הודיע הערב כי בתי הספר בעיר ייסגרו מחר בשל התפשטות המחלה. "
    "לדבריו, ההחלטה התקבלה לאחר התייעצות עם מומחים."
)


def test_he_document_with_possessive_is_no_new_speaker(guard: Guard) -> None:
    brief = (
        "שר הבריאות יוסי כהן הודיע כי בתי הספר בעיר ייסגרו מחר. לפי הודעתו, הסגירה נובעת"
        " מהתפשטות המחלה."
    )
    assert "attribution" not in kinds(guard, MINISTER, brief, "he")


def test_he_unnamed_new_speaker_is_still_flagged(guard: Guard) -> None:
    brief = "לפי המשטרה, בתי הספר בעיר ייסגרו מחר בשל התפשטות המחלה."
    assert "attribution" in kinds(guard, MINISTER, brief, "he")


def test_he_region_after_relative_locative_is_not_the_loaded_adjective(guard: Guard) -> None:
    source = "שריפה פרצה הלילה במפעל בקריית גת שבשפלה. לפי המשטרה, לא היו נפגעים."
    brief = "שריפה פרצה הלילה במפעל בקריית גת שבשפלה, ולפי המשטרה לא היו נפגעים."
    assert "loaded" not in kinds(guard, source, brief, "he")
    vile = "מתקפה שפלה פגעה הלילה במפעל בקריית גת, ולפי המשטרה לא היו נפגעים."
    assert "loaded" in kinds(guard, source, vile, "he")


def test_he_al_pi_is_according_to(guard: Guard) -> None:
    source = "שריפה פרצה הבוקר ביער. נמסר כי קיימת סכנה למוצב צבאי במקום."
    brief = "על פי הדיווח, גם מוצב צבאי באזור נמצא בסכנה."
    assert "unsupported" not in kinds(guard, source, brief, "he")


IRAN = (
    "ראש הממשלה דוד לוי הגיב לדבריו של המנהיג העליון של איראן עלי חמינאי, שאמר קודם כי"
    ' "ישראל תיעלם בקרוב", ומסר: "אנחנו אומרים שוב - מי שמאיים על ישראל בהשמדה, מסכן את'
    ' עצמו באותה מידה".'
)


def test_he_in_response_to_someones_words_is_no_attribution_to_them(guard: Guard) -> None:
    brief = (
        "בתגובה לדברי המנהיג העליון של איראן, עלי חמינאי, כי ישראל תיעלם, אמר ראש הממשלה"
        " לוי שמי שמאיים על ישראל בהשמדה מסכן את עצמו באותה מידה."
    )
    assert "attribution" not in kinds(guard, IRAN, brief, "he")


LEADER = (
    "מזכ\"ל הג'יהאד האסלאמי זיאד נח'אלה אמר בנאום בביירות כי הארגון ימשיך במאבק. הוא הוסיף "
    "כי הלחץ הבינלאומי לא ישנה את עמדת התנועה."
)


def test_he_head_of_a_body_is_its_top_office(guard: Guard) -> None:
    brief = "ראש הג'יהאד האסלאמי, זיאד נח'אלה, אמר בנאום בביירות כי הארגון ימשיך במאבק."
    assert "name" not in kinds(guard, LEADER, brief, "he")


def test_he_other_body_after_the_office_is_a_swap(guard: Guard) -> None:
    brief = "מזכ\"ל חמאס זיאד נח'אלה אמר בנאום בביירות כי הארגון ימשיך במאבק."
    assert "name" in kinds(guard, LEADER, brief, "he")


def test_he_atrocities_in_our_own_voice_are_loaded(guard: Guard) -> None:
    source = "בית המשפט קבע כי המטפלת הייתה מעורבת בדיווח על האלימות במעון ולא תורשע."
    brief = "בית המשפט קבע כי המטפלת, שהייתה מעורבת בדיווח על הזוועות במעון, לא תורשע."
    assert "loaded" in kinds(guard, source, brief, "he")


ARTICLE = (
    "Israeli Prime Minister Benjamin Netanyahu vowed to press on with the offensive. "
    "Israeli forces rescued two hostages in Gaza in an operation accompanied by heavy "
    "airstrikes, according to the army. Hamas said several hostages were killed, a claim "
    "that could not be independently verified."
)
ENGLISH = (
    "Israeli forces rescued two hostages in Gaza in an operation accompanied by heavy "
    "airstrikes, according to the army. Hamas said several hostages were killed, a claim "
    "that could not be independently verified."
)


def test_he_common_word_with_a_names_consonants_is_no_name(guard: Guard) -> None:
    # "ניתן" (could) has Netanyahu's consonants, but no final vowel letter
    hebrew = (
        "כוחות ישראליים חילצו שני חטופים בעזה במבצע שלווה בתקיפות אוויריות כבדות, לפי הצבא."
        " חמאס טען כי כמה חטופים נהרגו, טענה שלא ניתן לאמת באופן עצמאי."
    )
    found = kinds(guard, ARTICLE, hebrew, "he", english_summary=ENGLISH)
    assert "translation_name" not in found


def test_he_translation_adds_the_named_person_still_flagged(guard: Guard) -> None:
    hebrew = (
        "כוחות ישראליים חילצו שני חטופים בעזה במבצע שלווה בתקיפות אוויריות כבדות, לפי הצבא."
        " נתניהו אמר כי חמאס טען שכמה חטופים נהרגו, טענה שלא ניתן לאמת באופן עצמאי."
    )
    found = kinds(guard, ARTICLE, hebrew, "he", english_summary=ENGLISH)
    assert "translation_name" in found


def test_he_translation_moves_its_place_to_one_the_brief_lacks(guard: Guard) -> None:
    english = (
        "An Israeli operation in Gaza rescued two hostages, according to Gaza's health "
        "ministry. Hamas said several hostages were killed in Israeli strikes."
    )
    hebrew = (
        "מבצע ישראלי ברפיח חילץ שני חטופים, לפי משרד הבריאות בעזה. חמאס טען כי כמה חטופים"
        " נהרגו בתקיפות ישראליות."
    )
    source = f"{english} The operation took place in Rafah, in southern Gaza."
    assert "translation_name" in kinds(guard, source, hebrew, "he", english_summary=english)
