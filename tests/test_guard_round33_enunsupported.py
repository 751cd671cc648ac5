"""Round 33 (English unsupported): a phrase added to a true claim is backed only where one
source sentence says it.

"The mayor closed the markets and relieved pressure on clinics": the tail's words stand in
the article, but one here, one there, said of other things. Read with the claim's aligned
support, which gathers words from several sentences and credits a word used anywhere at
half, such a tail looked stated; it is stated only where one sentence holds at least half
of its content words.
"""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.align import index_source, stated_elsewhere

_GUARD = Guard.from_settings()

_SOURCE = (
    "The mayor of Dunmore ordered the town's covered markets to close at noon on Tuesday to"
    " stop crowds gathering near the harbour. "
    "Traders were told they could reopen once the order was lifted. "
    "The order was signed late on Monday after a meeting of the town council. "
    "Fishermen said the harbour had been quiet for most of the week. "
    "Clinics across the county have reported long queues since the flu season began. "
    "A council spokeswoman said the order would be reviewed at the end of the month. "
    "Pressure on the regional water supply eased over the weekend, the utility said. "
    "Residents of the old town have been asked to keep their windows shut while the"
    " market halls are cleaned."
)
_FAITHFUL = (
    "The mayor of Dunmore ordered the town's covered markets to close at noon on Tuesday to"
    " stop crowds gathering near the harbour."
)


def _kinds(brief: str) -> set[str]:
    return _GUARD.check(_SOURCE, brief, lang="en").kinds()


def test_a_tail_whose_words_the_article_scatters_is_unsupported() -> None:
    assert "unsupported" not in _kinds(_FAITHFUL)
    added = _FAITHFUL.replace(
        " near the harbour.", " near the harbour and relieve pressure on clinics."
    )
    assert "unsupported" in _kinds(added)


def test_a_last_clause_whose_words_the_article_scatters_is_unsupported() -> None:
    assert "unsupported" not in _kinds(_FAITHFUL)
    added = _FAITHFUL.replace(
        " near the harbour.", " near the harbour, angering clinics and weekend fishermen."
    )
    assert "unsupported" in _kinds(added)


def test_one_sentence_that_states_the_phrase_backs_it() -> None:
    index = index_source(_SOURCE, "en")
    assert stated_elsewhere("and pressure on the water supply eased", index) == 1.0
    assert stated_elsewhere("and relieve pressure on clinics", index) < 0.5
