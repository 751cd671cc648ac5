"""Model workers for tests: a real Redis database per test and real ``triglot worker``
processes, stopped (the whole process group) when the test ends.

    def test_x(redis_url, workers, tmp_path): ...
        worker = workers.start(config_path)      # `triglot worker --config PATH`
        worker.wait_for("received")              # a line of its log
        worker.kill()                            # SIGKILL, children too: a machine lost

``redis_url`` skips the test when no Redis answers on 127.0.0.1:6379 (``.ci/run`` starts
one: scripts/ci/ensure_redis.sh). ``amqp_url`` is the local RabbitMQ's virtual host
``triglot-tests`` (scripts/ci/ensure_rabbitmq.sh makes it), its queues emptied; it skips the
test when none answers. ``broker_url`` runs a test once on each.

Both brokers are the machine's, not the test run's: two test runs on one machine (a
fresh-clone ``.ci/run`` beside a developer's run) would empty each other's queues and
databases, and each run's workers would take the other's tasks. A test that uses a broker
therefore holds ``BROKER_LOCK`` (an exclusive ``flock``) from emptying it to emptying it
again, so such tests of concurrent runs take turns.
"""

from __future__ import annotations

import contextlib
import fcntl
import itertools
import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.auxil.cli import REPO_ROOT, TRIGLOT

REDIS_HOST, REDIS_PORT = "127.0.0.1", 6379
#: The RabbitMQ virtual host the tests own (never "/", which may be someone's).
AMQP_URL = "amqp://guest:guest@127.0.0.1:5672/triglot-tests"
#: The queues a test's workers declare: ours, and Celery's broadcast queue for workers.
AMQP_QUEUES = ("links", "articles")
#: Databases 8 to 15 of the local Redis, one per test in turn (0 is left to people).
_DATABASES = itertools.cycle(range(8, 16))
WAIT_SECONDS = 180.0  # a guard against hanging (workers start slowly on a busy machine)
STOP_SECONDS = 10.0  # a test's worker may be mid-brief when it ends: not worth waiting for
#: Held by every test that uses this machine's Redis or RabbitMQ, across test runs.
BROKER_LOCK = Path(tempfile.gettempdir()) / "triglot-tests-brokers.lock"


@contextlib.contextmanager
def _broker_turn() -> Iterator[None]:
    """This machine's brokers to this test alone, waiting for another run's test to end."""
    with BROKER_LOCK.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _die_with_parent() -> None:
    """In the worker before it starts: SIGKILL it when the test run that started it dies.

    A test run killed from outside (a time limit) never reaches its fixtures' teardown, and
    a worker left running would take the tasks of the next run that uses its Redis database
    (the numbers restart at 8 in every run). Linux only; elsewhere a no-op."""
    if sys.platform != "linux":
        return
    import ctypes

    pr_set_pdeathsig = 1
    ctypes.CDLL(None, use_errno=True).prctl(pr_set_pdeathsig, signal.SIGKILL)


@pytest.fixture
def redis_url() -> Iterator[str]:
    """``redis://127.0.0.1:6379/N``, an emptied database of the local Redis (skip without)."""
    import redis

    number = next(_DATABASES)
    client = redis.Redis(REDIS_HOST, REDIS_PORT, db=number, socket_connect_timeout=1)
    try:
        client.ping()
    except redis.RedisError as exc:
        pytest.skip(f"worker tests need Redis on {REDIS_HOST}:{REDIS_PORT} ({exc})")
    with _broker_turn():
        client.flushdb()
        try:
            yield f"redis://{REDIS_HOST}:{REDIS_PORT}/{number}"
        finally:
            client.flushdb()
            client.close()


@pytest.fixture
def amqp_url() -> Iterator[str]:
    """The local RabbitMQ's ``triglot-tests`` virtual host, its queues empty (skip without)."""
    from kombu import Connection

    def empty_queues() -> None:
        with Connection(AMQP_URL, connect_timeout=2) as connection:
            channel = connection.default_channel
            for queue in AMQP_QUEUES:
                channel.queue_delete(queue)

    with _broker_turn():
        try:
            empty_queues()
        except Exception as exc:  # any failure to reach it means: no RabbitMQ for us here
            pytest.skip(
                f"AMQP worker tests need RabbitMQ on 127.0.0.1:5672 with the virtual host"
                f" triglot-tests for guest (scripts/ci/ensure_rabbitmq.sh makes it): {exc!r}"
            )
        try:
            yield AMQP_URL
        finally:
            with contextlib.suppress(Exception):
                empty_queues()


@pytest.fixture(params=["redis", "amqp"])
def broker_url(request: pytest.FixtureRequest) -> str:
    """Each broker the workers support: a Redis database, then a RabbitMQ virtual host."""
    return str(request.getfixturevalue(f"{request.param}_url"))


@dataclass
class WorkerSubprocess:
    """One ``triglot worker`` subprocess, in a process group of its own."""

    process: subprocess.Popen[bytes]
    log_path: Path
    _seen: int = field(default=0)

    def log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def wait_for(self, text: str) -> None:
        """Wait until ``text`` appears in the worker's log (fail if it exits first)."""
        deadline = time.monotonic() + WAIT_SECONDS
        while text not in self.log():
            if self.process.poll() is not None:
                raise AssertionError(f"worker exited ({self.process.returncode}):\n{self.log()}")
            if time.monotonic() > deadline:
                raise AssertionError(f"no {text!r} in the worker's log:\n{self.log()}")
            time.sleep(0.05)

    def kill(self) -> None:
        """SIGKILL the worker and its pool processes (a machine lost), and reap it."""
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, signal.SIGKILL)
        self.process.wait(30)

    def stop(self) -> None:
        """SIGTERM to the worker (warm shutdown: it finishes its task), SIGKILL after
        ``STOP_SECONDS``; its pool processes go with it either way."""
        if self.process.poll() is None:
            self.process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(STOP_SECONDS)
        self.kill()  # the process group: no pool process outlives the test


class Workers:
    """Starts ``triglot worker`` processes; ``stop_all`` ends every one (fixture teardown)."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp_path = tmp_path
        self.started: list[WorkerSubprocess] = []

    def start(self, config_path: Path, *args: str) -> WorkerSubprocess:
        """``triglot worker --config CONFIG ARGS`` (one pool process unless ARGS say more)."""
        log_path = self.tmp_path / f"worker-{len(self.started)}.log"
        env = {k: v for k, v in os.environ.items() if not k.startswith("TRIGLOT_")}
        with log_path.open("wb") as log:
            process = subprocess.Popen(
                [str(TRIGLOT), "worker", "--config", str(config_path), *args],
                stdout=log,
                stderr=subprocess.STDOUT,
                env=env,
                cwd=REPO_ROOT,
                start_new_session=True,  # its own process group: killpg reaches the pool too
                preexec_fn=_die_with_parent,
            )
        worker = WorkerSubprocess(process, log_path)
        self.started.append(worker)
        return worker

    def stop_all(self) -> None:
        for worker in self.started:
            worker.stop()


@pytest.fixture
def workers(tmp_path: Path) -> Iterator[Workers]:
    """Start ``triglot worker`` processes; all are stopped when the test ends."""
    started = Workers(tmp_path)
    try:
        yield started
    finally:
        started.stop_all()
