"""Helpers for the polling tests: a config over local feeds, and what the poll stored."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.settings import FeedSettings, FetchSettings, TriglotConfig
from bot.store.models import Article, Feed

Sessions = async_sessionmaker[AsyncSession]


def make_config(database_url: str, feeds: list[dict[str, Any]], **fetch: Any) -> TriglotConfig:
    """``feeds`` on ``database_url``, fetched from 127.0.0.1 (private networks allowed)."""
    return TriglotConfig(
        database={"url": database_url},
        feeds=[FeedSettings(**f) for f in feeds],
        fetch=FetchSettings(allow_private_networks=True, **fetch),
    )


async def articles(sessions: Sessions, **where: Any) -> list[Article]:
    """The stored articles in id order, those whose columns equal ``where``."""
    async with sessions() as session:
        query = select(Article).order_by(Article.id)
        for name, value in where.items():
            query = query.where(getattr(Article, name) == value)
        return list((await session.scalars(query)).all())


async def feed_row(sessions: Sessions, url: str) -> Feed:
    async with sessions() as session:
        feed = await session.scalar(select(Feed).where(Feed.url == url))
        assert feed is not None
        return feed
