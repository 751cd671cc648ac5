"""Round 24 (attribution false alarms on faithful briefs):

- English: "X, head of Y, said Z has more than 4,000 ..." is no inverted cue ("..., said
  Dr. X"): words after the verb that hold an auxiliary or a figure are what is said, so
  the speaker is X, not "Z has more than 4".
- English: "Officials in Leeds say ..." for the source's "Officials say ...": a fuller form
  of the same speaker (the added words say where they are from), not another speaker.
- Hebrew: "בנאום לרגל X אמר ראש העירייה כי ...": a sentence that opens with a prepositional
  phrase puts its subject after the verb; the occasion is no speaker.
- Hebrew: "לפי ההחלטה" (a decision, a ruling, a letter) names no new party.
- Arabic: "تحدث المرصد عن اشتباكات" attributes the clashes to the observatory; "تحدث أعمال
  عنف" (violence occurs) and "تحدث إلينا عن" (a talk with the writer and its topic) do not.
"""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.cues import has_cue
from summarizer.guard.speaker_finding import speakers


def _attribution(guard: Guard, source: str, summary: str, lang: str) -> list[str]:
    report = guard.check(source, summary, lang=lang)
    return [p.detail for p in report.problems if p.kind == "attribution"]


def test_en_clause_after_apposition_and_verb_is_no_inverted_speaker() -> None:
    sentence = "Dr. Mina Oduya, head of the Lakeside Clinic, said Tarville has 4,000 cases."
    assert speakers(sentence, "en") == ["Dr Mina Oduya head of the Lakeside Clinic"]


def test_en_inverted_cue_still_finds_its_speaker() -> None:
    assert speakers("The camp is full, said Dr. Ann Lee.", "en") == ["Dr Ann Lee"]


def test_en_speaker_with_place_qualifier_is_the_sources_speaker(guard: Guard) -> None:
    source = (
        "Leeds has opened a second flood shelter near the river. Officials say the water "
        "is still rising along the northern embankment. The shelter can hold 300 people."
    )
    summary = "Officials in Leeds say the water is still rising along the northern embankment."
    assert not _attribution(guard, source, summary, "en")


def test_he_occasion_phrase_before_verb_is_no_speaker() -> None:
    sentence = "בטקס לרגל פתיחת הגשר אמר ראש העירייה כי התנועה תוקל."
    assert speakers(sentence, "he") == ["ראש העירייה"]


def test_he_subject_before_verb_is_kept() -> None:
    assert speakers("ביטון אמר לכתבים כי התנועה תוקל.", "he") == ["ביטון"]


def test_he_decision_is_no_unheard_speaker(guard: Guard) -> None:
    source = (
        "ועדת הערר בחיפה דחתה אתמול את הבקשה להרחיב את המפעל. "
        "הוועדה קבעה כי הרעש מהמפעל פוגע בתושבי השכונה."
    )
    summary = "ועדת הערר בחיפה דחתה את הבקשה. לפי ההחלטה, הרעש מהמפעל פוגע בתושבי השכונה."
    assert not [d for d in _attribution(guard, source, summary, "he") if "names no" in d]


def test_ar_talked_of_is_an_attribution_cue() -> None:
    assert has_cue("تحدث المرصد السوري عن اشتباكات قرب المدينة", "ar")


def test_ar_occurs_and_talk_with_writer_are_no_cues() -> None:
    assert not has_cue("تحدث أعمال عنف في المدينة كل ليلة", "ar")
    assert not has_cue("الباحث تحدث إلينا عن المشهد في البلاد", "ar")
