"""A webhook server whose process runs out of file descriptors pauses and recovers.

When every descriptor is taken (by a flood, a leak elsewhere, or a low ``ulimit -n``),
``accept()`` fails with EMFILE while the connection stays queued. tornado's own accept
loop then raises on every turn of the event loop, a busy loop of tracebacks that starves
the bot. The server must instead log that it cannot accept, wait, and serve the queued
connection once descriptors are free again. The server runs in its own process
(``tests/auxil/webhook_fd_limit.py``) so that the limit it lowers is not pytest's.
"""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

from bot.webhook import connection_cap

REPO = Path(__file__).resolve().parents[1]
GUARD_SECONDS = 60.0  # a guard against hanging, never a speed requirement
PAUSE_LINE = "WARNING webhook: cannot accept connections (Too many open files)"


def _wait_for(path: Path, text: str) -> None:
    deadline = time.monotonic() + GUARD_SECONDS
    while text not in path.read_text(encoding="utf-8"):
        assert time.monotonic() < deadline, path.read_text(encoding="utf-8")
        time.sleep(0.05)


def test_out_of_descriptors_the_server_pauses_without_spinning_and_then_serves(
    tmp_path: Path,
) -> None:
    log = tmp_path / "server.log"
    with log.open("w") as stderr:
        server = subprocess.Popen(
            [sys.executable, "-m", "tests.auxil.webhook_fd_limit"],
            cwd=REPO,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        )
    assert server.stdin is not None and server.stdout is not None
    try:
        port = int(server.stdout.readline().split()[1])
        assert server.stdout.readline().strip() == "full"
        with socket.create_connection(("127.0.0.1", port), timeout=GUARD_SECONDS) as client:
            client.sendall(b"GET /hook HTTP/1.1\r\nHost: bot\r\n\r\n")
            _wait_for(log, PAUSE_LINE)
            time.sleep(0.5)  # time in which a busy loop would log hundreds of tracebacks
            server.stdin.write("free\n")
            server.stdin.flush()
            answer = client.recv(1024)
    finally:
        server.stdin.close()
        server.wait(GUARD_SECONDS)
    lines = log.read_text(encoding="utf-8")
    assert answer.startswith(b"HTTP/1.1 405"), lines
    assert "Traceback" not in lines and "Exception in callback" not in lines, lines[:3000]
    assert lines.count(PAUSE_LINE) >= 1


def test_the_connection_cap_leaves_half_the_descriptors_to_the_rest_of_the_bot() -> None:
    """With macOS's default limit of 256 descriptors, 256 held connections would leave the
    Bot API client and the database none."""
    import resource

    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    try:
        resource.setrlimit(resource.RLIMIT_NOFILE, (256, hard))
        assert connection_cap() == 128
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))
