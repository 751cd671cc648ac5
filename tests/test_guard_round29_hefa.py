"""Round 29 (Hebrew false alarms on short items, and the same mechanisms in Arabic):

- A connective of restatement ("כלומר", "דהיינו", "أي", "يعني") states nothing: what
  follows it says again what the sentence before said, and is judged on its own words.
- A verbal noun with an owner's pronoun (בהשתתפותו, "his taking part") meets its verb
  (השתתף, להשתתף): the ending and the pronoun go, and the last letter takes its final form.
- A general noun made definite by its article ("האזור", "הארגון", "المنطقة") points back
  at the place or body the brief named: it adds no word of its own to an invented run.
"""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.content_keys import word_keys

_GUARD = Guard.from_settings()


def _kinds(source: str, brief: str, lang: str) -> set[str]:
    return _GUARD.check(source, brief, lang=lang).kinds()


_HE_DRILL = "הצפירה שנשמעה הבוקר בעיר חדרה על שיגור רקטה הייתה צפירת שווא."


def test_hebrew_restatement_after_klomar_is_not_unsupported() -> None:
    brief = "הצפירה שנשמעה הבוקר בחדרה על שיגור רקטה הייתה צפירת שווא. כלומר, לא התרחש שיגור."
    assert "unsupported" not in _kinds(_HE_DRILL, brief, "he")


def test_hebrew_invented_clause_after_klomar_is_still_unsupported() -> None:
    brief = (
        "הצפירה שנשמעה הבוקר בחדרה על שיגור רקטה הייתה צפירת שווא. "
        "כלומר, מטוסי קרב תקפו מחסני נשק סמוך לגבול."
    )
    assert "unsupported" in _kinds(_HE_DRILL, brief, "he")


def test_arabic_restatement_connectives_are_not_content() -> None:
    from summarizer.guard.content_keys import is_content

    assert not any(is_content(w, "ar") for w in ("أي", "يعني", "بمعنى"))
    assert not any(is_content(w, "he") for w in ("כלומר", "דהיינו"))


def test_verbal_noun_with_owner_meets_its_verb() -> None:
    assert word_keys("בהשתתפותם", "he") & word_keys("להשתתף", "he")
    assert word_keys("בהשתתפותו", "he") & word_keys("השתתף", "he")


def test_hebrew_paraphrase_with_the_verb_of_a_verbal_noun_is_not_unsupported() -> None:
    source = "שרת החינוך הודיעה היום על דחיית הטקס שהיה אמור להתקיים מחר בהשתתפותה בשל מזג האוויר."
    brief = (
        "שרת החינוך חוששת ממזג האוויר, ולכן הודיעה היום כי הטקס שתוכנן למחר, ושבו הייתה "
        "אמורה להשתתף, לא יתקיים."
    )
    assert "unsupported" not in _kinds(source, brief, "he")


def test_definite_general_noun_refers_back() -> None:
    from summarizer.guard.support import refers_back

    assert refers_back("האזור", "he") and refers_back("בארגון", "he")
    assert refers_back("المنطقة", "ar")
    assert not refers_back("אזור", "he")  # an area: no reference back


def test_region_retold_as_the_region_is_not_unsupported() -> None:
    source = "הרעש שנשמע הלילה ביישובי עמק יזרעאל נגרם מפיצוץ מבוקר של חבלני משטרה."
    brief = "פיצוץ מבוקר בעמק יזרעאל: הרעש שנשמע הלילה ביישובי האזור לא שיקף סכנה."
    assert "unsupported" not in _kinds(source, brief, "he")


def test_arabic_region_retold_as_the_region_is_not_unsupported() -> None:
    source = "أعلنت الشرطة أن الانفجار الذي سمع الليلة في قرى سهل البقاع كان تفجيرا مضبوطا."
    brief = (
        "أعلنت الشرطة أن الانفجار الذي سمع الليلة في قرى سهل البقاع كان تفجيرا مضبوطا لم "
        "يعكس خطرا على المنطقة."
    )
    assert "unsupported" not in _kinds(source, brief, "ar")


_HE_CANCELLED = (
    "שר האוצר, ישראל כהן, הודיע הבוקר על ביטול הכנס שהיה אמור להיפתח מחר באילת "
    "בהשתתפותו בשל שביתה בנמל התעופה."
)


def test_schedule_told_after_the_speakers_sentence_carries_its_attribution() -> None:
    brief = (
        "בשל שביתה בנמל התעופה הודיע הבוקר שר האוצר כהן על ביטול הכנס באילת. "
        "הכנס היה אמור להיפתח מחר."
    )
    assert "attribution" not in _kinds(_HE_CANCELLED, brief, "he")


def test_schedule_after_an_unattributed_sentence_is_still_reported() -> None:
    brief = "הכנס באילת בוטל בשל שביתה בנמל התעופה. הכנס היה אמור להיפתח מחר."
    assert "attribution" in _kinds(_HE_CANCELLED, brief, "he")


_HE_REPLY = (
    "שרת החוץ של צרפת הגיבה לדברי ראש ממשלת הונגריה, שאמר כי "
    '"האיחוד האירופי יתפרק בתוך עשור", ומסרה כי אירופה חזקה מתמיד.'
)


def test_construct_noun_of_saying_names_its_speaker() -> None:
    brief = (
        "שרת החוץ של צרפת אמרה כי אירופה חזקה מתמיד. הדברים נאמרו בתגובה להצהרת ראש "
        'ממשלת הונגריה כי "האיחוד האירופי יתפרק בתוך עשור".'
    )
    assert _kinds(_HE_REPLY, brief, "he") == set()


def test_the_claim_without_its_speaker_is_still_reported() -> None:
    brief = (
        "שרת החוץ של צרפת אמרה כי אירופה חזקה מתמיד. הדברים נאמרו בתגובה לכך "
        'ש"האיחוד האירופי יתפרק בתוך עשור".'
    )
    assert "attribution" in _kinds(_HE_REPLY, brief, "he")


def test_speech_delivered_is_a_cue() -> None:
    from summarizer.guard.cues import has_cue

    assert has_cue("את הדברים נשא מנהיג התנועה בעצרת", "he")
    assert has_cue("השר נאם אתמול בכנסת", "he")


def test_speech_told_of_the_movements_leader_is_no_invented_clause() -> None:
    source = 'מנהיג החמאס יחיא סנוואר אמר בעצרת לציון יום השנה כי "ההתנגדות תימשך עד השחרור המלא".'
    brief = (
        "סנוואר אמר כי ההתנגדות תימשך עד השחרור המלא, ואת הדברים נשא מנהיג התנועה בעצרת "
        "לציון יום השנה."
    )
    assert not {"unsupported", "attribution"} & _kinds(source, brief, "he")
