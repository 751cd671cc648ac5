"""Hostile pages, feeds and links at the size limits (issue 11, defects 1, 2, 3, 5 and 6).

Each input here stalled the old code for minutes to hours (quadratic patterns, a
quadratic codec, unbounded extraction) or made one entry fail its whole feed. No test
measures time: a regression shows as a test that does not finish (timings are in
``bench/hostile.py``).
"""

from __future__ import annotations

import asyncio

import pytest

from bot.ingest import ExtractedArticle, NotArticle, fetch_article
from bot.ingest.charset import decode_text, text_codec
from bot.ingest.extract import clean_title, extract_article
from bot.ingest.extract_pool import PageJob, extract_in_worker, running_workers
from bot.ingest.feeds import html_to_text, parse_feed
from bot.ingest.plaintext import MAX_LINE_CHARS, MAX_TEXT_CHARS
from bot.ingest.poller import poll_all
from bot.settings import FetchSettings
from summarizer.text import remove_boilerplate, split_sentences
from tests.auxil.hostile_pages import BR_PAGE, GAZA_PAGE, LIMIT, SENTENCE, page_of
from tests.auxil.http_servers import LocalHTTPServer, Route
from tests.auxil.ingest import Sessions, articles, feed_row, make_config
from tests.auxil.news_site import rss


# -- defect 1: regular expressions on fetched text --------------------------------------
@pytest.mark.parametrize(
    "flood",
    [b"<meta ", b"<meta property=og:type content=video ", b"<html ", b'"isAccessibleForFree"  '],
    ids=["meta", "meta-video", "html-lang", "json-ld"],
)
def test_a_page_flooded_with_tag_starts_is_read_to_the_end(flood: bytes) -> None:
    """8 MB of ``<meta`` without ``>``: the old paywall and video patterns were quadratic."""
    result = extract_article(page_of(flood), "https://example.com/a", FetchSettings())
    assert isinstance(result, ExtractedArticle | NotArticle)  # it finished: that is the test


def test_the_page_marks_are_still_read_from_the_parsed_page() -> None:
    def read(head: bytes, text: bytes = SENTENCE) -> ExtractedArticle | NotArticle:
        page = head + b"</head><body><p>" + text + b"</p></body></html>"
        return extract_article(page, "https://e.com/a", FetchSettings(min_article_chars=20))

    locked = read(b'<html><head><meta property="article:content_tier" content="locked">')
    json_ld = b'{"isAccessibleForFree": "False"}'
    not_free = read(b'<html><head><script type="application/ld+json">' + json_ld + b"</script>")
    video = read(b"<html><head><meta property='og:type' content='video.other'>")
    german = read(b'<html lang="de"><head>', b"Verhandlungen in Kairo. " * 9)
    assert isinstance(locked, NotArticle) and locked.reason == "paywall"
    assert isinstance(not_free, NotArticle) and not_free.reason == "paywall"
    assert isinstance(video, NotArticle) and video.reason == "video"
    assert isinstance(german, ExtractedArticle) and german.language == "de"


def test_titles_and_feed_text_made_of_whitespace_or_angle_brackets_are_linear() -> None:
    assert clean_title("Talks" + " " * LIMIT + "resume - Site", "Site") == "Talks resume"
    assert html_to_text("<" * LIMIT + "<b>Gaza</b>").endswith("Gaza")


def test_the_text_handed_to_the_summariser_stays_linear_for_its_patterns() -> None:
    """Runs of symbols or white space and endless paragraphs made the summariser's
    sentence splitting and boilerplate patterns quadratic (20 KB: 1.5-7.7 s)."""
    hostile = (
        b"<html><body><p>" + SENTENCE * 3 + b"</p><p>" + b"- " * 500_000 + b"</p><p>x"
        + b" " * 1_000_000 + b"x</p><p>" + b"a. " * 300_000 + b"</p><p>" + b"<" * 100_000
        + b"</p></body></html>"
    )  # fmt: skip
    result = extract_article(hostile, "https://e.com/a", FetchSettings(min_article_chars=20))
    assert isinstance(result, ExtractedArticle) and result.text.startswith("Mediators in Cairo")
    assert len(result.text) <= MAX_TEXT_CHARS
    assert max(len(line) for line in result.text.splitlines()) <= MAX_LINE_CHARS
    assert split_sentences(remove_boilerplate(result.text))  # finishes: that is the test


# -- defect 2: the server chooses the codec --------------------------------------------
def test_only_text_encodings_are_used_as_declared() -> None:
    assert text_codec("windows-1255") == "cp1255" and text_codec("ms-arab") == "cp1256"
    for label in ("punycode", "idna", "unicode_escape", "rot13", "zlib", "x-no-such-codec"):
        assert text_codec(label) is None
    text, codec = decode_text(b"abc" * (LIMIT // 3), "punycode")
    assert codec == "utf-8" and len(text) == LIMIT // 3 * 3
    hebrew = "הפסקת אש בעזה".encode("cp1255") * 50
    assert decode_text(hebrew, "x-unknown")[0].startswith("הפסקת אש בעזה")


@pytest.mark.parametrize("charset", ["punycode", "x-no-such-codec"])
async def test_a_text_page_in_a_hostile_or_unknown_charset_is_read_as_text(
    server: LocalHTTPServer, charset: str
) -> None:
    body = (SENTENCE * (LIMIT // len(SENTENCE)))[:LIMIT]
    url = server.add("/t.txt", Route(body=body, content_type=f"text/plain; charset={charset}"))
    article = await fetch_article(url, FetchSettings(allow_private_networks=True))
    assert isinstance(article, ExtractedArticle)
    assert article.text.startswith("Mediators in Cairo said")


def test_a_feed_declaring_a_hostile_encoding_is_still_read() -> None:
    feed = rss("F", [("Gaza talks", "https://e.com/a", "g1")]).replace(b"utf-8", b"punycode")
    parsed = parse_feed(feed, content_type="application/rss+xml; charset=punycode")
    assert [e.title for e in parsed.entries] == ["Gaza talks"]


# -- defect 3: extraction is bounded in bytes, tags, time and memory ----------------------
def unbounded(**changes: object) -> FetchSettings:
    """Settings without the byte and tag caps: extraction then really takes long."""
    return FetchSettings(extract_max_bytes=100_000_000, extract_max_tags=10_000_000, **changes)


def test_what_reaches_the_extractor_is_capped() -> None:
    """The 8 MB page of <br> (2 million elements, 2 GB in the old code) is cut at the tag cap."""
    result = extract_article(BR_PAGE, "https://e.com/a", FetchSettings(min_article_chars=20))
    assert isinstance(result, ExtractedArticle) and "Mediators in Cairo" in result.text


async def test_an_extraction_past_its_deadline_is_stopped_and_the_next_page_is_read() -> None:
    slow = await extract_in_worker(
        PageJob(BR_PAGE, "https://e.com/br"), unbounded(extract_timeout_seconds=2), "links"
    )
    assert isinstance(slow, NotArticle) and slow.reason == "too_complex"
    assert "within 2 s" in slow.detail
    normal = await extract_in_worker(PageJob(GAZA_PAGE, "https://e.com/g"), unbounded(), "links")
    assert isinstance(normal, ExtractedArticle) and "Gaza" in normal.title


async def test_an_extraction_over_its_memory_limit_ends_as_that_pages_failure() -> None:
    settings = unbounded(extract_memory_mb=256, extract_timeout_seconds=300)
    hungry = await extract_in_worker(PageJob(BR_PAGE, "https://e.com/br"), settings, "feeds")
    assert isinstance(hungry, NotArticle)  # not a crash of the bot, not 2 GB
    normal = await extract_in_worker(PageJob(GAZA_PAGE, "https://e.com/g"), settings, "feeds")
    assert isinstance(normal, ExtractedArticle)


async def test_when_the_caller_stops_waiting_the_extraction_is_stopped_too() -> None:
    before = set(running_workers())
    with pytest.raises(TimeoutError):
        await asyncio.wait_for(
            extract_in_worker(PageJob(BR_PAGE, "https://e.com/br"), unbounded(), "links"), 2
        )
    assert not (set(running_workers()) - before)  # its worker is gone, not still working
    normal = await extract_in_worker(PageJob(GAZA_PAGE, "https://e.com/g"), unbounded(), "links")
    assert isinstance(normal, ExtractedArticle)


# -- defect 5: one bad entry is that entry's failure --------------------------------------
async def test_bad_entries_fail_alone_and_the_good_ones_are_stored(
    server: LocalHTTPServer, sessions: Sessions, database_url: str
) -> None:
    server.add("/good", Route(body=GAZA_PAGE))
    server.add("/text", Route(body=SENTENCE * 20, content_type="text/plain; charset=x-nope"))
    server.redirect("/to-bad-host", "http://xn--a.com/story")
    server.redirect("/to-malformed", "http://[::1/story")
    server.redirect("/to-long", "http://example.com/" + "a" * 2100)
    long_link = server.url("/" + "b" * 2100)
    entries = [
        ("Gaza good", server.url("/good"), "g1"),
        ("Gaza text", server.url("/text"), "g2"),
        ("Gaza idna", "http://xn--a.com/story", "g3"),
        ("Gaza redirect", server.url("/to-bad-host"), "g4"),
        ("Gaza malformed", server.url("/to-malformed"), "g5"),
        ("Gaza redirect long", server.url("/to-long"), "g6"),
        ("Gaza long", long_link, "g7"),
    ]
    feed = Route(body=rss("F", entries), headers={"ETag": '"' + "e" * 600 + '"'})
    url = server.add("/f.xml", feed)
    config = make_config(database_url, [{"name": "F", "url": url, "always_relevant": True}])
    report = (await poll_all(config, sessions)).feeds[0]

    assert report.healthy and report.error is None, report
    stored = {a.guid: a for a in await articles(sessions)}
    assert stored["g1"].status == "new" and stored["g1"].text
    assert stored["g2"].status == "new" and "Mediators in Cairo" in (stored["g2"].text or "")
    reasons = {guid: (stored[guid].status, stored[guid].reason) for guid in ("g3", "g4", "g5")}
    assert reasons == {
        "g3": ("failed", "not a valid link: http://xn--a.com/story"),
        "g4": ("failed", "the server redirected to a malformed link"),
        "g5": ("failed", "the server redirected to a malformed link"),
    }
    assert stored["g6"].status == "failed" and "longer than 2,000" in (stored["g6"].reason or "")
    assert "g7" not in stored
    assert any("longer than 2,000 characters" in p for p in report.problems)
    feed_state = await feed_row(sessions, url)
    assert feed_state.healthy and feed_state.consecutive_failures == 0
    assert feed_state.etag is None  # wider than its column: not kept (PostgreSQL refused it)


# -- defect 6: a feed behind whitespace and runs of "<" ------------------------------------
def test_a_feed_behind_megabytes_of_whitespace_and_angle_brackets_is_read() -> None:
    feed = rss("F", [("Gaza talks", "https://e.com/a", "g1")])
    prefix = b" \n\t" * (LIMIT // 6) + b"<" * (LIMIT // 2)
    parsed = parse_feed((prefix + feed)[-LIMIT:], content_type="application/rss+xml")
    assert [e.title for e in parsed.entries] == ["Gaza talks"]
