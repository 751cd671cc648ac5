"""Round 33 (Arabic unsupported content): how the words of an Arabic claim are read
before the support check counts those the source nowhere has.

- Every person of a copula is the copula: "كانوا" (they were) joins a subject to what is
  said of it as "كان" does, and is no word of the claim (its forms are built by
  ar_conjugation, as the cues' are).
- A cue with a pronoun suffix is the cue: "بحسبه" (according to him) tells on whose word
  the claim stands, as "بحسب" does, and is no invented word.

Own made-up sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.align import index_source
from summarizer.guard.content_keys import is_content
from summarizer.guard.support import novel_run
from tests.auxil.guard import kinds

CLINIC = (
    "قال الطبيب سامي نصار إن الممرضين في مستشفى حمص عالجوا مئات الجرحى خلال الليل. "
    "وأضاف أن المستشفى تلقى شحنة أدوية من منظمة إغاثية، وأن الكهرباء انقطعت مرتين.\n"
)


def test_ar_every_person_of_a_copula_is_a_stop_word() -> None:
    for word in ("كانوا", "وكانوا", "باتوا", "صاروا", "يصبحون"):
        assert not is_content(word, "ar"), word


def test_ar_they_were_adds_no_word_to_an_unsupported_run() -> None:
    index = index_source(CLINIC, "ar")
    claim = "وذكر نصار أن الممرضين كانوا يسعفون المصابين في مستشفى حمص."
    run = novel_run(claim, index, "ar")
    assert "كانوا" not in run
    assert len(run) < 3


def test_ar_a_cue_with_a_pronoun_suffix_is_the_cue() -> None:
    index = index_source(CLINIC, "ar")
    claim = "الممرضون عالجوا، بحسبه، المصابين طوال الليل."
    run = novel_run(claim, index, "ar")
    assert "بحسبه" not in run
    assert len(run) < 3


def test_ar_faithful_brief_with_they_were_is_not_unsupported(guard: Guard) -> None:
    brief = "قال الطبيب سامي نصار إن الممرضين في مستشفى حمص كانوا يسعفون المصابين خلال الليل."
    assert "unsupported" not in kinds(guard, CLINIC, brief, "ar")
