"""Canonical URLs: every spelling of one article's address gives one key."""

from __future__ import annotations

import pytest

from bot.ingest.canonical import canonical_url, site_of

SAME = [
    (
        "https://www.ynet.co.il/articles/0,7340,L-5735210,00.html",
        "http://m.ynet.co.il/articles/0,7340,L-5735210,00.html?utm_source=rss&utm_medium=x#top",
    ),
    (
        "https://www.theguardian.com/world/2023/nov/08/gaza-hospitals",
        "https://amp.theguardian.com/world/2023/nov/08/gaza-hospitals",
    ),
    (
        "https://www.theguardian.com/world/2023/nov/08/gaza-hospitals",
        "https://www.theguardian.com/world/2023/nov/08/gaza-hospitals/amp",
    ),
    ("https://example.com/story/1", "https://example.com/amp/story/1"),
    ("https://example.com/story/1.html", "https://example.com/story/1.amp.html"),
    (
        "https://www.example.com/story/x",
        "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/story/x",
    ),
    ("https://example.com/a?x=1&y=2", "https://EXAMPLE.com:443/a/?y=2&x=1&fbclid=abc&gclid=1"),
    ("https://example.com/a?id=5", "https://example.com/a?id=5&amp=1&outputType=amp"),
    ("https://example.com/%D7%A2%D7%96%D7%94", "https://example.com/עזה"),
    ("https://example.com/2023/11/08/", "https://example.com/2023/11/08/index.html"),
]
DIFFERENT = [
    ("https://example.com/a?id=5", "https://example.com/a?id=6"),
    ("https://example.com/a", "https://example.org/a"),
    ("https://example.com/a", "https://example.com:8443/a"),
    ("https://news.example.com/a", "https://example.com/a"),
]


@pytest.mark.parametrize(("a", "b"), SAME)
def test_spellings_of_one_article_share_a_key(a: str, b: str) -> None:
    assert canonical_url(a) == canonical_url(b)


@pytest.mark.parametrize(("a", "b"), DIFFERENT)
def test_different_articles_keep_different_keys(a: str, b: str) -> None:
    assert canonical_url(a) != canonical_url(b)


def test_canonical_is_stable() -> None:
    url = "http://m.example.com/a/?utm_campaign=x&b=2#frag"
    assert canonical_url(canonical_url(url)) == canonical_url(url) == "https://example.com/a?b=2"


def test_site_of_drops_www_and_mobile() -> None:
    assert site_of("https://www.jpost.com/x") == "jpost.com"
    assert site_of("https://m.ynet.co.il/x") == "ynet.co.il"


@pytest.mark.parametrize("url", ["http://example.com:99999/a#x", "http://[::1/a", "not a url"])
def test_malformed_addresses_do_not_raise(url: str) -> None:
    assert "#" not in canonical_url(url)
