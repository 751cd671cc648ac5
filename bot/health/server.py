"""The tornado server that answers ``/healthz`` and ``/metrics`` at ``metrics.listen``."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass

import tornado.httpserver
import tornado.netutil
import tornado.web

from bot import metrics
from bot.health.checks import HealthProbe, HealthStatus, SessionFactory
from bot.settings import TriglotConfig, split_host_port

log = logging.getLogger(__name__)


class _HealthzHandler(tornado.web.RequestHandler):
    def initialize(self, probe: HealthProbe) -> None:
        self.probe = probe

    async def get(self) -> None:
        healthy, body = await self.probe.report()
        self.set_status(200 if healthy else 503)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.set_header("Cache-Control", "no-store")
        self.finish(json.dumps(body))


class _MetricsHandler(tornado.web.RequestHandler):
    def initialize(self, probe: HealthProbe) -> None:
        self.probe = probe

    async def get(self) -> None:
        await self.probe.database_check()  # refresh outbox depth and failing feeds
        if self.probe.status.broker_check is not None:
            await self.probe.status.broker_check()  # refresh the queue lengths
        payload, content_type = metrics.render()
        self.set_header("Content-Type", content_type)
        self.set_header("Cache-Control", "no-store")
        self.finish(payload)


def _log_request(handler: tornado.web.RequestHandler) -> None:
    # Scrapes and health probes come every few seconds: keep them out of the INFO log.
    log.debug("%s %s %d", handler.request.method, handler.request.uri, handler.get_status())


@dataclass
class HealthServer:
    """A running health server: where it listens, and how to stop it."""

    host: str
    port: int
    _server: tornado.httpserver.HTTPServer

    @property
    def url(self) -> str:
        host = f"[{self.host}]" if ":" in self.host else self.host
        return f"http://{host}:{self.port}"

    async def stop(self) -> None:
        """Stop listening and close open connections."""
        self._server.stop()
        await self._server.close_all_connections()


async def start_health_server(
    config: TriglotConfig, session_factory: SessionFactory, status: HealthStatus
) -> HealthServer | None:
    """Serve ``/healthz`` and ``/metrics`` at ``metrics.listen`` on the running loop.

    Returns None when ``metrics.listen`` is empty (the endpoint is off). Port 0 picks a
    free port; the handle's ``port`` says which.
    """
    if not config.metrics.listen:
        return None
    host, port = split_host_port(config.metrics.listen)
    probe = HealthProbe(config, session_factory, status)
    app = tornado.web.Application(
        [
            (r"/healthz", _HealthzHandler, {"probe": probe}),
            (r"/metrics", _MetricsHandler, {"probe": probe}),
        ],
        log_function=_log_request,
    )
    sockets = tornado.netutil.bind_sockets(port, address=host)
    server = tornado.httpserver.HTTPServer(app)
    server.add_sockets(sockets)
    bound = sockets[0].getsockname()[1]
    log.info("health and metrics endpoint on http://%s:%d (/healthz, /metrics)", host, bound)
    return HealthServer(host, bound, server)
