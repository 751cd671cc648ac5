"""End to end: the bot against the fake Bot API server, through telegram.api_base_url."""

from __future__ import annotations

import asyncio
import unicodedata
from pathlib import Path

from telegram import Bot

from bot.app import RetryingRequest
from bot.formatting import first_strong_is_rtl
from bot.runtime import Parts
from tests.auxil.bot_harness import running_bot, write_config
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.http_servers import LocalHTTPServer, Route, free_port

USER = 100


def arabic_share(text: str) -> float:
    letters = [c for c in text if c.isalpha()]
    arabic = [c for c in letters if "ARABIC" in unicodedata.name(c, "")]
    return len(arabic) / max(1, len(letters))


async def test_start_shows_the_language_keyboard(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        [welcome] = await bot.say(USER, "/start", language_code="en")
    assert "Welcome to Triglot" in welcome.plain
    buttons = [b for row in welcome.reply_markup["inline_keyboard"] for b in row]
    assert [(b["text"], b["callback_data"]) for b in buttons] == [
        ("English", "lang:en"),
        ("العربية", "lang:ar"),
        ("עברית", "lang:he"),
    ]


async def test_start_follows_the_telegram_language(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        [hebrew] = await bot.say(USER, "/start", language_code="he")
        [english] = await bot.say(USER + 1, "/start", language_code="fr")
    assert "ברוכים הבאים" in hebrew.plain
    assert first_strong_is_rtl(hebrew.text)
    assert "Welcome" in english.plain


async def test_choosing_arabic_makes_every_later_reply_arabic(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        [welcome] = await bot.say(USER, "/start", language_code="en")
        [chosen] = await bot.press(USER, welcome, "lang:ar")
        replies = [chosen]
        for command in ["/help", "/subscribe", "/settings", "/latest", "/nonsense", "hello"]:
            replies += await bot.say(USER, command, language_code="en")
        [hours] = await bot.press(USER, replies[3], "hour:menu")
        replies += [hours]
        replies += await bot.press(USER, hours, "hour:7")
    for reply in replies:
        assert arabic_share(reply.plain) > 0.6, reply.plain
        assert first_strong_is_rtl(reply.text), reply.plain
    assert "الساعة 7:00" in replies[-1].plain.replace("\u2068", "").replace("\u2069", "")


async def test_choice_persists_across_restarts(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    config = write_config(tmp_path, fake_bot_api)
    async with running_bot(fake_bot_api, config) as bot:
        await bot.say(USER, "/language he")
        await bot.say(USER, "/subscribe")
    async with running_bot(fake_bot_api, config) as bot:
        [reply] = await bot.say(USER, "/subscribe", language_code="en")
    assert "אתם כבר רשומים" in reply.plain


async def test_serves_when_menu_and_chat_actions_are_refused(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    fake_bot_api.fail_method("setMyCommands", 400, "Bad Request: not supported here")
    fake_bot_api.fail_method("sendChatAction", 400, "Bad Request: not supported here")
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        [welcome] = await bot.say(USER, "/start")
        [refusal] = await bot.say(USER, "read http://127.0.0.1:9/secret please")
    assert "Welcome" in welcome.plain
    assert "not allowed to visit" in refusal.plain
    assert fake_bot_api.calls("setMyCommands") and fake_bot_api.calls("sendChatAction")
    assert all(not c.ok for c in fake_bot_api.calls("sendChatAction"))


async def test_command_menu_is_set_in_three_languages(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)):
        pass
    calls = fake_bot_api.calls("setMyCommands")
    assert [c.params.get("language_code") for c in calls] == [None, "ar", "he"]


async def test_webhook_mode(tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str) -> None:
    port = free_port()
    config = write_config(
        tmp_path,
        fake_bot_api,
        telegram=f'mode = "webhook"\nwebhook_url = "http://127.0.0.1:{port}/tg/hook"\n'
        f'webhook_listen = "127.0.0.1:{port}"\nwebhook_secret_token = "s3cret"',
    )
    async with running_bot(fake_bot_api, config) as bot:
        [welcome] = await bot.say(USER, "/start")
    assert "Welcome" in welcome.plain
    [set_webhook] = fake_bot_api.calls("setWebhook")
    assert set_webhook.params["url"] == f"http://127.0.0.1:{port}/tg/hook"
    assert not fake_bot_api.calls("getUpdates")


async def test_connection_failures_are_retried_with_backoff() -> None:
    port = free_port()
    request = RetryingRequest(retries=8, backoff=0.05)
    bot = Bot("1:x", base_url=f"http://127.0.0.1:{port}/bot", request=request)
    call = asyncio.create_task(bot.get_me())
    await asyncio.sleep(0.1)  # the first attempts find nobody listening
    async with FakeBotAPI(port=port) as api:
        me = await asyncio.wait_for(call, 60)
        assert me.username == "triglot_test_bot"
        assert len(api.calls("getMe")) == 1


async def test_flood_waits_are_respected_and_the_reply_still_arrives(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    fake_bot_api.flood(retry_after=1, method="sendMessage", chat_ids=[USER], times=1)
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        [welcome] = await bot.say(USER, "/start")
    assert "Welcome" in welcome.plain
    attempts = [c for c in fake_bot_api.calls("sendMessage") if c.params["chat_id"] == USER]
    assert [c.ok for c in attempts] == [False, True]


async def test_published_briefs_reach_subscribers_through_the_delivery_jobs(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    from bot.delivery.outbox import publish_article
    from bot.store.models import Article, Brief, Feed

    config = write_config(tmp_path, fake_bot_api, extra="[schedule]\nsend_interval_seconds = 0.2\n")
    async with running_bot(fake_bot_api, config, parts=Parts(jobs=True)) as bot:
        await bot.say(USER, "/language ar")
        await bot.say(USER, "/subscribe")
        before = len(fake_bot_api.sent(USER))
        async with bot.runtime.sessions()() as session, session.begin():
            feed = Feed(name="Example", url="https://example.com/rss")
            article = Article(
                url="https://e.com/1", canonical_url="https://e.com/1", feed=feed, status="briefed"
            )
            session.add_all([feed, article])
            await session.flush()
            for language, text in [("en", "Talks resumed."), ("ar", "استؤنفت المحادثات.")]:
                session.add(Brief(article_id=article.id, language=language, text=text))
            await session.flush()
            await publish_article(session, article.id)
        [delivered] = await bot.replies(USER, before)
    assert "استؤنفت المحادثات." in delivered.plain
    assert delivered.plain.startswith("المصدر:")


async def test_updates_of_one_chat_are_answered_in_order(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    config = write_config(tmp_path, fake_bot_api, extra="[fetch]\nallow_private_networks = true\n")
    with LocalHTTPServer() as pages:
        pages.add("/slow.html", Route(body=b"<html><body>menu</body></html>", delay=1.0))
        async with running_bot(fake_bot_api, config) as bot:
            fake_bot_api.send_user_message(USER, pages.url("/slow.html"))
            fake_bot_api.send_user_message(USER, "/language ar")
            fake_bot_api.send_user_message(USER, "/help")
            fake_bot_api.send_user_message(USER + 1, "/help")  # another chat: not held up
            other = await bot.replies(USER + 1, 0)
            replies = await bot.replies(USER, 0, expect=3)
    assert other[0].ts < replies[0].ts  # the other chat was answered during the slow link
    assert "doesn't look like a news article" in replies[0].plain
    assert [arabic_share(r.plain) > 0.6 for r in replies] == [False, True, True]
