"""Briefs cached in the database: the same text is never summarised twice, across restarts."""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from pathlib import Path

from sqlalchemy import func, select

from bot.brief_cache import DatabaseBriefCache
from bot.store import create_engine, session_factory
from bot.store.models import CachedBrief
from summarizer import Summarizer
from summarizer.settings import GuardSettings, ModelSettings
from tests.auxil.tiny_models import realworld_article

LEXICONS = GuardSettings(lexicon_dir=Path(__file__).resolve().parents[1] / "config" / "lexicon")


async def test_a_new_process_takes_the_brief_from_the_database(
    database_url: str, tiny_settings: Callable[..., ModelSettings]
) -> None:
    text = realworld_article("texts/seed-cairo-truce-talks.txt")
    engine = create_engine(database_url)
    sessions = session_factory(engine)
    loop = asyncio.get_running_loop()

    def brief_in_a_fresh_summarizer() -> tuple[bool, str]:
        # A new Summarizer has an empty memory cache, like a restarted bot.
        summarizer = Summarizer.from_settings(
            tiny_settings("ctranslate2"), LEXICONS, cache=DatabaseBriefCache(sessions, loop)
        )
        brief = summarizer.brief(text, targets=("en", "ar"))
        return brief.cached, brief.texts["en"].text

    first_cached, first_text = await asyncio.to_thread(brief_in_a_fresh_summarizer)
    second_cached, second_text = await asyncio.to_thread(brief_in_a_fresh_summarizer)
    async with sessions() as session:
        rows = await session.scalar(select(func.count()).select_from(CachedBrief))
    await engine.dispose()
    assert (first_cached, second_cached) == (False, True)
    assert second_text == first_text and first_text.strip()
    assert rows == 1


async def test_a_database_that_is_gone_only_costs_the_cache(
    tmp_path: Path, tiny_settings: Callable[..., ModelSettings]
) -> None:
    engine = create_engine(f"sqlite+aiosqlite:///{tmp_path / 'never-migrated.db'}")
    cache = DatabaseBriefCache(session_factory(engine), asyncio.get_running_loop())
    summarizer = Summarizer.from_settings(tiny_settings("ctranslate2"), LEXICONS, cache=cache)
    brief = await asyncio.to_thread(summarizer.brief, "Talks resumed in Cairo on Monday.")
    await engine.dispose()
    assert brief.texts["en"].status in {"ok", "repaired", "fallback", "withheld"}
    assert not brief.cached
