"""The sender as a process of its own: ``python -m bot.delivery [--config PATH]``.

The bot runs the sender inside itself (``bot.jobs``); this entry point is for running it
apart (a second machine, the crash tests, ``bench/broadcast.py``). Only one sender works
on a database at a time (``bot.delivery.lease``): started beside a live one, it waits for
that one's lease to end. SIGTERM and Ctrl-C stop it cleanly: messages in flight finish,
claimed ones go back to the queue. With ``--until-empty`` it exits once nothing is left to
send, printing one JSON line of counters.
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import signal
import time

from bot.config_loader import TOKEN_ENV, load_config
from bot.delivery.sender import Sender
from bot.delivery.transport import HttpxTransport, PTBTransport, Transport
from bot.logging_setup import setup_logging
from bot.settings import TriglotConfig
from bot.store.db import create_engine, session_factory
from bot.store.migrate import upgrade


async def make_transport(config: TriglotConfig, kind: str) -> Transport:
    """The Bot API client the sender uses: ``ptb`` (python-telegram-bot) or ``httpx``."""
    token = config.telegram.token.get_secret_value() if config.telegram.token else ""
    if not token:
        raise SystemExit(f"error: the bot token is missing: set {TOKEN_ENV}")
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


async def run(config: TriglotConfig, transport_kind: str, until_empty: bool) -> dict[str, float]:
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


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(
        prog="python -m bot.delivery", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--config", default=None, help="config file (default: $TRIGLOT_CONFIG)")
    parser.add_argument("--transport", choices=("ptb", "httpx"), default="ptb")
    parser.add_argument("--until-empty", action="store_true", help="exit when nothing is left")
    args = parser.parse_args(argv)
    config = load_config(args.config)
    setup_logging(config.logging.level, config.logging.format, config.secrets())
    with contextlib.suppress(KeyboardInterrupt):
        counters = asyncio.run(run(config, args.transport, args.until_empty))
        print(json.dumps(counters), flush=True)


if __name__ == "__main__":
    main()
