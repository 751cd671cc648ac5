"""Ingestion: feeds and pages fetched safely, parsed, extracted, filtered and de-duplicated.

One article's way in, module by module:

- ``poller``: the whole step for one poll (``poll_all``), reported by ``report``, with
  its parts: ``feed_sync`` (``[[feeds]]`` into the table), ``entries`` (which entries
  are new; each fetched, extracted and judged), ``story_store`` (rows written, stories
  matched) and ``feed_state`` (validators, next poll, backoff and health);
- ``safe_fetch``: the only HTTP client (SSRF-safe, size and time bounded), with the
  address rules and the connection backend in ``netguard``, what a response means in
  ``responses``, bounded decompression in ``bounded_decoder`` and typed ``errors``;
- ``feeds``: feedparser on the fetched bytes, lenient with broken feeds;
- ``charset``: a server's declared charset used only if it is a text encoding;
- ``canonical``: one URL key for every spelling of an article's address;
- ``extract`` (trafilatura) and ``article``: a page to an ``ExtractedArticle`` or a
  ``NotArticle`` with its reason; ``article.fetch_article`` does it for a user's link;
  extraction runs in worker processes (``extract_pool`` starts ``extract_worker``) with
  a deadline and a memory limit, users' links in their own lane; ``plaintext`` bounds
  the text handed on (runs folded, lines and length capped);
- ``relevance`` with its default ``keywords`` (letters folded by ``summarizer.text``);
- ``fingerprint`` and ``dedupe``: the same story under another URL or from another outlet.

The poller leaves ``Article`` rows with status ``new`` for the processing step.
Names are exported lazily so that importing the settings schema stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from bot.ingest.article import fetch_article
    from bot.ingest.errors import (
        FetchError,
        FetchFailed,
        FetchRefused,
        FetchTimeout,
        FetchTooLarge,
    )
    from bot.ingest.extract import ExtractedArticle, NotArticle
    from bot.ingest.poller import poll_all
    from bot.ingest.report import FeedReport, PollReport

_EXPORTS = {
    "fetch_article": "bot.ingest.article",
    "FetchError": "bot.ingest.errors",
    "FetchFailed": "bot.ingest.errors",
    "FetchRefused": "bot.ingest.errors",
    "FetchTimeout": "bot.ingest.errors",
    "FetchTooLarge": "bot.ingest.errors",
    "ExtractedArticle": "bot.ingest.extract",
    "NotArticle": "bot.ingest.extract",
    "poll_all": "bot.ingest.poller",
    "FeedReport": "bot.ingest.report",
    "PollReport": "bot.ingest.report",
}

__all__ = [
    "ExtractedArticle",
    "FeedReport",
    "FetchError",
    "FetchFailed",
    "FetchRefused",
    "FetchTimeout",
    "FetchTooLarge",
    "NotArticle",
    "PollReport",
    "fetch_article",
    "poll_all",
]


def __getattr__(name: str) -> Any:
    module_name = _EXPORTS.get(name)
    if module_name is None:
        raise AttributeError(f"module 'bot.ingest' has no attribute {name!r}")
    import importlib

    return getattr(importlib.import_module(module_name), name)
