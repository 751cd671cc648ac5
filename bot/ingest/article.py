"""One page from fetched bytes to an article: shared by the poller and users' links."""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor

from bot.ingest.extract import ExtractedArticle, NotArticle, extract_article
from bot.ingest.safe_fetch import PAGE_TYPES, FetchResult, SafeFetcher
from bot.settings import FetchSettings

#: One worker thread for every extraction: trafilatura keeps module-level lxml parsers,
#: and lxml parsers must not be used by two threads at once (it crashes the process).
_EXTRACTION_THREAD = ThreadPoolExecutor(max_workers=1, thread_name_prefix="triglot-extract")


def _plain_text(result: FetchResult) -> str:
    return result.body.decode(result.charset or "utf-8", errors="replace").strip()


async def extract_fetched(
    result: FetchResult, settings: FetchSettings
) -> ExtractedArticle | NotArticle:
    """Extract the article from a fetched page (in the extraction thread: CPU-bound)."""
    if result.media_type == "text/plain":
        text = _plain_text(result)
        if len(text) < settings.min_article_chars:
            detail = f"the page has too little text to summarise ({len(text)} characters)"
            return NotArticle(result.url, "too_short", detail)
        return ExtractedArticle(url=result.url, title="", text=text)
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(
        _EXTRACTION_THREAD, extract_article, result.body, result.url, settings
    )


async def fetch_article(url: str, settings: FetchSettings) -> ExtractedArticle | NotArticle:
    """Fetch ``url`` through the safe fetcher and extract its article.

    Raises :class:`~bot.ingest.errors.FetchError` (refused, too large, timeout, failed)
    with a one-line ``reason``; a page that is not an article is a :class:`NotArticle`.
    """
    async with SafeFetcher(settings) as fetcher:
        result = await fetcher.fetch(url, accept=PAGE_TYPES)
    return await extract_fetched(result, settings)
