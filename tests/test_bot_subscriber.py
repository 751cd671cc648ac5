"""Subscriber commands end to end: settings, subscription, latest briefs."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from bot.store.models import Article, Brief, Feed, Subscriber
from bot.store.types import utcnow
from tests.auxil.bot_harness import running_bot, write_config
from tests.auxil.fake_bot_api import FakeBotAPI

USER = 400


async def test_settings_by_arguments_and_buttons(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        [shown] = await bot.say(USER, "/settings")
        [digest] = await bot.say(USER, "/settings digest 7")
        [bad_hour] = await bot.say(USER, "/settings hour 25")
        [bad_zone] = await bot.say(USER, "/settings timezone Mars/Olympus")
        [zone] = await bot.say(USER, "/settings timezone Asia/Jerusalem")
        [usage] = await bot.say(USER, "/settings sometimes")
        [instant] = await bot.press(USER, zone, "mode:instant")
        async with bot.runtime.sessions()() as session:
            row = await session.scalar(select(Subscriber).where(Subscriber.chat_id == USER))
    assert "Delivery: every brief as soon as it is published" in shown.plain
    assert "one daily digest at 7:00" in digest.plain
    assert "from 0 to 23" in bad_hour.plain
    assert "“Mars/Olympus”" in bad_zone.plain
    assert "Time zone: Asia/Jerusalem" in zone.plain
    assert "/settings instant" in usage.plain
    assert "Delivery: every brief" in instant.plain
    assert (row.mode, row.digest_hour, row.timezone) == ("instant", 7, "Asia/Jerusalem")


async def test_subscribe_and_unsubscribe(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        [not_yet] = await bot.say(USER, "/unsubscribe")
        [done] = await bot.say(USER, "/subscribe")
        [already] = await bot.say(USER, "/subscribe")
        [removed] = await bot.say(USER, "/unsubscribe")
        await bot.say(USER, "/settings digest 6")
        [digest] = await bot.say(USER, "/subscribe")
    assert "not subscribed" in not_yet.plain
    assert "as soon as it is published" in done.plain
    assert "already subscribed" in already.plain
    assert "unsubscribed" in removed.plain
    assert "daily digest at 6:00 (UTC)" in digest.plain


async def test_latest_shows_published_briefs_in_the_chat_language(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        [none] = await bot.say(USER, "/latest")
        async with bot.runtime.sessions()() as session, session.begin():
            feed = Feed(name="Example News", url="https://example.com/rss")
            article = Article(
                url="https://example.com/a",
                canonical_url="https://example.com/a",
                title="Talks resume",
                language="en",
                also_reported_by=["Ynet", "Al Jazeera"],
                feed=feed,
            )
            session.add_all([feed, article])
            await session.flush()
            for language, text in [("en", "Talks resumed in Cairo."), ("ar", "استؤنفت المحادثات.")]:
                session.add(
                    Brief(
                        article_id=article.id, language=language, text=text, published_at=utcnow()
                    )
                )
            session.add(  # never published (a user's link): not in /latest
                Brief(article_id=article.id, language="he", text="השיחות חודשו.")
            )
        [header, brief] = await bot.say(USER, "/latest", expect=2)
        [he_none] = await bot.say(USER + 1, "/latest", language_code="he")
    assert "no briefs yet" in none.plain
    assert "latest briefs" in header.plain
    assert brief.plain == (
        "Source: Example News\n\nTalks resume\n\nTalks resumed in Cairo.\n\n"
        "Also reported by: Ynet, Al Jazeera\n\nRead the original article"
    )
    assert "עדיין אין תקצירים" in he_none.plain


async def test_bad_settings_get_a_helpful_answer_in_the_readers_language(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str, caplog: pytest.LogCaptureFixture
) -> None:
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        [zone] = await bot.say(USER, "/settings timezone America")
        [superscript] = await bot.say(USER, "/settings digest ²")
        [huge] = await bot.say(USER, "/settings hour 99999999999999999999")
        [long_zone] = await bot.say(USER, "/settings timezone " + "Asia/" * 500)
        [arabic_indic] = await bot.say(USER, "/settings digest ٧")
        [lower_case] = await bot.say(USER, "/settings timezone asia/gaza")
        await bot.say(USER + 1, "/language ar")
        [ar_zone] = await bot.say(USER + 1, "/settings timezone America")
        [ar_hour] = await bot.say(USER + 1, "/settings digest ²")
    assert "I don't know the time zone “America”" in zone.plain
    assert "from 0 to 23" in superscript.plain and "from 0 to 23" in huge.plain
    assert "I don't know the time zone" in long_zone.plain and len(long_zone.plain) < 300
    assert "one daily digest at 7:00" in arabic_indic.plain
    assert "Time zone: Asia/Gaza" in lower_case.plain
    assert "لا أعرف المنطقة الزمنية" in ar_zone.plain
    assert "يجب أن تكون الساعة" in ar_hour.plain
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


@pytest.mark.parametrize("data", ["hour:²", "hour:24", "hour:-1", "tz:America", "mode:never"])
async def test_forged_or_stale_button_data_changes_nothing_and_says_so(
    data: str,
    tmp_path: Path,
    fake_bot_api: FakeBotAPI,
    bot_token: str,
    caplog: pytest.LogCaptureFixture,
) -> None:
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        await bot.say(USER, "/language he")
        [settings] = await bot.say(USER, "/settings")
        before = len(fake_bot_api.sent(USER))
        fake_bot_api.press_button(USER, settings.message_id, data)
        [answer] = await fake_bot_api.wait_for_calls("answerCallbackQuery")
        async with bot.runtime.sessions()() as session:
            row = await session.scalar(select(Subscriber).where(Subscriber.chat_id == USER))
    assert "הכפתור הזה כבר לא פעיל" in answer.params["text"]
    assert len(fake_bot_api.sent(USER)) == before  # no "something went wrong" message
    assert (row.mode, row.digest_hour, row.timezone) == ("instant", 8, "UTC")
    assert not [r for r in caplog.records if r.levelname == "ERROR"]


async def test_settings_offers_common_time_zones_as_buttons(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        [settings] = await bot.say(USER, "/settings")
        [menu] = await bot.press(USER, settings, "tz:menu")
        [chosen] = await bot.press(USER, menu, "tz:Asia/Gaza")
        async with bot.runtime.sessions()() as session:
            row = await session.scalar(select(Subscriber).where(Subscriber.chat_id == USER))
    offered = [b["callback_data"] for r in menu.reply_markup["inline_keyboard"] for b in r]
    for zone in ("UTC", "Asia/Jerusalem", "Asia/Gaza", "Europe/London", "America/New_York"):
        assert f"tz:{zone}" in offered
    assert "Your time zone is UTC" in menu.plain and "/settings timezone" in menu.plain
    assert "Time zone: Asia/Gaza" in chosen.plain
    assert row.timezone == "Asia/Gaza"


async def test_language_tells_only_readers_who_are_not_subscribed_to_subscribe(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        [newcomer] = await bot.say(USER, "/language ar")
        await bot.say(USER, "/subscribe")
        [reader] = await bot.say(USER, "/language he")
        [welcome] = await bot.say(USER, "/start")
        [pressed] = await bot.press(USER, welcome, "lang:en")
    assert "/subscribe" in newcomer.plain
    assert "/subscribe" not in reader.plain and "גם התקצירים" in reader.plain
    assert "/subscribe" not in pressed.plain and "briefs will come in English" in pressed.plain
