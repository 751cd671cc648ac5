"""Operator commands end to end: only for admin_ids, and /reload never breaks the bot."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from bot.delivery.pause import is_paused
from bot.runtime import Parts
from bot.store.models import Article, Feed
from tests.auxil.bot_harness import running_bot, write_config
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.http_servers import LocalHTTPServer

ADMIN = 1
USER = 300
UNKNOWN = "Sorry, I don't know that command"


async def test_stats_only_for_operators(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    config = write_config(tmp_path, fake_bot_api, admin_ids=[ADMIN])
    async with running_bot(fake_bot_api, config) as bot:
        await bot.say(USER, "/subscribe", language_code="ar")
        for command in ["/stats", "/feeds", "/addfeed http://x.org/rss", "/reload", "/pause"]:
            [refused] = await bot.say(USER, command, language_code="ar")
            assert "لا أعرف هذا الأمر" in refused.plain, command
        [stats] = await bot.say(ADMIN, "/stats")
        [help_text] = await bot.say(ADMIN, "/help")
    assert "Statistics" in stats.plain
    assert "Subscribers: \u20681\u2069" not in stats.plain  # English: no isolates
    assert "Subscribers: 1 (English 0, Arabic 1, Hebrew 0)" in stats.plain
    assert "Sending: active" in stats.plain
    assert "/reload" in help_text.plain


async def test_reload_with_a_broken_config_keeps_the_bot_running(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    config = write_config(tmp_path, fake_bot_api, admin_ids=[ADMIN])
    good = config.read_text()
    async with running_bot(fake_bot_api, config) as bot:
        config.write_text(good.replace("[database]", "[database]\nurll = 'x'"))
        [refused] = await bot.say(ADMIN, "/reload")
        [still] = await bot.say(USER, "/help")
        config.write_text(good.replace(f"admin_ids = [{ADMIN}]", f"admin_ids = [{ADMIN}, {USER}]"))
        [done] = await bot.say(ADMIN, "/reload")
        [stats] = await bot.say(USER, "/stats")
        config.write_text(config.read_text().replace("poll_timeout_seconds = 1", ""))
        [restart] = await bot.say(ADMIN, "/reload")
    assert "only after a restart: telegram.poll_timeout_seconds" in restart.plain
    assert "kept the running one" in refused.plain
    assert "triglot.toml:" in refused.plain and "urll" in refused.plain
    assert "What I can do" in still.plain
    assert "Configuration reloaded" in done.plain
    assert "Statistics" in stats.plain


async def test_pause_and_resume_sending(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    config = write_config(tmp_path, fake_bot_api, admin_ids=[ADMIN])
    async with running_bot(fake_bot_api, config) as bot:
        sessions = bot.runtime.sessions()
        [paused] = await bot.say(ADMIN, "/pause")
        async with sessions() as session:
            assert await is_paused(session)
        [stats] = await bot.say(ADMIN, "/stats")
        [resumed] = await bot.say(ADMIN, "/resume")
        async with sessions() as session:
            assert not await is_paused(session)
    assert "Sending is paused" in paused.plain
    assert "Sending: paused" in stats.plain
    assert "resumed" in resumed.plain


async def test_add_list_and_remove_feeds(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str, feed_server: LocalHTTPServer
) -> None:
    config = write_config(
        tmp_path,
        fake_bot_api,
        admin_ids=[ADMIN],
        extra="[fetch]\nallow_private_networks = true\n",
    )
    async with running_bot(fake_bot_api, config) as bot:
        [empty] = await bot.say(ADMIN, "/feeds")
        [added] = await bot.say(ADMIN, f"/addfeed {feed_server.url('/rss.xml')}")
        [again] = await bot.say(ADMIN, f"/addfeed {feed_server.url('/rss.xml')}")
        [invalid] = await bot.say(ADMIN, f"/addfeed {feed_server.url('/page.html')}")
        [usage] = await bot.say(ADMIN, "/addfeed not-a-url")
        async with bot.runtime.sessions()() as session, session.begin():
            feed_id = await session.scalar(select(Feed.id))
            for n, status in enumerate(["new", "irrelevant", "duplicate", "briefed"]):
                url = f"https://example.org/{n}"
                session.add(Article(feed_id=feed_id, url=url, canonical_url=url, status=status))
        [listing] = await bot.say(ADMIN, "/feeds")
        [removed] = await bot.say(ADMIN, f"/removefeed {feed_id}")
        [gone] = await bot.say(ADMIN, f"/removefeed {feed_id}")
        odd = [await bot.say(ADMIN, f"/removefeed {n}") for n in ("²", "99999999999999999999")]
    assert "No feeds" in empty.plain
    assert all("/removefeed followed by" in answer.plain for [answer] in odd)
    assert f"Feed {feed_id} added: NYT" in added.plain
    assert "already in the list" in again.plain
    assert "did not give a valid feed" in invalid.plain
    assert "/addfeed followed by" in usage.plain
    assert f"{feed_id}. NYT" in listing.plain and "healthy" in listing.plain
    assert "today: 2 kept, 2 dropped" in listing.plain  # what the feed gave today
    assert f"Feed {feed_id} removed" in removed.plain
    assert f"no feed with number {feed_id}" in gone.plain


async def test_reload_applies_relevance_settings_to_the_next_poll(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    from tests.auxil.news_site import NewsSite

    with LocalHTTPServer() as server:
        site = NewsSite(server)
        extra = "[fetch]\nallow_private_networks = true\n"
        config = write_config(tmp_path, fake_bot_api, admin_ids=[ADMIN], extra=extra)
        async with running_bot(fake_bot_api, config, parts=Parts(jobs=True)) as bot:
            feed = f'\n[[feeds]]\nname = "Walla"\nurl = "{site.walla}"\n'
            threshold = "[relevance]\nthreshold = 50\n\n[fetch]"
            reloaded = config.read_text().replace("[fetch]", threshold)
            config.write_text(reloaded + feed)
            [done] = await bot.say(ADMIN, "/reload")
            jobs = bot.runtime.jobs
            assert jobs is not None
            await jobs.cycle(None)  # the poll-and-brief job, as the scheduler runs it
            async with bot.runtime.sessions()() as session:
                statuses = (await session.scalars(select(Article.status))).all()
    assert "Configuration reloaded" in done.plain
    # Even the hostile-aircraft alert (a keyword: score 4.5) is below the reloaded threshold.
    assert sorted(statuses) == ["irrelevant", "irrelevant"]
