"""Round 31 (keys): how words are matched, fixed where every check reads them.

- An English word's key is its American spelling's: "labour" in a brief is the source's
  "labor" (:func:`content_keys.word_keys` reads :func:`spelling.american`).
- The words of a text that the headline checks look a brief's word up in include each
  part of a hyphenated word: "storm" is in a body that says "winter-storm warning".
- A cause or consequence connective is a whole word: "בשל" does not open "בשלושה", nor
  "due to" open "due tomorrow".

Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.content_keys import all_word_keys, has_word, word_keys
from tests.auxil.guard import kinds

LABOR_ARTICLE = (
    "The nurse went into labor at the Qalandia checkpoint on Tuesday morning, the hospital "
    "said. Soldiers kept her waiting for two hours before an ambulance reached her. She gave "
    "birth to twin girls at the Ramallah hospital later that day. Both babies are in good "
    "health, doctors said.\n"
)
LABOR_HEADLINE = "Nurse Goes Into Labour at Checkpoint, Gives Birth to Twins"


def test_british_spelling_shares_the_american_key() -> None:
    assert word_keys("labour", "en") == word_keys("labor", "en")
    assert word_keys("Defence", "en") == word_keys("defense", "en")
    assert word_keys("labour", "en") != word_keys("label", "en")


def test_en_headline_word_in_british_spelling_is_the_bodys(guard: Guard) -> None:
    faithful = (
        "A nurse went into labour at the Qalandia checkpoint on Tuesday and gave birth to "
        "twin girls in Ramallah later that day, the hospital said."
    )
    assert "headline" not in kinds(guard, LABOR_ARTICLE, faithful, headline=LABOR_HEADLINE)


STORM_ARTICLE = (
    "Residents of three riverside villages left their homes on Monday as a winter-storm "
    "warning took effect. Forecasters expect heavy snow and winds of up to 90 kilometres an "
    "hour. Schools in the district will stay closed until Thursday. Officials opened two "
    "shelters in the town hall and a sports centre. Power cuts were reported in several "
    "villages overnight.\n"
)


def test_part_of_a_hyphenated_word_is_among_a_texts_keys() -> None:
    body = all_word_keys("a winter-storm warning", "en")
    assert has_word(body, "storm", "en")
    assert has_word(all_word_keys("winter storms", "en"), "winter-storm", "en")
    assert not has_word(body, "floods", "en")


def test_en_headline_word_inside_a_hyphenated_body_word(guard: Guard) -> None:
    headline = "Storm Warning Empties Riverside Villages"
    faithful = (
        "Residents of three riverside villages left their homes on Monday under a storm "
        "warning, and schools will stay closed until Thursday."
    )
    assert "headline" not in kinds(guard, STORM_ARTICLE, faithful, headline=headline)
    framed = "A storm warning emptied three riverside villages on Monday after floods cut roads."
    floods = "Storm Warning Empties Riverside Villages as Floods Cut Roads"
    assert "headline" in kinds(guard, STORM_ARTICLE, framed, headline=floods)


HE_THEFT_ARTICLE = (
    "המשטרה עצרה ביום שני חמישה חשודים בגניבת רכבים. החשודים נחקרים במשטרת עכו. לפי החשד, "
    "הרכבים נמכרו בשטחים תמורת אלפי שקלים. בעלי הרכבים הגישו תלונות במשך חודשים. הפרשה "
    "נחשפה לאחר מעקב ממושך. הגניבות בוצעו בשלושה כפרים בגליל המערבי.\n"
)


def test_he_word_opening_with_a_connectives_letters_is_no_cause(guard: Guard) -> None:
    faithful = "המשטרה עצרה ביום שני חמישה חשודים בגניבת רכבים בשלושה כפרים בגליל המערבי."
    assert "unsupported" not in kinds(guard, HE_THEFT_ARTICLE, faithful, "he")
    caused = "המשטרה עצרה ביום שני חמישה חשודים בגניבת רכבים בשל תלונות של תושבי הכפרים."
    assert "unsupported" in kinds(guard, HE_THEFT_ARTICLE, caused, "he")


EN_TRIAL_ARTICLE = (
    "A verdict in the car-theft trial is due tomorrow, court officials said. Five men are "
    "accused of stealing more than forty cars. Prosecutors said the cars were sold abroad for "
    "thousands of dollars. Owners had filed complaints for months. The case came to light "
    "after a long surveillance operation. The trial is being held at the Pima County "
    "courthouse.\n"
)


def test_en_due_tomorrow_is_no_cause(guard: Guard) -> None:
    faithful = (
        "A verdict in the car-theft trial is due tomorrow at the Pima County courthouse, "
        "court officials said."
    )
    assert "unsupported" not in kinds(guard, EN_TRIAL_ARTICLE, faithful)
    caused = (
        "A verdict in the car-theft trial was delayed because of a strike by court clerks, "
        "court officials said."
    )
    assert "unsupported" in kinds(guard, EN_TRIAL_ARTICLE, caused)
