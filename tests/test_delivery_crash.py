"""A sender process killed with SIGKILL mid-broadcast, then restarted, completes the
broadcast: nobody is missed, and only chats whose message was in flight at the kill may
get it twice (the documented one-in-flight-per-chat rule)."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import time
from collections import Counter
from pathlib import Path

from tests.auxil.cli import TRIGLOT
from tests.auxil.delivery import TOKEN, add_article, add_subscribers, database
from tests.auxil.fake_bot_api import spawn_fake_bot_api

REPO = Path(__file__).resolve().parents[1]
SUBSCRIBERS = 1000


def sender_process(config: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "TRIGLOT_TELEGRAM_TOKEN": TOKEN}
    return subprocess.Popen(
        [str(TRIGLOT), "send", "--config", str(config), "--until-empty"],
        cwd=REPO,
        env=env,
        stdout=subprocess.PIPE,
        text=True,
    )


def count_rows(path: Path, sql: str) -> list[tuple]:
    with sqlite3.connect(path, timeout=30) as conn:
        return conn.execute(sql).fetchall()


async def test_a_sender_killed_mid_broadcast_and_restarted_loses_nothing(tmp_path: Path):
    db_file = tmp_path / "triglot.db"
    log_file = tmp_path / "telegram.db"
    async with database(f"sqlite+aiosqlite:///{db_file}") as sessions:
        chats = await add_subscribers(sessions, range(1, SUBSCRIBERS + 1))
        await add_article(sessions)
    api = spawn_fake_bot_api(db_path=str(log_file), latency=0.02)
    config = tmp_path / "triglot.toml"
    config.write_text(
        f'[telegram]\napi_base_url = "{api.base_url}"\n'
        f'[database]\nurl = "sqlite+aiosqlite:///{db_file}"\n'
        "[delivery]\nmessages_per_second = 300\nmax_in_flight = 32\nsender_lease_seconds = 2\n"
        '[logging]\nlevel = "WARNING"\n',
        encoding="utf-8",
    )
    try:
        first = sender_process(config)
        delivered_at_kill = 0
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:  # kill it about a third of the way through
            if log_file.exists():
                delivered_at_kill = count_rows(log_file, "SELECT count(*) FROM messages")[0][0]
                if delivered_at_kill >= SUBSCRIBERS // 3:
                    break
            time.sleep(0.02)
        first.send_signal(signal.SIGKILL)
        first.wait(10)
        in_flight = {
            chat
            for (chat,) in count_rows(
                db_file, "SELECT chat_id FROM deliveries WHERE status = 'sending'"
            )
        }
        assert SUBSCRIBERS // 3 <= delivered_at_kill < SUBSCRIBERS

        second = sender_process(config)
        out, _ = second.communicate(timeout=120)
        assert second.returncode == 0
        counters = json.loads(out.strip().splitlines()[-1])
    finally:
        api.close()

    assert counters["recovered"] == len(in_flight)
    per_chat = Counter(
        int(chat) for (chat,) in count_rows(log_file, "SELECT chat_id FROM messages")
    )
    assert [chat for chat in chats if per_chat[chat] == 0] == []  # no loss
    repeated = {chat for chat, n in per_chat.items() if n > 1}
    assert repeated <= in_flight  # only a message in flight at the kill may repeat...
    assert max(per_chat.values()) <= 2  # ...and only once
    assert count_rows(db_file, "SELECT status, count(*) FROM deliveries GROUP BY status") == [
        ("sent", SUBSCRIBERS)
    ]
