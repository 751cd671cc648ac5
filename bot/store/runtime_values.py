"""Named values in ``runtime_state`` that outlive a restart and that other processes read
(the sending pause, the review setting the model workers follow)."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.store.models import RuntimeState
from bot.store.types import utcnow


async def read_value(session: AsyncSession, key: str) -> str | None:
    return await session.scalar(select(RuntimeState.value).where(RuntimeState.key == key))


async def write_value(
    session_factory: async_sessionmaker[AsyncSession], key: str, value: str
) -> None:
    async with session_factory() as session, session.begin():
        row = await session.get(RuntimeState, key)
        if row is None:
            session.add(RuntimeState(key=key, value=value))
        else:
            row.value = value
            row.updated_at = utcnow()
