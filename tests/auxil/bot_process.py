"""``triglot run`` in a process of its own, as an operator runs it: for the tests that
stop it with SIGTERM or kill it with SIGKILL and start it again."""

from __future__ import annotations

import os
import signal
import subprocess
from pathlib import Path

from tests.auxil.bot_harness import TEST_TOKEN
from tests.auxil.cli import REPO_ROOT, TRIGLOT


def start_bot(config: Path) -> subprocess.Popen[str]:
    """``triglot run --config CONFIG`` in a process of its own, output captured."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("TRIGLOT_")}
    env["TRIGLOT_TELEGRAM_TOKEN"] = TEST_TOKEN
    return subprocess.Popen(
        [str(TRIGLOT), "run", "--config", str(config)],
        env=env,
        cwd=REPO_ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def stop_bot(process: subprocess.Popen[str]) -> str:
    """SIGTERM, as an operator's service manager sends it; the process's whole output."""
    process.send_signal(signal.SIGTERM)
    output, _ = process.communicate(timeout=60)
    assert process.returncode == 0, output
    return output


def kill_bot(process: subprocess.Popen[str]) -> None:
    """SIGKILL: no shutdown at all, as when the machine loses power."""
    process.send_signal(signal.SIGKILL)
    process.communicate(timeout=60)
