"""Article extraction: trafilatura pulls the main text and metadata out of a page.

The result is either an :class:`ExtractedArticle` or a :class:`NotArticle` with a reason
(too short, a paywall, a video page, no text at all); a page that is not an article is an
ordinary outcome, never an exception.

Language: the script of the text decides Hebrew and Arabic (it is unambiguous); otherwise
the page's ``<html lang>``; otherwise common English function words. ``None`` when unsure:
the summariser's own language detection has the last word.

Hostile pages: no pattern here rescans its input. The page's ``<meta>`` tags and
``<html lang>`` are read from the lxml tree that trafilatura extracts from (the patterns
they replaced were quadratic on a page of ``<meta`` without ``>``: 384 KB held the
interpreter for 200 s); only ``fetch.extract_max_bytes`` bytes and
``fetch.extract_max_tags`` tags reach the parser. The time and memory of one extraction
are bounded by :mod:`bot.ingest.extract_pool`, which runs it.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Any, Literal

from bot.ingest.canonical import MAX_URL_LENGTH, canonical_url
from bot.ingest.plaintext import bounded_text
from bot.settings import FetchSettings
from summarizer.languages import as_language

log = logging.getLogger(__name__)

NotArticleReason = Literal["too_short", "paywall", "video", "no_text", "not_html", "too_complex"]

_HEBREW = re.compile("[\u05d0-\u05ea]")
_ARABIC = re.compile("[\u0621-\u064a]")
_LATIN = re.compile("[A-Za-z]")
_LANG_CODE = re.compile(r"[A-Za-z]{2,3}")
_NOT_FREE_KEY = b"isaccessibleforfree"
#: What follows the key in JSON-LD when the page is not free; matched only on a short
#: window after each occurrence of the key (found with bytes.find), so never rescanned.
_NOT_FREE_VALUE = re.compile(rb"[\"']\s{0,20}:\s{0,20}[\"']?false")
_VIDEO_URL = re.compile(r"/(?:videos?|watch|live-?tv|tv)/", re.I)
_EN_WORDS = frozenset(
    "the of and to in a is that for on was with said he it as by at from".split()  # noqa: SIM905
)
_PROMO_MARKERS = re.compile(
    r"sign ?up|subscribe|newsletter|by email|never miss|daily edition|already a member|"
    r"for as little as|log ?in to|download (?:our|the) app|follow us on",
    re.I,
)
MAX_TITLE_CHARS = 500
MAX_SITE_NAME_CHARS = 300  # the width of the articles' site_name column


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


def detect_language(text: str, declared: str | None = None) -> str | None:
    """``he``/``ar`` by script, else the page's declared language (``<html lang>``), else
    ``en`` by words."""
    sample = text[:5000]
    hebrew, arabic, latin = (len(r.findall(sample)) for r in (_HEBREW, _ARABIC, _LATIN))
    letters = hebrew + arabic + latin
    if letters:
        if hebrew / letters > 0.3 and hebrew >= arabic:
            return "he"
        if arabic / letters > 0.3:
            return "ar"
    match = _LANG_CODE.match(declared.strip()) if declared else None
    if match:
        code = match.group(0).lower()
        return as_language(code) or code
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
    """Drop a trailing site name from a page title ("Story - Walla! News" -> "Story").

    Runs of white space are folded first: ``\\s+`` around the separator would otherwise be
    tried from every space of a long run (quadratic).
    """
    title = " ".join(title.split())[:MAX_TITLE_CHARS]
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


def bound_markup(raw: bytes, max_bytes: int, max_tags: int) -> bytes:
    """At most ``max_bytes`` bytes and ``max_tags`` tag openings (``<``) of ``raw``.

    Extraction time and memory grow faster than the number of elements (an 8 MB page of
    ``<br>`` took 2 GB); real article pages have a few thousand tags. Cutting the tail
    keeps the head and the article body, which come first. Linear: C-level scans only.
    """
    raw = raw[:max_bytes]
    if raw.count(b"<") <= max_tags:
        return raw
    position = -1
    for _ in range(max_tags + 1):
        position = raw.find(b"<", position + 1)
    return raw[:position]


def _not_free(raw: bytes) -> bool:
    """JSON-LD ``"isAccessibleForFree": false`` anywhere in the page (any letter case)."""
    lowered = raw.lower()
    start = lowered.find(_NOT_FREE_KEY)
    while start >= 0:
        end = start + len(_NOT_FREE_KEY)
        if lowered[start - 1 : start] in (b'"', b"'") and _NOT_FREE_VALUE.match(
            lowered, end, end + 64
        ):
            return True
        start = lowered.find(_NOT_FREE_KEY, end)
    return False


@dataclass(frozen=True)
class _PageMarks:
    """What the page's markup says about itself: its <meta> tags and <html lang>."""

    locked: bool = False  # article:content_tier locked or metered
    video: bool = False  # og:type video.*
    language: str | None = None


def _page_marks(tree: Any) -> _PageMarks:
    """Read the marks from the parsed tree (linear in the number of elements)."""
    locked = video = False
    for meta in tree.iter("meta"):
        key = (meta.get("property") or meta.get("name") or "").strip().lower()
        content = (meta.get("content") or "").strip().lower()
        if key.endswith(("content_tier", "content-tier")):
            locked = locked or "locked" in content or "metered" in content
        elif key == "og:type":
            video = video or content.startswith("video")
    root = tree.getroottree().getroot() if hasattr(tree, "getroottree") else tree
    return _PageMarks(locked, video, root.get("lang") or root.get("xml:lang"))


def extract_article(
    html: bytes | str, url: str, settings: FetchSettings
) -> ExtractedArticle | NotArticle:
    """Extract the article in ``html`` (fetched from ``url``).

    CPU-bound, and unbounded in time on hostile pages despite the caps: production runs
    it through :mod:`bot.ingest.extract_pool`, never on the event loop.
    """
    import trafilatura
    from trafilatura.utils import load_html

    raw = html.encode("utf-8", "replace") if isinstance(html, str) else html
    if not raw.strip():
        return NotArticle(url, "no_text", "the page is empty")
    raw = bound_markup(raw, settings.extract_max_bytes, settings.extract_max_tags)
    try:
        tree = load_html(raw)
        if tree is None:
            return NotArticle(url, "no_text", "no article text was found on the page")
        marks = _page_marks(tree)  # before extraction: trafilatura prunes the tree
        document = trafilatura.bare_extraction(
            tree,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
        )
    except MemoryError:
        raise
    except Exception as exc:  # trafilatura/lxml on hostile HTML: a page, not a crash
        log.warning("extraction failed for %s: %s", url, exc)
        return NotArticle(url, "no_text", "the page could not be read")
    if document is None:
        return NotArticle(url, "no_text", "no article text was found on the page")
    meta = document.as_dict() if hasattr(document, "as_dict") else dict(document)
    text = drop_promotions(bounded_text(meta.get("text") or "")).strip()
    title = clean_title((meta.get("title") or "").strip(), meta.get("sitename"))
    n = len(text)
    if (marks.locked or _not_free(raw)) and n < settings.paywall_max_chars:
        return NotArticle(url, "paywall", "the article is behind a paywall", title or None)
    is_video = marks.video or meta.get("pagetype") == "video"
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
        site_name=(meta.get("sitename") or "")[:MAX_SITE_NAME_CHARS] or None,
        language=detect_language(f"{title}\n{text}", marks.language),
        author=(meta.get("author") or None),
        declared_url=_declared_url(meta.get("url")),
    )


def _declared_url(value: str | None) -> str | None:
    """The page's own canonical link, unless it is longer than a stored URL may be."""
    return value if value and len(value) <= MAX_URL_LENGTH else None
