"""Guard round 17 (heldout19's English and translation false alarms): faithful briefs
that name their speaker, their frame or their figures in other words than the source."""

from __future__ import annotations

from summarizer.guard import Guard
from tests.auxil.guard import kinds

# --- "In her words, ..." names whose words follow -----------------------------------------

MAYOR_SOURCE = (
    "The mayor of Leeds spoke to reporters on Monday about the flooding.\n"
    'She said the city had "turned the corner" but that many families were still'
    ' facing "weeks of hardship".\n'
    "Rain is forecast to ease later this week.\n"
)


def test_in_her_words_is_an_attribution(guard: Guard) -> None:
    brief = (
        "The mayor of Leeds spoke about the flooding on Monday. In her words, the city had"
        " 'turned the corner' but many families were still facing 'weeks of hardship'."
    )
    assert "attribution" not in kinds(guard, MAYOR_SOURCE, brief)
    bare = (
        "The mayor of Leeds spoke about the flooding on Monday. The city has turned the"
        " corner but many families are still facing weeks of hardship."
    )
    assert "attribution" in kinds(guard, MAYOR_SOURCE, bare)


# --- "agency chief" for "agency director": one post, two titles ----------------------------

AGENCY_SOURCE = (
    "Interpol director Anna Weber flew to Lyon on Friday for talks on the smuggling ring.\n"
    "The meeting, expected to include Europol chief Karl Ross, will also hear from customs"
    " officers.\n"
)


def test_head_titles_of_one_body_are_the_same_post(guard: Guard) -> None:
    brief = (
        "Interpol chief Anna Weber flew to Lyon for talks on the smuggling ring, which are"
        " expected to include Europol director Karl Ross."
    )
    assert "name" not in kinds(guard, AGENCY_SOURCE, brief)
    swapped = (
        "Europol chief Anna Weber flew to Lyon for talks on the smuggling ring, which are"
        " expected to include Interpol director Karl Ross."
    )
    assert "name" in kinds(guard, AGENCY_SOURCE, swapped)


# --- a full name of the article, read off two ordinary words of a translation ---------------

FUND_SOURCE = (
    "A new fund will pay for repairs to 40 schools damaged in the storm, the city said on"
    " Sunday.\n"
    "The fund was set up with a gift from the family of Natan Koren, a local builder who"
    " died last year.\n"
    "Officials said it was not possible to say when the first school would reopen.\n"
)
FUND_BRIEF = (
    "A new fund will pay for repairs to 40 schools damaged in the storm, the city said."
    " It was not possible to say when the first school would reopen, officials said."
)


def test_full_name_read_off_scattered_words_is_no_name(guard: Guard) -> None:
    faithful = (
        "קרן חדשה תממן תיקונים ב-40 בתי ספר שנפגעו בסערה, כך מסרה העירייה. לא ניתן"
        " לומר מתי ייפתח בית הספר הראשון, אמרו פקידים."
    )
    assert "translation_name" not in kinds(
        guard, FUND_SOURCE, faithful, lang="he", english_summary=FUND_BRIEF
    )
    named = (
        "קרן חדשה של נתן קורן תממן תיקונים ב-40 בתי ספר שנפגעו בסערה, כך מסרה העירייה."
        " לא ניתן לומר מתי ייפתח בית הספר הראשון, אמרו פקידים."
    )
    assert "translation_name" in kinds(
        guard, FUND_SOURCE, named, lang="he", english_summary=FUND_BRIEF
    )


# --- decades joined by "and" share the century named after them ---------------------------

MILL_SOURCE = (
    "The old mill in Tarrow was built in the 1860s and enlarged in the 1870s, when the"
    " railway reached the town.\n"
    "It closed in 1952 and has stood empty since.\n"
)
MILL_BRIEF = "Tarrow's mill was built and enlarged in the 1860s and 1870s, and closed in 1952."


def test_two_decades_of_one_century_are_two_years(guard: Guard) -> None:
    hebrew = "הטחנה בטארו נבנתה והורחבה בשנות ה-60 וה-70 של המאה ה-19, ונסגרה ב-1952."
    arabic = "بنيت طاحونة تارو ووسعت في ستينيات وسبعينيات القرن التاسع عشر، وأغلقت عام 1952."
    for lang, brief in (("he", hebrew), ("ar", arabic)):
        found = kinds(guard, MILL_SOURCE, brief, lang=lang, english_summary=MILL_BRIEF)
        assert not found & {"number", "translation_number"}, lang
    wrong = "הטחנה בטארו נבנתה והורחבה בשנות ה-60 וה-80 של המאה ה-19, ונסגרה ב-1952."
    assert "translation_number" in kinds(
        guard, MILL_SOURCE, wrong, lang="he", english_summary=MILL_BRIEF
    )


def test_name_with_article_written_apart_is_written_together(guard: Guard) -> None:
    source = (
        "A new fund will pay for repairs to 40 schools damaged in the storm, the city said.\n"
        "The fund was set up by Omar Al-Masri, a local builder.\n"
    )
    english = "A new fund will pay for repairs to 40 schools damaged in the storm, the city said."
    named = "קרן חדשה של עומר אל מסרי תממן תיקונים ב-40 בתי ספר שנפגעו בסערה, כך מסרה העירייה."
    assert "translation_name" in kinds(guard, source, named, lang="he", english_summary=english)
