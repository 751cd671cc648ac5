"""``/healthz`` and ``/metrics``: a small HTTP server on the bot's own asyncio loop.

``/healthz`` answers 200 when every check passes and 503 otherwise, with a JSON body that
names each check, whether it passed and why::

    {"status": "unhealthy", "failed": ["database"],
     "checks": {"database": {"ok": false, "detail": "..."}, "scheduler": {...}, "poll": {...}}}

Because the server runs on the bot's loop, a loop blocked by a long synchronous call
cannot answer at all, and the caller's timeout (Docker's HEALTHCHECK) reports it.

- ``checks``: what is checked and how (``HealthStatus``, ``HealthProbe``);
- ``server``: the tornado server that answers both paths at ``metrics.listen``, started
  beside the bot and stopped with it by ``bot.runtime``.

``triglot health`` (``bot.cli.health_cmd``) asks a running bot's ``/healthz``: the Docker
image's HEALTHCHECK.
"""
