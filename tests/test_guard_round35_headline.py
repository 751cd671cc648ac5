"""Round 35 (headline faults): the headline's claim retold in a sentence's grammar.

A headline writes a past event in the present tense, without articles, with commas for
"and" ("Villagers torch crops, block road"). A brief that takes its claim retells it
inflected and with function words between ("as villagers torched crops and blocked the
road"), which a word-for-word comparison with the headline misses. Compared by content
words met by their keys, such a run with a word the body never has is the headline's
claim told as the story; the same run in words the body has, or in the headline's own
spelling, is not this check's to flag.

Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.headline_claims import check_headline_claims
from summarizer.guard.text import normalize
from tests.auxil.guard import kinds

HARBOUR_TITLE = "Storm floods harbour, wrecks fishing boats in Port Ellen"
HARBOUR = (
    f"{HARBOUR_TITLE}\n"
    "A winter storm flooded the harbour of Port Ellen on Tuesday night. "
    "Waves broke over the sea wall and water reached the houses along the quay. "
    "Several fishing boats were torn from their moorings and damaged, the harbour master "
    "said. "
    "The coastguard said no one was hurt. "
    "Repairs to the sea wall are expected to take several weeks.\n"
)

DISPUTE_TITLE = "Villagers torch crops, block road after land dispute"
DISPUTE = (
    f"{DISPUTE_TITLE}\n"
    "Police said officers were sent to the village of Tel Mor on Sunday after a dispute "
    "between two families over a plot of land.\n"
)


def test_en_headline_verb_retold_in_the_past_tense_is_flagged() -> None:
    guard = Guard.from_settings()
    brief = (
        "The storm that flooded Port Ellen's harbour wrecked fishing boats there, "
        "the harbour master said."
    )
    assert "headline" in kinds(guard, HARBOUR, brief, headline=HARBOUR_TITLE)


def test_en_same_story_in_the_bodys_words_passes() -> None:
    guard = Guard.from_settings()
    brief = (
        "The storm that flooded Port Ellen's harbour damaged fishing boats there, "
        "the harbour master said."
    )
    assert guard.check(HARBOUR, brief, headline=HARBOUR_TITLE).ok


def test_en_feed_title_claim_folded_into_the_teaser_is_flagged() -> None:
    guard = Guard.from_settings()
    brief = (
        "Police said officers were sent to the village of Tel Mor on Sunday after a dispute "
        "between two families over a plot of land, as villagers torched crops and blocked "
        "the road."
    )
    assert "headline" in kinds(guard, DISPUTE, brief, headline=DISPUTE_TITLE)


def test_en_teaser_retold_without_the_title_claim_passes() -> None:
    brief = (
        "Police said officers were sent to the village of Tel Mor on Sunday after two "
        "families disputed a plot of land."
    )
    title, source = normalize(DISPUTE_TITLE), normalize(DISPUTE)
    assert check_headline_claims(title, normalize(brief), source, "en") == []


def test_en_run_in_the_headlines_own_spelling_is_left_to_the_copy_checks() -> None:
    brief = "The storm floods harbour and wrecks fishing boats."
    title, source = normalize(HARBOUR_TITLE), normalize(HARBOUR)
    assert check_headline_claims(title, normalize(brief), source, "en") == []
