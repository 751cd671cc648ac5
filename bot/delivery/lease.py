"""One sender per database: a lease in ``runtime_state`` that the working sender renews.

Crash recovery treats every ``sending`` row as left over by a dead sender. That is only
true if no other sender is alive, so a sender works only while it holds the lease: a row
``sender_lease`` naming its owner and an expiry, renewed well before it runs out. A sender
that was killed simply stops renewing; the next one takes over once the lease expires
(``delivery.sender_lease_seconds``) and only then recovers the rows left ``sending``.
Taking the lease is a compare-and-swap on the row's value, so two senders starting at
once cannot both win.
"""

from __future__ import annotations

import json
import os
import socket
import uuid
from datetime import datetime, timedelta

from sqlalchemy import update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.store.db import rows_changed
from bot.store.models import RuntimeState
from bot.store.types import utcnow

LEASE_KEY = "sender_lease"


def new_owner() -> str:
    """A name for this sender: host, process id and a random part."""
    return f"{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:8]}"


async def take_lease(
    session_factory: async_sessionmaker[AsyncSession],
    owner: str,
    seconds: float,
    now: datetime | None = None,
) -> bool:
    """Take or renew the lease for ``seconds``; False while another live sender holds it."""
    now = now or utcnow()
    value = json.dumps({"owner": owner, "until": (now + timedelta(seconds=seconds)).isoformat()})
    try:
        async with session_factory() as session, session.begin():
            row = await session.get(RuntimeState, LEASE_KEY)
            if row is None:
                session.add(RuntimeState(key=LEASE_KEY, value=value))
                return True
            held = _parse(row.value)
            if held is not None and held[0] != owner and held[1] > now:
                return False
            result = await session.execute(
                update(RuntimeState)
                .where(RuntimeState.key == LEASE_KEY, RuntimeState.value == row.value)
                .values(value=value, updated_at=now)
            )
            return rows_changed(result) == 1
    except IntegrityError:  # another sender inserted the row first
        return False


async def release_lease(session_factory: async_sessionmaker[AsyncSession], owner: str) -> None:
    """Give the lease up at a clean stop, so the next sender need not wait for it."""
    async with session_factory() as session, session.begin():
        row = await session.get(RuntimeState, LEASE_KEY)
        if row is not None and (held := _parse(row.value)) is not None and held[0] == owner:
            await session.delete(row)


def _parse(value: str) -> tuple[str, datetime] | None:
    try:
        data = json.loads(value)
        return str(data["owner"]), datetime.fromisoformat(data["until"])
    except (ValueError, KeyError, TypeError):
        return None
