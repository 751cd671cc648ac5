"""Article extraction: trafilatura pulls the main text and metadata out of a page.

The result is either an :class:`ExtractedArticle` or a :class:`NotArticle` with a reason
(too short, a paywall, a video page, no text at all); a page that is not an article is an
ordinary outcome, never an exception.

Language: the script of the text decides Hebrew and Arabic (it is unambiguous); otherwise
the page's ``<html lang>``; otherwise common English function words. ``None`` when unsure:
the summariser's own language detection has the last word.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Literal

from bot.ingest.canonical import canonical_url
from bot.settings import FetchSettings

log = logging.getLogger(__name__)

NotArticleReason = Literal["too_short", "paywall", "video", "no_text", "not_html"]

_HEBREW = re.compile("[\u05d0-\u05ea]")
_ARABIC = re.compile("[\u0621-\u064a]")
_LATIN = re.compile("[A-Za-z]")
_HTML_LANG = re.compile(rb"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_PAYWALLED = re.compile(
    rb"[\"']isAccessibleForFree[\"']\s*:\s*[\"']?false|"
    rb"<meta[^>]+(?:article:content_tier|content-tier)[^>]+(?:locked|metered)",
    re.I,
)
_VIDEO_PAGE = re.compile(rb"<meta[^>]+og:type[\"'][^>]+content=[\"']video", re.I)
_VIDEO_URL = re.compile(r"/(?:videos?|watch|live-?tv|tv)/", re.I)
_EN_WORDS = frozenset(
    "the of and to in a is that for on was with said he it as by at from".split()  # noqa: SIM905
)
_PROMO_MARKERS = re.compile(
    r"sign ?up|subscribe|newsletter|by email|never miss|daily edition|already a member|"
    r"for as little as|log ?in to|download (?:our|the) app|follow us on",
    re.I,
)
_LANGUAGE_ALIASES = {"iw": "he", "heb": "he", "ara": "ar", "eng": "en"}


@dataclass(frozen=True)
class ExtractedArticle:
    """The main text and metadata of an article page."""

    url: str  # the URL it was fetched from (after redirects)
    title: str
    text: str
    published: datetime | None = None
    site_name: str | None = None
    language: str | None = None
    author: str | None = None
    declared_url: str | None = None  # the page's own <link rel=canonical> / og:url
    canonical_url: str = field(default="")

    def __post_init__(self) -> None:
        if not self.canonical_url:
            object.__setattr__(self, "canonical_url", canonical_url(self.url))


@dataclass(frozen=True)
class NotArticle:
    """A page that is not an article, and why, in words a user understands."""

    url: str
    reason: NotArticleReason
    detail: str
    title: str | None = None

    def __str__(self) -> str:
        return self.detail


def detect_language(text: str, html: bytes = b"") -> str | None:
    """``he``/``ar`` by script, else the page's declared language, else ``en`` by words."""
    sample = text[:5000]
    hebrew, arabic, latin = (len(r.findall(sample)) for r in (_HEBREW, _ARABIC, _LATIN))
    letters = hebrew + arabic + latin
    if letters:
        if hebrew / letters > 0.3 and hebrew >= arabic:
            return "he"
        if arabic / letters > 0.3:
            return "ar"
    match = _HTML_LANG.search(html[:20000])
    if match:
        code = match.group(1).decode("ascii").lower()
        return _LANGUAGE_ALIASES.get(code, code)
    words = re.findall(r"[a-z]+", sample.lower())
    if words and sum(w in _EN_WORDS for w in words) / len(words) > 0.12:
        return "en"
    return None


def drop_promotions(text: str) -> str:
    """Remove short in-text promotion lines ("Get our Daily Edition by email ... Sign Up").

    trafilatura keeps boxes that sit inside the article body; a short line with two or
    more newsletter or subscription phrases is never news.
    """
    kept = [
        line
        for line in text.splitlines()
        if len(line) > 250 or len(set(m.lower() for m in _PROMO_MARKERS.findall(line))) < 2
    ]
    return "\n".join(kept)


_TITLE_SEPARATOR = re.compile(r"\s+[-|–—:·]\s+")


def clean_title(title: str, site_name: str | None) -> str:
    """Drop a trailing site name from a page title ("Story - Walla! News" -> "Story")."""
    if not site_name:
        return title
    site = site_name.casefold().strip()
    for _ in range(2):
        parts = _TITLE_SEPARATOR.split(title)
        if len(parts) < 2:
            break
        tail = parts[-1].casefold().strip()
        head = title[: title.rfind(parts[-1])].rstrip(" -|–—:·")
        if len(head) < 10 or not (tail.startswith(site) or site.startswith(tail)):
            break
        title = head
    return title


def _published(value: str | None) -> datetime | None:
    if not value:
        return None
    try:
        day = date.fromisoformat(value[:10])
    except ValueError:
        return None
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def extract_article(
    html: bytes | str, url: str, settings: FetchSettings
) -> ExtractedArticle | NotArticle:
    """Extract the article in ``html`` (fetched from ``url``). CPU-bound: run in a thread."""
    import trafilatura

    raw = html.encode("utf-8", "replace") if isinstance(html, str) else html
    if not raw.strip():
        return NotArticle(url, "no_text", "the page is empty")
    try:
        document = trafilatura.bare_extraction(
            raw,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
        )
    except Exception as exc:  # trafilatura/lxml on hostile HTML: a page, not a crash
        log.warning("extraction failed for %s: %s", url, exc)
        return NotArticle(url, "no_text", "the page could not be read")
    if document is None:
        return NotArticle(url, "no_text", "no article text was found on the page")
    meta = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = drop_promotions(meta.get("text") or "").strip()
    title = clean_title((meta.get("title") or "").strip(), meta.get("sitename"))
    n = len(text)
    if _PAYWALLED.search(raw) and n < settings.paywall_max_chars:
        return NotArticle(url, "paywall", "the article is behind a paywall", title or None)
    is_video = bool(_VIDEO_PAGE.search(raw[:200000])) or meta.get("pagetype") == "video"
    if (is_video or _VIDEO_URL.search(url)) and n < max(settings.min_article_chars * 4, 400):
        return NotArticle(url, "video", "the page is a video, not an article", title or None)
    if n < settings.min_article_chars:
        return NotArticle(
            url,
            "too_short",
            f"the page has too little text to summarise ({n} characters)",
            title or None,
        )
    return ExtractedArticle(
        url=url,
        title=title,
        text=text,
        published=_published(meta.get("date")),
        site_name=(meta.get("sitename") or None),
        language=detect_language(f"{title}\n{text}", raw),
        author=(meta.get("author") or None),
        declared_url=(meta.get("url") or None),
    )
