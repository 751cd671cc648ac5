"""Guard round 32 (Hebrew word forms): a Hebrew brief that writes a source's word in
another form (a reflexive verb's tense, infinitive or noun; a feminine ending after a
final letter) is no unsupported claim, and different words still do not meet."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.content_keys import word_keys
from tests.auxil.guard import kinds

# --- a reflexive (hitpael) verb in another tense, its infinitive, its noun -----------------

CONCERT_SOURCE = "העירייה הודיעה כי המופע שהיה אמור להתקיים הערב בפארק העירוני נדחה בשל סופת חול."
CONCERT_BRIEF = "לפי העירייה, המופע בפארק העירוני נדחה בשל סופת חול, ולא יתקיים הערב כמתוכנן."


def test_a_reflexive_verbs_future_meets_its_infinitive(guard: Guard) -> None:
    assert "unsupported" not in kinds(guard, CONCERT_SOURCE, CONCERT_BRIEF, lang="he")
    # a claim the source never makes is still caught
    added = CONCERT_BRIEF + " המארגנים יחזירו לקונים את כספם במלואו עד סוף החודש."
    assert "unsupported" in kinds(guard, CONCERT_SOURCE, added, lang="he")


def test_reflexive_forms_share_a_key_and_other_words_do_not() -> None:
    def meet(a: str, b: str) -> bool:
        return bool(word_keys(a, "he") & word_keys(b, "he"))

    assert meet("יתקיים", "להתקיים")
    assert meet("שמתקדמת", "התקדמות")
    assert meet("התפשטותה", "שמתפשטת")
    # a feminine ending after a letter the masculine word writes in its final form
    assert meet("המגינה", "המגן")
    assert not meet("אולם", "האלימות")  # a short skeleton keeps its final letter
    assert not meet("יתקיים", "קם")  # a reflexive key meets only reflexive forms
