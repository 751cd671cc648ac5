"""The fake Bot API server behaves like Telegram for what the bot and the sender use."""

from __future__ import annotations

import sqlite3

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, RetryAfter

from tests.auxil.fake_bot_api import FakeBotAPI, spawn_fake_bot_api
from tests.auxil.telegram_html import HTMLParseError, parse_html

TOKEN = "123:TEST"


def make_bot(api: FakeBotAPI) -> Bot:
    return Bot(TOKEN, base_url=api.base_url)


async def test_send_message_is_recorded_and_returned(fake_bot_api: FakeBotAPI) -> None:
    async with make_bot(fake_bot_api) as bot:
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("English", callback_data="l:en")]])
        message = await bot.send_message(
            5, "<b>Hi</b> &amp; bye", parse_mode="HTML", reply_markup=markup
        )
    assert message.text == "Hi & bye"
    [sent] = fake_bot_api.sent(5)
    assert sent.plain == "Hi & bye"
    assert sent.reply_markup["inline_keyboard"][0][0]["callback_data"] == "l:en"


@pytest.mark.parametrize(
    "text",
    ["<b>unclosed", "<foo>x</foo>", "a < b", "<b><i>x</b></i>", "x &nbsp; y", "<span>x</span>"],
)
async def test_invalid_html_is_refused_like_telegram(fake_bot_api: FakeBotAPI, text: str) -> None:
    async with make_bot(fake_bot_api) as bot:
        with pytest.raises(BadRequest, match="parse entities"):
            await bot.send_message(5, text, parse_mode="HTML")
    assert fake_bot_api.sent() == []


async def test_length_counts_utf16_after_entities(fake_bot_api: FakeBotAPI) -> None:
    async with make_bot(fake_bot_api) as bot:
        await bot.send_message(5, "<b>" + "&amp;" * 4096 + "</b>", parse_mode="HTML")
        with pytest.raises(BadRequest, match="too long"):
            await bot.send_message(5, "😀" * 2049)
        with pytest.raises(BadRequest, match="empty"):
            await bot.send_message(5, "<b> </b>", parse_mode="HTML")


async def test_programmable_faults(fake_bot_api: FakeBotAPI) -> None:
    fake_bot_api.fail_method("setMyCommands")
    fake_bot_api.flood(retry_after=3, chat_ids=[7], times=1)
    fake_bot_api.block_chats([8])
    fake_bot_api.drop_chats([9])
    async with make_bot(fake_bot_api) as bot:
        with pytest.raises(BadRequest):
            await bot.set_my_commands([("start", "Start")])
        with pytest.raises(RetryAfter) as flood:
            await bot.send_message(7, "x")
        assert "Retry in 3 seconds" in flood.value.message
        await bot.send_message(7, "again")  # only the first one was flooded
        with pytest.raises(Forbidden, match="blocked"):
            await bot.send_message(8, "x")
        with pytest.raises(BadRequest, match=r"(?i)chat not found"):
            await bot.send_message(9, "x")
    assert [m.plain for m in fake_bot_api.sent()] == ["again"]
    assert len(fake_bot_api.rejected()) == 4


async def test_updates_are_delivered_by_long_polling(fake_bot_api: FakeBotAPI) -> None:
    fake_bot_api.send_user_message(42, "/start", language_code="he")
    async with make_bot(fake_bot_api) as bot:
        [update] = await bot.get_updates(timeout=1)
        assert update.message.text == "/start"
        assert update.message.from_user.language_code == "he"
        assert update.message.entities[0].type == "bot_command"
        assert await bot.get_updates(offset=update.update_id + 1, timeout=0) == ()


def test_separate_process_with_control_and_db(tmp_path) -> None:
    db = tmp_path / "sent.db"
    remote = spawn_fake_bot_api(str(db))
    try:
        import httpx

        remote.block_chats(chat_ids=[3])
        url = f"{remote.base_url}{TOKEN}/sendMessage"
        assert httpx.post(url, data={"chat_id": "2", "text": "hello"}).json()["ok"]
        assert httpx.post(url, json={"chat_id": 3, "text": "x"}).status_code == 403
        assert [m["plain"] for m in remote.sent()] == ["hello"]
        rows = sqlite3.connect(db).execute("SELECT chat_id, plain FROM messages").fetchall()
        assert rows == [("2", "hello")]
    finally:
        remote.close()


def test_html_parser_accepts_every_allowed_tag() -> None:
    text = (
        "<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s>"
        '<strike>k</strike><del>d</del><span class="tg-spoiler">p</span><tg-spoiler>q</tg-spoiler>'
        '<a href="https://x.org/?a=1&amp;b=2">l</a><code>c</code>'
        '<pre><code class="language-python">x</code></pre><blockquote>q</blockquote>&#1488;&#x5d0;'
    )
    assert parse_html(text) == "bsieunskdpqlcxqאא"
    with pytest.raises(HTMLParseError):
        parse_html('<a href="x"><a href="y">z</a></a>')
