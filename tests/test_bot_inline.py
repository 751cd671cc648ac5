"""Inline mode: ``@bot <link>`` in any chat offers the stored brief of the link in the
user's language, or a deep link whose ``/start`` briefs it in private."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.i18n import t
from bot.ingest.canonical import canonical_url
from bot.store.models import Article, Brief
from tests.auxil.bot_harness import (
    REPLY_TIMEOUT,
    RunningBot,
    has_link,
    private_config,
    running_bot,
    write_config,
)
from tests.auxil.fake_bot_api import START_PARAMETER_RE, FakeBotAPI
from tests.auxil.http_servers import LocalHTTPServer, Route
from tests.auxil.news_site import GAZA, opening_of
from tests.auxil.telegram_html import parse_html, utf16_len
from tests.auxil.tiny_models import realworld_dir

STORY = "https://news.example.com/world/ceasefire-talks"
SUMMARIES = {
    "en": "Ceasefire talks resumed in Cairo on Tuesday.",
    "ar": "استؤنفت محادثات وقف إطلاق النار في القاهرة يوم الثلاثاء.",
    "he": "שיחות הפסקת האש התחדשו בקהיר ביום שלישי.",
}
#: A long address: far over the 64 characters a start parameter may have.
PAGE_PATH = "/news/" + "ceasefire-talks-" * 12 + "2026.html"


async def _store_story(
    bot: RunningBot,
    *,
    url: str = STORY,
    summaries: dict[str, str] = SUMMARIES,
    title: str | None = "Talks resume",
    rejected: str | None = None,
) -> None:
    """A user's earlier link: an article without a feed, briefed in each language of
    ``summaries`` (the brief in ``rejected`` rejected by an operator)."""
    async with bot.runtime.sessions()() as session, session.begin():
        article = Article(
            url=url,
            canonical_url=canonical_url(url),
            site_name="Example News",
            title=title,
            language="en",
            text="…",
            status="briefed",
        )
        session.add(article)
        await session.flush()
        for language, text in summaries.items():
            status = "rejected" if language == rejected else None
            session.add(
                Brief(article_id=article.id, language=language, text=text, review_status=status)
            )


async def _ask(bot: RunningBot, user_id: int, query: str, **kwargs: Any) -> dict[str, Any]:
    """Type ``@bot query`` as ``user_id``; the bot's answer as Telegram received it."""
    update = bot.api.send_inline_query(user_id, query, **kwargs)
    return await bot.api.wait_for_inline_answer(update["inline_query"]["id"], REPLY_TIMEOUT)


def _message(answer: dict[str, Any]) -> str:
    [result] = answer["results"]
    return str(result["input_message_content"]["message_text"])


async def test_a_stored_link_is_offered_as_its_brief_in_each_users_language(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        await bot.say(501, "/language ar", language_code="en")  # their choice wins
        await _store_story(bot)
        sent_before = len(fake_bot_api.sent())
        arabic = await _ask(bot, 501, f"{STORY}?utm_source=telegram", language_code="en")
        hebrew = await _ask(bot, 502, f"look at this {STORY}", language_code="he")
        english = await _ask(bot, 503, STORY, language_code="fr")
    [result] = arabic["results"]
    assert result["type"] == "article" and result["title"] == "شارك هذا الملخّص"
    assert result["input_message_content"]["parse_mode"] == "HTML"
    assert SUMMARIES["ar"] in _message(arabic) and "اقرأ المقال الأصلي" in _message(arabic)
    assert f'<a href="{STORY}">' in _message(arabic)
    assert _message(arabic).startswith("<b>المصدر:</b>")  # Arabic labels: right to left
    assert SUMMARIES["he"] in _message(hebrew) and "לכתבה המקורית" in _message(hebrew)
    assert SUMMARIES["en"] in _message(english)
    assert _message(english).startswith("<b>Source:</b> Example News")
    assert arabic["is_personal"] in (True, "true", "True")  # the answer depends on who asks
    assert arabic["button"] is None
    assert len(fake_bot_api.sent()) == sent_before  # an inline answer sends no message


async def test_a_brief_an_operator_rejected_is_shared_with_no_one(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    withheld = t("en", "link.withheld")
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        await _store_story(bot, rejected="en")
        inline = await _ask(bot, 503, STORY, language_code="en")
        replies = await bot.say(503, STORY, until=lambda m: withheld in m.plain)
        hebrew = await _ask(bot, 502, STORY, language_code="he")
    # Neither inline nor by link: the user is told an editor withheld it, and the article
    # is not briefed anew behind the operator's back.
    [result] = inline["results"]
    assert result["title"] == "Open the bot to summarise this"
    assert SUMMARIES["en"] not in _message(inline)
    assert [m.plain for m in replies] == [withheld]
    async with bot.runtime.sessions()() as session:
        briefs = (await session.scalars(select(Brief).order_by(Brief.id))).all()
    assert [(b.language, b.text) for b in briefs] == list(SUMMARIES.items())
    # The languages nobody rejected are shared as before.
    assert SUMMARIES["he"] in _message(hebrew)


@pytest.fixture
def story_page(server: LocalHTTPServer) -> str:
    realworld_dir()  # skips the test without the shared pages
    return server.add(PAGE_PATH, Route(body=opening_of(GAZA, paragraphs=2)))


async def test_an_unknown_link_offers_a_deep_link_that_briefs_it_in_private(
    tmp_path: Path,
    fake_bot_api: FakeBotAPI,
    bot_token: str,
    tiny_cache: Path,
    server: LocalHTTPServer,
    story_page: str,
) -> None:
    config = private_config(tmp_path, fake_bot_api, tiny_cache)
    async with running_bot(fake_bot_api, config) as bot:
        offer = await _ask(bot, 600, story_page)
        payload = offer["button"]["start_parameter"]
        brief = await bot.say(600, f"/start {payload}", until=has_link)
        again = await _ask(bot, 600, story_page)
    [result] = offer["results"]
    assert result["title"] == "Open the bot to summarise this"
    assert offer["button"]["text"] == "Open the bot to summarise this"
    assert START_PARAMETER_RE.fullmatch(payload) and len(story_page) > 64
    [[button]] = result["reply_markup"]["inline_keyboard"]
    assert button["url"] == f"https://t.me/triglot_test_bot?start={payload}"
    assert story_page in _message(offer)
    assert server.hits(PAGE_PATH) == 1  # fetched once, for the /start
    # The deep link's /start briefed the page in the private chat, and from then on the
    # inline answer is that brief.
    assert brief[0].plain.startswith("Source:") and f'href="{story_page}"' in brief[-1].text
    assert _message(again) == brief[0].text


async def test_start_with_an_unknown_payload_says_so_in_the_users_language(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        [expired] = await bot.say(700, "/start link-AAAAAAAAAAAAAAAAAAAA", language_code="he")
        [welcome] = await bot.say(701, "/start inline")
    assert "ישן מדי" in expired.plain
    assert "Welcome to Triglot" in welcome.plain


async def test_text_that_is_not_a_link_offers_only_the_bot(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        answer = await _ask(bot, 800, "ceasefire", language_code="ar")
        empty = await _ask(bot, 800, "", language_code="ar")
    for each in (answer, empty):
        assert each["results"] == []
        assert each["button"]["start_parameter"] == "inline"
        assert "افتح البوت" in each["button"]["text"]


async def test_with_inline_mode_off_nothing_is_offered_until_it_is_reloaded_on(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    operator = {"admin_ids": [1]}
    config = write_config(tmp_path, fake_bot_api, telegram="inline_mode = false", **operator)
    async with running_bot(fake_bot_api, config) as bot:
        await _store_story(bot)
        off = await _ask(bot, 900, STORY)
        [help_off] = await bot.say(900, "/help")
        write_config(tmp_path, fake_bot_api, telegram="inline_mode = true", **operator)
        [reloaded] = await bot.say(1, "/reload")
        on = await _ask(bot, 900, STORY)
        [help_on] = await bot.say(900, "/help")
    assert off["results"] == []
    assert off["button"]["text"] == "Sharing briefs here is switched off: open the bot"
    assert off["button"]["start_parameter"] == "inline"
    assert "reloaded" in reloaded.plain and "restart" not in reloaded.plain
    assert SUMMARIES["en"] in _message(on)
    assert "@triglot_test_bot" not in help_off.plain  # /help offers only what works
    assert "type @triglot_test_bot and a news link" in help_on.plain


async def test_help_says_how_to_share_a_brief_in_the_users_language(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        [hebrew] = await bot.say(910, "/help", language_code="he")
        [arabic] = await bot.say(911, "/help", language_code="ar")
    assert "הקלידו \u2068@triglot_test_bot\u2069 וקישור" in hebrew.plain  # isolated: LTR
    assert "اكتب \u2068@triglot_test_bot\u2069 ثم رابط" in arabic.plain


async def test_a_brief_too_long_for_one_message_is_shared_shortened_with_its_link(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    """A chat gets such a brief in two messages; an inline result is one message, so it
    carries the brief cut after a whole sentence, a note that it was shortened, and the
    link to the article — not the first of the two parts with the rest silently gone."""
    sentence = "Negotiators in Cairo said the talks went on late into the night."
    long_story = "https://news.example.com/world/long-talks"
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        summary = " ".join([sentence] * 100)
        await _store_story(bot, url=long_story, summaries={"en": summary}, title=None)
        shared = _message(await _ask(bot, 920, long_story))
    shown = parse_html(shared)
    assert utf16_len(shown) <= 4096
    assert f'<a href="{long_story}">Read the original article</a>' in shared
    assert "Shortened to fit in one message" in shown
    kept = shown.split("\n\n")[1]
    assert summary.startswith(kept) and kept.endswith(sentence)
