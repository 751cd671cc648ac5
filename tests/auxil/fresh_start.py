"""What a Triglot process does first on its database, for races between processes.

    python -m tests.auxil.fresh_start DATABASE_URL FEEDS

migrates the database and syncs ``FEEDS`` config feeds into it, as ``triglot run`` and
``triglot fetch-once`` do at start, then prints ``ok``. It prints ``ready`` once its imports
are done and waits for a line on stdin, so that a test can start several at the same time.
"""

from __future__ import annotations

import asyncio
import sys


async def fresh_start(url: str, feeds: int) -> None:
    from bot.ingest.feed_sync import sync_config_feeds
    from bot.settings import TriglotConfig
    from bot.store.db import create_engine, session_factory
    from bot.store.migrate import upgrade

    await upgrade(url)
    config = TriglotConfig.model_validate(
        {
            "database": {"url": url},
            "feeds": [
                {"name": f"Feed {i}", "url": f"https://news.example/{i}.xml"} for i in range(feeds)
            ],
        }
    )
    engine = create_engine(url)
    try:
        await sync_config_feeds(config, session_factory(engine))
    finally:
        await engine.dispose()


if __name__ == "__main__":
    # The slow imports, before the start line.
    import bot.ingest.feed_sync
    import bot.store.migrate  # noqa: F401

    print("ready", flush=True)
    sys.stdin.readline()
    asyncio.run(fresh_start(sys.argv[1], int(sys.argv[2])))
    print("ok")
