"""Round 23 (attribution): in Arabic, a contrastive opener with an imperfect verb after a
clause whose cue heads what it says ("وصف X ... بأنها ...، فيما يشعر ...") starts a
statement of its own, which that cue does not reach. Where the source gives that statement
to its speaker, the brief has dropped the attribution; a past event told beside it ("فيما
ارتفعت الأسعار"), or a sentence under a frame ("بحسب X، ..."), is not flagged.

Also: the speech-act counters live in speech_acts.py (split out of cues.py), and count as
they did."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.clause_cover import uncovered_clauses
from summarizer.guard.speech_acts import directive_count, speaker_cue_count, warning_count

AR_SOURCE = (
    "زار وزير الخارجية عمّان يوم الثلاثاء في جولة إقليمية قصيرة. "
    "ووصف المحلل خالد الراشد الزيارة بأنها محاولة لكسر العزلة، "
    "معتبرا أن الحكومة تواجه أزمة اقتصادية خانقة وتبحث عن قروض جديدة. "
    "وارتفعت أسعار الوقود في البلاد للمرة الثالثة هذا العام."
)


def _attribution(guard: Guard, summary: str) -> list[str]:
    report = guard.check(AR_SOURCE, summary, lang="ar")
    return [p.detail for p in report.problems if p.kind == "attribution"]


def test_ar_clause_after_contrast_opener_is_not_covered_by_the_cue_before() -> None:
    sentence = "وصف الراشد الزيارة بأنها محاولة لكسر العزلة، فيما تواجه الحكومة أزمة خانقة."
    assert uncovered_clauses(sentence, "ar") == ["تواجه الحكومة أزمة خانقة."]


def test_ar_speaker_claim_moved_behind_contrast_opener_is_caught(guard: Guard) -> None:
    summary = (
        "وصف المحلل خالد الراشد زيارة وزير الخارجية بأنها محاولة لكسر العزلة، فيما "
        "تواجه الحكومة أزمة اقتصادية خانقة وتبحث عن قروض جديدة."
    )
    assert _attribution(guard, summary)


def test_ar_own_voice_fact_behind_contrast_opener_is_faithful(guard: Guard) -> None:
    summary = (
        "وصف المحلل خالد الراشد زيارة وزير الخارجية بأنها محاولة لكسر العزلة، فيما "
        "ارتفعت أسعار الوقود في البلاد للمرة الثالثة هذا العام."
    )
    assert not _attribution(guard, summary)


def test_ar_frame_before_contrast_opener_covers_the_whole_sentence() -> None:
    sentence = "بحسب الراشد، تبحث الحكومة عن قروض جديدة، بينما ترتفع أسعار الوقود في البلاد."
    assert uncovered_clauses(sentence, "ar") == []


def test_speech_act_counts_are_unchanged_by_the_split() -> None:
    assert speaker_cue_count("Officials said Harry declined to share what was said.") == 1
    assert directive_count("The army warned residents to leave the area.") == 1
    assert warning_count("وحذر الجيش السكان من البقاء", "ar") == 1
