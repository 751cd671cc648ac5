"""Guard round 15 (heldout17's false alarms): faithful wordings that must pass, beside
the fault of the same shape that must still be caught."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- the writer's main clause before "after X said ..." ------------------------------------

HARBOUR_SOURCE = (
    "The port of Rotterdam handled a record 470 million tonnes of cargo last year as container"
    " traffic grew after the shipping ministry said tariffs would fall in March.\n"
    "Dock workers are due to vote on a new contract next month.\n"
)


def test_writer_clause_before_circumstance_cue(guard: Guard) -> None:
    brief = (
        "Rotterdam's port handled a record 470 million tonnes of cargo last year as container"
        " traffic grew."
    )
    assert "attribution" not in kinds(guard, HARBOUR_SOURCE, brief)
    # what the ministry said, stated as fact, still needs its speaker
    bare = "Tariffs on shipping will fall in March, lowering costs for the port."
    assert "attribution" in kinds(guard, HARBOUR_SOURCE, bare)


# --- a fragment before an attributed clause ------------------------------------------------

GRAPHIC_SOURCE = (
    "Lyon closed its public swimming pools on Monday to save energy during the drought.\n"
    "Source: Météo-France, Lyon Water Authority\n"
    "Officials said reservoirs were at 40% of their usual level.\n"
)


def test_fragment_before_attributed_clause(guard: Guard) -> None:
    brief = (
        "In Lyon, where officials say reservoirs are at 40% of their usual level, public"
        " swimming pools were closed on Monday."
    )
    assert "attribution" not in kinds(guard, GRAPHIC_SOURCE, brief)


# --- a negated headline restated with a word of falsity -------------------------------------

FALSITY = [
    (
        "en",
        "Flood warning for river towns was false",
        "The agency said the flood warning sent to river towns on Tuesday had no basis.\n",
        "The flood warning sent to river towns on Tuesday turned out to be erroneous.",
        "The flood warning sent to river towns on Tuesday turned out to be accurate.",
    ),
    (
        "ar",
        "إنذار الفيضان في بلدات النهر كان كاذبا",
        "قالت الهيئة إن إنذار الفيضان الذي أرسل إلى بلدات النهر يوم الثلاثاء لا أساس له.\n",
        "تبين أن إنذار الفيضان الذي أرسل إلى بلدات النهر يوم الثلاثاء كان خاطئا.",
        "تبين أن إنذار الفيضان الذي أرسل إلى بلدات النهر يوم الثلاثاء كان دقيقا.",
    ),
    (
        "he",
        "אזהרת השיטפון בעיירות הנהר - אזהרת שווא",
        "הרשות מסרה כי אזהרת השיטפון שנשלחה לעיירות הנהר ביום שלישי לא הייתה מבוססת.\n",
        "התברר כי אזהרת השיטפון שנשלחה לעיירות הנהר ביום שלישי הייתה מוטעית.",
        "התברר כי אזהרת השיטפון שנשלחה לעיירות הנהר ביום שלישי הייתה מדויקת.",
    ),
]


def test_negated_headline_restated_as_falsity(guard: Guard) -> None:
    for lang, headline, source, brief, turned in FALSITY:
        assert "headline" not in kinds(guard, source, brief, lang=lang, headline=headline), lang
        assert "headline" in kinds(guard, source, turned, lang=lang, headline=headline), lang


# --- a country named in another form in its own sentence ----------------------------------

PLACE_SOURCE = (
    "Dr Maria Lens, an adviser to the Downing Street vaccine committee, told Sky News the"
    " number of British adults who would need a booster this winter was near 20 million.\n"
    "The committee meets again in May.\n"
)


def test_country_named_as_its_people(guard: Guard) -> None:
    brief = (
        "Dr Maria Lens told Sky News that the UK would need near 20 million boosters this winter."
    )
    assert "name" not in kinds(guard, PLACE_SOURCE, brief)
    # a country the sentence never names is still a swap
    swapped = brief.replace("the UK", "France")
    assert "name" in kinds(guard, PLACE_SOURCE, swapped)


# --- a headline's preposition of nearness beside a place the body names --------------------

NEAR = [
    (
        "he",
        "כבאים נאבקים בשריפת יער שמתפשטת סמוך לכפר אשדוד ים",
        "כבאים נאבקים בשריפת יער שמתפשטת סמוך לכפר אשדוד ים\n"
        "כבאים נאבקים בשריפת יער שמתקדמת לעבר הכפר אשדוד ים.\n"
        "הצוותים מנסים למנוע את הגעת האש לכפר בסיוע מטוסי כיבוי.\n"
        "התושבים התבקשו לסגור חלונות.\n"
        "בית ספר באזור נסגר.\n",
        "כבאים ומטוסי כיבוי נאבקים בשריפת יער סמוך לכפר אשדוד ים.",
        "כבאים ומטוסי כיבוי נאבקים בשריפת יער שהציתו מחבלים.",
    ),
    (
        "ar",
        "رجال الإطفاء يكافحون حريق غابة ينتشر قرب قرية الزيتون",
        "رجال الإطفاء يكافحون حريق غابة ينتشر قرب قرية الزيتون\n"
        "يكافح رجال الإطفاء حريق غابة يتقدم نحو قرية الزيتون.\n"
        "تحاول الفرق منع وصول النيران إلى القرية بمساعدة طائرات الإطفاء.\n"
        "طلب من السكان إغلاق النوافذ.\n"
        "أغلقت مدرسة في المنطقة.\n",
        "يكافح رجال الإطفاء وطائرات الإطفاء حريق غابة قرب قرية الزيتون.",
        "يكافح رجال الإطفاء وطائرات الإطفاء حريق غابة أشعله مخربون.",
    ),
]


def test_headline_nearness_beside_body_place(guard: Guard) -> None:
    # (English has a second check, headline_grafts, of its own for this shape)
    for lang, headline, source, brief, _ in NEAR:
        assert "headline" not in kinds(guard, source, brief, lang=lang, headline=headline), lang
