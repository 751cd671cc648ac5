"""The web console under test: a running bot with its console, logins, and stored briefs.

    config = console_config(tmp_path, fake_bot_api)
    async with running_bot(fake_bot_api, config, parts=CONSOLE) as bot:
        async with logged_in(bot) as client:
            page = await client.get("/")

``seed_article`` stores what the console shows: a feed, an article with hostile text, its
briefs as the real guard checked them (so ``checks`` holds real problems with spans), and
subscribers with deliveries waiting.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import httpx
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.briefing import brief_rows
from bot.delivery.outbox import publish_article
from bot.runtime import Parts
from bot.store.models import Article, Feed, Subscriber
from bot.store.status import ArticleStatus, BriefStatus, ReviewStatus
from summarizer.guard import Guard
from summarizer.types import Brief as SummaryBrief
from summarizer.types import BriefText
from tests.auxil.bot_harness import RunningBot, write_config
from tests.auxil.fake_bot_api import FakeBotAPI

ADMIN = 1
STRANGER = 300
CONSOLE = Parts(console=True)
HOSTILE_TITLE = '<script>alert("title")</script> Strike & "ceasefire"'
HOSTILE_FEED = '<img src=x onerror=alert("feed")> Wire'
SOURCE = (
    "Officials said 12 people were killed in the strike on Tuesday, according to the "
    "health ministry. The army said it targeted a weapons depot. <b>Residents</b> said "
    "the building had housed families."
)
WRONG_SUMMARY = (
    "Officials said 40 people were killed in the strike on Tuesday. "
    "The army said it hit a depot in Gaza City."
)
LINK = re.compile(r"https?://\S+/login/[A-Za-z0-9_\-]+")


def console_config(tmp_path: Path, api: FakeBotAPI, *, console: str = "", extra: str = "") -> Path:
    """A bot config with the console on a free port of 127.0.0.1 and ``ADMIN`` operator."""
    return write_config(
        tmp_path,
        api,
        admin_ids=[ADMIN],
        extra=f'[console]\nlisten = "127.0.0.1:0"\n{console}\n'
        f"[fetch]\nallow_private_networks = true\n{extra}",
    )


async def login_link(bot: RunningBot, user: int = ADMIN) -> str:
    """The login link the bot sends ``user`` for ``/console``."""
    [answer] = await bot.say(user, "/console")
    found = LINK.search(answer.plain)
    assert found, f"no login link in {answer.plain!r}"
    return found.group(0)


def path_of(link: str) -> str:
    return urlsplit(link).path


def client_for(bot: RunningBot) -> httpx.AsyncClient:
    """An HTTP client for the bot's console (no session yet)."""
    server = bot.runtime.console_server
    assert server is not None, "the console is not running"
    return httpx.AsyncClient(base_url=server.url, follow_redirects=False)


@contextlib.asynccontextmanager
async def logged_in(bot: RunningBot) -> AsyncIterator[httpx.AsyncClient]:
    """A client that opened a fresh login link (its session cookie set)."""
    async with client_for(bot) as client:
        response = await client.get(path_of(await login_link(bot)))
        assert response.status_code == 200, response.text
        yield client


def csrf_of(html: str) -> str:
    found = re.search(r'name="csrf" value="([^"]+)"', html)
    assert found, "no CSRF token in the page"
    return found.group(1)


@dataclass(frozen=True)
class Seeded:
    feed_id: int
    article_id: int
    brief_ids: dict[str, int]  # language -> brief id


async def seed_article(
    sessions: async_sessionmaker[AsyncSession],
    guard: Guard,
    *,
    subscribers: tuple[int, ...] = (500, 501),
    url: str = "https://news.example.org/strike",
    review: bool = False,
    title: str = HOSTILE_TITLE,
    feed_name: str = HOSTILE_FEED,
) -> Seeded:
    """A hostile feed and article, briefed in three languages through the real guard
    (the English summary has a wrong number, so the brief is the extractive fallback),
    queued to ``subscribers`` — or, with ``review``, held pending as ``bot.briefing``
    holds them under ``[review] required``. The feed is polled nowhere: its address is a
    closed port of this machine."""
    reviewed = guard.review_english(SOURCE, WRONG_SUMMARY, title=None, regenerate=None)
    assert reviewed.status == BriefStatus.FALLBACK, reviewed
    english = BriefText(
        "en", reviewed.text, "tiny", BriefStatus(reviewed.status), checks=reviewed.checks
    )
    failed = {"step": "translation", "ok": False, "detail": "no translation passed"}
    withheld = BriefText("ar", "", "", BriefStatus.WITHHELD, checks=[failed])
    hebrew = BriefText("he", f"תקציר {reviewed.text}", "tiny", BriefStatus.OK)
    summary = SummaryBrief(
        source_lang="en",
        texts={"en": english, "ar": withheld, "he": hebrew},
        content_hash="seed",
        cache_key="seed",
    )
    async with sessions() as session, session.begin():
        feed = Feed(name=feed_name, url="http://127.0.0.1:9/feed", origin="operator")
        session.add(feed)
        for chat_id in subscribers:
            session.add(Subscriber(chat_id=chat_id, subscribed=True, language="en"))
        await session.flush()
        article = Article(
            feed_id=feed.id,
            url=url,
            canonical_url=url,
            title=title,
            text=SOURCE,
            language="en",
            status=ArticleStatus.BRIEFED,
        )
        session.add(article)
        await session.flush()
        rows = brief_rows(article.id, summary)
        for row in rows:
            row.review_status = ReviewStatus.PENDING if review else None
        session.add_all(rows)
        await session.flush()
        if not review:
            await publish_article(session, article.id)
        return Seeded(feed.id, article.id, {row.language: row.id for row in rows})
