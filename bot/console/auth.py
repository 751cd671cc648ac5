"""Console logins: one-time links the bot hands to operators, and the sessions they open.

A link carries a random token; the database keeps only its SHA-256, an expiry and the
moment it was used, and redeeming it is one conditional UPDATE, so two browsers racing
for the same link cannot both win. Redeeming opens a session: a second random token in an
HttpOnly cookie (again stored hashed) with its own CSRF token and expiry. Every request
looks the session up and checks that its user is still in ``telegram.admin_ids``.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.store.db import rows_changed
from bot.store.models import ConsoleLogin, ConsoleSession
from bot.store.types import utcnow

Sessions = async_sessionmaker[AsyncSession]
COOKIE_NAME = "triglot_console"
KEEP_ENDED = timedelta(days=1)


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class OpenSession:
    """A valid console session: whose it is and the token its forms must carry."""

    user_id: int
    csrf_token: str


async def issue_login(sessions: Sessions, user_id: int, minutes: int) -> str:
    """A fresh login token for ``user_id``, valid once for ``minutes``.

    Links and sessions over a day past their end are deleted on the way: the tables stay
    small and nothing about old logins lingers.
    """
    token = secrets.token_urlsafe(32)
    now = utcnow()
    async with sessions() as session, session.begin():
        stale = now - KEEP_ENDED
        await session.execute(delete(ConsoleLogin).where(ConsoleLogin.expires_at < stale))
        await session.execute(delete(ConsoleSession).where(ConsoleSession.expires_at < stale))
        session.add(
            ConsoleLogin(
                token_hash=_hash(token),
                user_id=user_id,
                created_at=now,
                expires_at=now + timedelta(minutes=minutes),
            )
        )
    return token


async def redeem_login(sessions: Sessions, token: str, hours: float) -> tuple[str, int] | None:
    """Use the login ``token`` (once): the new session's cookie value and its user, or None
    when the token is unknown, used or expired."""
    now = utcnow()
    token_hash = _hash(token)
    async with sessions() as session, session.begin():
        used = await session.execute(
            update(ConsoleLogin)
            .where(
                ConsoleLogin.token_hash == token_hash,
                ConsoleLogin.used_at.is_(None),
                ConsoleLogin.expires_at > now,
            )
            .values(used_at=now)
            .execution_options(synchronize_session=False)
        )
        if rows_changed(used) != 1:
            return None
        user_id = await session.scalar(
            select(ConsoleLogin.user_id).where(ConsoleLogin.token_hash == token_hash)
        )
        assert user_id is not None
        cookie = secrets.token_urlsafe(32)
        session.add(
            ConsoleSession(
                token_hash=_hash(cookie),
                user_id=user_id,
                csrf_token=secrets.token_urlsafe(32),
                created_at=now,
                expires_at=now + timedelta(hours=hours),
            )
        )
    return cookie, int(user_id)


async def open_session(sessions: Sessions, cookie: str | None) -> OpenSession | None:
    """The session behind the cookie value, if it is open and not expired."""
    if not cookie:
        return None
    async with sessions() as session:
        row = await session.scalar(
            select(ConsoleSession).where(
                ConsoleSession.token_hash == _hash(cookie),
                ConsoleSession.ended_at.is_(None),
                ConsoleSession.expires_at > utcnow(),
            )
        )
    return OpenSession(row.user_id, row.csrf_token) if row is not None else None


async def end_session(sessions: Sessions, cookie: str) -> None:
    """Log out one browser."""
    async with sessions() as session, session.begin():
        await session.execute(
            update(ConsoleSession)
            .where(ConsoleSession.token_hash == _hash(cookie), ConsoleSession.ended_at.is_(None))
            .values(ended_at=utcnow())
        )


async def end_sessions_of(sessions: Sessions, user_id: int) -> int:
    """Log out every browser of ``user_id`` (``/console logout``); returns how many."""
    async with sessions() as session, session.begin():
        result = await session.execute(
            update(ConsoleSession)
            .where(ConsoleSession.user_id == user_id, ConsoleSession.ended_at.is_(None))
            .values(ended_at=utcnow())
        )
    return rows_changed(result)


def csrf_matches(expected: str, given: object) -> bool:
    """Compare a form's CSRF token in constant time."""
    return isinstance(given, str) and secrets.compare_digest(expected, given)
