"""The webhook server in a process that runs out of file descriptors, for
``tests/test_webhook_descriptors.py``; run as ``python -m tests.auxil.webhook_fd_limit``.

It serves on a free port with a low descriptor limit, prints ``port N``, then takes every
descriptor left (``/dev/null``) and prints ``full``; a connection that arrives now cannot
be accepted (EMFILE). A line ``free`` on stdin gives the descriptors back; end of stdin
stops the server. Everything is logged to stderr.
"""

from __future__ import annotations

import asyncio
import logging
import os
import resource
import sys

from telegram.ext import ApplicationBuilder

from bot import webhook

DESCRIPTOR_LIMIT = 64


def _take_every_descriptor() -> list[int]:
    taken = []
    while True:
        try:
            taken.append(os.open(os.devnull, os.O_RDONLY))
        except OSError:
            return taken


async def main() -> None:
    resource.setrlimit(resource.RLIMIT_NOFILE, (DESCRIPTOR_LIMIT, DESCRIPTOR_LIMIT))
    logging.basicConfig(stream=sys.stderr, level=logging.INFO, format="%(levelname)s %(message)s")
    webhook.ACCEPT_PAUSE_SECONDS = 0.2
    application = ApplicationBuilder().token("123:test").updater(None).build()
    server = await webhook.start_webhook_server(
        application, host="127.0.0.1", port=0, url_path="hook", secret="s"
    )
    print(f"port {server.port}", flush=True)
    loop = asyncio.get_running_loop()
    taken = _take_every_descriptor()
    print("full", flush=True)
    while line := await loop.run_in_executor(None, sys.stdin.readline):
        if line.strip() == "free":
            for fd in taken:
                os.close(fd)
            taken = []
            print("freed", flush=True)
    await server.stop()


if __name__ == "__main__":
    asyncio.run(main())
