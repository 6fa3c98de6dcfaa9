"""Durable intake for `lurecheck serve` with LURECHECK_REDIS_URL: no update is lost with a killed replica.

Telegram does not resend an update that was answered 200. So the webhook appends the update's JSON to a Redis Stream
(`<prefix>intake`, XADD) *before* it answers 200, and every replica consumes that stream in one consumer group
(XREADGROUP; the consumer is this process). An entry is acknowledged (XACK) only once PTB has processed the update.
An entry left unacknowledged by a consumer that died is taken over (XAUTOCLAIM) by a live replica once it has been
idle for LURECHECK_INTAKE_MIN_IDLE seconds (default 30); a live consumer keeps the entries it is still processing
fresh (XCLAIM to itself), so a slow update is not taken over while its replica lives.

Exactly once, nearly: a processed update is marked `intake:done:<update_id>` (SET with a TTL of a day) before its
XACK, and an entry whose update is marked is acknowledged without being processed (a reclaimed entry whose replica
had answered, or an update Telegram sent twice). `intake:busy:<update_id>` (SET NX, expiring a little before min-idle) keeps two
replicas from processing the same update_id at once. What remains: a replica killed after its answer went out and
before the done mark was written (a few milliseconds) gets its update answered again by the replica that reclaims it.

Without Redis the webhook keeps the in-process path (the Application's update_queue).
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
import socket
import uuid

from redis.exceptions import ResponseError
from telegram import Update
from telegram.ext import Application

log = logging.getLogger(__name__)

MIN_IDLE_ENV = "LURECHECK_INTAKE_MIN_IDLE"
DEFAULT_MIN_IDLE = 30.0  # seconds an entry of a silent consumer waits before another replica takes it
GROUP = "replicas"
MAXLEN = 100_000  # entries kept in the stream (approximate trim; acknowledged ones are only history)
DONE_TTL = 24 * 3600.0  # Telegram gives up resending an update long before
READ_COUNT = 32
BLOCK_MS = 1000


def min_idle_from_env() -> float:
    try:
        return max(0.1, float(os.environ.get(MIN_IDLE_ENV, DEFAULT_MIN_IDLE)))
    except ValueError:
        return DEFAULT_MIN_IDLE


class Intake:
    """The stream of one bot (its Redis prefix), as seen by one process: `add` from the webhook, `run` consumes."""

    def __init__(self, application: Application, redis, prefix: str, *, min_idle: float | None = None,
                 consumer: str | None = None, concurrency: int = 64):
        self.application = application
        self.redis = redis
        self.prefix = prefix
        self.stream = prefix + "intake"
        self.min_idle = min_idle if min_idle is not None else min_idle_from_env()
        self.consumer = consumer or f"{socket.gethostname()}-{os.getpid()}-{uuid.uuid4().hex[:6]}"
        self.slots = asyncio.Semaphore(concurrency)
        self.inflight: dict[bytes, asyncio.Task] = {}
        self.update_ids: dict[bytes, int] = {}  # of the entries in flight, for the sweep's busy refresh
        self._task: asyncio.Task | None = None

    async def add(self, body: bytes) -> None:
        """Append the raw update; raises when Redis does not take it (the webhook then answers 503: resent later)."""
        await self.redis.xadd(self.stream, {"u": body}, maxlen=MAXLEN, approximate=True)

    async def start(self) -> None:
        try:
            await self.redis.xgroup_create(self.stream, GROUP, id="0", mkstream=True)
        except ResponseError as exc:
            if "BUSYGROUP" not in str(exc):
                raise
        self._task = asyncio.create_task(self.run(), name="lurecheck-intake")
        log.info("intake: consuming %s as %s (min idle %.1fs)", self.stream, self.consumer, self.min_idle)

    async def stop(self, grace: float = 10.0) -> None:
        """Stop reading; let what is in flight finish (what does not is taken over by another replica)."""
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await self._task
        if self.inflight:
            await asyncio.wait(list(self.inflight.values()), timeout=grace)

    async def run(self) -> None:
        loop = asyncio.get_running_loop()
        next_sweep = 0.0
        while True:
            try:
                if loop.time() >= next_sweep:
                    await self.sweep()
                    next_sweep = loop.time() + max(0.05, self.min_idle / 3)
                got = await self.redis.xreadgroup(GROUP, self.consumer, {self.stream: ">"}, count=READ_COUNT,
                                                  block=int(min(BLOCK_MS, self.min_idle * 1000 / 3)))
                for _stream, entries in got or ():
                    for entry_id, fields in entries:
                        await self.dispatch(entry_id, fields)
            except asyncio.CancelledError:
                raise
            except Exception:  # noqa: BLE001 - Redis away for a moment: try again, nothing is lost
                log.warning("intake: reading the stream failed; retrying", exc_info=True)
                await asyncio.sleep(1.0)

    async def sweep(self) -> None:
        """Keep our in-flight entries fresh, then take over entries idle for min-idle (their consumer is gone)."""
        idle_ms = int(self.min_idle * 1000)
        if self.inflight:
            await self.redis.xclaim(self.stream, GROUP, self.consumer, 0, list(self.inflight), justid=True)
            for update_id in list(self.update_ids.values()):
                await self.redis.pexpire(self._key("busy", update_id), self._busy_ms())
        start = "0-0"
        while True:
            reply = await self.redis.xautoclaim(self.stream, GROUP, self.consumer, idle_ms, start_id=start,
                                                count=READ_COUNT)
            start, entries = reply[0], reply[1]
            for entry_id, fields in entries:
                if entry_id not in self.inflight and fields:
                    log.info("intake: took over entry %s of a silent consumer", entry_id.decode())
                    await self.dispatch(entry_id, fields)
            if start in (b"0-0", "0-0") or not entries:
                return

    async def dispatch(self, entry_id: bytes, fields: dict) -> None:
        await self.slots.acquire()
        task = asyncio.create_task(self.handle(entry_id, fields.get(b"u", b"")))
        self.inflight[entry_id] = task

        def done(_t: asyncio.Task) -> None:
            self.inflight.pop(entry_id, None)
            self.update_ids.pop(entry_id, None)
            self.slots.release()
        task.add_done_callback(done)

    def _busy_ms(self) -> int:
        """The busy mark outlives a dead consumer a little less than its entries do: a taken-over entry is free."""
        return max(1, int(self.min_idle * 800))

    def _key(self, kind: str, update_id: int) -> str:
        return f"{self.prefix}intake:{kind}:{update_id}"

    async def handle(self, entry_id: bytes, body: bytes) -> None:
        try:
            data = json.loads(body)
            update_id = int(data["update_id"])
        except (ValueError, TypeError, KeyError):
            log.warning("intake: entry %s is not an update: dropped", entry_id)
            await self.redis.xack(self.stream, GROUP, entry_id)
            return
        self.update_ids[entry_id] = update_id
        done, busy = self._key("done", update_id), self._key("busy", update_id)
        try:
            if await self.redis.exists(done):
                await self.redis.xack(self.stream, GROUP, entry_id)
                return
            if not await self.redis.set(busy, self.consumer, nx=True, px=self._busy_ms()):
                return  # another replica is on this update_id right now: left pending, looked at again later
            try:
                update = Update.de_json(data, self.application.bot)
            except Exception:  # noqa: BLE001 - unreadable by this version (the webhook checked; a newer wrote it)
                log.warning("intake: update %s could not be read: skipped", update_id)
            else:
                app = self.application
                await app.update_processor.process_update(update, app.process_update(update))
            await self.redis.set(done, b"1", px=int(DONE_TTL * 1000))
            await self.redis.xack(self.stream, GROUP, entry_id)
            await self.redis.delete(busy)
        except asyncio.CancelledError:
            raise
        except Exception:  # noqa: BLE001 - Redis went away mid-way: the entry stays pending and is taken over
            log.warning("intake: update %s not acknowledged", update_id, exc_info=True)


def open_intake(application: Application, state) -> Intake | None:
    """The intake of this bot when its shared state is Redis, else None (the in-process path)."""
    redis = getattr(state, "redis", None)
    if not getattr(state, "shared", False) or redis is None:
        return None
    return Intake(application, redis, getattr(state, "prefix", "lurecheck:"))
