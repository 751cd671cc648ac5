"""Keyword relevance with Arabic and Hebrew attached prefixes."""

from __future__ import annotations

import pytest

from bot.ingest.relevance import RelevanceMatcher
from bot.settings import RelevanceSettings

DEFAULT = RelevanceMatcher(RelevanceSettings())


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Israeli troops entered Rafah on Monday", "Rafah"),
        ("ISRAELI officials said", "Israel*"),
        ("The IDF said", "IDF"),
        ("talks on the west  bank settlements", "West Bank"),
        ("وبالقدس اليوم", "القدس"),
        ("زار للقدس", "القدس"),
        ("وقال الفلسطينيون", "فلسطيني*"),
        ("في غزةَ المحاصرة", "غزة"),  # with a diacritic
        ("قصف على غزه", "غزة"),  # ta marbuta written as ha
        ("ואמר כי ברצועת עזה", "עזה"),
        ("שיגור מעזה", "עזה"),
        ("וכשבעזה", "עזה"),
        ("דובר צה״ל מסר", 'צה"ל'),  # gershayim
        ("ג׳נין", "ג'נין"),  # geresh
        ("הפלסטינים", "פלסטיני*"),
    ],
)
def test_default_keywords_find_the_conflict(text: str, term: str) -> None:
    assert term in DEFAULT.matches(text)


@pytest.mark.parametrize(
    "text",
    [
        "Grand Theft Auto sales rose",
        "Coronavirus deaths in New York",
        "حبوب وفواكه",
        "בית משפט השלום בתל אביב",
        "",
    ],
)
def test_unrelated_text_matches_nothing(text: str) -> None:
    assert DEFAULT.matches(text) == []


def test_whole_words_only() -> None:
    matcher = RelevanceMatcher(
        RelevanceSettings(keywords={"en": ["Gaza"], "ar": ["x"], "he": ["y"]})
    )
    assert matcher.matches("Gazan officials") == []
    assert matcher.matches("Gaza's hospitals") == ["Gaza"]


def test_patterns_and_min_matches() -> None:
    settings = RelevanceSettings(patterns={"en": [r"\bcease-?fire\b"]}, min_matches=2)
    matcher = RelevanceMatcher(settings)
    assert matcher.check("A ceasefire was agreed").relevant is False
    result = matcher.check("A cease-fire in Gaza was agreed")
    assert result.relevant
    assert result.matched_terms == ("Gaza", r"\bcease-?fire\b")


def test_empty_language_list_keeps_the_defaults() -> None:
    settings = RelevanceSettings(keywords={"en": ["Sinai"], "ar": [], "he": []})
    assert settings.keywords["en"] == ["Sinai"]
    assert "غزة" in settings.keywords["ar"]
    assert "עזה" in settings.keywords["he"]


def test_bad_pattern_is_a_config_error() -> None:
    with pytest.raises(ValueError, match="bad pattern"):
        RelevanceSettings(patterns={"en": ["(unclosed"]})


RELEVANT_PAGES = {
    "trafilatura__theintercept.com-Gaza.html",
    "newspaper4k__wired_001.westbank.html",
    "trafilatura__uebermedien.de-Israel.html",
    "trafilatura__assabah.com.tn.article.html",  # an interview that discusses Israel
    "anyway__ynet_0-7340-L-5735210-00.html",
    "anyway__ynet_0-7340-L-5735195-00.html",
    "anyway__ynet_0-7340-L-5735178-00.html",
    "anyway__walla_3648139.html",
    "anyway__walla_3647947.html",
}


def test_default_keywords_on_the_real_pages() -> None:
    from bot.ingest.extract import ExtractedArticle, extract_article
    from bot.settings import FetchSettings
    from tests.auxil.realworld import REALWORLD, of_kind

    if not REALWORLD.is_dir():
        pytest.skip(f"real-world corpus not found at {REALWORLD}")
    relevant = set()
    for page in of_kind("page"):
        article = extract_article(page.path.read_bytes(), page.original_url, FetchSettings())
        if (
            isinstance(article, ExtractedArticle)
            and DEFAULT.check(article.title, article.text).relevant
        ):
            relevant.add(page.name)
    # Not relevant: New York and COVID, a royal interview, film awards, colonial Berlin,
    # a Syrian battle, a court case in Givatayim, a Washington state judge.
    assert relevant == RELEVANT_PAGES
