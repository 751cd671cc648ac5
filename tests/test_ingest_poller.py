"""Polling real feeds and pages from a local server into a real database."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from sqlalchemy import func, select

from bot.ingest.feed_state import backoff_seconds
from bot.ingest.poller import poll_all
from bot.ingest.report import FeedReport
from bot.settings import FeedSettings, FetchSettings, TriglotConfig
from bot.store.models import Article, Feed
from bot.store.types import utcnow
from tests.auxil.http_servers import LocalHTTPServer, Route
from tests.auxil.ingest import Sessions, articles, feed_row, make_config
from tests.auxil.news_site import NewsSite, rss
from tests.auxil.realworld import REALWORLD, of_kind

pytestmark = pytest.mark.skipif(
    not REALWORLD.is_dir(), reason=f"real-world corpus not found at {REALWORLD}"
)


def by_name(reports: list[FeedReport], name: str) -> FeedReport:
    return next(r for r in reports if r.name == name)


async def test_real_feeds_give_articles_in_three_languages_then_304(
    site: NewsSite, server: LocalHTTPServer, sessions: Sessions, database_url: str
) -> None:
    config = make_config(
        database_url,
        [
            {"name": "ynet", "url": site.ynet, "language": "he"},
            {"name": "Walla", "url": site.walla},
            {"name": "English desk", "url": site.english},
            {"name": "Arabic desk", "url": site.arabic, "always_relevant": True},
        ],
    )
    first = await poll_all(config, sessions)

    new = await articles(sessions, status="new")
    by_language: dict[str, list[Article]] = {}
    for article in new:
        by_language.setdefault(article.language or "?", []).append(article)
    assert sorted(by_language) == ["ar", "en", "he"]
    assert len(by_language["he"]) == 3  # 2 ynet pages + the walla hostile-aircraft flash
    assert len(by_language["ar"]) == 2  # always relevant
    assert {a.title for a in by_language["en"]} == {
        "What It’s Like to Give Birth in Gaza",
        "Intensified Israeli Surveillance Has Put the West Bank on Lockdown",
    }
    nasrallah = next(a for a in new if "L-5735210" in a.url)
    assert "פלסטין מהים אל הנהר שייכת לעם הפלסטיני" in (nasrallah.text or "")
    assert "נסראללה" in nasrallah.matched_terms
    assert all(a.text and a.content_hash and a.fingerprint is not None for a in new)

    english = by_name(first.feeds, "English desk")
    assert (english.new, english.irrelevant, english.not_article) == (2, 1, 1)
    ynet = by_name(first.feeds, "ynet")
    assert ynet.new == 2
    # A brush fire near a settlement and the prime minister's flu are not the conflict.
    off_topic = " ".join(a.url for a in await articles(sessions, status="irrelevant"))
    assert "L-5735178" in off_topic and "3647947" in off_topic
    assert ynet.errors == 7  # the 7 pages we do not have answer 404: stored as failed
    failed = await articles(sessions, status="failed")
    assert len(failed) == 7 and all("404" in (a.reason or "") for a in failed)
    paywalled = (await articles(sessions, status="not_article"))[0]
    assert paywalled.reason == "the article is behind a paywall"
    assert sorted(first.new_article_ids) == [a.id for a in new]

    requests_before = server.hits()
    stored_before = len(await articles(sessions))
    second = await poll_all(config, sessions, due_only=False)
    assert second.totals()["not_modified"] == 4
    assert second.totals()["new"] == 0
    assert second.requests == 4
    assert server.hits() - requests_before == 4
    assert len(await articles(sessions)) == stored_before
    row = await feed_row(sessions, site.ynet)
    assert row.etag and row.last_modified and row.healthy


async def test_one_story_under_two_urls_gives_one_article(
    site: NewsSite, server: LocalHTTPServer, sessions: Sessions, database_url: str
) -> None:
    page = (REALWORLD / "pages" / "trafilatura__theintercept.com-Gaza.html").read_bytes()
    server.add("/mirror/story-7", Route(body=page))
    base = server.url("")
    first = server.add(
        "/feeds/first.xml",
        Route(body=rss("First", [("Gaza births", base + "/en/gaza-birth?utm_source=rss", "a")])),
    )
    second = server.add(
        "/feeds/second.xml",
        Route(
            body=rss(
                "Second",
                [
                    ("Gaza births", base + "/en/gaza-birth#comments", "b1"),
                    ("Birth in Gaza", base + "/mirror/story-7?fbclid=x", "b2"),
                ],
            )
        ),
    )
    config = make_config(
        database_url,
        [{"name": "First", "url": first}, {"name": "Second Outlet", "url": second}],
        concurrency=1,
    )
    report = await poll_all(config, sessions)

    stories = await articles(sessions, status="new")
    assert len(stories) == 1
    assert report.totals()["new"] == 1
    assert report.totals()["duplicate"] + report.totals()["seen"] == 2
    duplicates = await articles(sessions, status="duplicate")
    assert [d.duplicate_of_id for d in duplicates] == [stories[0].id]
    assert duplicates[0].url.endswith("/mirror/story-7?fbclid=x")
    assert server.hits("/en/gaza-birth", any_query=True) == 1  # one spelling fetched, once


async def test_another_outlet_is_named_in_also_reported_by(
    server: LocalHTTPServer, sessions: Sessions, database_url: str
) -> None:
    page = (REALWORLD / "pages" / "newspaper4k__wired_001.westbank.html").read_bytes()
    other = LocalHTTPServer("127.0.0.3").start()
    try:
        server.add("/story", Route(body=page))
        other.add("/copy-of-story", Route(body=page.replace(b"<title>", b"<title>Copy: ")))
        first = server.add("/f.xml", Route(body=rss("A", [("x", server.url("/story"), "1")])))
        second = other.add(
            "/f.xml", Route(body=rss("B", [("y", other.url("/copy-of-story"), "2")]))
        )
        config = make_config(
            database_url,
            [{"name": "Outlet A", "url": first}, {"name": "Outlet B", "url": second}],
            concurrency=1,
        )
        await poll_all(config, sessions)
    finally:
        other.stop()
    (story,) = await articles(sessions, status="new")
    # Whichever outlet was stored first, the brief names the other one.
    first_outlet = "Outlet A" if story.url.startswith(server.url("")) else "Outlet B"
    other_outlet, other_site = (
        ("Outlet B", "127.0.0.3") if first_outlet == "Outlet A" else ("Outlet A", "127.0.0.1")
    )
    assert [o["name"] for o in story.also_reported_by] == [other_outlet]
    assert story.also_reported_by[0]["site"] == other_site


@pytest.mark.parametrize("feed", of_kind("malformed"), ids=lambda f: f.name)
async def test_every_malformed_feed_is_handled(
    feed: Any, server: LocalHTTPServer, sessions: Sessions, database_url: str
) -> None:
    url = server.add("/bad.xml", Route(body=feed.path.read_bytes(), content_type="text/xml"))
    server.add("/1", Route(body=b"<html><p>short</p></html>"))
    config = make_config(database_url, [{"name": "Broken", "url": url}])
    report = await poll_all(config, sessions)
    (result,) = report.feeds
    row = await feed_row(sessions, url)
    if result.error:
        assert "\n" not in result.error
        assert row.last_error == result.error
        assert row.consecutive_failures == 1
    else:
        assert row.consecutive_failures == 0


async def test_slow_feed_times_out_and_backs_off(
    server: LocalHTTPServer, sessions: Sessions, database_url: str
) -> None:
    url = server.add("/slow.xml", Route(body=b"<rss/>", delay=30))
    config = make_config(database_url, [{"name": "Slow", "url": url}], read_timeout_seconds=0.3)
    report = await poll_all(config, sessions)
    assert report.feeds[0].error == "the server sent nothing for 0.3 s"
    row = await feed_row(sessions, url)
    assert row.next_poll_at is not None and row.next_poll_at > utcnow()
    # Not due yet: a scheduled poll skips it.
    again = await poll_all(config, sessions)
    assert again.feeds[0].skipped
    assert again.requests == 0


async def test_failing_feed_becomes_unhealthy_and_honours_retry_after(
    server: LocalHTTPServer, sessions: Sessions, database_url: str
) -> None:
    url = server.add("/down.xml", Route(status=503, body=b"down", headers={"Retry-After": "7200"}))
    config = make_config(
        database_url,
        [{"name": "Down", "url": url}],
        unhealthy_after_failures=3,
        backoff_base_seconds=10,
    )
    for attempt in range(1, 4):
        report = await poll_all(config, sessions, due_only=False)
        row = await feed_row(sessions, url)
        assert row.consecutive_failures == attempt
        assert row.healthy is (attempt < 3)
    assert report.feeds[0].healthy is False
    assert row.last_error == "the server answered 503 Service Unavailable"
    assert row.next_poll_at is not None
    assert row.next_poll_at - utcnow() > timedelta(seconds=7000)

    # The feed recovers: one good poll makes it healthy again.
    server.add("/down.xml", Route(body=rss("Up", []), content_type="application/rss+xml"))
    report = await poll_all(config, sessions, due_only=False)
    row = await feed_row(sessions, url)
    assert (row.healthy, row.consecutive_failures, row.last_error) == (True, 0, None)


async def test_cache_control_max_age_delays_the_next_poll(
    server: LocalHTTPServer, sessions: Sessions, database_url: str
) -> None:
    url = server.add(
        "/cached.xml",
        Route(
            body=rss("Cached", []),
            content_type="text/html",  # mislabelled, as servers do: still a good feed
            headers={"Cache-Control": "max-age=900"},
        ),
    )
    config = make_config(database_url, [{"name": "Cached", "url": url}])
    await poll_all(config, sessions)
    row = await feed_row(sessions, url)
    assert row.next_poll_at is not None
    assert timedelta(seconds=850) < row.next_poll_at - utcnow() <= timedelta(seconds=900)
    assert (await poll_all(config, sessions)).feeds[0].skipped


async def test_page_that_fails_for_now_is_retried_at_the_next_poll(
    server: LocalHTTPServer, sessions: Sessions, database_url: str
) -> None:
    page = (REALWORLD / "pages" / "trafilatura__theintercept.com-Gaza.html").read_bytes()
    server.add("/story", Route(status=502, body=b"bad gateway"))
    url = server.add("/f.xml", Route(body=rss("F", [("Gaza", server.url("/story"), "g")])))
    config = make_config(database_url, [{"name": "F", "url": url}])
    first = await poll_all(config, sessions)
    assert first.feeds[0].errors == 1 and first.feeds[0].new == 0
    assert (await feed_row(sessions, url)).etag is None  # so the feed is read again

    server.add("/story", Route(body=page))
    second = await poll_all(config, sessions, due_only=False)
    assert second.feeds[0].not_modified == 0
    assert second.feeds[0].new == 1


async def test_removed_config_feed_is_disabled_and_not_polled(
    site: NewsSite, sessions: Sessions, database_url: str
) -> None:
    feeds = [{"name": "Walla", "url": site.walla}, {"name": "English", "url": site.english}]
    await poll_all(make_config(database_url, feeds), sessions)
    report = await poll_all(make_config(database_url, feeds[:1]), sessions, due_only=False)
    assert [f.name for f in report.feeds] == ["Walla"]
    assert (await feed_row(sessions, site.english)).enabled is False
    async with sessions() as session:
        assert await session.scalar(select(func.count(Feed.id))) == 2


async def test_private_feed_url_is_refused_when_private_networks_are_off(
    site: NewsSite, sessions: Sessions, database_url: str
) -> None:
    config = TriglotConfig(
        database={"url": database_url}, feeds=[FeedSettings(name="Local", url=site.walla)]
    )
    report = await poll_all(config, sessions)
    assert report.feeds[0].error is not None
    assert report.feeds[0].error.startswith("refused to fetch 127.0.0.1")
    assert site.server.hits() == 0


def test_backoff_grows_exponentially_with_jitter_and_a_cap() -> None:
    import random

    settings = FetchSettings(backoff_base_seconds=60, backoff_max_seconds=3600)
    rng = random.Random(1)
    delays = [backoff_seconds(n, settings, rng) for n in range(1, 9)]
    for n, delay in enumerate(delays, start=1):
        ceiling = min(60 * 2 ** (n - 1), 3600)
        assert ceiling / 2 <= delay <= ceiling
    assert len({round(d) for d in delays}) == len(delays)  # jittered


async def test_only_the_newest_entries_are_taken_from_a_long_feed(
    server: LocalHTTPServer, sessions: Sessions, database_url: str
) -> None:
    page = (REALWORLD / "pages" / "trafilatura__theintercept.com-Gaza.html").read_bytes()
    items = []
    for i in range(5):
        server.add(f"/s{i}", Route(body=page.replace(b"<title>", f"<title>{i} ".encode())))
        items.append((f"story {i}", server.url(f"/s{i}"), f"g{i}"))
    url = server.add("/long.xml", Route(body=rss("Long", items)))
    config = make_config(
        database_url,
        [{"name": "Long", "url": url, "always_relevant": True}],
        max_entries_per_feed=2,
    )
    first = await poll_all(config, sessions)
    assert server.hits("/s0") == server.hits("/s1") == 1
    assert server.hits("/s2") == server.hits("/s3") == server.hits("/s4") == 0
    assert first.feeds[0].problems == ["3 older entries left out (fetch.max_entries_per_feed)"]
    second = await poll_all(config, sessions, due_only=False)
    assert second.feeds[0].not_modified == 1


async def test_operator_changes_to_config_feeds_last_until_the_config_changes(
    site: NewsSite, sessions: Sessions, database_url: str
) -> None:
    feeds = [{"name": "Walla", "url": site.walla}, {"name": "English", "url": site.english}]
    config = make_config(database_url, feeds)
    await poll_all(config, sessions)
    async with sessions() as session, session.begin():  # an operator's /removefeed
        feed = await session.scalar(select(Feed).where(Feed.url == site.english))
        assert feed is not None
        feed.enabled = False
    report = await poll_all(config, sessions, due_only=False)
    assert [f.name for f in report.feeds] == ["Walla"]
    # The operator edits [[feeds]] (renames English): config wins again for that feed.
    feeds[1]["name"] = "English desk"
    report = await poll_all(make_config(database_url, feeds), sessions, due_only=False)
    assert [f.name for f in report.feeds] == ["Walla", "English desk"]


async def test_pages_of_entries_without_keywords_can_be_left_unfetched(
    site: NewsSite, server: LocalHTTPServer, sessions: Sessions, database_url: str
) -> None:
    config = make_config(database_url, [{"name": "English", "url": site.english}])
    config.relevance.check_page_text = False
    report = await poll_all(config, sessions)
    assert (report.feeds[0].new, report.feeds[0].irrelevant) == (2, 2)  # by title alone
    assert server.hits("/en/new-york") == server.hits("/en/playbook") == 0
    assert server.hits("/en/gaza-birth") == 1


async def test_an_outlets_trimmed_copy_of_a_story_is_a_duplicate(
    server: LocalHTTPServer, sessions: Sessions, database_url: str
) -> None:
    from xml.sax.saxutils import escape

    paragraphs = (REALWORLD / "texts" / "seed-cairo-truce-talks.txt").read_text().split("\n")

    def page(title: str, paras: list[str]) -> bytes:
        body = "".join(f"<p>{escape(p)}</p>" for p in paras if p.strip())
        return (
            f"<html lang='en'><head><title>{title}</title></head><body><article>"
            f"<h1>{title}</h1>{body}</article></body></html>"
        ).encode()

    server.add("/wire", Route(body=page("Mossad chief to Cairo", paragraphs)))
    trimmed = ["CAIRO (Our correspondent) — Talks resumed on Monday."]
    trimmed += paragraphs[: len(paragraphs) * 2 // 3]
    server.add("/outlet", Route(body=page("Israel sends Mossad chief to Cairo", trimmed)))
    first = server.add("/a.xml", Route(body=rss("Wire", [("a", server.url("/wire"), "1")])))
    second = server.add("/b.xml", Route(body=rss("Outlet", [("b", server.url("/outlet"), "2")])))
    config = make_config(
        database_url, [{"name": "Wire", "url": first}, {"name": "Outlet", "url": second}]
    )
    report = await poll_all(config, sessions)
    assert (report.totals()["new"], report.totals()["duplicate"]) == (1, 1)
    (story,) = await articles(sessions, status="new")
    assert len(story.also_reported_by) == 0  # same site (127.0.0.1): not another outlet
    (copy,) = await articles(sessions, status="duplicate")
    assert copy.duplicate_of_id == story.id


async def test_one_site_gets_at_most_per_host_concurrency_requests_at_once(
    server: LocalHTTPServer, sessions: Sessions, database_url: str
) -> None:
    items = []
    for i in range(6):
        server.add(f"/p{i}", Route(body=b"<html><p>short</p></html>", delay=0.2))
        items.append((f"p{i}", server.url(f"/p{i}"), f"p{i}"))
    url = server.add("/f.xml", Route(body=rss("F", items)))
    config = make_config(
        database_url,
        [{"name": "F", "url": url, "always_relevant": True}],
        concurrency=10,
        per_host_concurrency=2,
    )
    report = await poll_all(config, sessions)
    assert report.feeds[0].not_article == 6
    assert server.max_in_flight == 2


async def test_feed_ttl_delays_the_next_poll(
    server: LocalHTTPServer, sessions: Sessions, database_url: str
) -> None:
    body = rss("T", []).replace(b"<language>", b"<ttl>30</ttl><language>")
    url = server.add("/ttl.xml", Route(body=body, content_type="application/rss+xml"))
    config = make_config(database_url, [{"name": "T", "url": url}])
    await poll_all(config, sessions)
    row = await feed_row(sessions, url)
    assert row.next_poll_at is not None
    assert timedelta(minutes=29) < row.next_poll_at - utcnow() <= timedelta(minutes=30)


async def test_a_redirecting_feed_link_is_not_fetched_again(
    server: LocalHTTPServer, sessions: Sessions, database_url: str
) -> None:
    page = (REALWORLD / "pages" / "trafilatura__theintercept.com-Gaza.html").read_bytes()
    server.add("/2023/story", Route(body=page))
    server.redirect("/r/1", "/2023/story")  # a FeedBurner-style tracking link
    items = [("Gaza", server.url("/r/1"), "tag:feed,2023:1")]
    url = server.add("/f.xml", Route(body=rss("F", items)))
    config = make_config(database_url, [{"name": "F", "url": url}])
    await poll_all(config, sessions)
    (story,) = await articles(sessions, status="new")
    assert story.canonical_url.endswith("/2023/story")
    # The feed changes (a new item) and lists the same link again: it is seen.
    server.add("/f.xml", Route(body=rss("F", [*items, ("Other", server.url("/x"), "2")])))
    report = await poll_all(config, sessions, due_only=False)
    assert report.feeds[0].seen == 1
    assert server.hits("/r/1") == 1


async def test_every_entry_taken_has_one_decision_and_the_counts_add_up(
    server: LocalHTTPServer, sessions: Sessions, database_url: str
) -> None:
    page = (REALWORLD / "pages" / "trafilatura__theintercept.com-Gaza.html").read_bytes()
    server.add("/2023/story", Route(body=page))
    items = [("What It's Like to Give Birth in Gaza", server.url("/2023/story"), "1")]
    url = server.add("/f.xml", Route(body=rss("F", items)))
    config = make_config(database_url, [{"name": "F", "url": url}])
    [first] = (await poll_all(config, sessions)).feeds
    [story] = first.entries
    assert (story.decision, story.link) == ("new", server.url("/2023/story"))
    assert story.score is not None and story.score >= 3 and "Gaza" in story.terms
    # Next poll: the story again (seen) and a link whose page is missing (failed).
    server.add("/f.xml", Route(body=rss("F", [*items, ("Other", server.url("/gone"), "2")])))
    [second] = (await poll_all(config, sessions, due_only=False)).feeds
    assert sorted((e.decision, e.link) for e in second.entries) == [
        ("failed", server.url("/gone")),
        ("seen", server.url("/2023/story")),
    ]
    assert (second.taken, second.seen, second.failed, second.errors, second.new) == (2, 1, 1, 1, 0)
    decisions = ("new", "seen", "irrelevant", "duplicate", "not_article", "failed")
    assert second.taken == sum(getattr(second, d) for d in decisions)
