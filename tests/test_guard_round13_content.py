"""Guard round 13 (content: loaded words): judging adjectives and adverbs of manner, intent
and character in our own voice, in en/ar/he; "criminal" pinned on a side's campaign; a
designating verb's reach ends at a new clause; a judging word after a designating or
speech verb is the speaker's only if the source uses it; a Hebrew adjective's ות form after
a preposition is the abstract noun. Own made-up sources and briefs."""

from __future__ import annotations

import pytest

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- English: manner, intent and character words in our voice ---------------------------

EN_SOURCE = (
    "Police in Norbury detained a 19-year-old man on Saturday after a fight outside a bar,"
    " officers said. He was released without charge on Sunday. The council said a march"
    ' planned for May was cancelled. Shopkeeper Ann Roe said: "{quote}"\n'
)
EN_FAITHFUL = (
    "Police in Norbury detained a 19-year-old man after a fight outside a bar on Saturday;"
    " he was released without charge on Sunday."
)

EN_WORDS = [
    ("Police in Norbury thuggishly detained a 19-year-old man", "They thuggishly grabbed him."),
    ("Police in Norbury recklessly detained a 19-year-old man", "They acted recklessly."),
    ("Reckless police in Norbury detained a 19-year-old man", "The police were reckless."),
    ("Police in Norbury detained a 19-year-old man in a humiliating raid", "It was humiliating."),
    ("Police in Norbury relentlessly pursued and detained a 19-year-old man", "Relentless."),
    ("Police in Norbury detained a 19-year-old man in a dubious raid", "A dubious raid."),
]


@pytest.mark.parametrize(("start", "quote"), EN_WORDS)
def test_en_manner_words_in_our_voice(guard: Guard, start: str, quote: str) -> None:
    source = EN_SOURCE.format(quote=quote)
    assert "loaded" not in kinds(guard, source, EN_FAITHFUL)
    brief = EN_FAITHFUL.replace("Police in Norbury detained a 19-year-old man", start)
    assert "loaded" in kinds(guard, source, brief)
    quoted = EN_FAITHFUL + f' Shopkeeper Ann Roe said: "{quote}"'
    assert "loaded" not in kinds(guard, source, quoted)


SIEGE_SOURCE = (
    "The director of the Harlow clinic, Dr Mina Fasel, said the town's blockade had left the"
    " clinic without fuel for three days. Relief groups said two convoys were turned back.\n"
)


def test_en_criminal_pinned_on_a_campaign(guard: Guard) -> None:
    faithful = (
        "Dr Mina Fasel said the blockade had left the Harlow clinic without fuel for three days."
    )
    assert "loaded" not in kinds(guard, SIEGE_SOURCE, faithful)
    loaded = faithful.replace("the blockade", "the criminal blockade")
    assert "loaded" in kinds(guard, SIEGE_SOURCE, loaded)


def test_en_epithet_butcher(guard: Guard) -> None:
    source = "Governor Alric Dane was recalled to the capital in 1921 after reports of abuses.\n"
    faithful = "Governor Alric Dane was recalled to the capital in 1921 after reports of abuses."
    assert "loaded" not in kinds(guard, source, faithful)
    loaded = (
        "The colonial butcher Alric Dane was recalled to the capital in 1921 after reports"
        " of abuses."
    )
    assert "loaded" in kinds(guard, source, loaded)


def test_en_designation_ends_at_a_new_clause(guard: Guard) -> None:
    source = (
        'Actor Jo Marr said a rival had called her "a fine colleague". She said the coverage'
        ' in the papers was "a turning point".\n'
    )
    faithful = (
        'Jo Marr said a rival called her "a fine colleague", but described the coverage as'
        ' "a turning point".'
    )
    assert "loaded" not in kinds(guard, source, faithful)
    loaded = faithful.replace("the coverage", "the vicious coverage")
    assert "loaded" in kinds(guard, source, loaded)
    # a label the designating verb does report is still allowed
    labelled = (
        "The ministry labelled the Marr Front a terrorist organization on Monday, officials said."
    )
    label_source = "The ministry labelled the Marr Front a terrorist organization on Monday.\n"
    assert "loaded" not in kinds(guard, label_source, labelled)


# --- Arabic: a judging word after a speech or designating verb, absent from the source ---

AR_SOURCE = (
    "قال المحلل سامر نادر إن زيارة الرئيس المفاجئة إلى عمان تعكس عزلة الحكومة. وأضاف أن"
    " البلاد شهدت تراجعا في الحريات خلال عشرين عاما من حكم الرئيس.\n"
)
AR_FAITHFUL = (
    "اعتبر المحلل سامر نادر أن زيارة الرئيس المفاجئة إلى عمان تعكس عزلة الحكومة، وأن البلاد"
    " شهدت تراجعا في الحريات خلال عشرين عاما من حكم الرئيس."
)


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("زيارة الرئيس المفاجئة", "زيارة الرئيس المشبوهة"),
        ("زيارة الرئيس المفاجئة", "زيارة الرئيس المتهورة"),
        ("من حكم الرئيس", "من دكتاتورية الرئيس"),
    ],
)
def test_ar_judging_words_after_a_speech_verb(guard: Guard, old: str, new: str) -> None:
    assert "loaded" not in kinds(guard, AR_SOURCE, AR_FAITHFUL, lang="ar")
    assert "loaded" in kinds(guard, AR_SOURCE, AR_FAITHFUL.replace(old, new), lang="ar")


def test_ar_suspicious_object_is_plain(guard: Guard) -> None:
    source = "عثرت الشرطة على جسم مشبوه قرب محطة الحافلات وأغلقت الشارع لساعتين.\n"
    brief = "عثرت الشرطة على جسم مشبوه قرب محطة الحافلات وأغلقت الشارع لساعتين."
    assert "loaded" not in kinds(guard, source, brief, lang="ar")


# --- Hebrew: the adjective in our voice, the abstract noun after a preposition -------------

HE_SOURCE = (
    "בית המשפט גזר על הנאשם צו מבחן ופיצויים לאחר שהורשע בתקיפת שכנו. לפי השופטת, הנאשם"
    " פוטר מעבודתו בשל אלימות מופרזת.\n"
)
HE_FAITHFUL = "בית המשפט גזר על הנאשם צו מבחן ופיצויים לאחר שהורשע בתקיפת שכנו."


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("בתקיפת שכנו", "בתקיפה האכזרית של שכנו"),
        ("בתקיפת שכנו", "בתקיפה הבריונית של שכנו"),
        ("בתקיפת שכנו", "בתקיפה הפזיזה של שכנו"),
    ],
)
def test_he_judging_adjectives(guard: Guard, old: str, new: str) -> None:
    assert "loaded" not in kinds(guard, HE_SOURCE, HE_FAITHFUL, lang="he")
    assert "loaded" in kinds(guard, HE_SOURCE, HE_FAITHFUL.replace(old, new), lang="he")


def test_he_abstract_noun_after_a_preposition(guard: Guard) -> None:
    source = "המושל הוחזר לבירה בשל אכזריות מופרזת כלפי התושבים, לפי הדיווח.\n"
    brief = "המושל הוחזר לבירה בשל אכזריות מופרזת כלפי התושבים."
    assert "loaded" not in kinds(guard, source, brief, lang="he")
    loaded = "המושל האכזרי הוחזר לבירה בשל התנהגות מופרזת כלפי התושבים."
    assert "loaded" in kinds(guard, source, loaded, lang="he")


# --- a translation frames what its English brief states plainly ---------------------------

TR_SOURCE = (
    "At least 14 villagers were killed near Tal Sarra on Tuesday, the UN said. The eastern"
    " district is controlled by the army.\n"
)
TR_ENGLISH = (
    "At least 14 villagers were killed near Tal Sarra on Tuesday, the UN said; the eastern"
    " district is army-controlled."
)


@pytest.mark.parametrize(
    ("lang", "faithful", "framed"),
    [
        (
            "he",
            'לפחות 14 כפריים נהרגו ליד תל סרה ביום שלישי, לפי האו"ם.',
            'לפחות 14 כפריים נרצחו ליד תל סרה ביום שלישי, לפי האו"ם.',
        ),
        (
            "ar",
            "قُتل ما لا يقل عن 14 قرويا قرب تل سرة يوم الثلاثاء، وفق الأمم المتحدة، في"
            " المنطقة الشرقية الخاضعة لسيطرة الجيش.",
            "قُتل ما لا يقل عن 14 قرويا قرب تل سرة يوم الثلاثاء، وفق الأمم المتحدة، في"
            " المنطقة الشرقية الخاضعة للاحتلال.",
        ),
    ],
)
def test_translation_framing(guard: Guard, lang: str, faithful: str, framed: str) -> None:
    kw = {"english_summary": TR_ENGLISH}
    assert "loaded" not in kinds(guard, TR_SOURCE, faithful, lang=lang, **kw)
    assert "loaded" in kinds(guard, TR_SOURCE, framed, lang=lang, **kw)
    # the English brief's own word licenses its rendering
    licensed = {"english_summary": TR_ENGLISH.replace("were killed", "were murdered")}
    licensed["english_summary"] = licensed["english_summary"].replace(
        "army-controlled", "under army occupation"
    )
    assert "loaded" not in kinds(guard, TR_SOURCE, framed, lang=lang, **licensed)
