"""Daily digests: one message at the subscriber's local hour with the briefs since the last."""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import select, update

from bot.delivery.digest import last_digest_slot, schedule_due_digests
from bot.delivery.render import pack_digest
from bot.formatting import FSI, PDI
from bot.store.models import Delivery, Subscriber
from tests.auxil.delivery import (
    SUMMARIES,
    add_article,
    add_subscribers,
    fast_settings,
    ptb_sender,
    status_counts,
)

JERUSALEM = "Asia/Jerusalem"  # UTC+2 in winter


def utc(day: int, hour: int, minute: int = 0) -> datetime:
    """A time in January 2030 (after any subscriber here was created)."""
    return datetime(2030, 1, day, hour, minute, tzinfo=UTC)


def test_the_last_digest_slot_is_the_local_hour_today_or_yesterday():
    assert last_digest_slot(utc(25, 6, 30), 8, JERUSALEM) == utc(25, 6)  # 08:30 local
    assert last_digest_slot(utc(25, 5, 59), 8, JERUSALEM) == utc(24, 6)  # 07:59 local
    assert last_digest_slot(utc(25, 23), 0, "Not/AZone") == utc(25, 0)  # unknown zone: UTC


async def test_digest_subscribers_get_one_message_at_their_hour_with_the_briefs_since(
    sessions, fake_bot_api
):
    await add_subscribers(sessions, [5], languages=["he"], mode="digest", timezone=JERUSALEM)
    await add_subscribers(sessions, [6], languages=["en"])  # instant, for comparison
    for number in (1, 2, 3):
        await add_article(sessions, number)
    settings = fast_settings()
    async with ptb_sender(sessions, fake_bot_api.base_url, settings) as sender:
        await sender.run(0.01, until_empty=True)
        assert len(fake_bot_api.sent(6)) == 3
        assert fake_bot_api.sent(5) == []  # waiting for 08:00 in Jerusalem

        async with sessions() as session, session.begin():  # as if yesterday's digest went out
            await session.execute(update(Subscriber).values(last_digest_at=utc(24, 6, 1)))
        assert (await schedule_due_digests(sessions, settings, now=utc(25, 5, 30))).digests == 0
        await sender.run(0.01, until_empty=True)
        assert fake_bot_api.sent(5) == []  # 07:30 in Jerusalem: not yet

        report = await schedule_due_digests(sessions, settings, now=utc(25, 6, 1))  # 08:01 local
        assert (report.digests, report.messages, report.briefs) == (1, 1, 3)
        await sender.run(0.01, until_empty=True)
        (digest,) = fake_bot_api.sent(5)
        assert f"הסיכום היומי שלכם – {FSI}3{PDI} תקצירים" in digest.plain  # counts the briefs
        assert digest.plain.count(SUMMARIES["he"]) == 3
        assert all(f"wire.example/story/{number}" in digest.text for number in (1, 2, 3))
        assert SUMMARIES["en"] not in digest.plain

        again = await schedule_due_digests(sessions, settings, now=utc(25, 7))  # same day: nothing
        assert again.digests == 0
        await add_article(sessions, 4)
        await schedule_due_digests(sessions, settings, now=utc(26, 6, 1))  # next morning
        await sender.run(0.01, until_empty=True)

    _, second = fake_bot_api.sent(5)
    assert "story/4" in second.text and "story/1" not in second.text
    async with sessions() as session:
        rows = (await session.scalars(select(Delivery).where(Delivery.chat_id == 5))).all()
    assert {row.status for row in rows} == {"sent"}
    assert len({row.message_id for row in rows if row.brief_id}) == 2  # 3 rows + 1 row


async def test_switching_back_to_instant_releases_the_waiting_briefs(sessions):
    await add_subscribers(sessions, [5], mode="digest")
    await add_article(sessions)
    assert await status_counts(sessions) == {"digest": 1}
    async with sessions() as session, session.begin():
        await session.execute(update(Subscriber).values(mode="instant"))
    report = await schedule_due_digests(sessions, fast_settings())
    assert report.released == 1
    assert await status_counts(sessions) == {"pending": 1}


async def test_a_digest_keeps_the_newest_briefs_up_to_the_limit(sessions):
    await add_subscribers(sessions, [5], mode="digest")
    for number in range(1, 6):
        await add_article(sessions, number)
    report = await schedule_due_digests(sessions, fast_settings(digest_max_briefs=3), now=utc(2, 9))
    assert (report.briefs, report.dropped) == (3, 2)
    assert await status_counts(sessions) == {"pending": 3, "cancelled": 2}


def test_a_digest_too_long_for_one_message_is_packed_into_several():
    briefs = ["x" * 1500] * 5
    groups = pack_digest(briefs)
    assert [i for group in groups for i in group] == [0, 1, 2, 3, 4]
    assert all(sum(len(briefs[i]) for i in group) < 4096 for group in groups)
    assert len(groups) == 3
