"""``triglot run`` as an operator runs it: a process that serves until SIGTERM."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

from tests.auxil.bot_harness import TEST_TOKEN, write_config
from tests.auxil.cli import REPO_ROOT, TRIGLOT, run_triglot
from tests.auxil.fake_bot_api import FakeBotAPI


async def test_run_serves_until_sigterm(tmp_path: Path) -> None:
    api = FakeBotAPI().start_in_thread()
    try:
        config = write_config(tmp_path, api)
        env = {k: v for k, v in os.environ.items() if not k.startswith("TRIGLOT_")}
        env["TRIGLOT_TELEGRAM_TOKEN"] = TEST_TOKEN
        process = subprocess.Popen(
            [str(TRIGLOT), "run", "--config", str(config)],
            env=env,
            cwd=REPO_ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        api.send_user_message(500, "/start", language_code="he")
        [welcome] = await api.wait_for_messages(500, 1, timeout=120)
        process.send_signal(signal.SIGTERM)
        output, _ = process.communicate(timeout=60)
    finally:
        api.stop_thread()
    assert "ברוכים הבאים" in welcome.plain
    assert process.returncode == 0, output
    assert TEST_TOKEN not in output  # the token never reaches the log


def test_run_without_token_says_so(tmp_path: Path) -> None:
    config = tmp_path / "triglot.toml"
    config.write_text("[telegram]\n")
    result = run_triglot("run", "--config", str(config))
    assert result.returncode == 2
    assert "TRIGLOT_TELEGRAM_TOKEN" in result.stderr
