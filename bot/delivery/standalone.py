"""The sender as a process of its own (``triglot send``, ``bot.cli.send_cmd``).

The bot runs the sender inside itself (``bot.jobs``); this is for running it apart (a
second machine, the crash tests). Only one sender works on a database at a time
(``bot.delivery.lease``): started beside a live one, it waits for that one's lease to end.
SIGTERM and Ctrl-C stop it cleanly: messages in flight finish, claimed ones go back to the
queue. With ``until_empty`` it returns once nothing is left to send.
"""

from __future__ import annotations

import asyncio
import signal
import time

from bot.config_loader import TOKEN_ENV
from bot.delivery.sender import Sender
from bot.delivery.transport import HttpxTransport, PTBTransport, Transport
from bot.settings import TriglotConfig
from bot.store.db import create_engine, session_factory
from bot.store.migrate import upgrade


async def make_transport(config: TriglotConfig, kind: str) -> Transport:
    """The Bot API client the sender uses: ``ptb`` (python-telegram-bot) or ``httpx``."""
    token = config.telegram.token.get_secret_value() if config.telegram.token else ""
    if not token:
        raise ValueError(f"the bot token is missing: set {TOKEN_ENV}")
    settings = config.delivery
    if kind == "httpx":
        return HttpxTransport(
            config.telegram.api_base_url,
            token,
            connections=settings.max_in_flight,
            timeout=settings.request_timeout_seconds,
            disable_link_previews=settings.disable_link_previews,
        )
    return await PTBTransport.connect(
        token,
        config.telegram.api_base_url,
        connections=settings.max_in_flight,
        timeout=settings.request_timeout_seconds,
        disable_link_previews=settings.disable_link_previews,
    )


async def run_sender(
    config: TriglotConfig, transport_kind: str, until_empty: bool
) -> dict[str, float]:
    """Migrate, then send until stopped (or, with ``until_empty``, until nothing is left);
    returns the sender's counters and the seconds it ran."""
    await upgrade(config.database.url)
    engine = create_engine(config.database.url)
    transport = await make_transport(config, transport_kind)
    sender = Sender(config.delivery, session_factory(engine), transport)
    loop = asyncio.get_running_loop()
    for signum in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(signum, sender.request_stop)
    started = time.monotonic()
    try:
        await sender.run(config.schedule.send_interval_seconds, until_empty=until_empty)
    finally:
        await sender.close()
        await engine.dispose()
    elapsed = time.monotonic() - started
    counters = sender.counters
    return {
        "sent": counters.sent,
        "failed": counters.failed,
        "retried": counters.retried,
        "flood_waits": counters.flood_waits,
        "deactivated": counters.deactivated,
        "recovered": counters.recovered,
        "seconds": round(elapsed, 3),
    }
