"""Round 28 (English false alarms on faithful paraphrase):

- A refusal to speak ("The mayor declined to name the buyer", "She refused to comment")
  names its own speaker: the attribution check has no claim there to ask "who says so?"
  of, whatever source quotation it resembles.
- An aside between commas that a source sentence of the same passage, a few sentences
  on, says as a phrase ("the bridge, due to reopen in the spring, ...") is that passage's
  fact, not one the brief adds.
- An Arabic quotation told in reported speech may move its verbs from the speaker's "we"
  to "they" ("تحملنا" -> "تحملوا", "نرفض" -> "يرفضون"): the words are still the source's.

A claim stated without its speaker, an aside made of scattered words of the article, an
aside from far off in it, and a quotation with a word changed or a person moved otherwise
are still reported.
"""

from __future__ import annotations

from summarizer.guard import Guard

_GUARD = Guard.from_settings()


def _kinds(source: str, brief: str, lang: str = "en") -> set[str]:
    return _GUARD.check(source, brief, lang=lang).kinds()


_SALE_SOURCE = (
    "The city council voted on Tuesday to sell the old harbour warehouse to a private "
    'developer. "I will not name the buyer until the contract is signed," Mayor Linda '
    "Brandt said. Brandt added that the sale would fund repairs to three schools."
)


def test_refusal_to_speak_names_its_speaker() -> None:
    brief = (
        "The city council voted to sell the old harbour warehouse to a private developer. "
        "The mayor declined to name the buyer until the contract is signed."
    )
    assert "attribution" not in _kinds(_SALE_SOURCE, brief)


def test_refusal_with_pronoun_and_adverb_passes() -> None:
    brief = (
        "Mayor Linda Brandt said the sale of the old harbour warehouse would fund repairs to "
        "three schools. She also refused to name the buyer until the contract is signed."
    )
    assert "attribution" not in _kinds(_SALE_SOURCE, brief)


def test_a_fact_about_what_someone_did_not_discuss_is_no_refusal() -> None:
    source = "Officials said the two mayors did not discuss the sale of the harbour warehouse."
    brief = "The two mayors did not discuss the sale of the harbour warehouse."
    assert "attribution" in _kinds(source, brief)


def test_claim_without_its_speaker_is_still_reported() -> None:
    brief = (
        "The city council voted to sell the old harbour warehouse. The sale will fund "
        "repairs to three schools."
    )
    assert "attribution" in _kinds(_SALE_SOURCE, brief)


def test_refusal_followed_by_a_claim_of_its_own_is_judged_as_written() -> None:
    brief = (
        "The city council voted to sell the old harbour warehouse. Mayor Linda Brandt "
        "declined to name the buyer, and the sale will fund repairs to three schools."
    )
    assert "attribution" in _kinds(_SALE_SOURCE, brief)


_BRIDGE_SOURCE = (
    "Engineers closed the Elm Street bridge on Monday after inspectors found cracks in two "
    "of its steel supports. Drivers were sent along a detour through the industrial park. "
    "Local shops near the bridge said trade had already fallen. The council said repairs "
    "would cost about 2 million dollars, adding that it is due to reopen in the spring. "
    "Farmers at the weekly market in the old town square sold apples and pears. "
    "The square hosted a concert by a youth orchestra on Saturday. The orchestra played "
    "works by local composers. Tickets for the concert sold out within a day. Organisers "
    "thanked volunteers who set up the stage overnight. A second concert is planned for "
    "the autumn, backed by the regional arts fund."
)


def test_aside_said_a_few_sentences_on_passes() -> None:
    brief = (
        "Engineers closed the Elm Street bridge, due to reopen in the spring, after "
        "inspectors found cracks in two of its steel supports."
    )
    assert "unsupported" not in _kinds(_BRIDGE_SOURCE, brief)


def test_aside_of_scattered_words_is_still_reported() -> None:
    brief = (
        "Engineers closed the Elm Street bridge, sold out by shops, after inspectors found "
        "cracks in two of its steel supports."
    )
    assert "unsupported" in _kinds(_BRIDGE_SOURCE, brief)


def test_aside_from_far_off_in_the_article_is_still_reported() -> None:
    brief = (
        "Engineers closed the Elm Street bridge, backed by the regional arts fund, after "
        "inspectors found cracks in two of its steel supports."
    )
    assert "unsupported" in _kinds(_BRIDGE_SOURCE, brief)


_AR_SOURCE = (
    "قال رئيس المجلس المحلي للقرية في مؤتمر صحفي: نحن في القرية تحملنا عبء الحصار الطويل "
    "وحدنا، ونحن نرفض هذا الظلم بكل قوة ونطالب بفتح الطريق."
)


def _quote_flagged(brief: str) -> bool:
    report = _GUARD.check(_AR_SOURCE, brief, lang="ar")
    return any("quotation must be exact" in str(p) for p in report.problems)


def test_arabic_quotation_moved_to_third_person_past_passes() -> None:
    brief = 'قال رئيس المجلس المحلي إن أهل القرية "تحملوا عبء الحصار الطويل" وحدهم.'
    assert not _quote_flagged(brief)


def test_arabic_quotation_moved_to_third_person_imperfect_passes() -> None:
    brief = 'قال رئيس المجلس المحلي إن أهل القرية "يرفضون هذا الظلم بكل قوة".'
    assert not _quote_flagged(brief)


def test_arabic_quotation_with_a_changed_word_is_still_reported() -> None:
    brief = 'قال رئيس المجلس المحلي إن أهل القرية "تحملوا عبء الحصار القصير" وحدهم.'
    assert _quote_flagged(brief)


def test_arabic_quotation_moved_to_another_person_is_still_reported() -> None:
    brief = 'قال رئيس المجلس المحلي إنه "تحملت عبء الحصار الطويل" وحده.'
    assert _quote_flagged(brief)
