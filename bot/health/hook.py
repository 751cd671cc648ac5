"""The ``bot.app`` setup hook that runs the health server beside the bot."""

from __future__ import annotations

from typing import Any

from bot.health.checks import HealthStatus
from bot.health.server import start_health_server

STATUS_KEY = "health_status"  # application.bot_data keys
SERVER_KEY = "health_server"


async def setup_hook(application: Any) -> None:
    """Serve ``/healthz`` and ``/metrics`` beside the bot.

    Runs at the end of ``post_init`` (the database is open). Leaves the ``HealthStatus`` in
    ``application.bot_data["health_status"]`` for the poll job to call ``poll_finished()``
    on (also when ``metrics.listen`` is empty), follows ``/reload``, and stops the server
    when the application shuts down.
    """
    services = application.bot_data["services"]

    def scheduler_running() -> bool:
        job_queue = application.job_queue
        return job_queue is not None and bool(job_queue.scheduler.running)

    status = HealthStatus.from_config(services.config, scheduler_running)
    application.bot_data[STATUS_KEY] = status
    services.reload_listeners.append(status.apply_config)
    server = await start_health_server(services.config, services.sessions(), status)
    if server is None:
        return
    application.bot_data[SERVER_KEY] = server
    shutdown_next = application.post_shutdown

    async def post_shutdown(app: Any) -> None:
        try:
            await server.stop()
        finally:
            if shutdown_next is not None:
                await shutdown_next(app)

    application.post_shutdown = post_shutdown
