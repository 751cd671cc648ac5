"""Round 27 (false alarms of the support checks on faithful paraphrase):

- "شهدت" (saw, witnessed) as the light verb of a lead-in ("شهدت سوريا تطورات ميدانية"):
  what was seen is the claim; the verb is no invented word of it.
- Hebrew prepositions that carry a pronoun ("שלפיה", "אליהם") or name an occasion
  ("לרגל") are function words, as "לפי", "אל" and "לקראת" are.
- An English "only" before an article ("making her only the second woman") is the
  adverb, no record claim of its own.
- An English noun in -ation retells the source's verb in -ate ("nominations" for
  "nominated").
- English light verbs ("making sure", "gets") are no invented words of a paraphrase.

A clause whose words the source nowhere has is still reported around such words.
"""

from __future__ import annotations

from summarizer.guard import Guard

_GUARD = Guard.from_settings()


def _kinds(source: str, brief: str, lang: str) -> set[str]:
    return _GUARD.check(source, brief, lang=lang).kinds()


_AR_SOURCE = (
    "دمشق - سيطرت قوات المعارضة في سوريا على مستودع للذخيرة قرب حمص، وقتل خمسة جنود "
    "في اشتباكات ليلية بريف إدلب، بحسب المرصد."
)


def test_arabic_lead_in_with_saw_passes() -> None:
    brief = (
        "شهدت سوريا تطورات ميدانية: سيطرت قوات المعارضة على مستودع للذخيرة قرب حمص، بحسب المرصد."
    )
    assert "unsupported" not in _kinds(_AR_SOURCE, brief, "ar")


def test_arabic_invented_event_after_saw_is_still_reported() -> None:
    brief = "شهدت سوريا انهيارا اقتصاديا كاملا، بحسب المرصد."
    assert "unsupported" in _kinds(_AR_SOURCE, brief, "ar")


_HE_SOURCE = (
    "השר נאם ביום העצמאות ואמר כי הממשלה לא תשנה את מדיניותה, וכי העיר שייכת לכל "
    "תושביה ותחזור לידיהם."
)


def test_hebrew_pronoun_prepositions_pass() -> None:
    brief = "השר אמר כי הממשלה לא תשנה את עמדת המשרד, שלפיה העיר שייכת לכל תושביה ותחזור אליהם."
    assert "unsupported" not in _kinds(_HE_SOURCE, brief, "he")


def test_hebrew_occasion_preposition_passes() -> None:
    brief = "השר אמר את הדברים בנאום שנשא לרגל יום העצמאות."
    assert "unsupported" not in _kinds(_HE_SOURCE, brief, "he")


_EN_RECORD_SOURCE = (
    "Maria Lopez was sworn in on Monday as the first judge from the county to sit on the "
    "state's highest court. Lopez is only the second woman to lead any court in the state."
)


def test_adverbial_only_before_an_article_passes() -> None:
    brief = (
        "The governor appointed Maria Lopez, making her only the second woman to lead any "
        "court in the state."
    )
    assert "unsupported" not in _kinds(_EN_RECORD_SOURCE, brief, "en")


def test_record_only_with_an_unstated_qualifier_is_still_reported() -> None:
    brief = "Maria Lopez is the only Catholic judge on the state's highest court."
    assert "unsupported" in _kinds(_EN_RECORD_SOURCE, brief, "en")


def test_noun_in_ation_for_the_sources_verb_passes() -> None:
    source = (
        "Critics attacked the committee on Tuesday after it nominated three judges, "
        "saying the three lacked experience."
    )
    brief = "The committee's nominations of three inexperienced judges drew criticism."
    assert "unsupported" not in _kinds(source, brief, "en")


_EN_PROMISE_SOURCE = (
    "The candidate promised to protect public funds and to ensure that the government "
    "receives value for money in every contract it signs."
)


def test_light_verbs_of_a_paraphrase_pass() -> None:
    brief = (
        "The candidate promised to protect public funds by making sure the government gets "
        "value for money in its contracts."
    )
    assert "unsupported" not in _kinds(_EN_PROMISE_SOURCE, brief, "en")


def test_invented_clause_around_a_light_verb_is_still_reported() -> None:
    brief = "The candidate made secret payments to foreign lobbyists, the government said."
    assert "unsupported" in _kinds(_EN_PROMISE_SOURCE, brief, "en")
