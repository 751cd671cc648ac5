"""One page from fetched bytes to an article: shared by the poller and users' links."""

from __future__ import annotations

from bot.ingest.extract import ExtractedArticle, NotArticle
from bot.ingest.extract_pool import Lane, PageJob, extract_in_worker
from bot.ingest.safe_fetch import PAGE_TYPES, FetchResult, SafeFetcher
from bot.settings import FetchSettings


async def extract_fetched(
    result: FetchResult, settings: FetchSettings, *, lane: Lane = "feeds"
) -> ExtractedArticle | NotArticle:
    """Extract the article from a fetched page, in a worker process of ``lane``.

    Decoding included (a text/plain page's charset is the server's choice): nothing of
    the page's bytes is worked on in the caller's process, and the work is bounded by
    ``fetch.extract_*`` (see :mod:`bot.ingest.extract_pool`).
    """
    job = PageJob(result.body, result.url, result.media_type, result.charset)
    return await extract_in_worker(job, settings, lane)


async def fetch_article(
    url: str, settings: FetchSettings, *, lane: Lane = "links"
) -> ExtractedArticle | NotArticle:
    """Fetch ``url`` through the safe fetcher and extract its article.

    Raises :class:`~bot.ingest.errors.FetchError` (refused, too large, timeout, failed)
    with a one-line ``reason``; a page that is not an article is a :class:`NotArticle`.
    """
    async with SafeFetcher(settings) as fetcher:
        result = await fetcher.fetch(url, accept=PAGE_TYPES)
    return await extract_fetched(result, settings, lane=lane)
