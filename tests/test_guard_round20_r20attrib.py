"""Round 20 (loaded words a faithful brief uses only after its source): an epithet that
brands a person by a cause ("apologist"), an intensifier that judges ("catastrophic"), a
word that casts a part taken as a misdeed (تورط), one side's label (انفصالي), and emotive
Hebrew words (מבוהל, חמק). Each is the brief's own framing where the source never uses it,
and the source's word where it does. ("השתוללה" of a fire is the plain Hebrew idiom: left.)
Own made-up sources and briefs."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from tests.auxil.guard import kinds

EN_SOURCE = (
    "A university in Leeds has cancelled a lecture by the economist Mark Hollis, who wrote "
    "a book defending the East India Company. Students had petitioned against the event.\n"
)


def test_en_apologist_in_our_voice_is_loaded(guard: Guard) -> None:
    faithful = "A Leeds university cancelled a lecture by economist Mark Hollis after a petition."
    own_voice = faithful.replace("economist Mark Hollis", "imperial apologist Mark Hollis")
    assert "loaded" not in kinds(guard, EN_SOURCE, faithful, "en")
    assert "loaded" in kinds(guard, EN_SOURCE, own_voice, "en")
    # the source's own word is reported, not ours
    source = EN_SOURCE.replace("the economist", "the imperial apologist")
    assert "loaded" not in kinds(guard, source, own_voice, "en")


AR_SOURCE = (
    "قال وزير المالية في مؤتمر صحفي يوم الأحد إن البلاد تشهد تراجعا اقتصاديا منذ عامين، "
    "وإن مشاركة الحكومة في التحالف الإقليمي أثقلت الميزانية، مشيرا إلى أن حركة في الشمال "
    "تسعى إلى إدارة الإقليم بشكل مستقل.\n"
)
AR_FAITHFUL = (
    "قال وزير المالية إن البلاد تشهد تراجعا اقتصاديا منذ عامين وإن مشاركة الحكومة في "
    "التحالف الإقليمي أثقلت الميزانية."
)


@pytest.mark.parametrize(
    ("plain", "loaded"),
    [
        ("تراجعا اقتصاديا", "تراجعا اقتصاديا كارثيا"),
        ("مشاركة الحكومة", "تورط الحكومة"),
        ("الحكومة في", "الحكومة الانفصالية في"),
    ],
)
def test_ar_judging_words_in_our_voice_are_loaded(guard: Guard, plain: str, loaded: str) -> None:
    own_voice = AR_FAITHFUL.replace(plain, loaded)
    assert "loaded" not in kinds(guard, AR_SOURCE, AR_FAITHFUL, "ar")
    assert "loaded" in kinds(guard, AR_SOURCE, own_voice, "ar")
    # where the source says it itself, the brief repeats the source's word
    source = AR_SOURCE.replace(plain, loaded)
    assert "loaded" not in kinds(guard, source, own_voice, "ar")


HE_SOURCE = (
    "שריפה פרצה הבוקר ביער ליד מושב נטע, ותושבי המושב פונו מבתיהם. בית המשפט המחוזי "
    "בבאר שבע החליט אתמול שלא להרשיע את הנהג בתיק התאונה.\n"
)
HE_FAITHFUL = (
    "שריפה פרצה ביער ליד מושב נטע ותושבים פונו מבתיהם. בית המשפט החליט שלא להרשיע את הנהג."
)


@pytest.mark.parametrize(
    ("plain", "loaded", "in_source"),
    [
        ("ותושבים פונו", "ותושבים מבוהלים פונו", ("ותושבי המושב", "ותושבי המושב המבוהלים")),
        (
            "בית המשפט החליט שלא להרשיע את הנהג",
            "הנהג חמק מהרשעה",
            ("החליט אתמול שלא להרשיע את הנהג", "קבע אתמול שהנהג חמק מהרשעה"),
        ),
    ],
)
def test_he_emotive_words_in_our_voice_are_loaded(
    guard: Guard, plain: str, loaded: str, in_source: tuple[str, str]
) -> None:
    own_voice = HE_FAITHFUL.replace(plain, loaded)
    assert "loaded" not in kinds(guard, HE_SOURCE, HE_FAITHFUL, "he")
    assert "loaded" in kinds(guard, HE_SOURCE, own_voice, "he")
    # where the source says it itself, the brief repeats the source's word
    source = HE_SOURCE.replace(*in_source)
    assert "loaded" not in kinds(guard, source, own_voice, "he")


# --- a hedge dropped: the brief states as fact what the source only allows ------------------

EN_HEDGE_SOURCE = (
    "Police in Lyon said on Monday that the driver who fled the crash may have got the van "
    "from a rental agency in Marseille. The investigation continues.\n"
)


def test_en_a_claim_after_a_light_verb_hedge_stated_as_fact_is_an_attribution_fault(
    guard: Guard,
) -> None:
    hedged = "Police said the driver who fled the crash may have rented the van in Marseille."
    flat = hedged.replace("may have rented", "rented")
    assert "attribution" not in kinds(guard, EN_HEDGE_SOURCE, hedged, "en")
    assert "attribution" in kinds(guard, EN_HEDGE_SOURCE, flat, "en")


AR_HEDGE_SOURCE = (
    "أعلنت الشرطة يوم الاثنين أن السائق الفار ربما استأجر الشاحنة من وكالة تأجير في "
    "مرسيليا. ولا يزال التحقيق جاريا.\n"
)


def test_ar_a_dropped_hedge_is_an_attribution_fault(guard: Guard) -> None:
    hedged = "أعلنت الشرطة أن السائق الفار ربما استأجر الشاحنة من وكالة تأجير في مرسيليا."
    flat = hedged.replace("ربما ", "")
    assert "attribution" not in kinds(guard, AR_HEDGE_SOURCE, hedged, "ar")
    assert "attribution" in kinds(guard, AR_HEDGE_SOURCE, flat, "ar")


HE_HEDGE_SOURCE = (
    "המשטרה מסרה ביום שני כי ייתכן שהנהג שנמלט שכר את המשאית בסוכנות השכרה במרסיי. החקירה נמשכת.\n"
)


def test_he_a_dropped_hedge_is_an_attribution_fault(guard: Guard) -> None:
    hedged = "המשטרה מסרה כי ייתכן שהנהג שנמלט שכר את המשאית בסוכנות השכרה במרסיי."
    flat = hedged.replace("ייתכן שהנהג", "הנהג")
    assert "attribution" not in kinds(guard, HE_HEDGE_SOURCE, hedged, "he")
    assert "attribution" in kinds(guard, HE_HEDGE_SOURCE, flat, "he")
