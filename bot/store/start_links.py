"""Links behind ``https://t.me/<bot>?start=<payload>`` deep links.

Telegram allows a start parameter of at most 64 characters from ``A-Za-z0-9_-``, far
too little for most article addresses, so the payload is a short token and the address is
kept in ``runtime_state`` under it (no new table). The token is a hash of the address, so
offering the same link again reuses its row; a row unused for ``KEEP_DAYS`` is dropped,
and its old deep links then get a polite "send me the link again".
"""

from __future__ import annotations

import base64
import hashlib
import re
from datetime import timedelta

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.store.models import RuntimeState
from bot.store.types import utcnow

PREFIX = "link-"
KEEP_DAYS = 90
_KEY = "start_link:"
_TOKEN_BYTES = 15  # 120 bits: no two links share a token; 20 characters in base64url
PAYLOAD_RE = re.compile(re.escape(PREFIX) + r"[A-Za-z0-9_-]{20}")


def payload_for(url: str) -> str:
    """The start parameter for ``url`` (25 characters, Telegram's alphabet)."""
    digest = hashlib.sha256(url.encode("utf-8", "surrogatepass")).digest()[:_TOKEN_BYTES]
    return PREFIX + base64.urlsafe_b64encode(digest).decode("ascii")


async def remember(sessions: async_sessionmaker[AsyncSession], url: str) -> str:
    """Keep ``url`` under its payload and return the payload; drop rows long unused."""
    payload = payload_for(url)
    try:
        async with sessions() as session, session.begin():
            await session.execute(
                delete(RuntimeState).where(
                    RuntimeState.key.startswith(_KEY, autoescape=True),
                    RuntimeState.updated_at < utcnow() - timedelta(days=KEEP_DAYS),
                )
            )
            row = await session.get(RuntimeState, _KEY + payload)
            if row is None:
                session.add(RuntimeState(key=_KEY + payload, value=url))
            else:
                row.updated_at = utcnow()
    except IntegrityError:
        pass  # the same link, kept meanwhile by another query: its row is what we need
    return payload


async def recall(session: AsyncSession, payload: str) -> str | None:
    """The link kept under ``payload``; None for an unknown, expired or malformed one."""
    if not PAYLOAD_RE.fullmatch(payload):
        return None
    return await session.scalar(
        select(RuntimeState.value).where(RuntimeState.key == _KEY + payload)
    )
