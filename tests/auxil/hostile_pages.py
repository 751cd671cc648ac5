"""Hostile pages at the fetcher's size limit (issue 11), for the ingest and bot tests."""

from __future__ import annotations

from bot.settings import FetchSettings
from tests.auxil.realworld import REALWORLD

LIMIT = FetchSettings().max_body_bytes  # what the fetcher lets through: 8 MB
GAZA_PAGE = (REALWORLD / "pages" / "trafilatura__theintercept.com-Gaza.html").read_bytes()
SENTENCE = b"Mediators in Cairo said talks on a ceasefire in Gaza would resume on Sunday. "
PARAGRAPHS = b"<p>" + SENTENCE * 3 + b"</p>"
# 2 million <br> elements (2 GB in the extractor before its tag cap).
BR_PAGE = b"<html><body>" + PARAGRAPHS + b"<br>" * (LIMIT // 4 - 10) + b"</body></html>"


def page_of(head: bytes, body: bytes = PARAGRAPHS * 10, size: int = LIMIT) -> bytes:
    """An HTML page of exactly ``size`` bytes: ``head`` repeated inside a comment in
    <head> (where it survives any parser), then a real article body."""
    start, end = b"<html><head><title>Talks</title><!-- ", b" --></head><body>" + body
    filler = size - len(start) - len(end) - len(b"</body></html>")
    return start + (head * (filler // len(head) + 1))[:filler] + end + b"</body></html>"
