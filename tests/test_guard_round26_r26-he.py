"""Round 26 (Hebrew): attribution false alarms on faithful Hebrew briefs of rulings and
speeches, and the faults next to them. Own made-up sources and briefs, one rule each:

- "X – כך קבע/החליט/פסק Y" (so Y ruled) attributes X to Y, put after its claim;
- "מצא כי" (found that) reports a finding, as "קבע כי" does;
- "כינה" (called, dubbed) is a speech act of its subject;
- a concessive clause after a postposed attribution is the writer's own statement;
- a cue word behind a preposition ("מעורב בדיווח על", involved in reporting) is a noun,
  and the words before it name no speaker.
"""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

RULING = (
    "בית המשפט המחוזי בחיפה דן בעניינו של נהג משאית שפגע בגדר. הוא קבע שהנהג נסע "
    "במהירות מופרזת, אך בשל עברו הנקי ובגלל שהיה מעורב בדיווח על התקלה רישיונו לא יישלל. "
    "על הנהג הוטל קנס של 2,000 שקל."
)


def test_he_postposed_ruling_attributes_the_claim_before_it(guard: Guard) -> None:
    for verb in ("קבע", "החליט", "פסק"):
        brief = (
            f"רישיונו של נהג המשאית לא יישלל – כך {verb} בית המשפט המחוזי בחיפה, "
            "אף שמצא כי נסע במהירות מופרזת."
        )
        assert "attribution" not in kinds(guard, RULING, brief, "he"), verb


def test_he_concessive_after_a_postposed_ruling_is_our_own_voice(guard: Guard) -> None:
    brief = (
        "רישיונו של נהג המשאית לא יישלל – כך קבע בית המשפט המחוזי בחיפה, אף שנסע במהירות מופרזת."
    )
    assert "attribution" in kinds(guard, RULING, brief, "he")


def test_he_found_that_attributes_the_finding(guard: Guard) -> None:
    brief = "נהג המשאית לא יאבד את רישיונו, אף שבית המשפט המחוזי בחיפה מצא שנסע במהירות מופרזת."
    assert "attribution" not in kinds(guard, RULING, brief, "he")


def test_he_a_reporting_noun_names_no_speaker_before_it(guard: Guard) -> None:
    brief = (
        "בית המשפט המחוזי בחיפה נימק את ההחלטה בעברו הנקי של הנהג ובכך שהיה מעורב בדיווח על התקלה."
    )
    assert "attribution" not in kinds(guard, RULING, brief, "he")


SPEECH = 'שר האוצר נשא נאום בכנס הכלכלי בירושלים. הוא הוסיף: "תוכנית המס החדשה היא אסון לכלכלה".'


def test_he_called_is_a_speech_act(guard: Guard) -> None:
    brief = 'שר האוצר כינה את תוכנית המס החדשה "אסון לכלכלה".'
    assert "attribution" not in kinds(guard, SPEECH, brief, "he")


RELAY_EN = "The mayor told reporters that the governor had said the bridge would reopen."


def test_he_relayed_words_keep_both_speakers(guard: Guard) -> None:
    source = "The mayor told reporters that the governor had said the bridge would reopen."
    kept = "ראש העיר אמר לכתבים שהמושל אמר לו כי הגשר ייפתח מחדש."
    lost = "ראש העיר אמר לכתבים כי הגשר ייפתח מחדש."
    assert "translation_attribution" not in kinds(
        guard, source, kept, "he", english_summary=RELAY_EN
    )
    assert "translation_attribution" in kinds(guard, source, lost, "he", english_summary=RELAY_EN)
