"""Guard round 11 (issue 12, loaded words): the lexicons cover the wider vocabulary of
judgement that wire-service guidance (AP, Reuters, BBC) keeps out of a neutral voice —
judging adjectives and adverbs, dehumanising names, charged verbs of killing and of speech,
scare words, praise — in English, Arabic and Hebrew, in their inflected forms. Each word in
our own voice is a loaded fault; the same word in an attributed quotation is reported
speech and passes. Own made-up sources and briefs."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- English --------------------------------------------------------------------------------

EN_SOURCE = (
    "Residents of the northern district said armed men attacked the village market on"
    ' Tuesday, killing four people. The mayor, Anna Weller, said: "{quote}" Police said'
    " they had arrested two suspects.\n"
)
EN_FAITHFUL = "Armed men attacked a village market on Tuesday, killing four people, residents said."

EN_WORDS = [
    # (our-voice brief, what the mayor's quotation says)
    (
        "Armed men brutally attacked a village market on Tuesday, killing four people.",
        "They brutally attacked our market.",
    ),
    (
        "Bloodthirsty gunmen attacked a village market on Tuesday, killing four people.",
        "These bloodthirsty gunmen attacked our market.",
    ),
    (
        "Armed men attacked a village market on Tuesday, leaving carnage and four people dead.",
        "They left carnage in our market.",
    ),
    (
        "Armed men attacked a village market on Tuesday, killing four people; the mayor"
        " whined that police came late.",
        "I will not be silent while the police whined about staffing.",
    ),
    (
        "The village's colonial butchers attacked a market on Tuesday, killing four people.",
        "Colonial butchers attacked our market.",
    ),
    (
        "The self-styled defenders of the village attacked a market on Tuesday, killing four.",
        "The self-styled defenders of this village attacked our market.",
    ),
]


@pytest.mark.parametrize(("brief", "quote"), EN_WORDS, ids=[f"en{i}" for i in range(len(EN_WORDS))])
def test_english_words_of_judgement_are_loaded_in_our_voice_and_pass_quoted(
    guard: Guard, brief: str, quote: str
) -> None:
    source = EN_SOURCE.format(quote=quote)
    assert "loaded" not in kinds(guard, source, EN_FAITHFUL)
    assert "loaded" in kinds(guard, source, brief)
    quoted = f'{EN_FAITHFUL} "{quote}" the mayor, Anna Weller, said.'
    assert "loaded" not in kinds(guard, source, quoted)


def test_an_english_possessive_does_not_hide_a_loaded_word(guard: Guard) -> None:
    source = EN_SOURCE.format(quote="The regime's men attacked our market.")
    brief = "The regime's men attacked a village market on Tuesday, killing four people."
    assert "loaded" in kinds(guard, source, brief)


# --- an accusation in indirect speech: reported only if the source makes it ---------------

DICTATOR_SOURCE = (
    "Opposition leader Karim Haddad said on Monday that President Samir Nouri had ruled the"
    " country for twenty years without a plan. {extra}\n"
)


def test_an_accusation_the_source_never_makes_is_our_voice_in_indirect_speech(
    guard: Guard,
) -> None:
    source = DICTATOR_SOURCE.format(extra="He called for elections.")
    brief = "Karim Haddad said the dictator Samir Nouri had ruled for twenty years without a plan."
    assert "loaded" in kinds(guard, source, brief)
    faithful = brief.replace("the dictator Samir Nouri", "President Samir Nouri")
    assert "loaded" not in kinds(guard, source, faithful)


def test_an_accusation_the_source_reports_passes_after_a_distant_cue(guard: Guard) -> None:
    source = (
        "According to historian Lena Vogt, the empire committed genocide against the Herero"
        " people in 1904 and has never apologised.\n"
    )
    brief = "According to Lena Vogt, the empire in 1904 committed genocide against the Herero."
    assert "loaded" not in kinds(guard, source, brief)
    unattributed = "The empire committed genocide against the Herero in 1904."
    assert "loaded" in kinds(guard, source, unattributed)


# --- Arabic -----------------------------------------------------------------------------------

AR_SOURCE = (
    "قال مسؤول محلي إن مسلحين هاجموا سوق القرية يوم الثلاثاء وقتلوا أربعة أشخاص. وقال رئيس"
    ' البلدية أحمد سالم: "{quote}"\n'
)
AR_FAITHFUL = "قال مسؤول محلي إن مسلحين هاجموا سوق القرية يوم الثلاثاء وقتلوا أربعة أشخاص."

AR_WORDS = [
    # "bloody regime forces" (the feminine and the masculine form of one entry)
    (
        "وتجددت الاشتباكات مع قوات النظام الدموي قرب سوق القرية يوم الثلاثاء.",
        "قوات النظام الدموي هاجمت سوقنا",
    ),
    (
        "هاجمت العصابة الدموية سوق القرية يوم الثلاثاء وقتلت أربعة أشخاص.",
        "العصابة الدموية هاجمت سوقنا",
    ),
    # praise: "the brave struggler"
    (
        "أجرت الصحيفة حوارا مع المناضل الشجاع أحمد سالم بعد الهجوم على سوق القرية.",
        "نحن المناضلون الشجعان لن نتراجع",
    ),
    # "the barbaric, cowardly attack"
    (
        "قتل أربعة أشخاص في الهجوم الهمجي الجبان على سوق القرية يوم الثلاثاء.",
        "هذا هجوم همجي جبان",
    ),
    # "the tyrant"
    (
        "قتل أربعة أشخاص في هجوم على سوق القرية يوم الثلاثاء في عهد الطاغية.",
        "هذا ما يفعله الطاغية بشعبه",
    ),
]


@pytest.mark.parametrize(("brief", "quote"), AR_WORDS, ids=[f"ar{i}" for i in range(len(AR_WORDS))])
def test_arabic_words_of_judgement_are_loaded_in_our_voice_and_pass_quoted(
    guard: Guard, brief: str, quote: str
) -> None:
    source = AR_SOURCE.format(quote=quote)
    assert "loaded" not in kinds(guard, source, AR_FAITHFUL, lang="ar")
    assert "loaded" in kinds(guard, source, brief, lang="ar")
    quoted = f'{AR_FAITHFUL} وقال رئيس البلدية أحمد سالم: "{quote}".'
    assert "loaded" not in kinds(guard, source, quoted, lang="ar")


def test_an_arabic_adjective_is_dropped_in_every_form(guard: Guard) -> None:
    lexicon = guard.lexicons["ar"]
    for form in ("الدموي", "دموية", "والدموية", "الدمويين", "دمويا"):
        text = f"قوات {form} هاجمت السوق."
        assert [p.kind for p in lexicon.check(text)] == ["loaded"], form
        assert lexicon.check(lexicon.repair(text)) == [], form


# --- Hebrew -----------------------------------------------------------------------------------

HE_SOURCE = (
    "תושבי הכפר מסרו כי חמושים תקפו את השוק ביום שלישי והרגו ארבעה אנשים. ראש המועצה דוד לוי"
    ' אמר: "{quote}"\n'
)
HE_FAITHFUL = "חמושים תקפו את שוק הכפר ביום שלישי והרגו ארבעה אנשים, כך מסרו תושבים."

HE_WORDS = [
    (
        "חמושים צמאי דם תקפו את שוק הכפר ביום שלישי והרגו ארבעה אנשים.",
        "חמושים צמאי דם תקפו את השוק שלנו",
    ),
    # "the barbaric attack", feminine and plural forms of one entry
    (
        "ארבעה אנשים נהרגו במתקפה הברברית על שוק הכפר ביום שלישי.",
        "זו מתקפה ברברית",
    ),
    (
        "ארבעה אנשים נהרגו במעשים הרצחניים בשוק הכפר ביום שלישי.",
        "אלה מעשים רצחניים",
    ),
    # a speech verb that judges the speaker: "boasted"
    (
        "ראש המועצה התפאר כי המשטרה עצרה שני חשודים לאחר שחמושים תקפו את שוק הכפר.",
        "המשטרה התפארה בהישגיה",
    ),
    # "human animals"
    (
        "חיות אדם תקפו את שוק הכפר ביום שלישי והרגו ארבעה אנשים.",
        "חיות אדם תקפו את השוק שלנו",
    ),
]


@pytest.mark.parametrize(("brief", "quote"), HE_WORDS, ids=[f"he{i}" for i in range(len(HE_WORDS))])
def test_hebrew_words_of_judgement_are_loaded_in_our_voice_and_pass_quoted(
    guard: Guard, brief: str, quote: str
) -> None:
    source = HE_SOURCE.format(quote=quote)
    assert "loaded" not in kinds(guard, source, HE_FAITHFUL, lang="he")
    assert "loaded" in kinds(guard, source, brief, lang="he")
    quoted = f'{HE_FAITHFUL} ראש המועצה דוד לוי אמר: "{quote}".'
    assert "loaded" not in kinds(guard, source, quoted, lang="he")


def test_a_hebrew_adjective_is_dropped_in_every_form(guard: Guard) -> None:
    lexicon = guard.lexicons["he"]
    for form in ("ברברי", "הברברית", "וברבריים", "ברבריות", "הפחדנית"):
        text = f"זו הייתה מתקפה {form} על השוק."
        assert [p.kind for p in lexicon.check(text)] == ["loaded"], form
        assert lexicon.check(lexicon.repair(text)) == [], form


# --- the exceptions still hold for the new words ---------------------------------------------


def test_a_reported_label_and_a_fixed_name_pass_with_the_new_words(guard: Guard) -> None:
    en = guard.lexicons["en"]
    assert en.check("The court labelled the officers murderers in its ruling.") == []
    assert en.check("She worked at the Heroic Mothers Foundation in Berlin.") == []


# --- words with a plain sense in news stay neutral ----------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Settlers went on a rampage in the village, the army said, before an onslaught."),
        ("en", "Only 16,000 Herero survived the extermination campaign of 1904."),
        ("en", "The regime change debate continued as hordes of tourists arrived."),
        ("ar", "كان يوم الثلاثاء الأكثر دموية منذ بدء الحرب، وغادر الرئيس البلاد."),
        ("ar", "فككت الشرطة شبكة إجرامية قرب الجبانة القديمة."),
        ("he", "הפיגוע בשוק היה הקטלני ביותר השנה, והמשטרה איתרה קוד זדוני."),
    ],
)
def test_words_with_a_plain_sense_in_news_are_not_loaded(
    guard: Guard, lang: str, text: str
) -> None:
    assert guard.lexicons[lang].check(text) == []
