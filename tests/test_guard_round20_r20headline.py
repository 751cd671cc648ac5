"""Round 20 (headline: the body's denial turned into the headline's assertion): a headline
that implies what its article denies ("Community service for the driver" over a court that
decided not to convict him) must not lead a brief to assert the denied predicate ("was
convicted"). A word the body has only under a negation, a verb of abstention or a word of
substitution, asserted in a sentence that restates the headline, is reported. Own made-up
sources and briefs."""

from __future__ import annotations

from summarizer.guard import Guard
from summarizer.guard.headline_stance import check_headline_stance
from tests.auxil.guard import kinds

# --- English ---------------------------------------------------------------------------------

EN_TITLE = "Community service for bus driver in Dover crash case"
EN_SOURCE = (
    f"{EN_TITLE}\n"
    "A magistrates' court in Dover decided on Monday not to convict the bus driver Tom Hale, "
    "citing his clean record and his help to the injured. He will do 120 hours of community "
    "service and pay 2,000 pounds to the passengers, the court said.\n"
)


def test_a_brief_asserting_what_the_body_denies_is_flagged(guard: Guard) -> None:
    brief = (
        "The bus driver Tom Hale was convicted by a Dover court and will do 120 hours of "
        "community service and pay 2,000 pounds to the passengers."
    )
    assert "headline" in kinds(guard, EN_SOURCE, brief, "en", headline=EN_TITLE)
    faithful = (
        "A Dover court decided not to convict the bus driver Tom Hale, who will instead do "
        "120 hours of community service and pay 2,000 pounds to the passengers."
    )
    assert "headline" not in kinds(guard, EN_SOURCE, faithful, "en", headline=EN_TITLE)


def test_instead_of_sets_the_word_aside() -> None:
    convicted = "The bus driver Tom Hale faces a conviction and community service in Dover."
    assert check_headline_stance(EN_TITLE, convicted, EN_SOURCE, "en") != []
    instead = (
        "Instead of a conviction, the bus driver Tom Hale will do 120 hours of community "
        "service in the Dover case."
    )
    assert check_headline_stance(EN_TITLE, instead, EN_SOURCE, "en") == []


# --- Hebrew ----------------------------------------------------------------------------------

HE_TITLE = "עבודות שירות לנהג האוטובוס בפרשת התאונה בחדרה"
HE_SOURCE = (
    f"{HE_TITLE}\n"
    "בית משפט השלום בחדרה החליט ביום שני שלא להרשיע את נהג האוטובוס משה לוי, בשל עברו הנקי "
    "ועזרתו לפצועים. הוא יבצע 120 שעות עבודות שירות וישלם 2,000 שקל לנוסעים.\n"
)


def test_hebrew_a_brief_asserting_the_conviction_is_flagged(guard: Guard) -> None:
    brief = "נהג האוטובוס משה לוי הורשע ויבצע 120 שעות עבודות שירות, וישלם 2,000 שקל לנוסעים."
    assert "headline" in kinds(guard, HE_SOURCE, brief, "he", headline=HE_TITLE)
    # refraining from a conviction asserts none
    faithful = (
        "בית המשפט בחדרה נמנע מהרשעת נהג האוטובוס משה לוי, שיבצע 120 שעות עבודות שירות "
        "וישלם 2,000 שקל לנוסעים."
    )
    assert "headline" not in kinds(guard, HE_SOURCE, faithful, "he", headline=HE_TITLE)


# --- Arabic ----------------------------------------------------------------------------------

AR_TITLE = "خدمة مجتمعية لسائق الحافلة في قضية حادث صفاقس"
AR_SOURCE = (
    f"{AR_TITLE}\n"
    "قررت محكمة صفاقس يوم الاثنين عدم إدانة سائق الحافلة سامي بن علي، نظرا لسجله النظيف "
    "ومساعدته للمصابين، ولم تفرض عليه غير الخدمة المجتمعية مئة ساعة.\n"
)


def test_arabic_a_brief_asserting_the_conviction_is_flagged(guard: Guard) -> None:
    brief = "بعد إدانة سائق الحافلة سامي بن علي، سيؤدي مئة ساعة من الخدمة المجتمعية."
    assert "headline" in kinds(guard, AR_SOURCE, brief, "ar", headline=AR_TITLE)
    # "imposed nothing but community service": the second negation restricts the first, and
    # the service the body asserts may be asserted
    faithful = (
        "قررت محكمة صفاقس عدم إدانة سائق الحافلة سامي بن علي، وفرضت عليه الخدمة المجتمعية مئة ساعة."
    )
    assert "headline" not in kinds(guard, AR_SOURCE, faithful, "ar", headline=AR_TITLE)
