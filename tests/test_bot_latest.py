"""/latest shows what readers actually got (a withheld translation as the English brief
with its note), briefs of links about the conflict join it, and /stats counts them."""

from __future__ import annotations

import html
from pathlib import Path

from sqlalchemy import update

from bot.delivery.outbox import publish_article
from bot.runtime import Parts
from bot.store.models import Brief
from tests.auxil.bot_harness import has_link, running_bot, write_config
from tests.auxil.delivery import SUMMARIES, add_article, add_subscribers, database
from tests.auxil.fake_bot_api import FakeBotAPI
from tests.auxil.http_servers import LocalHTTPServer
from tests.auxil.tiny_models import realworld_dir

ADMIN, ARABIC_READER, ENGLISH_READER = 1, 300, 400


async def test_latest_shows_withheld_briefs_as_sent_and_link_briefs_and_stats_count_them(
    tmp_path: Path, fake_bot_api: FakeBotAPI, bot_token: str, tiny_cache: Path
) -> None:
    story = (realworld_dir() / "texts" / "seed-cairo-truce-talks.txt").read_text("utf-8")
    paragraphs = "".join(f"<p>{html.escape(p)}</p>" for p in story.split("\n\n") if p.strip())
    page = tmp_path / "truce.html"  # a short article: the tiny model briefs it quickly
    page.write_text(
        "<html><head><title>Truce talks resume in Cairo</title></head>"
        f"<body><article><h1>Truce talks resume in Cairo</h1>{paragraphs}</article></body></html>"
    )
    config = write_config(
        tmp_path,
        fake_bot_api,
        admin_ids=[ADMIN],
        models_cache=tiny_cache,
        extra="[fetch]\nallow_private_networks = true\n",
    )
    with LocalHTTPServer() as site:
        link = site.add_file("/gaza.html", page, "text/html; charset=utf-8")
        async with running_bot(fake_bot_api, config, parts=Parts(jobs=True)) as bot:
            async with database(f"sqlite+aiosqlite:///{tmp_path / 'bot.db'}") as sessions:
                await add_subscribers(sessions, [ARABIC_READER], languages=["ar"])
                article = await add_article(sessions, 1, publish=False)  # from a feed
                async with sessions() as session, session.begin():  # its Arabic was withheld
                    await session.execute(
                        update(Brief)
                        .where(Brief.language == "ar")
                        .values(status="withheld", text=f"[1] {SUMMARIES['en']}")
                    )
                    await publish_article(session, article)
            [received] = await fake_bot_api.wait_for_messages(ARABIC_READER, 1, timeout=60)
            arabic = await bot.say(ARABIC_READER, "/latest", expect=2)

            await bot.say(ENGLISH_READER, link, until=has_link)
            english = await bot.say(ENGLISH_READER, "/latest", expect=3)
            [stats] = await bot.say(ADMIN, "/stats")

    _, withheld = arabic
    assert withheld.text == received.text  # the English brief with the note, as it was sent
    assert "Talks on a ceasefire" in received.plain
    _, from_link, from_feed = english  # newest first: the link's brief joined the list
    assert f'href="{link}"' in from_link.text
    assert "wire.example/story/1" in from_feed.text
    assert "Briefs today: 2 (from links users sent: 1)" in stats.plain
