"""Guard round 12 (issue 12, heldout14's missed headline faults as tuning data): a claim the
source hedges stated as fact, and a finality the source never states, caught as headline
faults beside the faithful wording that must still pass."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- a hedged predicate ("may have", "ربما", "ייתכן") restated as fact ----------------------

EN_SOURCE = (
    "Police said on Monday that the missing driver may have crossed the border into Jordan"
    " on foot. His car was found near the crossing."
)


def test_a_hedged_claim_stated_as_fact_is_headline_en(guard: Guard) -> None:
    brief = "Police said the missing driver may have crossed the border into Jordan on foot."
    assert "headline" not in kinds(guard, EN_SOURCE, brief)
    hardened = "Police said the missing driver crossed the border into Jordan on foot."
    assert "headline" in kinds(guard, EN_SOURCE, hardened)


def test_a_headline_hedge_stated_as_fact_in_other_words_is_headline_en(guard: Guard) -> None:
    title = "Stadium Gunman May Have Heard Voices Urging Attack, Officials Say"
    source = f"{title}\nThe gunman, 31, had visited a clinic in March, an official said."
    brief = (
        "The gunman, 31, had visited a clinic in March, an official said. Officials say he"
        " may have heard voices urging an attack."
    )
    assert "headline" not in kinds(guard, source, brief, headline=title)
    hardened = brief.replace(
        "Officials say he may have heard voices urging an attack.",
        "He had been hearing voices urging him to attack.",
    )
    assert "headline" in kinds(guard, source, hardened, headline=title)


def test_an_unhedged_clause_after_the_hedged_one_is_no_headline_fault(guard: Guard) -> None:
    source = (
        "The suspect may have bought a rifle there that he later used to rob a bank in the"
        " capital, the newspaper reported."
    )
    brief = (
        "The suspect may have bought a rifle there, the newspaper reported. According to the"
        " report, he later used it to rob a bank in the capital."
    )
    assert "headline" not in kinds(guard, source, brief)


AR_SOURCE = (
    "وقالت الشرطة إن الرجل ربما هرب إلى الأردن عبر معبر حدودي شمالي. وعثر على سيارته قرب المعبر."
)


def test_a_hedged_claim_stated_as_fact_is_headline_ar(guard: Guard) -> None:
    brief = "قالت الشرطة إن الرجل ربما هرب إلى الأردن عبر معبر حدودي شمالي."
    assert "headline" not in kinds(guard, AR_SOURCE, brief, lang="ar")
    hardened = "قالت الشرطة إن الرجل هرب إلى الأردن عبر معبر حدودي شمالي."
    assert "headline" in kinds(guard, AR_SOURCE, hardened, lang="ar")


HE_SOURCE = "המשטרה מסרה כי ייתכן שהנהג הנעדר חצה את הגבול לירדן ברגל. מכוניתו נמצאה ליד המעבר."


def test_a_hedged_claim_stated_as_fact_is_headline_he(guard: Guard) -> None:
    brief = "לפי המשטרה, ייתכן שהנהג הנעדר חצה את הגבול לירדן ברגל."
    assert "headline" not in kinds(guard, HE_SOURCE, brief, lang="he")
    hardened = "לפי המשטרה, הנהג הנעדר חצה את הגבול לירדן ברגל."
    assert "headline" in kinds(guard, HE_SOURCE, hardened, lang="he")


# --- a finality the source never states ("definitively", "نهائيا", "סופית") ------------------


def test_an_added_finality_word_is_headline_en(guard: Guard) -> None:
    source = "The minister cancelled the meeting with the union because of illness."
    brief = "Because of illness, the minister cancelled the meeting with the union."
    assert "headline" not in kinds(guard, source, brief)
    final = brief.replace("cancelled", "definitively cancelled")
    assert "headline" in kinds(guard, source, final)


def test_an_added_finality_word_is_headline_ar(guard: Guard) -> None:
    source = "ألغى الوزير الاجتماع مع النقابة بسبب المرض."
    brief = "ألغى الوزير الاجتماع مع النقابة بسبب المرض."
    assert "headline" not in kinds(guard, source, brief, lang="ar")
    final = "ألغى الوزير نهائيا الاجتماع مع النقابة بسبب المرض."
    assert "headline" in kinds(guard, source, final, lang="ar")


def test_an_added_finality_word_is_headline_he(guard: Guard) -> None:
    source = "השר ביטל את הפגישה עם ועד העובדים בשל מחלה."
    brief = "בשל מחלה, השר ביטל את הפגישה עם ועד העובדים."
    assert "headline" not in kinds(guard, source, brief, lang="he")
    final = brief.replace("ביטל את", "ביטל סופית את")
    assert "headline" in kinds(guard, source, final, lang="he")


def test_a_finality_word_the_source_uses_passes(guard: Guard) -> None:
    source = "השר ביטל סופית את הפגישה עם ועד העובדים בשל מחלה."
    brief = "בשל מחלה, השר ביטל סופית את הפגישה עם ועד העובדים."
    assert "headline" not in kinds(guard, source, brief, lang="he")


# --- a phrase added after a connective ("to a standing ovation", "by the end of the month") -


def test_a_manner_phrase_the_source_lacks_is_unsupported(guard: Guard) -> None:
    source = (
        "The veteran actor received a lifetime achievement award at the ceremony on Sunday."
        " He thanked his family in a short speech."
    )
    brief = "The veteran actor received a lifetime achievement award at the ceremony on Sunday."
    assert "unsupported" not in kinds(guard, source, brief)
    added = brief.replace("on Sunday.", "on Sunday to a standing ovation.")
    assert "unsupported" in kinds(guard, source, added)


def test_a_deadline_the_source_lacks_is_unsupported(guard: Guard) -> None:
    source = (
        "The government says it has reached a deal with the rebels over the withdrawal of"
        " their fighters from the valley. The minister announced the agreement on Saturday."
    )
    brief = (
        "The government says it has reached a deal with the rebels over the withdrawal of"
        " their fighters from the valley."
    )
    assert "unsupported" not in kinds(guard, source, brief)
    added = brief.replace("from the valley.", "from the valley by the end of the summer.")
    assert "unsupported" in kinds(guard, source, added)


def test_a_connective_phrase_from_another_source_sentence_passes(guard: Guard) -> None:
    source = (
        "The transport minister resigned on Monday. Her resignation came after weeks of"
        " protests by rail workers."
    )
    brief = "The transport minister resigned on Monday after weeks of protests by rail workers."
    assert "unsupported" not in kinds(guard, source, brief)


# --- a bound ("more than 90") loosened into an approximation ("about 90") ----------------


def test_a_bound_turned_approximate_is_number_en(guard: Guard) -> None:
    source = "More than 90 percent of the members voted for the plan on Tuesday."
    brief = "More than 90 percent of the members voted for the plan on Tuesday."
    assert "number" not in kinds(guard, source, brief)
    assert "number" in kinds(guard, source, brief.replace("More than", "About"))


def test_a_bound_turned_approximate_is_number_ar(guard: Guard) -> None:
    source = "صوّت أكثر من 90 بالمئة من الأعضاء لصالح الخطة يوم الثلاثاء."
    brief = "صوّت أكثر من 90 بالمئة من الأعضاء لصالح الخطة يوم الثلاثاء."
    assert "number" not in kinds(guard, source, brief, lang="ar")
    loose = brief.replace("أكثر من", "ما يقارب")
    assert "number" in kinds(guard, source, loose, lang="ar")


def test_a_bound_turned_approximate_is_number_he(guard: Guard) -> None:
    source = "יותר מ-90 אחוז מהחברים הצביעו בעד התוכנית ביום שלישי."
    brief = "יותר מ-90 אחוז מהחברים הצביעו בעד התוכנית ביום שלישי."
    assert "number" not in kinds(guard, source, brief, lang="he")
    loose = brief.replace("יותר מ-90", "כ-90")
    assert "number" in kinds(guard, source, loose, lang="he")
