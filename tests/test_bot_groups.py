"""Groups as subscribers: administrators subscribe them, and a group that becomes a
supergroup keeps receiving briefs at its new id."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

from sqlalchemy import select

from bot.delivery.outbox import publish_article
from bot.runtime import Parts
from bot.store.models import Article, Brief, Delivery, Feed, Subscriber
from tests.auxil.bot_harness import REPLY_TIMEOUT, RunningBot, running_bot, write_config
from tests.auxil.fake_bot_api import FakeBotAPI, SentMessage

ADMIN, MEMBER = 401, 402
GROUP = -700
SUPERGROUP = -1000000000700
SEND_FAST = "[schedule]\nsend_interval_seconds = 0.2\n"


async def _row(bot: RunningBot, chat_id: int) -> Subscriber | None:
    async with bot.runtime.sessions()() as session:
        return await session.scalar(select(Subscriber).where(Subscriber.chat_id == chat_id))


async def _publish(bot: RunningBot, number: int) -> None:
    """A feed article with an Arabic brief, queued to every subscriber."""
    async with bot.runtime.sessions()() as session, session.begin():
        feed = await session.scalar(select(Feed)) or Feed(name="Wire", url="https://w.example/")
        article = Article(
            url=f"https://w.example/{number}",
            canonical_url=f"https://w.example/{number}",
            feed=feed,
            status="briefed",
        )
        session.add(article)
        await session.flush()
        for language, text in [("en", f"Talks {number}."), ("ar", f"محادثات {number}.")]:
            session.add(Brief(article_id=article.id, language=language, text=text))
        await session.flush()
        await publish_article(session, article.id)


def _shown(message: SentMessage) -> str:
    """The text as read, without the invisible marks that keep numbers left to right."""
    return message.plain.translate(dict.fromkeys(map(ord, "\u2068\u2069\u200f")))


async def _until(check: object, what: str) -> None:
    """Wait until the coroutine function ``check`` returns true (a guard, not a limit)."""
    deadline = time.monotonic() + REPLY_TIMEOUT
    while not await check():  # type: ignore[operator]
        assert time.monotonic() < deadline, f"never happened: {what}"
        await asyncio.sleep(0.05)


async def test_an_administrator_subscribes_the_group_in_a_language_and_a_member_is_refused(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    fake_bot_api.set_chat_admins(GROUP, [ADMIN])
    in_group = {"chat_type": "supergroup", "language_code": "he"}
    async with running_bot(fake_bot_api, write_config(tmp_path, fake_bot_api)) as bot:
        [refused] = await bot.say(
            GROUP, "/subscribe@triglot_test_bot ar", user_id=MEMBER, **in_group
        )
        no_row = await _row(bot, GROUP)
        [usage] = await bot.say(GROUP, "/subscribe klingon", user_id=ADMIN, **in_group)
        [done] = await bot.say(GROUP, "/subscribe@triglot_test_bot ar", user_id=ADMIN, **in_group)
        [already] = await bot.say(GROUP, "/subscribe", user_id=ADMIN, **in_group)
        [refused_again] = await bot.say(GROUP, "/unsubscribe", user_id=MEMBER, **in_group)
        row = await _row(bot, GROUP)
    # The member is told in their own language (Hebrew), and nothing is stored.
    assert "רק המנהלים" in refused.plain
    assert "רק המנהלים" in refused_again.plain  # theirs, though the group reads Arabic
    assert no_row is None
    assert "כדי לבחור את שפת התקצירים" in usage.plain  # still Hebrew: nothing chosen
    assert "اشتركت هذه المجموعة" in done.plain and "بالعربية" in done.plain
    assert "مشتركة بالفعل" in already.plain
    assert row is not None
    assert (row.chat_type, row.language, row.subscribed) == ("supergroup", "ar", True)
    asked = [
        (c.params["chat_id"], c.params["user_id"]) for c in fake_bot_api.calls("getChatMember")
    ]
    assert (GROUP, MEMBER) in asked and (GROUP, ADMIN) in asked


async def test_a_group_that_becomes_a_supergroup_is_followed_by_its_service_messages(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    fake_bot_api.set_chat_admins(GROUP, [ADMIN])
    config = write_config(tmp_path, fake_bot_api, extra=SEND_FAST)
    async with running_bot(fake_bot_api, config, parts=Parts(jobs=True)) as bot:
        await bot.say(GROUP, "/subscribe ar", user_id=ADMIN, chat_type="group")
        fake_bot_api.migrate_group(GROUP, SUPERGROUP)

        async def moved() -> bool:
            return await _row(bot, SUPERGROUP) is not None

        await _until(moved, "the subscription moved to the supergroup")
        await _publish(bot, 1)
        [brief] = await bot.replies(SUPERGROUP, 0)
        row = await _row(bot, SUPERGROUP)
    assert "محادثات 1." in _shown(brief)
    assert row is not None and (row.chat_type, row.subscribed, row.active) == (
        "supergroup",
        True,
        True,
    )
    # Nothing was sent to the old id after the migration, and nothing twice.
    to_old = [c for c in fake_bot_api.calls("sendMessage") if c.params["chat_id"] == GROUP]
    assert all(c.ok for c in to_old) and len(to_old) == 1  # the /subscribe answer
    assert len(fake_bot_api.sent(SUPERGROUP)) == 1


async def test_a_brief_refused_with_group_migrated_is_sent_again_at_the_new_id_once(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str
) -> None:
    fake_bot_api.set_chat_admins(GROUP, [ADMIN])
    config = write_config(tmp_path, fake_bot_api, extra=SEND_FAST)
    async with running_bot(fake_bot_api, config, parts=Parts(jobs=True)) as bot:
        await bot.say(GROUP, "/subscribe ar", user_id=ADMIN, chat_type="group")
        fake_bot_api.migrate_chat(GROUP, SUPERGROUP)  # no service message reached the bot
        await _publish(bot, 1)
        await _publish(bot, 2)
        briefs = await bot.replies(SUPERGROUP, 0, expect=2)
        row = await _row(bot, SUPERGROUP)
        async with bot.runtime.sessions()() as session:
            rows = (await session.execute(select(Delivery.status, Delivery.chat_id))).all()
    assert ["محادثات 1." in _shown(briefs[0]), "محادثات 2." in _shown(briefs[1])] == [True, True]
    assert len(fake_bot_api.sent(SUPERGROUP)) == 2
    assert row is not None and row.subscribed and row.active
    assert sorted(rows) == [("sent", SUPERGROUP)] * 2
    refused = [c for c in fake_bot_api.rejected() if c.params.get("chat_id") == GROUP]
    assert len(refused) == 1  # the second brief went straight to the new id
    assert "upgraded to a supergroup" in (refused[0].error or "")
