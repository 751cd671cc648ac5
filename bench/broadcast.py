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
from dataclasses import dataclass
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


@dataclass
class Tally:
    span: float  # seconds between the first and the last message the server accepted
    messages: int
    duplicates: int
    losses: int
    peak: int  # most messages the server accepted within any one second


def tally(api: RemoteFakeBotAPI, chats: list[int]) -> Tally:
    sent = [m for m in api.sent() if m["method"] == "sendMessage"]
    per_chat = Counter(int(m["chat_id"]) for m in sent)
    times = sorted(m["ts"] for m in sent)
    peak, start = 0, 0
    for end, t in enumerate(times):
        while t - times[start] >= 1.0:
            start += 1
        peak = max(peak, end - start + 1)
    return Tally(
        span=times[-1] - times[0] if len(times) > 1 else 0.0,
        messages=len(sent),
        duplicates=sum(n - 1 for n in per_chat.values() if n > 1),
        losses=sum(1 for chat in chats if per_chat[chat] == 0),
        peak=peak,
    )


def figures(name: str, counted: Tally, wall: float, limit: float | None) -> dict[str, Any]:
    rate = (counted.messages - 1) / counted.span if counted.span else 0.0
    return {
        "name": name,
        "messages": counted.messages,
        "rate": rate,
        "wall_rate": counted.messages / wall,
        "of_limit": rate / limit if limit else None,
        "peak": counted.peak,
        "duplicates": counted.duplicates,
        "losses": counted.losses,
    }


async def run_sender(
    api: RemoteFakeBotAPI, workdir: Path, n: int, rate: float, kind: str, in_flight: int
) -> dict[str, Any]:
    api.clear()
    url = f"sqlite+aiosqlite:///{workdir / f'sender-{kind}-{int(rate)}.db'}"
    async with database(url) as sessions:
        chats = await add_subscribers(sessions, range(FIRST_CHAT, FIRST_CHAT + n))
        await add_article(sessions)
        settings = DeliverySettings(messages_per_second=rate, max_in_flight=in_flight)
        transport = await make_transport(kind, api.base_url, in_flight)
        sender = Sender(settings, sessions, transport)
        cpu, started = cpu_seconds(), time.monotonic()
        await sender.run(0.05, until_empty=True)
        wall, cpu = time.monotonic() - started, cpu_seconds() - cpu
        await transport.close()
    result = figures(f"sender, {kind}, limit {rate:g}/s", tally(api, chats), wall, rate)
    result["cpu_ms"] = 1000 * cpu / max(result["messages"], 1)
    return result


def cpu_seconds() -> float:
    """CPU time of this process (all its threads), user and system."""
    times = os.times()
    return times.user + times.system


async def run_baseline(api: RemoteFakeBotAPI, workdir: Path, n: int) -> dict[str, Any]:
    """Naive loop: for each row, send (PTB), await, commit; no concurrency, no limiter."""
    api.clear()
    url = f"sqlite+aiosqlite:///{workdir / 'baseline.db'}"
    async with database(url) as sessions:
        chats = await add_subscribers(sessions, range(FIRST_CHAT, FIRST_CHAT + n))
        await add_article(sessions)
        renderer = MessageRenderer(sessions)
        from telegram import Bot

        bot = Bot(TOKEN, base_url=api.base_url)
        await bot.initialize()
        async with sessions() as session:
            rows = (
                await session.execute(select(Delivery.id, Delivery.chat_id, Delivery.brief_id))
            ).all()
        from bot.delivery.outbox import Claimed

        cpu, started = cpu_seconds(), time.monotonic()
        for row in rows:
            claimed = Claimed((row.id,), row.chat_id, 0, (row.brief_id,), 0)
            (text,) = await renderer.messages(claimed)
            message = await bot.send_message(row.chat_id, text, parse_mode="HTML")
            async with sessions() as session, session.begin():
                await session.execute(
                    update(Delivery)
                    .where(Delivery.id == row.id)
                    .values(status="sent", message_id=message.message_id)
                )
        wall, cpu = time.monotonic() - started, cpu_seconds() - cpu
        await bot.shutdown()
    result = figures("baseline: sequential send+commit loop, ptb", tally(api, chats), wall, None)
    result["cpu_ms"] = 1000 * cpu / max(result["messages"], 1)
    return result


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
    print(f"machine: {machine()}, load average {os.getloadavg()[0]:.1f} at start")
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
        f"{r['name']:<44} {r['messages']:>6} msgs {r['rate']:7.1f} msg/s ({share}), "
        f"wall {r['wall_rate']:6.1f} msg/s, peak {r['peak']}/s, "
        f"sender CPU {r['cpu_ms']:.2f} ms/msg, "
        f"duplicates {r['duplicates']}, losses {r['losses']}",
        flush=True,
    )


if __name__ == "__main__":
    asyncio.run(main())
