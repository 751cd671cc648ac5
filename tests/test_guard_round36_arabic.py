"""Round 36: an Arabic reporting participle ("، مضيفا أن ...") frames only what follows it;
a clause before it with a subject of its own and no cue is told in our own voice."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from summarizer.guard.participle_frames import before_participle
from summarizer.guard.text import normalize

SOURCE = (
    "قال المتحدث باسم نقابة عمال الموانئ إن الشركة فقدت نصف عقودها البحرية خلال العام "
    "الماضي بسبب الإضراب الطويل. وأضاف أن العمال لن يعودوا إلى العمل قبل توقيع اتفاق "
    "جديد. وتقع الموانئ الثلاثة على الساحل الغربي للبلاد."
)


@pytest.fixture(scope="module")
def guard() -> Guard:
    return Guard.from_settings()


def _kinds(guard: Guard, summary: str) -> set[str]:
    return set(guard.check(SOURCE, summary, lang="ar").kinds())


def test_claim_before_a_participle_told_as_fact_is_flagged(guard: Guard) -> None:
    brief = (
        "وفقدت الشركة نصف عقودها البحرية خلال العام الماضي بسبب الإضراب الطويل، مضيفا "
        "أن العمال لن يعودوا إلى العمل قبل توقيع اتفاق جديد."
    )
    assert "attribution" in _kinds(guard, brief)


def test_claim_under_its_own_cue_before_the_participle_passes(guard: Guard) -> None:
    brief = (
        "قال المتحدث باسم نقابة عمال الموانئ إن الشركة فقدت نصف عقودها البحرية خلال "
        "العام الماضي بسبب الإضراب الطويل، مضيفا أن العمال لن يعودوا إلى العمل قبل "
        "توقيع اتفاق جديد."
    )
    assert _kinds(guard, brief) == set()


def test_a_verb_whose_subject_is_the_speaker_is_not_read_as_our_voice() -> None:
    # the masculine verb before a feminine noun: the noun is its object, the speaker
    # (named in the sentence before) its subject
    told_on = normalize("ويعزو الخسارة إلى الإضراب الطويل، مضيفا أن العمال لن يعودوا.")
    # a verb run into its complement keeps the speaker as subject
    complement = normalize("واستشهد بخسارة العقود البحرية، مؤكدا أن العمال لن يعودوا.")
    # a name after the verb is the speaker
    named = normalize("ويعدد سليم أسباب الخسارة كلها، مشيرا إلى أن العمال لن يعودوا.")
    assert before_participle(told_on, "ar") == []
    assert before_participle(complement, "ar") == []
    assert before_participle(named, "ar") == []


def test_the_clause_before_is_cut_at_the_participle() -> None:
    sentence = normalize("وتعود الأزمة إلى سياسة قديمة، موضحا أن الحل ممكن.")
    assert before_participle(sentence, "ar") == [normalize("وتعود الأزمة إلى سياسة قديمة")]
