"""/pause and /resume: a flag in ``runtime_state`` that the sender reads before claiming.

Pausing only stops new messages from starting; nothing queued is lost, and messages
already handed to the Bot API finish and are recorded.
"""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.store.runtime_values import read_value, write_value

PAUSED_KEY = "sending_paused"


async def is_paused(session: AsyncSession) -> bool:
    return await read_value(session, PAUSED_KEY) == "1"


async def set_paused(session_factory: async_sessionmaker[AsyncSession], paused: bool) -> None:
    """Pause (True) or resume (False) sending; survives restarts."""
    await write_value(session_factory, PAUSED_KEY, "1" if paused else "0")
