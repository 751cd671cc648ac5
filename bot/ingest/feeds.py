"""Feed parsing: feedparser on the fetched bytes, lenient with broken feeds, never raising.

Real feeds are often broken (a newline before the XML declaration, undeclared
namespaces, truncated CDATA, wrong or unknown encodings). feedparser parses them leniently
and flags them ``bozo``; we keep whatever entries it recovered and say what was wrong. Two
encoding repairs on top of feedparser's own:

- encoding labels Python has no codec for but whose code page is known (``ms-arab`` is
  Windows-1256, ``ms-hebr`` Windows-1255) are decoded with that code page;
- a feed with no encoding declared anywhere that is not valid UTF-8 is decoded with the
  code page ``charset_normalizer`` detects (feedparser alone would fall back to
  Windows-1252 and turn Hebrew or Arabic into mojibake);
- a declared encoding that is not a text encoding (``punycode`` is quadratic) or does
  not exist is never handed to a decoder: the feed is decoded as undeclared.

Hostile input stays linear: whitespace and stray ``<`` before the first tag are cut
before any pattern or parser sees them, and tags are stripped from feed text with a
pattern that cannot rescan (``<[^<>]*>``).
"""

from __future__ import annotations

import calendar
import html
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urljoin

import feedparser

from bot.ingest.canonical import MAX_URL_LENGTH
from bot.ingest.charset import ENCODING_ALIASES, decode_text, detect_codec, text_codec
from bot.ingest.extract import MAX_TITLE_CHARS
from bot.ingest.plaintext import bounded_text

log = logging.getLogger(__name__)

_XML_DECL = re.compile(
    rb"^(?:\xef\xbb\xbf)?<\?xml[^>]{0,300}?encoding=[\"']([^\"']{1,64})[\"']", re.I
)
_TAG = re.compile(r"<[^<>]*>")  # not <[^>]+>: a run of "<" would be rescanned from each one
_UTF8_BOM = b"\xef\xbb\xbf"
_LEADING_JUNK = b" \t\r\n\x0b\x0c<"
_SPACE = re.compile(r"\s+")


@dataclass(frozen=True)
class FeedEntry:
    """One item of a feed, reduced to what ingestion uses."""

    guid: str | None
    link: str | None
    title: str
    summary: str
    published: datetime | None
    language: str | None
    #: The entry's ``<category>`` / Atom category terms (relevance uses them as hints).
    categories: tuple[str, ...] = ()


@dataclass
class ParsedFeed:
    """The entries recovered from a feed and, for a broken one, what was wrong with it."""

    title: str = ""
    language: str | None = None
    entries: list[FeedEntry] = field(default_factory=list)
    problem: str | None = None  # one line; None when the feed was well formed
    encoding: str | None = None
    ttl_seconds: float | None = None  # RSS <ttl>: how long the publisher says to wait

    @property
    def unusable(self) -> bool:
        """Broken and nothing recovered: count it as a failed poll."""
        return self.problem is not None and not self.entries


def html_to_text(value: str) -> str:
    """Feed summaries are HTML fragments; keep their text on one line."""
    return _SPACE.sub(" ", html.unescape(_TAG.sub(" ", value or ""))).strip()


def _declared_encoding(body: bytes, content_type: str | None) -> str | None:
    match = re.search(r"charset=[\"']?([\w.:-]+)", content_type or "", re.I)
    if match:
        return match.group(1).lower()
    declaration = _XML_DECL.match(body)
    return declaration.group(1).decode("ascii", "replace").lower() if declaration else None


def strip_leading_junk(body: bytes) -> bytes:
    """``body`` without the whitespace and stray ``<`` before its first tag (a UTF-8 BOM
    is kept). Linear; feed parsing was quadratic in such a prefix."""
    bom = _UTF8_BOM if body.startswith(_UTF8_BOM) else b""
    rest = body[len(bom) :]
    stripped = rest.lstrip(_LEADING_JUNK)
    cut = len(rest) - len(stripped)
    if cut and rest[cut - 1 : cut] == b"<":
        cut -= 1  # the last "<" opens the first tag
    return bom + rest[cut:] if cut else body


def _redecode(body: bytes, content_type: str | None) -> str | None:
    """Text of ``body`` when feedparser alone would get the encoding wrong, else None."""
    declared = _declared_encoding(body, content_type)
    if declared:
        codec = text_codec(declared)
        if codec is None:  # unknown, or not a text encoding: never given to a decoder
            return decode_text(body, None)[0]
        if declared in ENCODING_ALIASES:
            return body.decode(codec, errors="replace")
        return None
    if body.startswith((_UTF8_BOM, b"\xff\xfe", b"\xfe\xff")):
        return None
    codec = detect_codec(body)
    return None if codec == "utf-8" else body.decode(codec, errors="replace")


def _ttl_seconds(value: Any) -> float | None:
    try:
        minutes = float(str(value).strip())
    except (TypeError, ValueError):
        return None
    return minutes * 60 if minutes > 0 else None


def _datetime(entry: Any) -> datetime | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        value = entry.get(key)
        if value:
            try:
                return datetime.fromtimestamp(calendar.timegm(value), UTC)
            except (OverflowError, ValueError, TypeError):
                continue
    return None


def _link(entry: Any) -> str | None:
    link = (entry.get("link") or "").strip()
    if link:
        return link
    for candidate in entry.get("links") or []:
        if candidate.get("rel", "alternate") == "alternate" and candidate.get("href"):
            return str(candidate["href"]).strip()
    guid = (entry.get("id") or "").strip()
    if guid.startswith(("http://", "https://")) and entry.get("guidislink", True):
        return guid
    return None


def _summary(entry: Any) -> str:
    text = entry.get("summary") or ""
    if not text:
        for content in entry.get("content") or []:
            text = content.get("value") or ""
            if text:
                break
    return bounded_text(html_to_text(text))


def _categories(entry: Any) -> tuple[str, ...]:
    """The entry's category terms, de-duplicated, in feed order."""
    tags = entry.get("tags") or []
    terms = (html_to_text(tag.get("term") or tag.get("label") or "") for tag in tags)
    return tuple(dict.fromkeys(t for t in terms if t))


def parse_feed(body: bytes, *, content_type: str | None = None, url: str = "") -> ParsedFeed:
    """Parse feed bytes; never raises. ``content_type`` is the HTTP header, if any."""
    # Only the charset of the header matters: servers label feeds text/html or text/plain,
    # and feedparser would call a good feed broken for that alone.
    charset = re.search(r"charset=[\"']?([\w.:-]+)", content_type or "", re.I)
    headers = {"content-type": f"application/xml; charset={charset.group(1)}"} if charset else {}
    try:
        body = strip_leading_junk(body)
        text = _redecode(body, content_type)
        source: bytes | str = body
        if text is not None:
            source = re.sub(r"^\ufeff?<\?xml[^>]*\?>", "", text)
            headers = {}
        parsed = feedparser.parse(source, response_headers=headers, sanitize_html=False)
    except Exception as exc:  # feedparser is lenient, but a parser bug must not stop a poll
        log.warning("feed %s could not be parsed: %s", url, exc)
        return ParsedFeed(problem=f"the feed could not be parsed ({type(exc).__name__})")
    feed = parsed.get("feed", {})
    result = ParsedFeed(
        title=html_to_text(feed.get("title") or ""),
        language=(feed.get("language") or None),
        encoding=parsed.get("encoding"),
        ttl_seconds=_ttl_seconds(feed.get("ttl")),
    )
    if parsed.get("bozo"):
        bozo = parsed.get("bozo_exception")
        detail = str(bozo).strip().splitlines()[0] if bozo and str(bozo).strip() else "malformed"
        detail = re.sub(r"^<unknown>:(\d+):\d+:\s*", r"line \1: ", detail)
        result.problem = f"malformed feed: {detail}"[:300]
    for entry in parsed.get("entries", []):
        link = _link(entry)
        if link and url:
            link = urljoin(url, link)  # relative links are relative to the feed
        guid = (entry.get("id") or "").strip() or link
        if guid and len(guid) > MAX_URL_LENGTH:  # wider than the column: the link identifies
            guid = link if link and len(link) <= MAX_URL_LENGTH else None
        title = html_to_text(entry.get("title") or "")[:MAX_TITLE_CHARS]
        summary = _summary(entry)
        if not (link or title or summary):
            continue
        result.entries.append(
            FeedEntry(
                guid=guid,
                link=link,
                title=title,
                summary=summary,
                published=_datetime(entry),
                language=(entry.get("language") or result.language),
                categories=_categories(entry),
            )
        )
    if result.problem:
        log.info(
            "feed %s is malformed (%s); %d entries recovered",
            url,
            result.problem,
            len(result.entries),
        )
    return result
