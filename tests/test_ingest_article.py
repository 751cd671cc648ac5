"""Users' links: ``fetch_article`` and ``triglot summarize URL``, through the safe fetcher."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.ingest import ExtractedArticle, FetchRefused, NotArticle, fetch_article
from bot.settings import FetchSettings
from tests.auxil.cli import run_triglot
from tests.auxil.http_servers import LocalHTTPServer
from tests.auxil.realworld import REALWORLD

pytestmark = pytest.mark.skipif(
    not REALWORLD.is_dir(), reason=f"real-world corpus not found at {REALWORLD}"
)
PAGES = REALWORLD / "pages"


@pytest.fixture
def pages(server: LocalHTTPServer) -> LocalHTTPServer:
    html = "text/html; charset=utf-8"
    server.add_file("/gaza", PAGES / "trafilatura__theintercept.com-Gaza.html", html)
    server.add_file("/paywall", PAGES / "trafilatura__scmp.com.playbook.html", html)
    server.redirect("/to-metadata", "http://169.254.169.254/latest/meta-data/")
    return server


async def test_fetch_article_extracts_a_page(pages: LocalHTTPServer) -> None:
    # A starved CI machine once needed more than the default 30 s to start a worker and
    # extract: the deadline is the product's guard against hostile pages, not under test here.
    settings = FetchSettings(allow_private_networks=True, extract_timeout_seconds=120)
    article = await fetch_article(pages.url("/gaza"), settings)
    assert isinstance(article, ExtractedArticle)
    assert article.title == "What It’s Like to Give Birth in Gaza"
    assert "would be unthinkable decisions" in article.text
    assert article.language == "en"


async def test_fetch_article_says_when_a_page_is_not_an_article(pages: LocalHTTPServer) -> None:
    result = await fetch_article(pages.url("/paywall"), FetchSettings(allow_private_networks=True))
    assert isinstance(result, NotArticle) and result.reason == "paywall"


async def test_fetch_article_refuses_private_addresses(pages: LocalHTTPServer) -> None:
    with pytest.raises(FetchRefused):
        await fetch_article(pages.url("/gaza"), FetchSettings())
    assert pages.hits() == 0


def write_config(folder: Path, *, private: bool, cache: Path | None = None) -> Path:
    path = folder / "triglot.toml"
    models = f'[models]\npreset = "tiny"\ncache_dir = "{cache}"\n' if cache else ""
    path.write_text(
        f"[fetch]\nallow_private_networks = {str(private).lower()}\n{models}", encoding="utf-8"
    )
    return path


@pytest.mark.parametrize(
    ("path", "reason"),
    [
        ("/gaza", "error: refused to fetch 127.0.0.1: a loopback address"),
        ("/to-metadata", "error: refused to fetch 127.0.0.1: a loopback address"),
    ],
)
def test_summarize_refuses_a_private_link_with_one_line(
    pages: LocalHTTPServer, tmp_path: Path, path: str, reason: str
) -> None:
    config = write_config(tmp_path, private=False)
    result = run_triglot("summarize", pages.url(path), "--config", str(config))
    assert result.returncode == 1
    assert result.stderr.strip() == reason
    assert pages.hits() == 0


def test_summarize_refuses_a_redirect_to_cloud_metadata(
    pages: LocalHTTPServer, tmp_path: Path
) -> None:
    config = tmp_path / "triglot.toml"
    config.write_text('[fetch]\nallowed_networks = ["127.0.0.1/32"]\n', encoding="utf-8")
    result = run_triglot("summarize", pages.url("/to-metadata"), "--config", str(config))
    assert result.returncode == 1
    assert result.stderr.strip() == (
        "error: refused to fetch 169.254.169.254: a cloud metadata address"
    )
    assert pages.hits("/to-metadata") == 1


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "error: only http and https links can be fetched, not file"),
        (
            "http://0x7f000001/",
            "error: refused to fetch 0x7f000001 (127.0.0.1): a loopback address",
        ),
        ("http://[::1]/", "error: refused to fetch ::1: a loopback address"),
        ("http://10.0.0.1/", "error: refused to fetch 10.0.0.1: a private network address"),
    ],
)
def test_summarize_refuses_other_bad_links(tmp_path: Path, url: str, reason: str) -> None:
    config = write_config(tmp_path, private=False)
    result = run_triglot("summarize", url, "--config", str(config))
    assert (result.returncode, result.stderr.strip()) == (1, reason)


def test_summarize_says_a_paywalled_page_is_not_an_article(
    pages: LocalHTTPServer, tmp_path: Path
) -> None:
    config = write_config(tmp_path, private=True)
    result = run_triglot("summarize", pages.url("/paywall"), "--config", str(config))
    assert result.returncode == 1
    lines = result.stderr.strip().splitlines()
    assert "allow_private_networks is on" in lines[0]  # said once, as a warning
    assert lines[-1] == "error: not an article: the article is behind a paywall"


def test_summarize_briefs_a_linked_article(
    pages: LocalHTTPServer, tmp_path: Path, tiny_cache: Path
) -> None:
    config = write_config(tmp_path, private=True, cache=tiny_cache)
    result = run_triglot("summarize", pages.url("/gaza"), "--json", "--config", str(config))
    assert result.returncode == 0, result.stderr
    output = json.loads(result.stdout)
    assert output["meta"]["source_lang"] == "en"
    assert set(output) == {"en", "ar", "he", "meta"}
