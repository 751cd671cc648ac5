"""Round 36 (speed): claims are scored through the source's key postings and each word
set's scores are kept with the source's index. These check that the scores are the ones a
scan of every source sentence gives, and that the kept scores are not changed by a caller
(an alignment read twice is the same)."""

from __future__ import annotations

from summarizer.guard.align import Claim, align, index_source, sentence_scores
from summarizer.guard.content_keys import content_words
from summarizer.guard.text import normalize

SOURCE = normalize(
    "The council approved the new budget on Tuesday. The mayor said the budget would fund"
    " three new schools. Opponents said the schools were not needed. The vote was close,"
    " with five members against. The mayor thanked the members who voted for the budget."
)


def _dense(text: str, lang: str) -> dict[int, float]:
    """The scores as a scan of every sentence gives them (the definition)."""
    index = index_source(SOURCE, lang)
    mine = content_words(text, lang)
    weights = [index.idf(w) for w in mine]
    total = sum(weights)
    out = {}
    for i, theirs in enumerate(index.keys):
        score = sum(wt for w, wt in zip(mine, weights, strict=True) if not w.isdisjoint(theirs))
        if score:
            out[i] = score / total
    return out


def test_scores_equal_a_scan_of_every_sentence() -> None:
    for text in (
        "The mayor said the budget would fund new schools.",
        "Five council members voted against the budget.",
        "Opponents of the schools thanked the mayor.",
        "A storm closed the harbour.",
    ):
        index = index_source(SOURCE, "en")
        assert sentence_scores(text, index) == _dense(text, "en")


def test_an_alignment_read_again_is_the_same() -> None:
    index = index_source(SOURCE, "en")
    claim = Claim("The mayor said the budget would fund schools", "")
    first = align(claim, index)
    sentence_scores(claim.text, index)  # reads the same kept scores
    assert align(claim, index) == first
    assert first.sentences and first.sentences[0] == 1
