"""Helpers for the delivery and processing tests: a migrated SQLite file with subscribers,
articles and briefs written straight into the tables, and a sender wired to a fake Bot API.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from contextlib import asynccontextmanager
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker

from bot.delivery.outbox import publish_article
from bot.delivery.sender import Sender
from bot.delivery.transport import PTBTransport
from bot.settings import DeliverySettings
from bot.store.db import create_engine, session_factory
from bot.store.migrate import upgrade
from bot.store.models import Article, Brief, Delivery, Feed, Subscriber
from tests.auxil.fake_bot_api import FakeBotAPI

TOKEN = "123456:TEST-TOKEN"
LANGS = ("en", "ar", "he")
SUMMARIES = {
    "en": "Talks on a ceasefire resumed in Cairo on Tuesday, officials said.",
    "ar": "استؤنفت المحادثات بشأن وقف إطلاق النار في القاهرة يوم الثلاثاء، بحسب مسؤولين.",
    "he": "השיחות על הפסקת אש התחדשו בקהיר ביום שלישי, כך אמרו גורמים רשמיים.",
}


def fast_settings(**overrides: Any) -> DeliverySettings:
    """Delivery settings for tests: generous limits so small broadcasts finish quickly."""
    values: dict[str, Any] = {
        "messages_per_second": 1000,
        "max_in_flight": 32,
        "per_chat_interval_seconds": 0.05,
        "backoff_base_seconds": 0.05,
        "backoff_max_seconds": 0.2,
    }
    values.update(overrides)
    return DeliverySettings(**values)


@asynccontextmanager
async def database(url: str):  # type: ignore[no-untyped-def]
    await upgrade(url)
    engine: AsyncEngine = create_engine(url)
    try:
        yield session_factory(engine)
    finally:
        await engine.dispose()


async def add_subscribers(
    sessions: async_sessionmaker[AsyncSession],
    chat_ids: Iterable[int],
    *,
    languages: Iterable[str] = LANGS,
    mode: str = "instant",
    **fields: Any,
) -> list[int]:
    chats = list(chat_ids)
    langs = list(languages)
    async with sessions() as session, session.begin():
        session.add_all(
            Subscriber(
                **{
                    "chat_id": chat,
                    "chat_type": "private" if chat > 0 else "group",
                    "language": langs[i % len(langs)],
                    "subscribed": True,
                    "mode": mode,
                    **fields,
                }
            )
            for i, chat in enumerate(chats)
        )
    return chats


async def add_article(
    sessions: async_sessionmaker[AsyncSession],
    number: int = 1,
    *,
    languages: Iterable[str] = LANGS,
    from_feed: bool = True,
    publish: bool = True,
) -> int:
    """An article with one brief per language (text tagged with ``number``); published."""
    async with sessions() as session, session.begin():
        feed = None
        if from_feed:
            feed = await session.scalar(select(Feed).where(Feed.name == "Test Wire"))
            if feed is None:
                feed = Feed(name="Test Wire", url="https://wire.example/feed.xml")
                session.add(feed)
        article = Article(
            feed=feed,
            url=f"https://wire.example/story/{number}",
            canonical_url=f"https://wire.example/story/{number}",
            title=f"Story {number}",
            text="…",
            language="en",
            status="briefed",
        )
        session.add(article)
        await session.flush()
        for lang in languages:
            session.add(
                Brief(article_id=article.id, language=lang, text=f"[{number}] {SUMMARIES[lang]}")
            )
        await session.flush()
        if publish:
            await publish_article(session, article.id)
        return article.id


async def status_counts(sessions: async_sessionmaker[AsyncSession]) -> dict[str, int]:
    async with sessions() as session:
        rows = await session.execute(
            select(Delivery.status, func.count()).group_by(Delivery.status)
        )
        return {status: count for status, count in rows.all()}


@asynccontextmanager
async def ptb_sender(
    sessions: async_sessionmaker[AsyncSession], base_url: str, settings: DeliverySettings
):  # type: ignore[no-untyped-def]
    """A Sender using python-telegram-bot against ``base_url`` (the fake Bot API)."""
    transport = await PTBTransport.connect(TOKEN, base_url, connections=settings.max_in_flight)
    try:
        yield Sender(settings, sessions, transport)
    finally:
        await transport.close()


def messages_per_chat(api: FakeBotAPI) -> Counter[int]:
    return Counter(int(m.chat_id) for m in api.sent() if m.method == "sendMessage")
