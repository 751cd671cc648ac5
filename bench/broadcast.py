"""Broadcast benchmark: one brief to N subscribers through a fake Bot API with latency.

    .venv/bin/python -m bench.broadcast [--subscribers 10000] [--latency 0.02]
        [--rates 30,1000] [--transports ptb,httpx] [--baseline 1000]

The fake Bot API (tests/auxil/fake_bot_api.py) runs as a separate process, as Telegram
would be; the sender runs in this process on a fresh SQLite file. For each rate limit and
transport it prints messages per second (between the first and last message the server
accepted, and wall time including claims and commits), the share of the limit reached,
duplicates and losses. The baseline is the obvious loop: send to one subscriber, wait for
the answer, commit, next (python-telegram-bot, no concurrency), timed on --baseline
subscribers.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from sqlalchemy import select, update

from bot.delivery.render import MessageRenderer
from bot.delivery.sender import Sender
from bot.delivery.transport import HttpxTransport, PTBTransport, Transport
from bot.settings import DeliverySettings
from bot.store.models import Delivery
from tests.auxil.delivery import TOKEN, add_article, add_subscribers, database
from tests.auxil.fake_bot_api import RemoteFakeBotAPI, spawn_fake_bot_api

FIRST_CHAT = 10_000_000


async def make_transport(kind: str, base_url: str, connections: int) -> Transport:
    if kind == "httpx":
        return HttpxTransport(base_url, TOKEN, connections=connections)
    return await PTBTransport.connect(TOKEN, base_url, connections=connections)


def tally(api: RemoteFakeBotAPI, chats: list[int]) -> tuple[float, int, int, int]:
    """(server-side seconds first→last, messages, duplicates, losses) for ``chats``."""
    sent = [m for m in api.sent() if m["method"] == "sendMessage"]
    per_chat = Counter(int(m["chat_id"]) for m in sent)
    duplicates = sum(n - 1 for n in per_chat.values() if n > 1)
    losses = sum(1 for chat in chats if per_chat[chat] == 0)
    times = sorted(m["ts"] for m in sent)
    span = times[-1] - times[0] if len(times) > 1 else 0.0
    return span, len(sent), duplicates, losses


async def run_sender(
    api: RemoteFakeBotAPI, workdir: Path, n: int, rate: float, kind: str, in_flight: int
) -> dict[str, Any]:
    api.clear()
    url = f"sqlite+aiosqlite:///{workdir / f'sender-{kind}-{int(rate)}.db'}"
    async with database(url) as sf:
        chats = await add_subscribers(sf, range(FIRST_CHAT, FIRST_CHAT + n))
        await add_article(sf)
        settings = DeliverySettings(messages_per_second=rate, max_in_flight=in_flight)
        transport = await make_transport(kind, api.base_url, in_flight)
        sender = Sender(settings, sf, transport)
        started = time.monotonic()
        await sender.run(0.05, until_empty=True)
        wall = time.monotonic() - started
        await transport.close()
    span, messages, duplicates, losses = tally(api, chats)
    server_rate = (messages - 1) / span if span else 0.0
    return {
        "name": f"sender, {kind}, limit {rate:g}/s",
        "messages": messages,
        "rate": server_rate,
        "wall_rate": messages / wall,
        "of_limit": server_rate / rate,
        "duplicates": duplicates,
        "losses": losses,
    }


async def run_baseline(api: RemoteFakeBotAPI, workdir: Path, n: int) -> dict[str, Any]:
    """Naive loop: for each row, send (PTB), await, commit; no concurrency, no limiter."""
    api.clear()
    url = f"sqlite+aiosqlite:///{workdir / 'baseline.db'}"
    async with database(url) as sf:
        chats = await add_subscribers(sf, range(FIRST_CHAT, FIRST_CHAT + n))
        await add_article(sf)
        renderer = MessageRenderer(sf)
        from telegram import Bot

        bot = Bot(TOKEN, base_url=api.base_url)
        await bot.initialize()
        async with sf() as session:
            rows = (
                await session.execute(select(Delivery.id, Delivery.chat_id, Delivery.brief_id))
            ).all()
        from bot.delivery.outbox import Claimed

        started = time.monotonic()
        for row in rows:
            claimed = Claimed((row.id,), row.chat_id, 0, (row.brief_id,), 0)
            (text,) = await renderer.messages(claimed)
            message = await bot.send_message(row.chat_id, text, parse_mode="HTML")
            async with sf() as session, session.begin():
                await session.execute(
                    update(Delivery)
                    .where(Delivery.id == row.id)
                    .values(status="sent", message_id=message.message_id)
                )
        wall = time.monotonic() - started
        await bot.shutdown()
    span, messages, duplicates, losses = tally(api, chats)
    return {
        "name": "baseline: sequential send+commit loop, ptb, no limit",
        "messages": messages,
        "rate": (messages - 1) / span if span else 0.0,
        "wall_rate": messages / wall,
        "of_limit": None,
        "duplicates": duplicates,
        "losses": losses,
    }


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    return f"{cpu}, {os.cpu_count()} CPUs, Python {platform.python_version()}"


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--subscribers", type=int, default=10_000)
    parser.add_argument("--latency", type=float, default=0.02)
    parser.add_argument("--rates", default="30,1000")
    parser.add_argument("--transports", default="ptb,httpx")
    parser.add_argument("--in-flight", type=int, default=64)
    parser.add_argument("--baseline", type=int, default=1000, help="subscribers for the baseline")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    print(f"fake Bot API in a separate process, {args.latency * 1000:.0f} ms per request")
    api = spawn_fake_bot_api(latency=args.latency)
    results = []
    try:
        with tempfile.TemporaryDirectory() as tmp:
            workdir = Path(tmp)
            if args.baseline:
                results.append(await run_baseline(api, workdir, args.baseline))
                print_row(results[-1])
            for rate in (float(r) for r in args.rates.split(",")):
                for kind in args.transports.split(","):
                    results.append(
                        await run_sender(api, workdir, args.subscribers, rate, kind, args.in_flight)
                    )
                    print_row(results[-1])
    finally:
        api.close()


def print_row(r: dict[str, Any]) -> None:
    share = f"{r['of_limit']:.1%} of limit" if r["of_limit"] is not None else "no limit"
    print(
        f"{r['name']:<52} {r['messages']:>6} msgs  {r['rate']:7.1f} msg/s ({share}), "
        f"wall {r['wall_rate']:7.1f} msg/s, duplicates {r['duplicates']}, losses {r['losses']}",
        flush=True,
    )


if __name__ == "__main__":
    asyncio.run(main())
