"""The sender against the fake Bot API: exactly once, 429, 403, bad requests, retries,
pause, per-chat pacing and recovery of messages left in flight."""

from __future__ import annotations

import itertools

from sqlalchemy import select, update

from bot.delivery.pause import set_paused
from bot.store.models import Delivery, Subscriber
from tests.auxil.delivery import (
    SUMMARIES,
    add_article,
    add_subscribers,
    fast_settings,
    messages_per_chat,
    ptb_sender,
    status_counts,
)


async def test_a_thousand_subscribers_each_receive_the_brief_once_in_their_language(
    sessions, fake_bot_api
):
    chats = await add_subscribers(sessions, range(1, 1001))
    await add_article(sessions)
    async with ptb_sender(sessions, fake_bot_api.base_url, fast_settings()) as sender:
        assert await sender.drain() == 1000

    assert messages_per_chat(fake_bot_api) == {chat: 1 for chat in chats}
    languages = ("en", "ar", "he")
    for index in (0, 1, 2, 500, 999):
        (message,) = fake_bot_api.sent(chats[index])
        assert SUMMARIES[languages[index % 3]] in message.plain
        assert message.parse_mode == "HTML"
    assert await status_counts(sessions) == {"sent": 1000}
    async with sessions() as session:
        ids = (await session.scalars(select(Delivery.message_id))).all()
    assert None not in ids


async def test_with_429_and_retry_after_every_message_still_arrives_once(sessions, fake_bot_api):
    chats = await add_subscribers(sessions, range(1, 201))
    await add_article(sessions)
    fake_bot_api.flood(retry_after=1, every=40, times=3)
    async with ptb_sender(sessions, fake_bot_api.base_url, fast_settings()) as sender:
        await sender.drain()

    assert sender.counters.flood_waits == 3
    floods = [call for call in fake_bot_api.rejected() if "Too Many Requests" in (call.error or "")]
    assert len(floods) == 3
    assert messages_per_chat(fake_bot_api) == {chat: 1 for chat in chats}
    assert await status_counts(sessions) == {"sent": 200}


async def test_chats_that_answer_403_or_not_found_are_deactivated_and_get_nothing_more(
    sessions, fake_bot_api
):
    chats = await add_subscribers(sessions, range(1, 51))
    blocked, missing = [3, 17], [25]
    fake_bot_api.block_chats(blocked)
    fake_bot_api.drop_chats(missing)
    await add_article(sessions, 1)
    await add_article(sessions, 2)  # queued before the first was sent: must be cancelled for them
    async with ptb_sender(sessions, fake_bot_api.base_url, fast_settings()) as sender:
        await sender.run(0.01, until_empty=True)
        await add_article(sessions, 3)  # published after they were deactivated
        await sender.run(0.01, until_empty=True)

    gone = set(blocked + missing)
    received = messages_per_chat(fake_bot_api)
    assert {chat: received[chat] for chat in chats} == {
        chat: 0 if chat in gone else 3 for chat in chats
    }
    # Each gone chat was tried once: the other rows were cancelled, not sent.
    assert sorted(int(c.params["chat_id"]) for c in fake_bot_api.rejected()) == sorted(gone)
    async with sessions() as session:
        inactive = (
            await session.execute(
                select(Subscriber.chat_id, Subscriber.deactivated_reason).where(
                    Subscriber.active.is_(False)
                )
            )
        ).all()
        gone_rows = (
            await session.execute(
                select(Delivery.status, Delivery.chat_id).where(Delivery.chat_id.in_(gone))
            )
        ).all()
    assert {chat for chat, _ in inactive} == gone
    assert any("blocked" in reason.lower() for _, reason in inactive)
    assert any("chat not found" in reason.lower() for _, reason in inactive)
    assert sorted(status for status, _ in gone_rows) == ["cancelled"] * 3 + ["failed"] * 3


async def test_a_message_refused_with_400_is_failed_with_the_reason_and_not_retried(
    sessions, fake_bot_api
):
    await add_subscribers(sessions, [7])
    await add_article(sessions)
    fake_bot_api.fail_method("sendMessage", 400, "Bad Request: can't parse entities: boom", times=1)
    async with ptb_sender(sessions, fake_bot_api.base_url, fast_settings()) as sender:
        await sender.run(0.01, until_empty=True)

    assert fake_bot_api.sent(7) == []
    assert len(fake_bot_api.calls("sendMessage")) == 1
    async with sessions() as session:
        row = await session.scalar(select(Delivery))
    assert row.status == "failed"
    assert "can't parse entities" in row.last_error.lower()
    assert row.attempts == 1
    async with sessions() as session:
        assert (await session.get(Subscriber, row.subscriber_id)).active


async def test_server_errors_are_retried_with_backoff_and_given_up_after_max_attempts(
    sessions, fake_bot_api
):
    await add_subscribers(sessions, [1, 2])
    await add_article(sessions)
    fake_bot_api.fail_method("sendMessage", 502, "Bad Gateway", times=2)
    settings = fast_settings(max_in_flight=1, max_attempts=3)
    async with ptb_sender(sessions, fake_bot_api.base_url, settings) as sender:
        await sender.run(0.01, until_empty=True)
        assert messages_per_chat(fake_bot_api) == {1: 1, 2: 1}
        assert sender.counters.retried == 2

        await add_article(sessions, 2)
        fake_bot_api.fail_method("sendMessage", 500, "Internal Server Error")  # for ever
        await sender.run(0.01, until_empty=True)

    async with sessions() as session:
        failed = (await session.scalars(select(Delivery).where(Delivery.status == "failed"))).all()
    assert len(failed) == 2
    assert all(row.attempts == 3 and "Internal Server Error" in row.last_error for row in failed)
    assert messages_per_chat(fake_bot_api) == {1: 1, 2: 1}


async def test_pause_stops_sending_without_losing_anything_and_resume_sends_it(
    sessions, fake_bot_api
):
    chats = await add_subscribers(sessions, range(1, 21))
    await add_article(sessions)
    await set_paused(sessions, True)
    async with ptb_sender(sessions, fake_bot_api.base_url, fast_settings()) as sender:
        assert await sender.drain() == 0
        assert fake_bot_api.sent() == []
        assert await status_counts(sessions) == {"pending": 20}

        await set_paused(sessions, False)
        await sender.drain()
    assert messages_per_chat(fake_bot_api) == {chat: 1 for chat in chats}


async def test_messages_to_one_chat_keep_the_per_chat_interval(sessions, fake_bot_api):
    await add_subscribers(sessions, [42, -1001])
    for number in range(1, 4):
        await add_article(sessions, number)
    settings = fast_settings(per_chat_interval_seconds=0.3, group_messages_per_minute=60)
    async with ptb_sender(sessions, fake_bot_api.base_url, settings) as sender:
        await sender.run(0.01, until_empty=True)

    for chat, interval in ((42, 0.3), (-1001, 1.0)):
        times = [m.ts for m in fake_bot_api.sent(chat)]
        assert len(times) == 3
        gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
        assert min(gaps) >= interval * 0.9, gaps  # the server clock; the sender's may lag it


async def test_rows_left_sending_by_a_killed_sender_are_sent_again_once(sessions, fake_bot_api):
    chats = await add_subscribers(sessions, range(1, 11))
    await add_article(sessions)
    async with sessions() as session, session.begin():  # what a kill mid-send leaves behind
        await session.execute(
            update(Delivery).where(Delivery.chat_id.in_([1, 2, 3])).values(status="sending")
        )
    async with ptb_sender(sessions, fake_bot_api.base_url, fast_settings()) as sender:
        await sender.drain()
    assert sender.counters.recovered == 3
    assert messages_per_chat(fake_bot_api) == {chat: 1 for chat in chats}
    assert await status_counts(sessions) == {"sent": 10}
