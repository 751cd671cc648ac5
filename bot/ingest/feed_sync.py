"""The ``feeds`` table made to follow the ``[[feeds]]`` of the configuration."""

from __future__ import annotations

import hashlib
import json

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.settings import TriglotConfig
from bot.store.db import lock_for_writing
from bot.store.models import Feed, RuntimeState

#: RuntimeState key: digest of the ``[[feeds]]`` last synced into the feeds table.
CONFIG_FEEDS_STATE = "ingest.config_feeds_sha256"


async def sync_config_feeds(
    config: TriglotConfig, session_factory: async_sessionmaker[AsyncSession]
) -> bool:
    """Make the ``feeds`` table follow ``[[feeds]]``; True when anything was synced.

    Only when ``[[feeds]]`` changed since the last sync (a digest is kept in
    ``runtime_state``): new feeds are added, changed ones updated and re-enabled, removed
    ones disabled. Between config changes, what operators did (``/removefeed`` disabling
    a config feed, ``/addfeed``) stays as they left it.
    """
    payload = json.dumps([f.model_dump(mode="json") for f in config.feeds], sort_keys=True)
    digest = hashlib.sha256(payload.encode()).hexdigest()
    wanted = {f.url: f for f in config.feeds}
    async with session_factory() as session, session.begin():
        # Two processes starting at once would both add the new feeds: one at a time.
        await lock_for_writing(await session.connection(), CONFIG_FEEDS_STATE)
        state = await session.get(RuntimeState, CONFIG_FEEDS_STATE)
        if state is not None and state.value == digest:
            return False
        existing = {f.url: f for f in (await session.scalars(select(Feed))).all()}
        for url, settings in wanted.items():
            feed = existing.get(url)
            if feed is None:
                session.add(
                    Feed(
                        name=settings.name,
                        url=url,
                        language=settings.language,
                        always_relevant=settings.always_relevant,
                        origin="config",
                        enabled=True,
                        consecutive_failures=0,
                        healthy=True,
                    )
                )
                continue
            feed.name = settings.name
            feed.language = settings.language
            feed.always_relevant = settings.always_relevant
            feed.origin = "config"
            feed.enabled = True
        for url, feed in existing.items():
            if feed.origin == "config" and url not in wanted and feed.enabled:
                feed.enabled = False
        if state is None:
            session.add(RuntimeState(key=CONFIG_FEEDS_STATE, value=digest))
        else:
            state.value = digest
    return True
