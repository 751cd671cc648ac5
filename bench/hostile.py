"""Hostile-input benchmark (issue 11): what one bad page or feed costs the bot, before and now.

    .venv/bin/python bench/hostile.py [--timeout 120]

For each hostile input it prints, for the code before the fix (BASELINE, kept below as
it was) and for the code now, in the same run:

- block: the longest time the event loop could not run (a task that wakes every
  millisecond measures the gaps) while the input was handled the way the bot handles it;
- wall: the extraction's (or feed parse's) wall time;
- peak: the peak resident memory (VmHWM) of the process that did the work: the bot's
  own process before; the extraction worker now (its start-up baseline included).

Before, a page was extracted in one thread of the bot's process and a text/plain page
was decoded on the event loop; now both happen in an extraction worker process
(``bot.ingest.extract_pool``), with the extractor's byte and tag caps. Feeds were and are
parsed in a thread.

The baseline is quadratic (or worse) on these inputs, so at the sizes the bot accepts
(8 MB) it would run for hours: it runs on the smaller size given in the table, and the
new code runs on that size and on the full one. Every measurement runs in a fresh child
process, stopped after ``--timeout`` seconds.

A second table (alone with ``--text-only``) times the summarizer's patterns on hostile
article text, before (kept below) and now, in this process.

A third table (alone with ``--guard-only``) times one guard check of a brief against a
figure-dense source ("and 5 and 5 ...", "و5 و5 ...", "ו-5 ו-5 ...": what a hostile page
sent as a link gives the guard) at two sizes, so that growth shows: before, the guard as
it was at commit GUARD_BASELINE (read from git into a temporary folder), and now. Each
check runs in a fresh child process, stopped after ``--timeout`` seconds.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import json
import os
import platform
import re
import subprocess
import sys
import tarfile
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

MB = 1_000_000
SENTENCE = b"Mediators in Cairo said talks on a ceasefire in Gaza would resume on Sunday. "
ARTICLE = (b"<p>" + SENTENCE * 3 + b"</p>") * 10


def meta_flood(size: int) -> bytes:
    """``<meta `` without ``>`` in a comment, then a real article body."""
    start, end = b"<html><head><title>Talks</title><!-- ", b" --></head><body>" + ARTICLE
    filler = max(size - len(start) - len(end) - 14, 0)
    return start + (b"<meta " * (filler // 6 + 1))[:filler] + end + b"</body></html>"


def punycode_text(size: int) -> bytes:
    """A text/plain body that Python's punycode codec decodes in quadratic time."""
    return b" " * (size // 2) + b"-" + b"a" * (size - size // 2 - 1)


def br_page(size: int) -> bytes:
    return (
        b"<html><body>" + ARTICLE + b"<br>" * ((size - len(ARTICLE) - 26) // 4) + b"</body></html>"
    )


def large_page(size: int) -> bytes:
    """A big page of many small elements (the 6.4 MB page ran for over 600 s)."""
    item = b"<div class=c><span>Gaza</span> <a href=/x>talks</a></div>\n"
    return (
        b"<html><body>"
        + ARTICLE
        + item * ((size - len(ARTICLE) - 26) // len(item))
        + b"</body></html>"
    )


def prefixed_feed(size: int) -> bytes:
    """A small valid RSS feed behind ``size`` bytes of whitespace and runs of ``<``."""
    items = b"".join(
        b"<item><title>Gaza %d</title><link>https://example.com/%d</link></item>" % (i, i)
        for i in range(20)
    )
    feed = b'<rss version="2.0"><channel><title>F</title>' + items + b"</channel></rss>"
    prefix = (b" \n" * (size // 4) + b"<" * (size // 2))[: size - len(feed)]
    return prefix + feed


@dataclass(frozen=True)
class Case:
    name: str
    make: Callable[[int], bytes]
    media_type: str  # text/html, text/plain (charset=punycode) or feed
    baseline_size: int
    full_size: int = 8 * MB


CASES = [
    Case("meta-flood page", meta_flood, "text/html", 48_000),
    Case("punycode text/plain", punycode_text, "text/plain", 200_000),
    Case("<br> page", br_page, "text/html", 500_000),
    Case("6.4 MB page", large_page, "text/html", 500_000, full_size=6_400_000),
    Case("whitespace/< feed", prefixed_feed, "feed", 40_000),
]


# -- BASELINE: the code before the fix, as it was (bot/ingest/extract.py, article.py, feeds.py)
_OLD_HTML_LANG = re.compile(rb"<html[^>]*?\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.I)
_OLD_PAYWALLED = re.compile(
    rb"[\"']isAccessibleForFree[\"']\s*:\s*[\"']?false|"
    rb"<meta[^>]+(?:article:content_tier|content-tier)[^>]+(?:locked|metered)",
    re.I,
)
_OLD_VIDEO_PAGE = re.compile(rb"<meta[^>]+og:type[\"'][^>]+content=[\"']video", re.I)
_OLD_TITLE_SEPARATOR = re.compile(r"\s+[-|–—:·]\s+")
_OLD_XML_DECL = re.compile(
    rb"^\s*(?:\xef\xbb\xbf)?\s*<\?xml[^>]*?encoding=[\"']([^\"']+)[\"']", re.I
)
_OLD_TAG = re.compile(r"<[^>]+>")


def old_extract_article(raw: bytes, url: str) -> Any:
    """BASELINE: trafilatura on the bytes, then the page's marks by regular expression."""
    import trafilatura

    document = trafilatura.bare_extraction(
        raw, url=url, with_metadata=True, include_comments=False, include_tables=False
    )
    meta = document.as_dict() if document is not None else {}
    title = meta.get("title") or ""
    _OLD_TITLE_SEPARATOR.split(title)
    paywalled = bool(_OLD_PAYWALLED.search(raw))
    video = bool(_OLD_VIDEO_PAGE.search(raw[:200000]))
    lang = _OLD_HTML_LANG.search(raw[:20000])
    return meta.get("text"), paywalled, video, lang


async def old_extract_fetched(body: bytes, media_type: str, executor: Any) -> Any:
    """BASELINE: text/plain decoded on the event loop; HTML in the one extraction thread."""
    if media_type == "text/plain":
        return body.decode("punycode", errors="replace").strip()
    loop = asyncio.get_running_loop()
    return await loop.run_in_executor(executor, old_extract_article, body, "https://e.com/a")


def old_parse_feed(body: bytes) -> int:
    """BASELINE: the encoding sniffing and tag stripping of the old feeds.py, feedparser."""
    import feedparser

    _OLD_XML_DECL.match(body)
    parsed = feedparser.parse(body, response_headers={}, sanitize_html=False)
    for entry in parsed.entries:
        _OLD_TAG.sub(" ", entry.get("title") or "")
    return len(parsed.entries)


# -- NOW ---------------------------------------------------------------------------------
async def new_extract(body: bytes, media_type: str) -> Any:
    from bot.ingest.extract_pool import PageJob, extract_in_worker
    from bot.settings import FetchSettings

    charset = "punycode" if media_type == "text/plain" else None
    job = PageJob(body, "https://e.com/a", media_type, charset)
    return await extract_in_worker(job, FetchSettings(), "links")


async def new_parse_feed(body: bytes) -> int:
    from bot.ingest.feeds import parse_feed

    parsed = await asyncio.to_thread(parse_feed, body, content_type="application/rss+xml")
    return len(parsed.entries)


# -- measuring ---------------------------------------------------------------------------
def vm_hwm_mb(pid: int | str = "self") -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    return float("nan")


async def measured(work: Awaitable[Any]) -> tuple[float, float]:
    """(longest event-loop block, wall time) in seconds while ``work`` runs."""
    longest = 0.0
    done = False

    async def watch() -> None:
        nonlocal longest
        last = time.perf_counter()
        while not done:
            await asyncio.sleep(0.001)
            now = time.perf_counter()
            longest = max(longest, now - last - 0.001)
            last = now

    watcher = asyncio.create_task(watch())
    await asyncio.sleep(0.01)
    started = time.perf_counter()
    await work
    wall = time.perf_counter() - started
    done = True
    await watcher
    return longest, wall


async def run_one(case: Case, mode: str, size: int) -> dict[str, float]:
    body = case.make(size)
    if mode == "old":
        from concurrent.futures import ThreadPoolExecutor

        executor = ThreadPoolExecutor(max_workers=1)
        if case.media_type == "feed":
            work: Awaitable[Any] = asyncio.to_thread(old_parse_feed, body)
        else:
            work = old_extract_fetched(body, case.media_type, executor)
        block, wall = await measured(work)
        return {"block": block, "wall": wall, "peak": vm_hwm_mb()}
    if case.media_type == "feed":
        block, wall = await measured(new_parse_feed(body))
        return {"block": block, "wall": wall, "peak": vm_hwm_mb()}
    from bot.ingest.extract_pool import running_workers

    await new_extract(b"<html><body><p>warm</p></body></html>", "text/html")  # start-up
    block, wall = await measured(new_extract(body, case.media_type))
    workers = running_workers()
    peak = max((vm_hwm_mb(pid) for pid in workers), default=float("nan"))
    return {"block": block, "wall": wall, "peak": peak}


def child(name: str, mode: str, size: int, timeout: float) -> dict[str, float] | None:
    command = [sys.executable, __file__, "--one", name, mode, str(size)]
    try:
        out = subprocess.run(command, capture_output=True, text=True, timeout=timeout, check=True)
    except subprocess.TimeoutExpired:
        return None
    return json.loads(out.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def shown(result: dict[str, float] | None, timeout: float) -> str:
    if result is None:
        return f"{'> ' + format(timeout, 'g') + ' s (stopped)':>33}"
    return f"{result['block']:8.2f} s {result['wall']:8.2f} s {result['peak']:7.0f} MB"


# -- BASELINE: the summarizer's patterns before they were made linear (summarizer/text.py,
# summarizer/guard/align.py, names.py, translation_names.py), as they were.
_OLD_BOILERPLATE_BYLINE = re.compile(
    r"^\W*(?:(?:by|words\s+by)\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,4}"
    r"(?:\s*(?:,|and|&)\s*[\w.'’-]+(?:\s+[\w.'’-]+){0,3})*\s*$)\W*$",
    re.IGNORECASE,
)
_OLD_LEADING_RUN = re.compile(r"^\W*(?:.*\bnewsletters?\b.{0,80}|©.*)\W*$", re.IGNORECASE)
_OLD_SENTENCE_END = re.compile(r"[.!?؟…]+[\"'”’»)\]]*(?=\s)")
_OLD_CLAUSE_JOIN = re.compile(r"\s+(?:while|whereas)\s+|\s+and\s+", re.IGNORECASE)
_OLD_AFTER_NAME = re.compile(r"^\s*(?:,\s*(?:the|a|an)?\s*(\w+)|\s+(said|says|told))")


TextCase = tuple[str, Callable[[int], str], Callable[[str], Any], Callable[[str], Any], int]


def text_cases() -> list[TextCase]:
    """(input, make(size), before, now, size the baseline runs at) for the summarizer."""
    from summarizer.guard.align import _BARE_AND, _CLAUSE_JOIN
    from summarizer.guard.translation_names import _AFTER_NAME
    from summarizer.text import _BOILERPLATE_LINE, _SENTENCE_END, _is_byline

    def byline(size: int) -> str:
        return "by x" + "and" * (size // 3) + " a b c d e f g h i"  # too many names: no byline

    return [
        ("byline of many 'and's", byline, _OLD_BOILERPLATE_BYLINE.match, _is_byline, 84),
        ("line of '!' (boilerplate)", lambda n: "!" * n + "x", _OLD_LEADING_RUN.match,
         _BOILERPLATE_LINE.match, 4_000),
        ("run of dots (sentences)", lambda n: "." * n,
         lambda t: list(_OLD_SENTENCE_END.finditer(t)),
         lambda t: list(_SENTENCE_END.finditer(t)), 4_000),
        ("run of spaces (clauses)", lambda n: "a" + " " * n + "b", _OLD_CLAUSE_JOIN.split,
         lambda t: _BARE_AND.split(_CLAUSE_JOIN.split(t)[0]), 4_000),
        ("spaces after a name", lambda n: " " * n + "x", _OLD_AFTER_NAME.match, _AFTER_NAME.match,
         4_000),
    ]  # fmt: skip


def text_table() -> None:
    """The summarizer's patterns on hostile text: before at a small size, now at that size
    and at the ingestion limit (200,000 characters)."""
    print(f"\n{'summarizer input':<28}{'chars':>9}  {'code':<8}{'time':>10}")
    for name, make, before, now, small in text_cases():
        for label, run, size in (
            ("before", before, small),
            ("now", now, small),
            ("now", now, 200_000),
        ):
            text = make(size)
            started = time.perf_counter()
            run(text)
            print(f"{name:<28}{size:>9,}  {label:<8}{time.perf_counter() - started:>8.3f} s")


# -- the guard on figure-dense text (the baseline is the code at this commit, from git) ---
GUARD_BASELINE = "b6db0be"  # before the figure checks were made linear
GUARD_SIZES = (20_000, 80_000)
GUARD_BRIEF = 1_500  # characters of the brief: the same text (a model that copies the page)
GUARD_CASES = [("en", "and 5 "), ("ar", "و5 "), ("he", "ו-5 ")]


def repeated(unit: str, size: int) -> str:
    return (unit * (size // len(unit) + 1))[:size]


def guard_one(root: str, lang: str, unit: str, size: int) -> dict[str, float]:
    """One check, in this (child) process, with the guard found under ``root``."""
    sys.path.insert(0, root)
    from summarizer.guard import Guard

    guard = Guard.from_settings()
    source, brief = repeated(unit, size), repeated(unit, GUARD_BRIEF)
    started = time.perf_counter()
    guard.check(source, brief, lang=lang)
    return {"time": time.perf_counter() - started}


def baseline_tree(into: Path) -> bool:
    """The summarizer at GUARD_BASELINE, written under ``into``; False without git."""
    try:
        archive = subprocess.run(
            ["git", "-C", str(REPO), "archive", GUARD_BASELINE, "summarizer"],
            capture_output=True,
            check=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):
        return False
    with tarfile.open(fileobj=io.BytesIO(archive)) as tar:
        tar.extractall(into, filter="data")
    return True


def guard_table(timeout: float) -> None:
    print(f"\n{'guard: figure-dense source':<30}{'chars':>9}  {'code':<8}{'check':>12}")
    with tempfile.TemporaryDirectory() as tmp:
        have_baseline = baseline_tree(Path(tmp))
        for lang, unit in GUARD_CASES:
            for size in GUARD_SIZES:
                for label, root in (("before", tmp), ("now", str(REPO))):
                    name = f"{lang} {unit.strip()!r} x n"
                    if label == "before" and not have_baseline:
                        print(f"{name:<30}{size:>9,}  {label:<8}{'(no git)':>12}")
                        continue
                    command = [sys.executable, __file__, "--guard-one", root, lang, unit, str(size)]
                    try:
                        out = subprocess.run(
                            command,
                            capture_output=True,
                            text=True,
                            timeout=timeout,
                            check=True,
                            cwd=REPO,  # the lexicons are read from config/ there
                        )
                        took = json.loads(out.stdout.strip().splitlines()[-1])["time"]
                        shown_time = f"{took:10.2f} s"
                    except subprocess.TimeoutExpired:
                        shown_time = f"> {format(timeout, 'g')} s (stopped)"
                    print(f"{name:<30}{size:>9,}  {label:<8}{shown_time:>12}", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--timeout", type=float, default=120.0, help="seconds per measurement")
    parser.add_argument("--text-only", action="store_true", help="only the summarizer's table")
    parser.add_argument("--guard-only", action="store_true", help="only the guard's table")
    parser.add_argument("--guard-one", nargs=4, help=argparse.SUPPRESS)
    parser.add_argument("--one", nargs=3, metavar=("CASE", "MODE", "SIZE"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.guard_one:
        root, lang, unit, size = args.guard_one
        print(json.dumps(guard_one(root, lang, unit, int(size))))
        return
    if args.one:
        name, mode, size = args.one
        case = next(c for c in CASES if c.name == name)
        print(json.dumps(asyncio.run(run_one(case, mode, int(size)))))
        return
    print(f"{platform.platform()}, {os.cpu_count()} CPUs, Python {platform.python_version()}")
    if args.text_only:
        text_table()
        return
    if args.guard_only:
        guard_table(args.timeout)
        return
    print(f"{'input':<22}{'size':>9}  {'code':<9}{'block':>10} {'wall':>10} {'peak':>10}")
    for case in CASES:
        rows = [
            ("before", case.baseline_size),
            ("now", case.baseline_size),
            ("now", case.full_size),
        ]
        for label, size in rows:
            result = child(case.name, "old" if label == "before" else "new", size, args.timeout)
            print(f"{case.name:<22}{size / MB:>7.2f}MB  {label:<9}{shown(result, args.timeout)}")
    text_table()
    guard_table(args.timeout)


if __name__ == "__main__":
    main()
