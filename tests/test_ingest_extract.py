"""Article extraction on the real pages of ../shared/realworld (their MANIFEST expectations)."""

from __future__ import annotations

import pytest

from bot.ingest.extract import (
    ExtractedArticle,
    NotArticle,
    clean_title,
    drop_promotions,
    extract_article,
)
from bot.settings import FetchSettings
from tests.auxil.realworld import REALWORLD, CorpusFile, of_kind

pytestmark = pytest.mark.skipif(
    not REALWORLD.is_dir(), reason=f"real-world corpus not found at {REALWORLD}"
)
PAGES = of_kind("page")
ARTICLES = [p for p in PAGES if p.must_contain]


@pytest.mark.parametrize("page", ARTICLES, ids=lambda p: p.name)
def test_real_page_text_matches_the_manifest(page: CorpusFile) -> None:
    result = extract_article(page.path.read_bytes(), page.original_url, FetchSettings())
    assert isinstance(result, ExtractedArticle), result
    for expected in page.must_contain:
        assert expected in result.text
    for unwanted in page.must_not_contain:
        assert unwanted not in result.text
    assert result.title
    expected_language = {"other": "de"}.get(page.language, page.language)
    assert result.language == expected_language


@pytest.mark.parametrize("language", ["en", "ar", "he"])
def test_every_language_has_extracted_articles(language: str) -> None:
    pages = [p for p in ARTICLES if p.language == language]
    assert len(pages) >= 2


def test_metadata_of_a_gaza_article() -> None:
    page = REALWORLD / "pages" / "trafilatura__theintercept.com-Gaza.html"
    result = extract_article(page.read_bytes(), "https://theintercept.com/x", FetchSettings())
    assert isinstance(result, ExtractedArticle)
    assert result.title == "What It’s Like to Give Birth in Gaza"
    assert result.published is not None and result.published.date().isoformat() == "2023-11-08"
    assert result.site_name == "The Intercept"
    assert result.declared_url == (
        "https://theintercept.com/2023/11/08/gaza-hospitals-babies-doctors-patients/"
    )


def test_paywalled_page_is_not_an_article() -> None:
    page = REALWORLD / "pages" / "trafilatura__scmp.com.playbook.html"
    result = extract_article(page.read_bytes(), "https://www.scmp.com/x", FetchSettings())
    assert isinstance(result, NotArticle)
    assert result.reason == "paywall"
    assert str(result) == "the article is behind a paywall"
    assert result.title == "Carrie Lam should study Tsai Ing-wen’s playbook"


def test_short_page_is_not_an_article_with_its_length() -> None:
    page = REALWORLD / "pages" / "anyway__walla_3648139.html"  # a 117-character flash
    result = extract_article(page.read_bytes(), "https://x/y", FetchSettings(min_article_chars=200))
    assert isinstance(result, NotArticle)
    assert result.reason == "too_short"
    assert "117 characters" in result.detail


def test_video_page_is_not_an_article() -> None:
    html = (
        b'<html lang="en"><head><title>Watch: strikes on Gaza</title>'
        b'<meta property="og:type" content="video.other"></head><body><article>'
        b"<h1>Watch: strikes on Gaza</h1><p>Footage shows smoke over Gaza City on Tuesday,"
        b" filmed from the border by our correspondent.</p></article></body></html>"
    )
    result = extract_article(html, "https://example.com/video/123", FetchSettings())
    assert isinstance(result, NotArticle)
    assert result.reason == "video"


@pytest.mark.parametrize("html", [b"", b"   ", b"<html><body></body></html>", b"\x00\xff" * 50])
def test_empty_or_garbage_is_no_text(html: bytes) -> None:
    result = extract_article(html, "https://x/y", FetchSettings())
    assert isinstance(result, NotArticle)
    assert result.reason in ("no_text", "too_short")


def test_promotion_lines_are_dropped_but_news_is_kept() -> None:
    text = (
        "Troops entered the town on Monday.\n"
        "Get our Daily Edition by email and never miss our top stories Free Sign Up\n"
        "Officials said talks would resume in Cairo."
    )
    assert drop_promotions(text) == (
        "Troops entered the town on Monday.\nOfficials said talks would resume in Cairo."
    )


@pytest.mark.parametrize(
    ("name", "title"),
    [
        ("anyway__walla_3648139.html", "ההתרעה על חדירת כלי טיס עוין - התרעת שווא"),
        ("anyway__walla_3647947.html", "ראש הממשלה ביטל את הדיון בוועדת חוץ וביטחון בשל שפעת"),
        (
            "anyway__ynet_HkhoCYxnO.html",
            'עבודות לתועלת הציבור לסייעת "גן מתוק" בגבעתיים שבו הותקפו ילדים',
        ),
        (
            "newspaper4k__wired_001.westbank.html",
            "Intensified Israeli Surveillance Has Put the West Bank on Lockdown",
        ),
    ],
)
def test_titles_as_the_manifest_expects_without_the_site_name(name: str, title: str) -> None:
    page = REALWORLD / "pages" / name
    result = extract_article(page.read_bytes(), "https://example.com/a", FetchSettings())
    assert isinstance(result, ExtractedArticle)
    assert result.title == title


def test_clean_title_keeps_titles_that_only_look_like_they_end_in_a_site() -> None:
    assert clean_title("Gaza: what we know - BBC News", "BBC News") == "Gaza: what we know"
    assert clean_title("Hamas - Gaza", "Gaza") == "Hamas - Gaza"  # too short once cut
    assert clean_title("Talks resume | Reuters", None) == "Talks resume | Reuters"
