"""/pause and /resume: a flag in ``runtime_state`` that the sender reads before claiming.

Pausing only stops new messages from starting; nothing queued is lost, and messages
already handed to the Bot API finish and are recorded.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.store.models import RuntimeState
from bot.store.types import utcnow

PAUSED_KEY = "sending_paused"


async def is_paused(session: AsyncSession) -> bool:
    value = await session.scalar(select(RuntimeState.value).where(RuntimeState.key == PAUSED_KEY))
    return value == "1"


async def set_paused(session_factory: async_sessionmaker[AsyncSession], paused: bool) -> None:
    """Pause (True) or resume (False) sending; survives restarts."""
    async with session_factory() as session, session.begin():
        row = await session.get(RuntimeState, PAUSED_KEY)
        if row is None:
            session.add(RuntimeState(key=PAUSED_KEY, value="1" if paused else "0"))
        else:
            row.value = "1" if paused else "0"
            row.updated_at = utcnow()
