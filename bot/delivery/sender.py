"""The sender: drains the outbox into Telegram at the configured rates, crash-safely.

For each message:

1. **claim** — the row turns ``sending`` and that is *committed* before any HTTP call;
   a chat never has two ``sending`` rows;
2. **send** — after a slot of the overall rate limiter, through ``Transport.send``;
   a 429 pauses every send for its ``retry_after`` and the same message is sent again;
3. **record** — the answer is committed right after (answers arriving together share one
   commit): ``sent`` with the message id; 403 / "chat not found" deactivates the subscriber
   and cancels their open rows; another 400 is ``failed`` with the reason; a network error
   or 5xx goes back to ``pending`` with exponential backoff until ``max_attempts``.

A kill between 2 and 3 leaves the row ``sending``; on start ``recover_in_flight`` sends it
again. That is the only way a message can repeat, and by the one-``sending``-row-per-chat
rule it repeats at most one message per chat.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import random
import time
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import timedelta
from typing import cast

from sqlalchemy import Table, bindparam, update
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot import metrics
from bot.delivery import outbox
from bot.delivery.lease import new_owner, release_lease, take_lease
from bot.delivery.migration import follow_migration
from bot.delivery.outbox import Claimed
from bot.delivery.pause import is_paused
from bot.delivery.ratelimit import ChatPacer, GlobalRateLimiter
from bot.delivery.render import MessageRenderer
from bot.delivery.transport import Outcome, SendResult, Transport
from bot.settings import DeliverySettings
from bot.store.models import Delivery
from bot.store.queries import outbox_depth
from bot.store.status import DeliveryStatus
from bot.store.types import utcnow

log = logging.getLogger(__name__)

PAUSE_CHECK_SECONDS = 0.5
_TABLE = cast(Table, Delivery.__table__)


@dataclass
class SenderCounters:
    """What this sender did since it started (the database holds the full history)."""

    sent: int = 0
    failed: int = 0
    retried: int = 0
    flood_waits: int = 0
    deactivated: int = 0
    recovered: int = 0
    started: float = field(default_factory=time.monotonic)


@dataclass
class _Done:
    claimed: Claimed
    result: SendResult | None  # None: never sent, give the row back (pause, stop)


class Sender:
    """Sends what the outbox holds; one per database (see ``outbox.recover_in_flight``)."""

    def __init__(
        self,
        settings: DeliverySettings,
        session_factory: async_sessionmaker[AsyncSession],
        transport: Transport,
        *,
        renderer: MessageRenderer | None = None,
        should_stop: Callable[[], bool] = lambda: False,
    ) -> None:
        self.transport = transport
        self.counters = SenderCounters()
        self._session_factory = session_factory
        self._renderer = renderer or MessageRenderer(session_factory)
        self._should_stop = should_stop
        self.owner = new_owner()
        self._lease_renew_at = float("-inf")
        self._lease_lost_logged = False
        self.update_settings(settings)
        self._recovered = False
        self._halted = False  # paused by an operator or asked to stop
        self._stop_requested = False
        self._paused_checked_at = float("-inf")

    # ------------------------------------------------------------------ control
    def update_settings(self, settings: DeliverySettings) -> None:
        """Apply (re)loaded settings; messages already waiting for a slot keep theirs."""
        self.settings = settings
        self._limiter = GlobalRateLimiter(settings.messages_per_second)
        self._pacer = ChatPacer(
            settings.per_chat_interval_seconds, settings.group_messages_per_minute
        )
        # About a second of work is claimed ahead, so claims stay few and cheap.
        self._prefetch = max(settings.max_in_flight, int(settings.messages_per_second))

    async def recover(self) -> int:
        """Put rows a previous (killed) sender left ``sending`` back in the queue."""
        async with self._session_factory() as session, session.begin():
            count = await outbox.recover_in_flight(session)
        self._recovered = True
        self.counters.recovered += count
        if count:
            log.warning(
                "recovered %d message(s) that were in flight when the sender stopped; "
                "they are sent again (at most one per chat may arrive twice)",
                count,
            )
        return count

    def request_stop(self) -> None:
        """Finish what is in flight, give back what is not, and let ``drain`` return."""
        self._stop_requested = True
        self._halted = True

    async def drain(self) -> int:
        """Send everything that is due; return the number of messages sent.

        Returns when nothing more is due now (rows waiting for a retry or for a paced chat
        are left for the next call), when sending is paused, or after ``request_stop``.
        """
        if not await self._hold_lease():
            return 0
        if not self._recovered:
            await self.recover()
        slots = asyncio.Semaphore(self.settings.max_in_flight)
        sent_before = self.counters.sent
        self._paused_checked_at = float("-inf")  # a /resume since the last drain counts now
        results: asyncio.Queue[_Done | None] = asyncio.Queue()
        recorder = asyncio.create_task(self._record_loop(results), name="delivery-recorder")
        tasks: dict[asyncio.Task[None], Claimed] = {}
        wake = asyncio.Event()

        def finished(task: asyncio.Task[None]) -> None:
            tasks.pop(task, None)
            wake.set()

        try:
            while True:
                await self._refresh_halted()
                holding = await self._hold_lease()
                if holding and not self._halted and len(tasks) <= self._prefetch // 2:
                    async with self._session_factory() as session, session.begin():
                        claimed = await outbox.claim(
                            session,
                            self._prefetch - len(tasks),
                            skip_chats=self._pacer.not_ready(),
                        )
                    await self._renderer.preload(b for item in claimed for b in item.brief_ids)
                    for item in claimed:
                        task = asyncio.create_task(self._deliver(item, slots, results))
                        tasks[task] = item
                        task.add_done_callback(finished)
                else:
                    claimed = []
                if not tasks and not claimed:
                    break
                wake.clear()
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(wake.wait(), PAUSE_CHECK_SECONDS)
        except BaseException:
            # Cancelled (shutdown) or a database error: unsent rows go back to the queue.
            open_items = list(tasks.values())
            for task in list(tasks):
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            for item in open_items:
                results.put_nowait(_Done(item, None))
            raise
        finally:
            results.put_nowait(None)
            await asyncio.shield(recorder)
            if self._stop_requested:
                await release_lease(self._session_factory, self.owner)
                self._lease_renew_at = float("-inf")
        return self.counters.sent - sent_before

    async def close(self) -> None:
        """A clean stop: give the lease up, so a sender started next (a restart) works at
        once instead of waiting ``delivery.sender_lease_seconds`` for it to run out, even
        when no drain was running at the stop."""
        self.request_stop()
        try:
            await release_lease(self._session_factory, self.owner)
        finally:
            self._lease_renew_at = float("-inf")
            await self.transport.close()

    async def run(self, idle_seconds: float, *, until_empty: bool = False) -> None:
        """Drain, wait ``idle_seconds``, repeat, until ``request_stop`` (or, with
        ``until_empty``, until no row is pending or sending)."""
        while not self._stop_requested:
            await self.drain()
            if until_empty and not self._halted:
                async with self._session_factory() as session:
                    if await outbox_depth(session) == 0:
                        return
            with contextlib.suppress(TimeoutError):
                await asyncio.sleep(idle_seconds)

    async def _hold_lease(self) -> bool:
        """Take or renew the one-sender lease (renewed when a third of it has run out)."""
        now = time.monotonic()
        if now < self._lease_renew_at:
            return True
        seconds = self.settings.sender_lease_seconds
        if await take_lease(self._session_factory, self.owner, seconds):
            self._lease_renew_at = now + seconds / 3
            self._lease_lost_logged = False
            return True
        self._lease_renew_at = float("-inf")
        if not self._lease_lost_logged:
            log.warning("another sender works on this database; waiting for its lease to end")
            self._lease_lost_logged = True
        return False

    async def _refresh_halted(self) -> None:
        if self._should_stop():
            self.request_stop()
        now = time.monotonic()
        if self._stop_requested or now - self._paused_checked_at < PAUSE_CHECK_SECONDS:
            return
        self._paused_checked_at = now
        async with self._session_factory() as session:
            self._halted = await is_paused(session)

    # ------------------------------------------------------------------ one message
    async def _deliver(
        self, item: Claimed, slots: asyncio.Semaphore, results: asyncio.Queue[_Done | None]
    ) -> None:
        result: SendResult | None
        try:
            texts = await self._renderer.messages(item)
            async with slots:
                result = await self._send_parts(item.chat_id, texts)
        except LookupError as exc:  # the brief was deleted meanwhile
            result = SendResult(Outcome.REJECTED, error=str(exc))
        except Exception as exc:  # a database hiccup while rendering, a bug: retry later
            log.exception("chat %s: could not send", item.chat_id)
            result = SendResult(Outcome.TRANSIENT, error=f"internal: {exc!r}"[:500])
        results.put_nowait(_Done(item, result))

    async def _send_parts(self, chat_id: int, texts: list[str]) -> SendResult | None:
        """Send in order; a group turned supergroup is followed to its id (``migrated_to``)."""
        first_id: int | None = None
        moved_to: int | None = None
        for number, text in enumerate(texts):
            while True:
                await self._limiter.acquire()
                if self._halted and number == 0:
                    return None
                self._pacer.mark_sent(chat_id)
                result = await self.transport.send(chat_id, text)
                if result.outcome is Outcome.MIGRATED and moved_to is None and result.migrated_to:
                    chat_id = moved_to = result.migrated_to
                    continue
                if result.outcome is not Outcome.RETRY_AFTER:
                    break
                self.counters.flood_waits += 1
                log.warning("429 from Telegram: every send waits %.0f s", result.retry_after)
                self._limiter.pause(result.retry_after)
            if result.outcome is not Outcome.SENT:
                return replace(result, migrated_to=moved_to or result.migrated_to)
            first_id = first_id if first_id is not None else result.message_id
        return SendResult(Outcome.SENT, message_id=first_id, migrated_to=moved_to)

    # ------------------------------------------------------------------ recording
    async def _record_loop(self, results: asyncio.Queue[_Done | None]) -> None:
        """Commit answers as they come; answers that arrive together share one commit."""
        while True:
            first = await results.get()
            batch = [first]
            while not results.empty():
                batch.append(results.get_nowait())
            done = [item for item in batch if item is not None]
            if done:
                await self._record_with_retry(done)
            if None in batch:
                return

    async def _record_with_retry(self, done: list[_Done]) -> None:
        for attempt in range(1, 11):
            try:
                outcomes: list[tuple[str, int]] = []
                async with self._session_factory() as session, session.begin():
                    await self._record(session, done, outcomes)
                # Counted only once committed: a retried record counts once.
                metrics.delivery_outcomes(outcomes)
                return
            except Exception:
                log.exception("could not record %d delivery result(s) (try %d)", len(done), attempt)
                await asyncio.sleep(min(0.2 * 2**attempt, 10))
        log.error("delivery results left unrecorded; their rows are resent after a restart")

    async def _record(
        self, session: AsyncSession, done: list[_Done], outcomes: list[tuple[str, int]]
    ) -> None:
        """Write the results of ``done``; append ("sent" | a failure reason, rows) to
        ``outcomes`` for the metrics."""
        now = utcnow()
        sent: list[dict[str, object]] = []
        released: list[int] = []
        for item in done:
            result, ids = item.result, item.claimed.ids
            if result is not None and result.migrated_to is not None:
                await follow_migration(session, item.claimed.chat_id, result.migrated_to)
            if result is None:
                released.extend(ids)
            elif result.outcome is Outcome.SENT:
                sent.extend({"row_id": i, "mid": result.message_id} for i in ids)
            elif result.outcome is Outcome.CHAT_GONE:
                await self._finish(session, ids, DeliveryStatus.FAILED, result.error)
                cancelled = await outbox.deactivate_subscriber(
                    session, item.claimed.subscriber_id, result.error or "chat gone"
                )
                self.counters.deactivated += 1
                self.counters.failed += len(ids)
                outcomes.append(("chat_gone", len(ids)))
                log.info(
                    "chat %s is gone (%s): subscriber deactivated, %d queued message(s) cancelled",
                    item.claimed.chat_id,
                    result.error,
                    cancelled,
                )
            elif result.outcome is Outcome.TRANSIENT and (
                item.claimed.attempts + 1 < self.settings.max_attempts
            ):
                delay = self._backoff(item.claimed.attempts + 1)
                await self._finish(
                    session, ids, DeliveryStatus.PENDING, result.error, next_attempt_at=now + delay
                )
                self.counters.retried += len(ids)
                log.info(
                    "chat %s: %s; retry in %.0f s",
                    item.claimed.chat_id,
                    result.error,
                    delay.total_seconds(),
                )
            else:
                await self._finish(session, ids, DeliveryStatus.FAILED, result.error)
                self.counters.failed += len(ids)
                outcomes.append((str(result.outcome), len(ids)))
                log.warning("chat %s: message failed: %s", item.claimed.chat_id, result.error)
        if sent:
            await session.execute(
                update(_TABLE)
                .where(_TABLE.c.id == bindparam("row_id"))
                .values(
                    status=DeliveryStatus.SENT,
                    message_id=bindparam("mid"),
                    sent_at=now,
                    attempts=_TABLE.c.attempts + 1,
                    last_error=None,
                ),
                sent,
            )
            self.counters.sent += len(sent)
            outcomes.append((Outcome.SENT, len(sent)))
        if released:
            await outbox.release(session, released)

    async def _finish(
        self,
        session: AsyncSession,
        ids: tuple[int, ...],
        status: DeliveryStatus,
        error: str | None,
        *,
        next_attempt_at: object = None,
    ) -> None:
        await session.execute(
            update(Delivery)
            .where(Delivery.id.in_(ids))
            .values(
                status=status,
                last_error=error,
                attempts=Delivery.attempts + 1,
                next_attempt_at=next_attempt_at,
            )
        )

    def _backoff(self, attempt: int) -> timedelta:
        base = self.settings.backoff_base_seconds * 2 ** (attempt - 1)
        seconds = min(base, self.settings.backoff_max_seconds) * random.uniform(0.8, 1.2)
        return timedelta(seconds=seconds)
