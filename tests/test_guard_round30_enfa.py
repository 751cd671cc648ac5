"""Round 30, English false alarms of the speaker and attribution checks (branch r30-enfa):

- A pronoun speaker may be a person the same sentence names before it ("When Lena joined
  the board, she said ..."), however often the article names her.
- A negated claim ("he did not raise the matter") rests on a source sentence that negates
  it too, not on one that merely shares its words and says the opposite ("a cousin raised
  the matter"): that sentence's speaker is the one to compare.
- "with X calling for ..." names X as the one who calls for it, as "X called for" does.
Each faithful brief passes; the brief that moves the claim to another person still fails.
"""

from __future__ import annotations

from summarizer.guard import Guard

_GUARD = Guard.from_settings()


def _attribution(source: str, brief: str) -> list[str]:
    report = _GUARD.check(source, brief, lang="en")
    return [p.detail for p in report.problems if p.kind in ("attribution", "name")]


_INTERVIEW = (
    "Tomas Berg and his wife Lena Berg spoke to the radio station for an hour on Sunday. "
    "Lena said a cousin raised the question of the inheritance at a dinner in March. "
    '"I was not ready for any of it," Tomas said during the broadcast. '
    "He said that every evening he came home from the shipyard he found Lena crying in the "
    "kitchen. "
    "But he said he never brought up the quarrel with his older brothers and sisters. "
    "The couple now live in a small town on the coast, far from the family farm. "
    'When Lena joined the family, she said "that was the last summer I saw my own sisters." '
    '"We talk every week now," Tomas said of his brothers.'
)


def test_negated_claim_rests_on_the_sentence_that_negates() -> None:
    brief = "Tomas Berg said he did not raise the question with his older siblings."
    assert _attribution(_INTERVIEW, brief) == []


def test_pronoun_speaker_named_earlier_in_its_own_sentence() -> None:
    brief = "Lena Berg said that after joining the family she did not see her sisters again."
    assert _attribution(_INTERVIEW, brief) == []


def test_a_quotation_moved_to_the_other_spouse_is_still_caught() -> None:
    brief = 'Lena Berg said: "I was not ready for any of it."'
    assert any("Tomas" in d for d in _attribution(_INTERVIEW, brief))


_TRUCE = (
    "The United Nations has voiced concern about civilians in the port city of Marel, where "
    "thousands have fled the shelling. Foreign ministry spokeswoman Anja Koller stressed the "
    "need for a credible plan to shield civilians in any offensive, underlining opposition "
    "to a full assault."
)


def test_with_a_speaker_calling_for_attributes_the_call() -> None:
    brief = (
        "The United Nations has voiced concern for civilians in Marel, with foreign ministry "
        "spokeswoman Anja Koller calling for a credible plan to shield them."
    )
    assert _attribution(_TRUCE, brief) == []
