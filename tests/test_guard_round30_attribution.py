"""Round 30 (attribution): who speaks, read off every cue of a sentence.

- A translation that names the English sentence's speaker nowhere gives the claim to
  someone else, or to nobody: the speakers of *all* the English sentence's cues count
  ("..., according to the council, but ..., engineer Tomas Berger said"), and a person
  whose surname is too short to look for by sound counts by the rest of the name.
- A translation whose speaker is a person of the article the English brief never names
  ("بعدما قال دينيسون") moves the claim to that person.
- "She committed the offence, but the court decided not to convict her": "but" opens a
  clause whose cue covers that clause only; the clause before it is in our own voice.

Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

ARTICLE = (
    "The Elm Street bridge will reopen in May, according to the city council. But repairs "
    "will cost twice the first estimate, said engineer Tomas Berger, who leads the works. "
    "Mayor Carla Dennison said on Monday that the city would ask the region for help.\n"
)
ENGLISH = (
    "The Elm Street bridge will reopen in May, according to the city council, but repairs "
    "will cost twice the first estimate, engineer Tomas Berger said."
)
AR_FAITHFUL = (
    "سيعاد فتح جسر شارع إلم في مايو، بحسب مجلس المدينة، لكن الإصلاحات ستكلف ضعف "
    "التقدير الأول، كما قال المهندس توماس بيرغر."
)
HE_FAITHFUL = (
    "גשר רחוב אלם ייפתח מחדש במאי, לפי מועצת העיר, אך התיקונים יעלו פי שניים מההערכה "
    "הראשונה, כך אמר המהנדס תומאס ברגר."
)


def test_ar_speaker_of_a_later_cue_named_nowhere(guard: Guard) -> None:
    moved = AR_FAITHFUL.replace("المهندس توماس بيرغر", "المقاولون")
    assert "translation_attribution" not in kinds(
        guard, ARTICLE, AR_FAITHFUL, "ar", english_summary=ENGLISH
    )
    assert "translation_attribution" in kinds(guard, ARTICLE, moved, "ar", english_summary=ENGLISH)


def test_he_speaker_of_a_later_cue_named_nowhere(guard: Guard) -> None:
    moved = HE_FAITHFUL.replace("המהנדס תומאס ברגר", "הקבלנים")
    assert "translation_attribution" not in kinds(
        guard, ARTICLE, HE_FAITHFUL, "he", english_summary=ENGLISH
    )
    assert "translation_attribution" in kinds(guard, ARTICLE, moved, "he", english_summary=ENGLISH)


SHORT_ARTICLE = (
    "The film won the festival's top prize on Sunday. Its director Kim Jae Oh said nobody "
    "could predict the jury's choice.\n"
)
SHORT_ENGLISH = "Director Kim Jae Oh said nobody could predict the jury's choice."


def test_ar_short_surname_speaker_named_nowhere(guard: Guard) -> None:
    faithful = "وقال المخرج كيم جاي أوه إن أحدا لم يكن يتوقع اختيار لجنة التحكيم."
    moved = "وقالت لجنة التحكيم إن أحدا لم يكن يتوقع اختيارها."
    kw = {"english_summary": SHORT_ENGLISH}
    assert "translation_attribution" not in kinds(guard, SHORT_ARTICLE, faithful, "ar", **kw)
    assert "translation_attribution" in kinds(guard, SHORT_ARTICLE, moved, "ar", **kw)


FARE_ENGLISH = "Fares will rise after transit officials said fuel costs had doubled."
FARE_ARTICLE = (
    "Bus fares will rise next month after transit officials said fuel costs had doubled "
    "since January. Mayor Carla Dennison called the rise painful but necessary.\n"
)


def test_ar_speaker_from_the_article_the_brief_never_names(guard: Guard) -> None:
    faithful = "سترتفع الأجرة بعدما قال مسؤولو النقل إن تكاليف الوقود تضاعفت."
    moved = "سترتفع الأجرة بعدما قال دينيسون إن تكاليف الوقود تضاعفت."
    kw = {"english_summary": FARE_ENGLISH}
    assert "translation_attribution" not in kinds(guard, FARE_ARTICLE, faithful, "ar", **kw)
    assert "translation_attribution" in kinds(guard, FARE_ARTICLE, moved, "ar", **kw)


def test_he_speaker_from_the_article_the_brief_never_names(guard: Guard) -> None:
    faithful = "מחירי הנסיעה יעלו לאחר שגורמים ברשות התחבורה מסרו כי עלויות הדלק הוכפלו."
    moved = "מחירי הנסיעה יעלו לאחר שדניסון מסר כי עלויות הדלק הוכפלו."
    kw = {"english_summary": FARE_ENGLISH}
    assert "translation_attribution" not in kinds(guard, FARE_ARTICLE, faithful, "he", **kw)
    assert "translation_attribution" in kinds(guard, FARE_ARTICLE, moved, "he", **kw)


HE_COURT = (
    "בית משפט השלום בחיפה גזר על נהג המשאית קנס של אלפיים שקל. השופט קבע שהנהג ביצע עבירת "
    "נהיגה מסוכנת, אך בשל עברו הנקי לא יורשע.\n"
)


def test_he_clause_before_but_is_in_our_voice(guard: Guard) -> None:
    faithful = "השופט קבע שנהג המשאית ביצע עבירת נהיגה מסוכנת, אך אמר כי בשל עברו הנקי לא יורשע."
    own_voice = "נהג המשאית ביצע עבירת נהיגה מסוכנת, אך השופט אמר כי בשל עברו הנקי לא יורשע."
    assert "attribution" not in kinds(guard, HE_COURT, faithful, "he")
    assert "attribution" in kinds(guard, HE_COURT, own_voice, "he")


EN_COURT = (
    "A Leeds court fined the lorry driver 2,000 pounds on Tuesday. The judge said the driver "
    "had driven dangerously, but because of his clean record he was not convicted.\n"
)


def test_en_clause_before_but_is_in_our_voice(guard: Guard) -> None:
    faithful = (
        "The judge said the lorry driver had driven dangerously, but because of his clean"
        " record he was not convicted."
    )
    own_voice = (
        "The lorry driver had driven dangerously, but the judge said his clean record spared"
        " him a conviction."
    )
    assert "attribution" not in kinds(guard, EN_COURT, faithful, "en")
    assert "attribution" in kinds(guard, EN_COURT, own_voice, "en")


AR_COURT = (
    "غرمت محكمة في عمان سائق الشاحنة ألفي دينار. وقال القاضي إن السائق ارتكب مخالفة "
    "القيادة الخطرة، لكن سجله النظيف جنبه الإدانة.\n"
)


def test_ar_clause_before_but_is_in_our_voice(guard: Guard) -> None:
    faithful = (
        "قال القاضي إن سائق الشاحنة ارتكب مخالفة القيادة الخطرة، لكن سجله النظيف جنبه الإدانة."
    )
    own_voice = "ارتكب سائق الشاحنة مخالفة القيادة الخطرة، لكن القاضي قال إنه لن يدينه."
    assert "attribution" not in kinds(guard, AR_COURT, faithful, "ar")
    assert "attribution" in kinds(guard, AR_COURT, own_voice, "ar")
