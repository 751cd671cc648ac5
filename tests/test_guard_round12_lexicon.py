"""Guard round 12 (issue 12, loaded words): kinds of loaded wording the round-11 lexicons
lacked, closed as kinds — epithets that sum up a person (embattled), insults about the mind
(deranged), extremism and illegitimacy labels (fanatical, rogue), bigotry verdicts (racist),
verdicts on a suspect (criminal, abuser), one side's word for the other's campaign pinned on
that side (Israel's onslaught), الاحتلال standing for Israel's institutions, regime forces,
sneers for a government (الطغمة الحاكمة), sanctifying praise (الثورة المباركة), genocide as a
war's name, a judging adjective for a place (ההתנחלות האלימה), and plural nouns bound to
the next word (إرهابيو جبهة النصرة، בריוני הגבעות). Also three plain senses that were false
alarms: a law's exact name further from "bill", "so-called" before a quoted term, and
استشهد بـ "cited". Own made-up sources and briefs."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- English: each kind in our voice is loaded; quoted with its speaker it passes -----------

EN_SOURCE = (
    "Governor Mark Ellis said on Friday that a group of soldiers had seized the radio station"
    ' in Port Vale. Resident Tom Hale said: "{quote}" Police said three people were hurt.\n'
)
EN_FAITHFUL = (
    "A group of soldiers seized the radio station in Port Vale on Friday, Mark Ellis said."
)

EN_WORDS = [
    (
        "Embattled Governor Mark Ellis said soldiers seized the radio station in Port Vale.",
        "The embattled governor has lost control.",
    ),
    (
        "A group of rogue soldiers seized the radio station in Port Vale on Friday.",
        "These rogue soldiers took our station.",
    ),
    (
        "A group of deranged soldiers seized the radio station in Port Vale on Friday.",
        "They are deranged.",
    ),
    (
        "A group of fanatical soldiers seized the radio station in Port Vale on Friday.",
        "They are fanatical.",
    ),
    (
        "Mark Ellis said racist soldiers seized the radio station in Port Vale on Friday.",
        "These racist soldiers took our station.",
    ),
    (
        "The army's onslaught on Port Vale began when soldiers seized the radio station.",
        "The army's onslaught has begun.",
    ),
    (
        "The ruling cabal in Port Vale lost the radio station to soldiers on Friday.",
        "The ruling cabal has lost the station.",
    ),
]


@pytest.mark.parametrize(("brief", "quote"), EN_WORDS, ids=[f"en{i}" for i in range(len(EN_WORDS))])
def test_english_kinds_of_judgement_are_loaded_in_our_voice_and_pass_quoted(
    guard: Guard, brief: str, quote: str
) -> None:
    source = EN_SOURCE.format(quote=quote)
    assert "loaded" not in kinds(guard, source, EN_FAITHFUL)
    assert "loaded" in kinds(guard, source, brief)
    quoted = f'{EN_FAITHFUL} "{quote}" resident Tom Hale said.'
    assert "loaded" not in kinds(guard, source, quoted)


@pytest.mark.parametrize(
    "text",
    [
        "Before an onslaught of storms, the town closed its port.",
        "The onslaught of visitors ended on Sunday.",
        "An act of aggression is banned under the treaty.",
    ],
)
def test_a_campaign_word_not_pinned_on_a_side_is_plain(guard: Guard, text: str) -> None:
    assert guard.lexicons["en"].check(text) == []


@pytest.mark.parametrize(
    "text", ["Israel's onslaught on the city continued.", "Russian aggression was condemned."]
)
def test_a_campaign_word_pinned_on_a_side_is_loaded(guard: Guard, text: str) -> None:
    assert [p.kind for p in guard.lexicons["en"].check(text)] == ["loaded"]


# --- Arabic --------------------------------------------------------------------------------

AR_SOURCE = (
    "قال مسؤول محلي إن مسلحين من جبهة النصرة هاجموا بلدة الفارس يوم الثلاثاء، وإن القوات"
    ' الحكومية ردت بقصف مدفعي. وقال أحد السكان: "{quote}"\n'
)
AR_FAITHFUL = "قال مسؤول محلي إن مسلحين من جبهة النصرة هاجموا بلدة الفارس يوم الثلاثاء."

AR_WORDS = [
    # a plural bound to the next word: "terrorists of al-Nusra Front"
    (
        "قال مسؤول محلي إن إرهابيو جبهة النصرة هاجموا بلدة الفارس يوم الثلاثاء.",
        "إرهابيو جبهة النصرة هاجمونا",
    ),
    # "regime forces" for the government's army
    (
        "هاجم مسلحون بلدة الفارس يوم الثلاثاء وردت قوات النظام بقصف مدفعي.",
        "قوات النظام قصفتنا",
    ),
    # "the ruling junta"
    ("هاجم مسلحون بلدة الفارس يوم الثلاثاء وردت الطغمة الحاكمة بقصف.", "الطغمة الحاكمة قصفتنا"),
    # "the blessed revolution"
    ("هاجم مسلحون بلدة الفارس يوم الثلاثاء في إطار الثورة المباركة.", "هذه الثورة المباركة"),
    # "criminals"
    ("هاجم مجرمون بلدة الفارس يوم الثلاثاء.", "هؤلاء مجرمون"),
]


@pytest.mark.parametrize(("brief", "quote"), AR_WORDS, ids=[f"ar{i}" for i in range(len(AR_WORDS))])
def test_arabic_kinds_of_judgement_are_loaded_in_our_voice_and_pass_quoted(
    guard: Guard, brief: str, quote: str
) -> None:
    source = AR_SOURCE.format(quote=quote)
    assert "loaded" not in kinds(guard, source, AR_FAITHFUL, "ar")
    assert "loaded" in kinds(guard, source, brief, "ar")
    quoted = f'{AR_FAITHFUL} وقال أحد السكان: "{quote}".'
    assert "loaded" not in kinds(guard, source, quoted, "ar")


def test_occupation_standing_for_israel_is_loaded_but_the_plain_noun_is_not(guard: Guard) -> None:
    ar = guard.lexicons["ar"]
    assert [p.kind for p in ar.check("يعيش السكان في الحي الخاضع لسيطرة الاحتلال.")] == ["loaded"]
    assert [p.kind for p in ar.check("اعتقلت شرطة الاحتلال شابين من القرية.")] == ["loaded"]
    assert ar.check("يعيش السكان في الحي منذ بداية الاحتلال عام 1967.") == []


EN_HOSPITALS = (
    "Doctors at the Nasser hospital said on Monday that the health system had all but"
    " collapsed, with only three operating theatres working.\n"
)
BRIEF_HOSPITALS = "Doctors at the Nasser hospital said the health system had all but collapsed."


def test_a_translation_adds_no_charge_its_english_brief_does_not_make(guard: Guard) -> None:
    faithful = "قال أطباء في مستشفى ناصر إن النظام الصحي انهار بشكل شبه كامل."
    added = "قال أطباء في مستشفى ناصر إن النظام الصحي انهار بشكل شبه كامل جراء حرب الإبادة."
    kw = {"english_summary": BRIEF_HOSPITALS}
    assert "loaded" not in kinds(guard, EN_HOSPITALS, faithful, "ar", **kw)
    assert "loaded" in kinds(guard, EN_HOSPITALS, added, "ar", **kw)
    # the English brief reports the charge: the translation reports it too
    charged = BRIEF_HOSPITALS + " They said Israel was committing genocide."
    reported = faithful + " وقالوا إن إسرائيل ترتكب إبادة."
    kw = {"english_summary": charged}
    assert "loaded" not in kinds(guard, EN_HOSPITALS, reported, "ar", **kw)


def test_cited_is_not_martyred(guard: Guard) -> None:
    ar = guard.lexicons["ar"]
    cited = "قال الوزير إن الحكومة تختبر ردود الفعل. واستشهد بالسماح لطائرة الوفد بالهبوط."
    assert ar.check(cited) == []
    killed = "قال الوزير إن الحكومة تختبر ردود الفعل. واستشهد برصاص الجنود شاب في القرية."
    assert [p.kind for p in ar.check(killed)] == ["loaded"]
    assert [p.kind for p in ar.check("واستشهد بالقصف ثلاثة أشخاص في القرية.")] == ["loaded"]


# --- Hebrew --------------------------------------------------------------------------------

HE_SOURCE = (
    'המשטרה מסרה כי גננת מהיישוב גבעת עדן נעצרה ביום שני. אחד ההורים אמר: "{quote}"'
    " הגננת הכחישה את החשדות.\n"
)
HE_FAITHFUL = "המשטרה מסרה כי גננת מהיישוב גבעת עדן נעצרה ביום שני."

HE_WORDS = [
    ("הגננת המתעללת מהיישוב גבעת עדן נעצרה ביום שני.", "היא גננת מתעללת"),
    ("המשטרה מסרה כי גננת מהיישוב הגזעני גבעת עדן נעצרה ביום שני.", "זה יישוב גזעני"),
    ("פושעים מהיישוב גבעת עדן נעצרו ביום שני.", "הם פושעים"),
    ("המשטרה מסרה כי גננת מההתנחלות האלימה גבעת עדן נעצרה ביום שני.", "זו ההתנחלות האלימה"),
    ("המשטרה מסרה כי בריוני היישוב גבעת עדן נעצרו ביום שני.", "בריוני היישוב תקפו"),
]


@pytest.mark.parametrize(("brief", "quote"), HE_WORDS, ids=[f"he{i}" for i in range(len(HE_WORDS))])
def test_hebrew_kinds_of_judgement_are_loaded_in_our_voice_and_pass_quoted(
    guard: Guard, brief: str, quote: str
) -> None:
    source = HE_SOURCE.format(quote=quote)
    assert "loaded" not in kinds(guard, source, HE_FAITHFUL, "he")
    assert "loaded" in kinds(guard, source, brief, "he")
    quoted = f'{HE_FAITHFUL} אחד ההורים אמר: "{quote}".'
    assert "loaded" not in kinds(guard, source, quoted, "he")


def test_a_bound_plural_inside_a_fixed_name_passes(guard: Guard) -> None:
    assert guard.lexicons["he"].check("התינוק שוהה בבית החולים שהידי אל-אקצא.") == []


# --- plain senses that were false alarms --------------------------------------------------


def test_a_law_named_exactly_as_the_source_names_it_passes_further_from_bill(
    guard: Guard,
) -> None:
    source = (
        "Life sentence for rioters bill approved by ministers\n"
        "Rights groups condemned the approval of the bill on Sunday.\n"
    )
    brief = "Ministers approved a bill that would allow a life sentence for rioters."
    assert "loaded" not in kinds(
        guard, source.replace("rioters", "terrorists"), brief.replace("rioters", "terrorists")
    )
    reworded = brief.replace("a life sentence for rioters", "jailing terrorists for life")
    assert "loaded" in kinds(guard, source.replace("rioters", "terrorists"), reworded)


def test_so_called_before_a_quoted_term_of_the_source_passes(guard: Guard) -> None:
    source = (
        'The traders signed so-called "friendship treaties" with local rulers in 1885 to'
        " take their land.\n"
    )
    brief = 'The traders took land in 1885 through so-called "friendship treaties".'
    assert "loaded" not in kinds(guard, source, brief)
    assert "loaded" in kinds(guard, source, brief.replace('"friendship treaties"', "treaties"))


# --- intensifiers that judge an act ---------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "plain"),
    [
        (
            "en",
            "Gunmen carried out a brazen raid on the radio station on Friday.",
            "Gunmen raided the radio station on Friday.",
        ),
        (
            "en",
            "The unprovoked attack left three people hurt.",
            "The attack left three people hurt.",
        ),
        ("ar", "وقع الهجوم المروع على سوق القرية يوم الثلاثاء.", "وقع الهجوم على سوق القرية."),
        ("he", "הפיגוע המזעזע בשוק התרחש ביום שלישי.", "הפיגוע בשוק התרחש ביום שלישי."),
    ],
)
def test_an_intensifier_that_judges_an_act_is_loaded(
    guard: Guard, lang: str, text: str, plain: str
) -> None:
    assert [p.kind for p in guard.lexicons[lang].check(text)] == ["loaded"]
    assert guard.lexicons[lang].check(plain) == []
