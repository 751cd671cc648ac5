"""The Celery application both sides share: queues, routes and reliability settings.

- ``links``: pages users sent, waiting for an answer; listed first, and with the Redis
  broker served strictly first (``queue_order_strategy = priority``), so a feed backlog
  delays a link by at most the one article a worker is busy with.
- ``articles``: feed articles, by id.

A task is acknowledged only once it returned (``task_acks_late``), that is after its
briefs were committed; a worker process that dies mid-task gives its task back
(``task_reject_on_worker_lost``), and a whole worker that vanishes gets its task handed to
another once the broker's visibility timeout passes (Redis) or its connection drops (AMQP).
Each process takes one task at a time (``worker_prefetch_multiplier = 1``): the others
wait in the broker for whichever worker is free.
"""

from __future__ import annotations

from celery import Celery
from kombu.entity import Exchange, Queue

from bot.settings import WorkerSettings

LINKS_QUEUE = "links"
ARTICLES_QUEUE = "articles"
QUEUES = (LINKS_QUEUE, ARTICLES_QUEUE)

BRIEF_ARTICLE = "triglot.brief_article"
BRIEF_LINK = "triglot.brief_link"

#: Seconds to wait for the broker before calling it unreachable.
CONNECT_TIMEOUT_SECONDS = 5.0
#: How long a link's answer waits in the result backend for the bot to read it.
RESULT_EXPIRES_SECONDS = 3600


def parse_queues(text: str) -> list[str]:
    """``"links,articles"`` as the queues a worker takes, links first; ``ValueError`` when
    empty or naming a queue that does not exist."""
    wanted = {name.strip() for name in text.split(",") if name.strip()}
    if not wanted or wanted - set(QUEUES):
        raise ValueError(f"--queues takes {', '.join(QUEUES)} (comma-separated)")
    return [name for name in QUEUES if name in wanted]


def result_backend(broker_url: str) -> str:
    """Where link tasks put their outcome: the Redis broker itself, or AMQP's RPC replies."""
    return broker_url if broker_url.startswith(("redis://", "rediss://")) else "rpc://"


def _publisher_confirms(broker_url: str) -> dict[str, bool]:
    """AMQP: each task is sent only once the broker confirms it took it. Without it a task
    the broker refuses (a full queue, a vhost at its memory limit) would count as sent and
    its article would wait for the resend after twice the visibility timeout; with it the
    send fails at once and the article stays new, tried again after the backoff."""
    return {"confirm_publish": True} if broker_url.startswith(("amqp://", "amqps://")) else {}


def publish_options(broker_url: str) -> dict[str, bool]:
    """AMQP: each task is published as mandatory, so one the broker cannot route (its queue
    was deleted while kombu, which declares a queue once per connection, believes it still
    exists) comes back as an error instead of being confirmed and dropped. The send then
    fails, the article stays new, and the next try declares the queue again."""
    return {"mandatory": True} if broker_url.startswith(("amqp://", "amqps://")) else {}


def _queue(name: str) -> Queue:
    """A queue with a direct exchange and routing key of its own name (left out, both
    queues would get Celery's default key, and every task would land in both)."""
    return Queue(name, Exchange(name, type="direct"), routing_key=name)  # type: ignore[no-untyped-call]


def make_app(settings: WorkerSettings) -> Celery:
    """The Celery app for ``settings.broker_url`` (it connects only when used)."""
    app = Celery(
        "triglot",
        broker=settings.broker_url,
        backend=result_backend(settings.broker_url),
        set_as_current=False,
    )
    app.conf.update(
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        task_queues=tuple(_queue(name) for name in QUEUES),
        task_default_queue=ARTICLES_QUEUE,
        task_routes={BRIEF_LINK: {"queue": LINKS_QUEUE}, BRIEF_ARTICLE: {"queue": ARTICLES_QUEUE}},
        task_serializer="json",
        result_serializer="json",
        accept_content=["json"],
        result_expires=RESULT_EXPIRES_SECONDS,
        broker_transport_options={
            "visibility_timeout": settings.visibility_timeout_seconds,
            # kombu looks for overdue tasks on every tenth tick of this: every 100 s by
            # default, every visibility timeout at most (a short one in tests).
            "unacked_restore_interval": min(
                10.0, max(0.1, settings.visibility_timeout_seconds / 10)
            ),
            "queue_order_strategy": "priority",
            "socket_connect_timeout": CONNECT_TIMEOUT_SECONDS,
            "socket_timeout": CONNECT_TIMEOUT_SECONDS * 2,
            **_publisher_confirms(settings.broker_url),
        },
        result_backend_transport_options={
            "socket_connect_timeout": CONNECT_TIMEOUT_SECONDS,
            "socket_timeout": CONNECT_TIMEOUT_SECONDS * 2,
            # Fail fast when Redis is down (the default retries for about 20 s): the bot
            # then answers the link at once, and retries the broker with its own backoff.
            "retry_policy": {"max_retries": 1, "interval_start": 0, "interval_step": 1},
        },
        broker_connection_timeout=CONNECT_TIMEOUT_SECONDS,
        broker_connection_retry_on_startup=True,
        # Events for Flower (``celery --broker=URL flower``), cheap when nobody listens.
        worker_send_task_events=True,
        task_send_sent_event=True,
        worker_hijack_root_logger=False,  # Triglot's own logging (text or JSON, redacted)
        worker_redirect_stdouts=False,
    )
    return app
