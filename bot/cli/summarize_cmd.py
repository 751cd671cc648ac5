"""``triglot summarize URL|FILE|- [--lang en,ar,he] [--json]``: print the brief of one article."""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Annotated, Any

import typer

from bot.cli.common import EXIT_BAD_USAGE, ConfigOption, fail, load_or_exit
from bot.settings import FetchSettings
from summarizer.languages import LANGUAGES

_URL = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*://")
_HTML_SUFFIXES = (".html", ".htm", ".xhtml")
_HTML_START = re.compile(rb"<(!doctype\s+html|html|head|body)[\s>]", re.IGNORECASE)
_FEED_START = re.compile(rb"<(rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)


def read_url(url: str, fetch_settings: FetchSettings) -> str:
    """The article text of a web page, through the SSRF-safe fetcher (exit 1 with the
    one-line reason when the fetch is refused or fails, or the page is not an article)."""
    import asyncio

    from bot.ingest import FetchError, NotArticle, fetch_article

    try:
        article = asyncio.run(fetch_article(url, fetch_settings))
    except FetchError as exc:
        raise fail(exc.reason) from None
    if isinstance(article, NotArticle):
        raise fail(f"not an article: {article.detail}")
    return article.text


def markup_kind(raw: bytes, name: str = "") -> str | None:
    """``"html"`` for a web page, ``"feed"`` for an RSS/Atom feed, None for plain text
    (by the file's suffix, else by the first tags of its opening kilobytes)."""
    head = raw[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if _FEED_START.search(head):
        return "feed"
    if name.lower().endswith(_HTML_SUFFIXES) or _HTML_START.search(head):
        return "html"
    return None


def read_markup(raw: bytes, name: str, fetch_settings: FetchSettings) -> str:
    """The article text of a saved web page, extracted as a fetched page is (exit 1 when
    it is a feed or not an article): markup and scripts are never summarised."""
    from bot.ingest.extract import NotArticle, extract_article

    if markup_kind(raw, name) == "feed":
        raise fail(f"not an article: {name} is a news feed; pass one of its articles instead")
    url = Path(name).resolve().as_uri() if name != "-" else "file:///dev/stdin"
    article = extract_article(raw, url, fetch_settings)
    if isinstance(article, NotArticle):
        raise fail(f"not an article: {article.detail}")
    return article.text


def read_source(arg: str, fetch_settings: FetchSettings | None = None) -> str:
    """The article text named on the command line: a URL, a file, or ``-`` for stdin.

    The one place that turns the SOURCE argument into text. A file or stdin holding a web
    page (or a feed) is treated as that page would be when fetched from its URL.
    """
    settings = fetch_settings or FetchSettings()
    if _URL.match(arg):
        return read_url(arg, settings)
    if arg == "-":
        raw = sys.stdin.buffer.read()
    else:
        path = Path(arg)
        if not path.is_file():
            raise fail(f"no such file: {arg}", EXIT_BAD_USAGE)
        raw = path.read_bytes()
    if markup_kind(raw, arg) is not None:
        return read_markup(raw, arg, settings)
    return raw.decode("utf-8", errors="replace")


def parse_languages(value: str) -> tuple[str, ...]:
    """``"en,ar"`` -> ("en", "ar"); anything outside en/ar/he is bad usage (exit 2)."""
    langs = tuple(dict.fromkeys(part.strip() for part in value.split(",") if part.strip()))
    unknown = [lang for lang in langs if lang not in LANGUAGES]
    if unknown or not langs:
        raise fail(f"--lang takes a comma-separated subset of en,ar,he, got {value!r}", 2)
    return langs


def brief_json(brief: Any) -> dict[str, Any]:
    """One key per language (its text), plus ``meta``: everything else about the brief."""
    out: dict[str, Any] = {lang: text.text for lang, text in brief.texts.items()}
    out["meta"] = brief.to_dict()
    return out


def brief_text(brief: Any) -> str:
    """The brief for a terminal: one block per language with its status and model."""
    blocks = [f"source language: {brief.source_lang}" + (" (cached)" if brief.cached else "")]
    for lang, text in brief.texts.items():
        header = f"[{lang}] {text.status}" + (f" · {text.model}" if text.model else "")
        if text.text:
            body = text.text
        else:
            reasons = [str(c.get("detail", "")) for c in text.checks if c.get("detail")]
            body = "(withheld" + (f": {'; '.join(reasons)}" if reasons else "") + ")"
        blocks.append(f"{header}\n{body}")
    return "\n\n".join(blocks)


def summarize(
    source: Annotated[str, typer.Argument(help="Article URL, text file, or - for standard input.")],
    lang: Annotated[str, typer.Option("--lang", help="Languages to write: en,ar,he.")] = (
        "en,ar,he"
    ),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    config: ConfigOption = None,
) -> None:
    """Print a short neutral brief of an article in English, Arabic and Hebrew.

    Exit status 1 when the models are missing or every language was withheld; the
    languages withheld are named on standard error.
    """
    targets = parse_languages(lang)
    settings = load_or_exit(config)
    text = read_source(source, settings.fetch)
    from summarizer import Summarizer, SummarizerError

    try:
        brief = Summarizer.from_config(settings).brief(text, targets=targets)
    except SummarizerError as exc:
        raise fail(str(exc)) from None
    if as_json:
        typer.echo(json.dumps(brief_json(brief), ensure_ascii=False, indent=2))
    else:
        typer.echo(brief_text(brief))
    withheld = [lang for lang, text in brief.texts.items() if not text.text]
    if withheld:
        typer.echo(f"withheld: {', '.join(withheld)}", err=True)
    if len(withheld) == len(brief.texts):
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    app.command("summarize")(summarize)
