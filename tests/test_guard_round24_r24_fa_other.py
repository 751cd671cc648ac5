"""Round 24 (false alarms of other kinds): a US state the source abbreviates after its town
("Tulsa, Okla." retold as "Tulsa, Oklahoma"), "ahead of" for "before", and an ordinary
Hebrew word that sounds like a name starting with a vowel ("כשנשאל", Enslow) are no
faults; a state the source never names, and a vowel-initial name the translation brings in
from the article, still are."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds


def test_en_state_spelled_out_for_the_abbreviation_after_a_town(guard: Guard) -> None:
    source = "Firefighters battled a warehouse blaze in Tulsa, Okla., late on Monday night."
    brief = "Firefighters battled a warehouse blaze in Tulsa, Oklahoma, late on Monday night."
    assert "name" not in kinds(guard, source, brief)


def test_en_state_the_source_does_not_abbreviate_is_still_a_name(guard: Guard) -> None:
    source = "Firefighters battled a warehouse blaze in Tulsa late on Monday night."
    brief = "Firefighters battled a warehouse blaze in Tulsa, Oklahoma, late on Monday night."
    assert "name" in kinds(guard, source, brief)


def test_en_ahead_of_is_before_in_other_words(guard: Guard) -> None:
    source = (
        "The party won the regional vote on Sunday, a boost for its leader before next"
        " month's general election."
    )
    brief = (
        "The party won the regional vote on Sunday, bolstering the leader's standing ahead of"
        " next month's general election."
    )
    assert "unsupported" not in kinds(guard, source, brief)


ARTICLE = (
    "Governor Mark Enslow appointed the judge last year. Asked about the budget, the judge"
    " said it would not cover the courts' needs."
)
EN_BRIEF = "Asked about the budget, the judge said it would not cover the courts' needs."


def test_he_ordinary_word_is_no_name_that_starts_with_a_vowel(guard: Guard) -> None:
    hebrew = "כשנשאל על התקציב, אמר השופט שהוא לא יכסה את צורכי בתי המשפט."
    assert "translation_name" not in kinds(guard, ARTICLE, hebrew, "he", english_summary=EN_BRIEF)


def test_he_name_that_starts_with_a_vowel_brought_in_is_still_caught(guard: Guard) -> None:
    hebrew = "לדברי המושל אנסלו, השופט אמר שהתקציב לא יכסה את צורכי בתי המשפט."
    assert "translation_name" in kinds(guard, ARTICLE, hebrew, "he", english_summary=EN_BRIEF)
