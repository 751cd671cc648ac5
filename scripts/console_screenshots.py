"""Regenerate the web console's screenshots in docs/ (the README shows them).

    .venv/bin/python scripts/console_screenshots.py          # writes docs/console-*.png

A scratch SQLite database gets a day of made-up traffic (briefs of every outcome in the
three languages, deliveries, a failing feed) and one article checked by the real guard;
the console is served from it as the bot serves it, an operator's login link is issued
as ``/console`` issues it, and the system's headless chromium (as in the browser tests)
opens the dashboard and the article page.
"""

from __future__ import annotations

import asyncio
import random
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker  # noqa: E402

from bot.console.app import ConsoleContext  # noqa: E402
from bot.console.auth import issue_login  # noqa: E402
from bot.console.server import start_console  # noqa: E402
from bot.settings import TriglotConfig  # noqa: E402
from bot.store.db import create_engine, session_factory  # noqa: E402
from bot.store.migrate import upgrade  # noqa: E402
from bot.store.models import Article, Brief, Delivery, Feed, Subscriber  # noqa: E402
from bot.store.status import ArticleStatus, BriefStatus, DeliveryStatus  # noqa: E402
from bot.store.types import utcnow  # noqa: E402
from summarizer.guard import Guard  # noqa: E402
from tests.auxil.browser import find_chromium  # noqa: E402
from tests.auxil.console import seed_article  # noqa: E402

OPERATOR = 1
SIZE = {"width": 1280, "height": 900}
STATUSES = [BriefStatus.OK] * 12 + [BriefStatus.REPAIRED] * 3 + [BriefStatus.FALLBACK] * 2
STATUSES += [BriefStatus.WITHHELD]


async def made_up_day(sessions: async_sessionmaker[AsyncSession]) -> None:
    """Three feeds (one failing), about 70 articles over 24 hours, their deliveries."""
    chance = random.Random(18)
    now = utcnow()
    async with sessions() as session, session.begin():
        feeds = [
            Feed(name="Regional wire (en)", url="https://wire.example.org/rss", language="en"),
            Feed(name="Daily (ar)", url="https://daily.example.org/rss", language="ar"),
            Feed(
                name="Evening paper (he)",
                url="https://evening.example.org/rss",
                language="he",
                healthy=False,
                consecutive_failures=4,
                last_error="HTTP 503 from the server",
            ),
        ]
        readers = [Subscriber(chat_id=1000 + n, subscribed=True) for n in range(40)]
        session.add_all([*feeds, *readers])
        await session.flush()
        for n in range(70):
            at = now - timedelta(minutes=chance.randrange(24 * 60))
            feed = chance.choice(feeds)
            url = f"{feed.url.rsplit('/', 1)[0]}/story-{n}"
            failed = chance.random() < 0.06
            article = Article(
                feed_id=feed.id,
                url=url,
                canonical_url=url,
                title=f"Story {n}",
                text="…",
                status=ArticleStatus.FAILED if failed else ArticleStatus.BRIEFED,
                created_at=at,
            )
            session.add(article)
            await session.flush()
            if failed:
                continue
            for language in ("en", "ar", "he"):
                brief = Brief(
                    article_id=article.id,
                    language=language,
                    text="…",
                    status=chance.choice(STATUSES),
                    created_at=at,
                    published_at=at,
                )
                session.add(brief)
                await session.flush()
                if language != "en":
                    continue
                for reader in chance.sample(readers, 12):
                    sent = at + timedelta(seconds=chance.randrange(5, 400))
                    status = DeliveryStatus.SENT if sent < now else DeliveryStatus.PENDING
                    if chance.random() < 0.03:
                        status, sent = DeliveryStatus.FAILED, None
                    session.add(
                        Delivery(
                            subscriber_id=reader.id,
                            brief_id=brief.id,
                            article_id=article.id,
                            chat_id=reader.chat_id,
                            status=status,
                            created_at=at,
                            sent_at=sent if status == DeliveryStatus.SENT else None,
                        )
                    )


async def main(out: Path) -> None:
    from playwright.async_api import async_playwright

    chromium = find_chromium()
    if chromium is None:
        raise SystemExit("no chromium found: bash scripts/ci/ensure_chromium.sh")
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{Path(tmp) / 'console.db'}"
        await upgrade(url)
        engine = create_engine(url)
        sessions = session_factory(engine)
        await made_up_day(sessions)
        seeded = await seed_article(
            sessions,
            Guard.from_settings(),
            title="Health ministry: 12 killed in strike on Tuesday",
            feed_name="Agency desk (en)",
            url="https://wire.example.org/strike",
        )
        config = TriglotConfig.model_validate(
            {"telegram": {"admin_ids": [OPERATOR]}, "console": {"listen": "127.0.0.1:0"}}
        )
        server = await start_console("127.0.0.1:0", ConsoleContext(lambda: config, sessions))
        try:
            token = await issue_login(sessions, OPERATOR, minutes=5)
            async with async_playwright() as driver:
                browser = await driver.chromium.launch(
                    executable_path=chromium, args=["--no-sandbox", "--disable-dev-shm-usage"]
                )
                page = await browser.new_page(viewport=SIZE)
                await page.goto(f"{server.url}/login/{token}")
                await page.wait_for_url(f"{server.url}/")
                await page.screenshot(path=str(out / "console-dashboard.png"), full_page=True)
                await page.goto(f"{server.url}/articles/{seeded.article_id}")
                await page.screenshot(path=str(out / "console-article.png"), full_page=True)
                await browser.close()
        finally:
            await server.stop()
            await engine.dispose()
    print(f"wrote {out / 'console-dashboard.png'} and {out / 'console-article.png'}")


if __name__ == "__main__":
    asyncio.run(main(REPO / "docs"))
