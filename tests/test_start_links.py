"""Deep-link payloads: short, in Telegram's alphabet, stable, and forgotten when unused."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.store import start_links
from bot.store.models import RuntimeState
from bot.store.types import utcnow
from tests.auxil.fake_bot_api import START_PARAMETER_RE

LONG = "https://news.example.com/" + "a/" * 900 + "?q=غزة&x=1"


async def test_any_link_gets_a_short_payload_that_leads_back_to_it(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    payload = await start_links.remember(sessions, LONG)
    assert START_PARAMETER_RE.fullmatch(payload) and len(payload) <= 64
    assert await start_links.remember(sessions, LONG) == payload  # offered again: same row
    assert payload != start_links.payload_for(LONG + "b")
    async with sessions() as session:
        assert await start_links.recall(session, payload) == LONG
        assert await start_links.recall(session, payload[:-1] + "?") is None  # forged
        assert await start_links.recall(session, start_links.payload_for("https://x.test/")) is None


async def test_links_unused_for_longer_than_the_keep_time_are_dropped(
    sessions: async_sessionmaker[AsyncSession],
) -> None:
    old = await start_links.remember(sessions, "https://old.example/story")
    async with sessions() as session, session.begin():
        await session.execute(
            update(RuntimeState)
            .where(RuntimeState.key.endswith(old))
            .values(updated_at=utcnow() - timedelta(days=start_links.KEEP_DAYS + 1))
        )
    new = await start_links.remember(sessions, "https://new.example/story")
    async with sessions() as session:
        assert await start_links.recall(session, old) is None
        assert await start_links.recall(session, new) == "https://new.example/story"
