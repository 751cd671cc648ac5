"""A local news world: the real feeds and pages of ../shared/realworld served on 127.0.0.1.

Real feeds link to their real sites; here their links are rewritten to the local server,
and the pages they link to are served at the same paths. English and Arabic have no real
feed that links to the stored pages, so a small RSS feed is written for them (the pages
themselves are real). Tests get it as the ``site`` fixture.
"""

from __future__ import annotations

import html
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
import trafilatura

from tests.auxil.http_servers import LocalHTTPServer, Route
from tests.auxil.realworld import REALWORLD

PAGES = REALWORLD / "pages"
FEEDS = REALWORLD / "feeds"
GAZA = PAGES / "trafilatura__theintercept.com-Gaza.html"  # The Intercept, 13,000 characters

YNET_PAGES = {
    "/articles/0,7340,L-5735210,00.html": "anyway__ynet_0-7340-L-5735210-00.html",
    "/articles/0,7340,L-5735195,00.html": "anyway__ynet_0-7340-L-5735195-00.html",
    "/articles/0,7340,L-5735178,00.html": "anyway__ynet_0-7340-L-5735178-00.html",
}
WALLA_PAGES = {
    "/break/3648139": "anyway__walla_3648139.html",
    "/break/3647947": "anyway__walla_3647947.html",
}
ENGLISH_PAGES = {
    "/en/gaza-birth": "trafilatura__theintercept.com-Gaza.html",
    "/en/west-bank": "newspaper4k__wired_001.westbank.html",
    "/en/new-york": "trafilatura__bbc.com.52241221.html",  # not about the conflict
    "/en/playbook": "trafilatura__scmp.com.playbook.html",  # paywalled
}
ARABIC_PAGES = {
    "/ar/syria": "newspaper4k__arabic_article.cnnarabic.syria.html",
    "/ar/sudan": "trafilatura__assabah.com.tn.article.html",
}


def opening_of(page: Path, paragraphs: int) -> bytes:
    """The real page cut to its headline and first paragraphs: an article the tiny models
    brief in a second or two (the whole Intercept article takes them 10 to 30 s)."""
    document = page.read_text(encoding="utf-8")
    text, title = trafilatura.extract(document), trafilatura.extract_metadata(document).title
    assert text is not None and title
    body = "".join(f"<p>{html.escape(p)}</p>" for p in text.splitlines()[:paragraphs])
    return (
        f"<html><head><title>{html.escape(title)}</title></head>"
        f"<body><article><h1>{html.escape(title)}</h1>{body}</article></body></html>"
    ).encode()


def rss(title: str, items: list[tuple[str, str, str]], language: str = "en") -> bytes:
    """A minimal RSS 2.0 document; items are (title, link, guid)."""
    body = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(link)}</link>"
        f"<guid>{escape(guid)}</guid><description></description></item>"
        for t, link, guid in items
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{escape(title)}</title><link>http://example.invalid/</link>"
        f"<language>{language}</language>{body}</channel></rss>"
    ).encode()


class NewsSite:
    """Serves the rewritten real feeds, the synthetic en/ar feeds and all their pages."""

    def __init__(self, server: LocalHTTPServer) -> None:
        self.server = server
        base = server.url("")
        for pages in (YNET_PAGES, WALLA_PAGES, ENGLISH_PAGES, ARABIC_PAGES):
            for path, name in pages.items():
                server.add(path, Route(body=(PAGES / name).read_bytes()))
        ynet = (FEEDS / "anyway__ynet_mivzakim_2020-05-22.xml").read_bytes()
        self.ynet = server.add(
            "/feeds/ynet.xml",
            Route(body=ynet.replace(b"http://www.ynet.co.il", base.encode()),
                  content_type="text/xml; charset=utf-8"),
        )  # fmt: skip
        walla = (FEEDS / "anyway__walla_break_2024-03-04.xml").read_bytes()
        self.walla = server.add(
            "/feeds/walla.xml",
            Route(body=walla.replace(b"https://news.walla.co.il", base.encode()),
                  content_type="application/rss+xml"),
        )  # fmt: skip
        english = [(p.rsplit("/", 1)[-1], base + p, "en-" + p) for p in ENGLISH_PAGES]
        self.english = server.add(
            "/feeds/english.xml", Route(body=rss("English desk", english), content_type=None)
        )
        arabic = [(p.rsplit("/", 1)[-1], base + p, "ar-" + p) for p in ARABIC_PAGES]
        self.arabic = server.add(
            "/feeds/arabic.xml",
            Route(body=rss("Arabic desk", arabic, "ar"), content_type="application/xml"),
        )

    def page_path(self, name: str) -> Path:
        return PAGES / name


@pytest.fixture
def site(server: LocalHTTPServer) -> NewsSite:
    """The local news world on the test's ``server``."""
    return NewsSite(server)
