"""Guard round 28 (headline faults): one vocabulary of claim hedges for the hardening and
headline-hedge checks, and a headline's hedged claim stated as fact in Arabic and Hebrew.
Each behaviour beside the faithful wording that must still pass."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- one hedge vocabulary: a word that keeps a claim open for one check does for the other --

HOSPITAL_TITLE = "Hospital on brink of collapse as fuel runs out"
HOSPITAL = (
    f"{HOSPITAL_TITLE}\nThe hospital's director said the fuel runs out on Sunday. Staff have"
    " cut power to two wards, the director said."
)


def test_a_brief_that_keeps_the_headline_claim_someones_belief_is_hedged(guard: Guard) -> None:
    believed = (
        "The hospital's director believes the hospital will collapse when the fuel runs out"
        " on Sunday."
    )
    assert "headline" not in kinds(guard, HOSPITAL, believed, headline=HOSPITAL_TITLE)
    stated = "The hospital has collapsed as the fuel runs out, the director said."
    assert "headline" in kinds(guard, HOSPITAL, stated, headline=HOSPITAL_TITLE)


def test_the_bodys_plain_word_about_another_thing_does_not_clear_the_claim(
    guard: Guard,
) -> None:
    """The body's "the old bridge collapsed" says nothing of the hospital."""
    source = f"{HOSPITAL} The old bridge to the hospital collapsed in a storm last year."
    stated = "The hospital has collapsed as the fuel runs out, the director said."
    assert "headline" in kinds(guard, source, stated, headline=HOSPITAL_TITLE)
    followed = "The old bridge to the hospital collapsed in a storm last year."
    assert "headline" not in kinds(guard, source, followed, headline=HOSPITAL_TITLE)


def test_a_brief_that_keeps_the_source_claim_an_imminent_one_is_hedged(guard: Guard) -> None:
    source = "The army may enter the city within days, officials said. Residents have fled."
    poised = "Officials said the army is poised to enter the city within days."
    assert "headline" not in kinds(guard, source, poised)
    stated = "Officials said the army entered the city within days."
    assert "headline" in kinds(guard, source, stated)


# --- a headline's hedged claim stated as fact, in Arabic and Hebrew -----------------------

AR_TITLE = "المحلل سامي ناصر: كل الشروط متوفرة لانتفاضة شعبية في البلاد"
AR_SOURCE = (
    f"{AR_TITLE}\nقال المحلل السياسي سامي ناصر إن الغضب الشعبي يتصاعد في المدن، وإن كل الشروط"
    " متوفرة لانتفاضة شعبية. وكانت انتفاضة الخبز في 1977 قد أسقطت الحكومة. وأضاف أن"
    " النقابات دعت إلى إضراب شامل الأسبوع المقبل."
)


def test_arabic_conditions_for_an_uprising_retold_as_one_under_way_is_headline(
    guard: Guard,
) -> None:
    faithful = (
        "قال المحلل السياسي سامي ناصر إن كل الشروط متوفرة لانتفاضة شعبية، مضيفا أن النقابات"
        " دعت إلى إضراب شامل الأسبوع المقبل."
    )
    assert "headline" not in kinds(guard, AR_SOURCE, faithful, "ar", headline=AR_TITLE)
    broke_out = (
        "قال المحلل السياسي سامي ناصر إن انتفاضة شعبية قد اندلعت في المدن، مضيفا أن النقابات"
        " دعت إلى إضراب شامل الأسبوع المقبل."
    )
    assert "headline" in kinds(guard, AR_SOURCE, broke_out, "ar", headline=AR_TITLE)


def test_arabic_brief_that_follows_the_bodys_plain_mention_is_no_headline_fault(
    guard: Guard,
) -> None:
    """The body's own plain "انتفاضة الخبز" is another uprising than the headline's."""
    earlier = "وذكّر سامي ناصر بأن انتفاضة الخبز في 1977 قد أسقطت الحكومة."
    assert "headline" not in kinds(guard, AR_SOURCE, earlier, "ar", headline=AR_TITLE)


HE_TITLE = "הפרשן דני לוי: המשק על סף מיתון"
HE_SOURCE = (
    f"{HE_TITLE}\nהפרשן דני לוי אמר כי המשק נמצא על סף מיתון, וכי הצמיחה נעצרה ברבעון האחרון."
    " לדבריו, האבטלה עלתה לשישה אחוזים."
)


def test_hebrew_verge_of_recession_retold_as_a_recession_is_headline(guard: Guard) -> None:
    faithful = "הפרשן דני לוי אמר כי המשק נמצא על סף מיתון, וכי הצמיחה נעצרה ברבעון האחרון."
    assert "headline" not in kinds(guard, HE_SOURCE, faithful, "he", headline=HE_TITLE)
    entered = "הפרשן דני לוי אמר כי המשק נכנס למיתון, וכי הצמיחה נעצרה ברבעון האחרון."
    assert "headline" in kinds(guard, HE_SOURCE, entered, "he", headline=HE_TITLE)


def test_a_negation_elsewhere_in_the_sentence_does_not_hide_the_claim(guard: Guard) -> None:
    """A "לא" before another word denies that word's claim, not the recession's."""
    entered = "הפרשן דני לוי אמר כי המשק נכנס למיתון, והצמיחה לא התאוששה ברבעון האחרון."
    assert "headline" in kinds(guard, HE_SOURCE, entered, "he", headline=HE_TITLE)
    denied = "הפרשן דני לוי אמר כי המשק לא נכנס למיתון, וכי הצמיחה נעצרה ברבעון האחרון."
    assert "headline" not in kinds(guard, HE_SOURCE, denied, "he", headline=HE_TITLE)
