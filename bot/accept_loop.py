"""Accepting connections on a listening socket without spinning when descriptors run out.

tornado's ``netutil.add_accept_handler`` lets any ``OSError`` from ``accept()`` other than
"would block" and "aborted" escape to the event loop, which logs it and keeps the handler.
The listening socket is still readable (the connection is still queued), so the loop
calls the handler again at once: with the process out of file descriptors (EMFILE) that is
a busy loop, one traceback per turn, for as long as the shortage lasts, and the bot's
other work (polling the Bot API, sending briefs) starves beside it.

``PausingAcceptor`` accepts the same way, but on running out of descriptors or socket
memory it stops watching the socket, logs one WARNING line, and watches it again after a
pause; queued connections wait in the kernel's backlog meanwhile, none is lost by us.
"""

from __future__ import annotations

import errno
import logging
import resource
import socket
from collections.abc import Callable
from typing import Any

import tornado.ioloop

log = logging.getLogger(__name__)

#: accept() failures that mean "not now" rather than "never": the process or the system is
#: out of descriptors, or the kernel out of socket memory.
OUT_OF_RESOURCES = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOBUFS, errno.ENOMEM})
#: How many connections one readiness event accepts before yielding to the loop (tornado's
#: own bound, its default listen backlog).
_BATCH = 128


def descriptor_limit() -> int:
    """The process's soft limit on open file descriptors (a large number when unlimited)."""
    soft, _ = resource.getrlimit(resource.RLIMIT_NOFILE)
    return soft if soft != resource.RLIM_INFINITY else 1 << 20


class PausingAcceptor:
    """Calls ``on_connection(connection, address)`` for each connection on ``sock``."""

    def __init__(
        self,
        sock: socket.socket,
        on_connection: Callable[[socket.socket, Any], None],
        *,
        pause_seconds: float,
        name: str,
    ) -> None:
        self._sock = sock
        self._on_connection = on_connection
        self._pause_seconds = pause_seconds
        self._name = name
        self._loop = tornado.ioloop.IOLoop.current()
        self._resume_timer: object | None = None
        self._stopped = False
        self._loop.add_handler(sock, self._accept, tornado.ioloop.IOLoop.READ)

    def stop(self) -> None:
        """Stop accepting for good (the socket is the caller's to close)."""
        if self._stopped:
            return
        self._stopped = True
        if self._resume_timer is not None:
            self._loop.remove_timeout(self._resume_timer)
            self._resume_timer = None
        else:
            self._loop.remove_handler(self._sock)

    def _accept(self, fd: object, events: int) -> None:
        for _ in range(_BATCH):
            if self._stopped or self._resume_timer is not None:
                return
            try:
                connection, address = self._sock.accept()
            except BlockingIOError:
                return  # every queued connection is taken
            except ConnectionAbortedError:
                continue  # closed by the client while still queued
            except OSError as error:
                if error.errno not in OUT_OF_RESOURCES:
                    raise
                self._pause(error)
                return
            self._on_connection(connection, address)

    def _pause(self, error: OSError) -> None:
        log.warning(
            "%s: cannot accept connections (%s); accepting again in %g s",
            self._name,
            error.strerror or errno.errorcode.get(error.errno or 0, "error"),
            self._pause_seconds,
        )
        self._loop.remove_handler(self._sock)
        self._resume_timer = self._loop.call_later(self._pause_seconds, self._resume)

    def _resume(self) -> None:
        self._resume_timer = None
        if not self._stopped:
            self._loop.add_handler(self._sock, self._accept, tornado.ioloop.IOLoop.READ)
