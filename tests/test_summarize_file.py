"""``triglot summarize FILE`` on a saved web page: the article is extracted exactly as from
its URL; a feed or a page without an article is refused; markup is never summarised."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.cli.summarize_cmd import read_source
from bot.settings import FetchSettings
from tests.auxil.cli import run_triglot
from tests.auxil.http_servers import LocalHTTPServer
from tests.auxil.tiny_models import realworld_dir

PAGE = "trafilatura__theintercept.com-Gaza.html"


def test_a_saved_page_gives_the_text_its_url_gives(tmp_path: Path) -> None:
    source = realworld_dir() / "pages" / PAGE
    saved = tmp_path / "saved-page.htm"
    saved.write_bytes(source.read_bytes())
    settings = FetchSettings(allowed_networks=["127.0.0.1/32"])
    with LocalHTTPServer() as site:
        url = site.add_file("/news/gaza", source, "text/html; charset=utf-8")
        from_url = read_source(url, settings)

    from_file = read_source(str(saved), settings)

    assert from_file == from_url
    assert "<" not in from_file and "function(" not in from_file


def test_summarize_on_html_summarises_the_article_not_the_markup(
    tiny_cache: Path, tmp_path: Path
) -> None:
    page = (realworld_dir() / "pages" / PAGE).read_bytes()
    saved = tmp_path / "page"  # no suffix: recognised by its tags
    saved.write_bytes(page + b"\n<!-- tracking: window.dataLayer.push({event: 'x'}) -->\n")
    config = tmp_path / "triglot.toml"
    config.write_text(f'[models]\npreset = "tiny"\nthreads = 1\ncache_dir = "{tiny_cache}"\n')

    result = run_triglot("summarize", str(saved), "--lang", "en", "--json", "--config", str(config))

    assert result.returncode == 0, result.stderr
    brief = json.loads(result.stdout)
    assert brief["en"] and "<" not in brief["en"] and "dataLayer" not in brief["en"]


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("feed.xml", b'<?xml version="1.0"?>\n<rss version="2.0"><channel/></rss>', "news feed"),
        ("menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "too little"),
    ],
)
def test_a_feed_or_a_page_without_an_article_is_refused(
    tmp_path: Path, name: str, content: bytes, expected: str
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    config = tmp_path / "triglot.toml"
    config.write_text(f'[models]\npreset = "tiny"\ncache_dir = "{tmp_path / "models"}"\n')

    result = run_triglot("summarize", str(path), "--config", str(config))

    assert result.returncode == 1
    assert result.stderr.startswith("error: not an article: ") and expected in result.stderr
    assert result.stdout == ""
