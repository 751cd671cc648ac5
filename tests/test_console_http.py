"""The web console through HTTP: login links, sessions, CSRF, escaping (real bot, SQLite)."""

from __future__ import annotations

import re
from datetime import timedelta
from pathlib import Path

import httpx
import pytest
from pydantic import ValidationError
from sqlalchemy import select, update

from bot.channels.store import ChannelPlan, save_channel
from bot.settings import ConsoleSettings
from bot.store.models import Brief, ConsoleLogin, ConsoleSession, Delivery, Feed
from bot.store.status import ChannelOrigin, DeliveryStatus
from bot.store.types import utcnow
from summarizer.guard import Guard
from tests.auxil.bot_harness import running_bot, write_config
from tests.auxil.console import (
    ADMIN,
    CONSOLE,
    HOSTILE_FEED,
    HOSTILE_TITLE,
    STRANGER,
    client_for,
    console_config,
    csrf_of,
    logged_in,
    login_link,
    path_of,
    seed_article,
)
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.http_servers import LocalHTTPServer

PAGES = ["/", "/?window=7d", "/briefs", "/articles/1", "/feeds", "/review"]
ASK_THE_BOT = "Ask the bot for a link"


async def test_a_login_link_opens_the_dashboard_once(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    config = console_config(tmp_path, fake_bot_api)
    async with running_bot(fake_bot_api, config, parts=CONSOLE) as bot:
        link = await login_link(bot)
        async with client_for(bot) as browser, client_for(bot) as thief:
            opened = await browser.get(path_of(link))
            dashboard = await browser.get("/")
            again = await thief.get(path_of(link))
            thief_page = await thief.get("/")
        async with bot.runtime.sessions()() as session:
            stored = list(await session.scalars(select(ConsoleLogin.token_hash)))
    assert link.startswith(bot.runtime.console_server.url + "/login/")  # type: ignore[union-attr]
    assert opened.status_code == 200 and 'http-equiv="refresh" content="0; url=/"' in opened.text
    cookie = opened.headers["set-cookie"]
    assert "HttpOnly" in cookie and "SameSite=strict" in cookie.replace("Strict", "strict")
    assert "Secure" not in cookie  # plain http: a Secure cookie would never come back
    assert dashboard.status_code == 200
    assert dashboard.text.count("<svg") == 5  # briefs ×2, deliveries, queue, feeds
    assert again.status_code == 403 and "set-cookie" not in again.headers
    assert thief_page.status_code == 401 and ASK_THE_BOT in thief_page.text
    assert stored and path_of(link).rsplit("/", 1)[1] not in stored  # kept hashed only


async def test_an_expired_link_or_session_gives_nothing(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    config = console_config(tmp_path, fake_bot_api)
    async with running_bot(fake_bot_api, config, parts=CONSOLE) as bot:
        sessions = bot.runtime.sessions()
        link = await login_link(bot)
        async with sessions() as session, session.begin():  # the link's minutes pass
            await session.execute(update(ConsoleLogin).values(expires_at=utcnow()))
        async with client_for(bot) as late:
            expired = await late.get(path_of(link))
        async with logged_in(bot) as client:
            before = await client.get("/feeds")
            async with sessions() as session, session.begin():  # the session's hours pass
                past = utcnow() - timedelta(seconds=1)
                await session.execute(update(ConsoleSession).values(expires_at=past))
            after = await client.get("/feeds")
        async with sessions() as session, session.begin():  # a day later still
            long_ago = utcnow() - timedelta(days=2)
            await session.execute(update(ConsoleLogin).values(expires_at=long_ago))
            await session.execute(update(ConsoleSession).values(expires_at=long_ago))
        await login_link(bot)  # a new link sweeps the old ones away
        async with sessions() as session:
            logins = list(await session.scalars(select(ConsoleLogin)))
            kept_sessions = list(await session.scalars(select(ConsoleSession)))
    assert len(logins) == 1 and logins[0].expires_at > utcnow() and kept_sessions == []
    assert expired.status_code == 403 and "set-cookie" not in expired.headers
    assert before.status_code == 200
    assert after.status_code == 401 and ASK_THE_BOT in after.text


async def test_without_a_session_no_page_shows_data(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str, guard: Guard
) -> None:
    config = console_config(tmp_path, fake_bot_api)
    async with running_bot(fake_bot_api, config, parts=CONSOLE) as bot:
        seeded = await seed_article(bot.runtime.sessions(), guard)
        async with client_for(bot) as anonymous:
            pages = [await anonymous.get(path) for path in PAGES]
            anonymous.cookies.set("triglot_console", "forged-session-value")
            forged = [await anonymous.get(path) for path in PAGES]
            action = await anonymous.post(f"/feeds/{seeded.feed_id}/pause", data={"csrf": "x"})
        async with bot.runtime.sessions()() as session:
            feed = await session.get(Feed, seeded.feed_id)
    for response in pages + forged + [action]:
        assert response.status_code == 401, response.url
        assert ASK_THE_BOT in response.text
        for secret in ("Strike", "Wire", "ceasefire", "12 people", "<svg"):
            assert secret not in response.text, (response.url, secret)
    assert feed is not None and feed.enabled


async def test_forms_without_the_csrf_token_are_refused(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str, guard: Guard
) -> None:
    config = console_config(tmp_path, fake_bot_api)
    async with running_bot(fake_bot_api, config, parts=CONSOLE) as bot:
        sessions = bot.runtime.sessions()
        seeded = await seed_article(sessions, guard)
        pause = f"/feeds/{seeded.feed_id}/pause"
        async with logged_in(bot) as client:
            token = csrf_of((await client.get("/feeds")).text)
            missing = await client.post(pause)
            wrong = await client.post(pause, data={"csrf": token[:-2] + "xx"})
            async with sessions() as session:
                still_enabled = (await session.get(Feed, seeded.feed_id)).enabled  # type: ignore[union-attr]
            done = await client.post(pause, data={"csrf": token})
            shown = await client.get(done.headers["location"])
        async with sessions() as session:
            paused = not (await session.get(Feed, seeded.feed_id)).enabled  # type: ignore[union-attr]
    assert missing.status_code == 403 and wrong.status_code == 403
    assert still_enabled
    assert done.status_code == 303 and paused
    assert "The feed is paused" in shown.text


async def test_hostile_titles_and_text_are_escaped(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str, guard: Guard
) -> None:
    config = console_config(tmp_path, fake_bot_api)
    async with running_bot(fake_bot_api, config, parts=CONSOLE) as bot:
        seeded = await seed_article(bot.runtime.sessions(), guard)
        async with logged_in(bot) as client:
            pages = {
                path: (await client.get(path)).text
                for path in ["/", "/briefs", f"/articles/{seeded.article_id}", "/feeds"]
            }
    for path, html in pages.items():
        assert "<script" not in html, path
        assert "<img src=x" not in html, path
        assert "<b>Residents</b>" not in html, path
    assert "&lt;script&gt;alert(&#34;title&#34;)&lt;/script&gt;" in pages["/briefs"]
    assert "&lt;img src=x onerror=alert(&#34;feed&#34;)&gt; Wire" in pages["/feeds"]
    article = pages[f"/articles/{seeded.article_id}"]
    assert "&lt;b&gt;Residents&lt;/b&gt;" in article
    # The guard's finding (the wrong figure) is marked in the failed abstractive step.
    assert '<mark class="problem problem-number"' in article
    assert ">40</mark>" in article or "40 people</mark>" in article
    assert HOSTILE_TITLE not in article and HOSTILE_FEED not in pages["/"]


async def test_https_public_url_makes_the_cookie_secure(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    public = "https://ops.example.org/console"
    config = console_config(tmp_path, fake_bot_api, console=f'public_url = "{public}/"')
    async with running_bot(fake_bot_api, config, parts=CONSOLE) as bot:
        link = await login_link(bot)
        async with client_for(bot) as client:  # what the TLS proxy passes on
            opened = await client.get(path_of(link).removeprefix("/console"))
    assert link.startswith(f"{public}/login/")
    assert opened.status_code == 200
    cookie = opened.headers["set-cookie"]
    assert "Secure" in cookie and "HttpOnly" in cookie


async def test_strangers_get_the_unknown_command_reply_and_logout_ends_sessions(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    config = console_config(tmp_path, fake_bot_api)
    async with running_bot(fake_bot_api, config, parts=CONSOLE) as bot:
        [refused] = await bot.say(STRANGER, "/console", language_code="he")
        async with logged_in(bot) as first, logged_in(bot) as second:
            assert (await first.get("/")).status_code == 200
            [bye] = await bot.say(ADMIN, "/console logout")
            after = [(await c.get("/")).status_code for c in (first, second)]
        async with logged_in(bot) as third:
            token = csrf_of((await third.get("/")).text)
            out = await third.post("/logout", data={"csrf": token})
            gone = await third.get("/")
    assert "לא מכיר" in refused.plain or "פקודה" in refused.plain
    assert "/login/" not in refused.plain
    assert "Sessions ended: 2" in bye.plain
    assert after == [401, 401]
    assert out.status_code == 200 and "Logged out" in out.text
    assert gone.status_code == 401


async def test_withdraw_cancels_waiting_deliveries_and_rerun_requeues(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str, guard: Guard
) -> None:
    config = console_config(tmp_path, fake_bot_api)
    async with running_bot(fake_bot_api, config, parts=CONSOLE) as bot:
        sessions = bot.runtime.sessions()
        seeded = await seed_article(sessions, guard)
        article = f"/articles/{seeded.article_id}"
        async with logged_in(bot) as client:
            token = csrf_of((await client.get(article)).text)
            english = seeded.brief_ids["en"]
            withdrawn = await client.post(
                f"/briefs/{english}/withdraw", data={"csrf": token, "article": seeded.article_id}
            )
            page = await client.get(withdrawn.headers["location"])
            rerun = await client.post(f"{article}/rerun", data={"csrf": token})
            after = await client.get(rerun.headers["location"])
        async with sessions() as session:
            statuses = list(
                await session.scalars(select(Delivery.status).where(Delivery.brief_id == english))
            )
    assert statuses and set(statuses) == {DeliveryStatus.CANCELLED}
    assert "The brief was withdrawn" in page.text
    assert "briefed again at the next processing run" in after.text
    assert "status <b>new</b>" in after.text


async def test_feeds_are_added_paused_and_removed_as_in_the_chat(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str, feed_server: LocalHTTPServer
) -> None:
    config = console_config(tmp_path, fake_bot_api)
    async with (
        running_bot(fake_bot_api, config, parts=CONSOLE) as bot,
        logged_in(bot) as client,
    ):
        token = csrf_of((await client.get("/feeds")).text)

        async def add(url: str) -> httpx.Response:
            return await client.post("/feeds/add", data={"csrf": token, "url": url})

        added = await add(feed_server.url("/rss.xml"))
        again = await add(feed_server.url("/rss.xml"))
        invalid = await add(feed_server.url("/page.html"))
        usage = await add("javascript:alert(1)")
        async with bot.runtime.sessions()() as session:
            feed_id = await session.scalar(select(Feed.id))
        paused = await client.post(f"/feeds/{feed_id}/pause", data={"csrf": token})
        listing = await client.get(paused.headers["location"])
        [chat] = await bot.say(ADMIN, "/feeds")
        removed = await client.post(f"/feeds/{feed_id}/remove", data={"csrf": token})
        gone = await client.post(f"/feeds/{feed_id}/remove", data={"csrf": token})
        [empty] = await bot.say(ADMIN, "/feeds")
        async with bot.runtime.sessions()() as session, session.begin():
            plan = ChannelPlan("@wire_ar", "ar", ChannelOrigin.OPERATOR)
            await save_channel(session, plan, chat_id=-100123, title=HOSTILE_FEED)
        channels = (await client.get("/feeds")).text
    assert added.status_code == 200 and f"Feed {feed_id} added: NYT" in added.text
    assert again.status_code == 400 and "already in the list" in again.text
    assert invalid.status_code == 400 and "did not give a valid feed" in invalid.text
    assert usage.status_code == 400 and "not a valid feed address" in usage.text
    assert "paused" in listing.text and "Resume" in listing.text
    assert "(disabled)" in chat.plain  # the chat sees what the console did
    assert removed.headers["location"].endswith("notice=feed-removed")
    assert gone.headers["location"].endswith("notice=feed-unknown")
    assert "No feeds" in empty.plain
    assert "<td>@wire_ar</td>" in channels and "&lt;img src=x" in channels
    assert "<img src=x" not in channels


async def test_console_off_by_default_says_so_to_operators(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    config = write_config(tmp_path, fake_bot_api, admin_ids=[ADMIN])
    async with running_bot(fake_bot_api, config, parts=CONSOLE) as bot:
        [off] = await bot.say(ADMIN, "/console")
        server = bot.runtime.console_server
    assert "The web console is off" in off.plain and "/login/" not in off.plain
    assert server is None


def test_console_settings_are_checked() -> None:
    with pytest.raises(ValidationError, match="host:port"):
        ConsoleSettings(listen="localhost")
    with pytest.raises(ValidationError, match=r"console\.listen is empty"):
        ConsoleSettings(public_url="https://ops.example.org")
    with pytest.raises(ValidationError, match="http"):
        ConsoleSettings(listen="127.0.0.1:8080", public_url="ftp://ops.example.org")
    plain = ConsoleSettings(listen="[::1]:8080")
    proxied = ConsoleSettings(listen="127.0.0.1:8080", public_url="https://ops.example.org/")
    assert (plain.base_url(), plain.secure_cookies) == ("http://[::1]:8080", False)
    assert (proxied.base_url(), proxied.secure_cookies) == ("https://ops.example.org", True)


async def test_the_briefs_list_filters_by_language_outcome_feed_and_day(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str, guard: Guard
) -> None:
    config = console_config(tmp_path, fake_bot_api)
    async with running_bot(fake_bot_api, config, parts=CONSOLE) as bot, logged_in(bot) as client:
        seeded = await seed_article(bot.runtime.sessions(), guard)
        async with bot.runtime.sessions()() as session:
            made = await session.scalar(select(Brief.created_at).limit(1))
        assert made is not None
        today = made.date()  # the day the briefs were made (UTC), even across midnight

        async def rows(**params: object) -> list[str]:
            page = await client.get("/briefs", params={k: str(v) for k, v in params.items()})
            assert page.status_code == 200
            return re.findall(r'class="outcome outcome-(\w+)"', page.text)

        everything = await rows()
        arabic = await rows(language="ar")
        fallback = await rows(outcome="fallback")
        failed = await rows(outcome="failed")
        this_feed = await rows(feed=seeded.feed_id)
        other_feed = await rows(feed=seeded.feed_id + 1)
        on_the_day = await rows(date=today.isoformat())
        day_before = await rows(date=(today - timedelta(days=1)).isoformat())
        nonsense = await rows(language="xx", outcome="<b>", feed="²", date="never")
    assert sorted(everything) == ["fallback", "passed", "withheld"]
    assert arabic == ["withheld"] and fallback == ["fallback"] and failed == []
    assert sorted(this_feed) == sorted(everything) and other_feed == []
    assert sorted(on_the_day) == sorted(everything) and day_before == []
    assert sorted(nonsense) == sorted(everything)  # unknown values filter nothing


async def test_channels_are_added_and_removed_as_in_the_chat(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    channel_id = -1001000000002
    fake_bot_api.add_channel(channel_id, username="wire_ar", title=HOSTILE_FEED)
    config = console_config(tmp_path, fake_bot_api)
    async with running_bot(fake_bot_api, config, parts=CONSOLE) as bot, logged_in(bot) as client:
        token = csrf_of((await client.get("/feeds")).text)

        async def post(path: str, **form: str) -> httpx.Response:
            return await client.post(path, data={"csrf": token, **form})

        added = await post("/channels/add", chat="@wire_ar", language="ar")
        stranger = await post("/channels/add", chat="@nowhere_at_all", language="en")
        usage = await post("/channels/add", chat="@wire_ar", language="fr")
        [listed] = await bot.say(ADMIN, "/channels")
        removed = await post("/channels/remove", chat="@wire_ar")
        again = await post("/channels/remove", chat="@wire_ar")
        [gone] = await bot.say(ADMIN, "/channels")
    assert added.status_code == 200
    assert "Channel @wire_ar added: every new brief will be posted there in العربية" in added.text
    assert "&lt;img src=x" in added.text and "<img src=x" not in added.text  # its title
    assert stranger.status_code == 400 and "I cannot post in @nowhere_at_all" in stranger.text
    assert usage.status_code == 400 and "/addchannel followed by" in usage.text
    assert "@wire_ar" in listed.plain  # the chat sees what the console did
    assert removed.status_code == 200 and "removed: nothing more will be posted" in removed.text
    assert again.status_code == 400 and "There is no channel @wire_ar" in again.text
    assert "@wire_ar" not in gone.plain
