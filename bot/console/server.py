"""The console's HTTP server: uvicorn on the bot's own event loop, at ``console.listen``.

The bot owns the process's signals (PTB stops on SIGINT/SIGTERM and then closes the
runtime, which stops this server), so uvicorn is told to leave them alone.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import socket
from collections.abc import Iterator
from dataclasses import dataclass

import uvicorn

from bot.console.app import ConsoleContext, create_app
from bot.settings import split_host_port

log = logging.getLogger(__name__)


class _QuietServer(uvicorn.Server):
    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield  # the bot handles signals and stops us itself


@dataclass
class ConsoleServer:
    """A running console: where it listens, and how to stop it."""

    host: str
    port: int
    _server: uvicorn.Server
    _task: asyncio.Task[None]

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def stop(self) -> None:
        self._server.should_exit = True
        await self._task


async def start_console(listen: str, ctx: ConsoleContext) -> ConsoleServer:
    """Serve the console at ``listen`` (port 0: a free one) until ``stop``."""
    host, port = split_host_port(listen)
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.set_inheritable(True)
    bound = sock.getsockname()[1]
    config = uvicorn.Config(
        create_app(ctx),
        log_level="warning",
        access_log=False,
        lifespan="off",
        proxy_headers=False,
        server_header=False,
    )
    server = _QuietServer(config)
    task = asyncio.create_task(server.serve(sockets=[sock]), name="triglot-console")
    while not server.started:
        if task.done():
            task.result()  # raises what stopped it
            raise RuntimeError("the console server stopped at once")
        await asyncio.sleep(0.01)
    log.info("web console on http://%s:%d", host, bound)
    return ConsoleServer(host, bound, server, task)
