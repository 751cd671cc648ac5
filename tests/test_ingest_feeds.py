"""Feed parsing on the real feeds and the malformed feeds of ../shared/realworld."""

from __future__ import annotations

import pytest

from bot.ingest.feeds import html_to_text, parse_feed
from tests.auxil.realworld import REALWORLD, CorpusFile, of_kind

pytestmark = pytest.mark.skipif(
    not REALWORLD.is_dir(), reason=f"real-world corpus not found at {REALWORLD}"
)

MALFORMED = REALWORLD / "malformed"
EXPECTED_ENTRIES = {
    "anyway__walla_break_2024-03-04.xml": 2,
    "anyway__ynet_mivzakim_2020-05-22.xml": 10,
    "jpost_homepage_2023-02-27.rss.xml": 75,
    "feedreader__Rss20Reuters.xml": 10,
    "feedreader__Rss20NYTimes.xml": 33,
    "feedreader__Rss20BreakingNews.xml": 10,
    "feedreader__Rss20DailyMail.xml": 0,
}


@pytest.mark.parametrize("feed", of_kind("feed"), ids=lambda f: f.name)
def test_real_feeds_give_their_entries(feed: CorpusFile) -> None:
    parsed = parse_feed(feed.path.read_bytes(), url=feed.original_url)
    assert len(parsed.entries) == EXPECTED_ENTRIES[feed.name]
    for entry in parsed.entries:
        assert entry.link and entry.link.startswith("http")
        assert entry.guid
        assert entry.title
        assert "<" not in entry.summary
    assert not parsed.unusable


def test_ynet_feed_with_newline_before_declaration_is_read_leniently() -> None:
    parsed = parse_feed((REALWORLD / "feeds" / "anyway__ynet_mivzakim_2020-05-22.xml").read_bytes())
    assert parsed.problem is None  # the newlines before the declaration are cut first
    links = [e.link for e in parsed.entries]
    assert "http://www.ynet.co.il/articles/0,7340,L-5735210,00.html" in links
    assert parsed.entries[0].published is not None
    assert parsed.language == "he"


@pytest.mark.parametrize("feed", of_kind("malformed"), ids=lambda f: f.name)
def test_every_malformed_feed_is_handled_without_raising(feed: CorpusFile) -> None:
    parsed = parse_feed(feed.path.read_bytes(), url=str(feed.path))
    assert parsed.problem is None or "\n" not in parsed.problem
    # Either entries were recovered, or the feed is reported as unusable with a reason,
    # or it is a well-formed feed without entries.
    assert parsed.entries or parsed.unusable or parsed.problem is None


def test_undeclared_windows_1255_hebrew_is_decoded() -> None:
    path = REALWORLD / "malformed" / "feedparser__illformed_chardet_windows1255.xml"
    parsed = parse_feed(path.read_bytes())
    assert "האם תדפיס נייר של אתר אינטרנט" in parsed.entries[0].summary


def test_unknown_arabic_code_page_label_is_decoded() -> None:
    parsed = parse_feed(
        (REALWORLD / "malformed" / "feedparser__encoding_x80_ms-arab.xml").read_bytes()
    )
    assert parsed.title == "\u20ac"


def test_windows_1252_quote_is_demoronized() -> None:
    parsed = parse_feed(
        (REALWORLD / "malformed" / "feedparser__encoding_demoronize-1.xml").read_bytes()
    )
    assert parsed.entries[0].summary == "don’t"


@pytest.mark.parametrize(
    "body", [b"", b"not xml at all", b"<html><body>hi</body></html>", b"\xff" * 64]
)
def test_garbage_is_unusable_not_an_exception(body: bytes) -> None:
    parsed = parse_feed(body)
    assert parsed.entries == []


def test_html_summaries_become_one_line_of_text() -> None:
    assert html_to_text("<p dir='rtl'>שלום&nbsp;<b>עולם</b></p>\n<p>x &amp; y</p>") == (
        "שלום עולם x & y"
    )


def test_relative_links_are_resolved_against_the_feed_url() -> None:
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
        b"<item><title>a</title><link>/news/1</link></item></channel></rss>"
    )
    parsed = parse_feed(body, url="https://example.com/feeds/rss.xml")
    assert parsed.entries[0].link == "https://example.com/news/1"
