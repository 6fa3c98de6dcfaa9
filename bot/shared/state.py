"""One interface for the short-lived state replicas must share, and its in-memory implementation (one process).

`open_state()` (bot/shared/connect.py) picks the implementation: Redis (bot/shared/redis_state.py) when LURECHECK_REDIS_URL is set, process
memory otherwise. Every method is async, so the callers are the same for both.
"""
from __future__ import annotations

import asyncio
import time
from abc import ABC, abstractmethod
from collections import OrderedDict, deque
from collections.abc import Callable
from enum import Enum

REDIS_URL_ENV = "LURECHECK_REDIS_URL"
REDIS_PREFIX_ENV = "LURECHECK_REDIS_PREFIX"
DEFAULT_PREFIX = "lurecheck:"

# Telegram's send limits (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this)
SEND_OVERALL = 30  # messages per second, all chats together
SEND_PRIVATE_WINDOW = 1.0  # one message per second in one private chat...
SEND_GROUP = 20  # ...and 20 per minute in one group
SEND_GROUP_WINDOW = 60.0


class Decision(Enum):
    OK = "ok"  # go on
    WARN = "warn"  # over the limit: tell the user politely, once
    QUIET = "quiet"  # over the limit and already told: say nothing


class RateLimiter:
    """At most `limit` events per key in any `window` seconds; refused events do not count.

    Over the limit, the first refusal says WARN (the bot answers politely), later ones QUIET, until a new
    window has passed since the warning: a user who keeps sending is not answered with a flood of warnings.
    """

    def __init__(self, limit: int, window: float = 60.0, clock: Callable[[], float] = time.monotonic):
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.limit = limit
        self.window = window
        self.clock = clock
        self._events: dict[object, deque[float]] = {}
        self._warned: dict[object, float] = {}
        self._hits = 0

    def hit(self, key: object, factor: int = 1) -> Decision:
        now = self.clock()
        self._hits += 1
        if self._hits % 1000 == 0:
            self._sweep(now)
        events = self._events.setdefault(key, deque())
        while events and events[0] <= now - self.window:
            events.popleft()
        if len(events) < self.limit * factor:
            events.append(now)
            return Decision.OK
        warned = self._warned.get(key)
        if warned is not None and warned > now - self.window:
            return Decision.QUIET
        self._warned[key] = now
        return Decision.WARN

    def _sweep(self, now: float) -> None:
        """Forget keys with nothing in the window, so memory follows the active users only."""
        for key in [k for k, ev in self._events.items() if not ev or ev[-1] <= now - self.window]:
            del self._events[key]
        for key in [k for k, t in self._warned.items() if t <= now - self.window]:
            del self._warned[key]


class SharedState(ABC):
    """What the bot keeps for seconds to hours and every replica must see alike. Keys are short names ("rate:user:7");
    the Redis implementation prefixes them (LURECHECK_REDIS_PREFIX)."""

    shared = False  # True when several processes see the same state

    @abstractmethod
    async def hit(self, key: str, limit: int, window: float) -> Decision:
        """Count one event of `key` against `limit` per `window` seconds (sliding; refused events do not count)."""

    @abstractmethod
    async def put(self, key: str, value: bytes, ttl: float) -> None:
        """Keep `value` under `key` for `ttl` seconds."""

    @abstractmethod
    async def get(self, key: str) -> bytes | None:
        """The value kept under `key`, None when there is none (or it expired)."""

    @abstractmethod
    async def claim(self, key: str, ttl: float) -> bool:
        """True for the first caller only (within `ttl` seconds): who sends an answer, who runs a job."""

    @abstractmethod
    async def send_slot(self, chat_id: int | None) -> float:
        """Take a slot of Telegram's send budget for a message to `chat_id` (None: counted overall only): 0.0 when
        taken, else the seconds to wait before asking again (nothing was taken)."""

    @abstractmethod
    async def burst_add(self, chat_id: int | str, item: bytes, ttl: float) -> int:
        """Append a forward to the chat's open burst (opening one): how many it holds now. The key may also be a
        string: an album ("album:<chat>:<media_group_id>") is collected the same way."""

    @abstractmethod
    async def burst_take(self, chat_id: int | str, quiet: float, max_wait: float,
                         max_items: int) -> list[bytes] | float | None:
        """The burst's items when it is over (taken: nobody else gets them), the seconds to wait when it is still
        open, None when there is none (another caller took it)."""

    async def ping(self) -> bool:
        return True

    async def close(self) -> None:
        return None


class MemoryState(SharedState):
    """One process: the embedded default."""

    def __init__(self, clock: Callable[[], float] = time.monotonic, size: int = 10_000):
        self.clock = clock
        self.size = size
        self._limiters: dict[float, RateLimiter] = {}
        self._values: OrderedDict[str, tuple[float, bytes]] = OrderedDict()
        self._sends: dict[object, deque[float]] = {}
        self._bursts: dict[int | str, tuple[float, float, list[bytes]]] = {}

    async def hit(self, key: str, limit: int, window: float) -> Decision:
        limiter = self._limiters.get(window)
        if limiter is None:
            limiter = self._limiters[window] = RateLimiter(1, window, clock=self.clock)
        return limiter.hit(key, limit)

    async def put(self, key: str, value: bytes, ttl: float) -> None:
        self._values[key] = (self.clock() + ttl, value)
        self._values.move_to_end(key)
        while len(self._values) > self.size:
            self._values.popitem(last=False)

    async def get(self, key: str) -> bytes | None:
        found = self._values.get(key)
        if found is None or found[0] <= self.clock():
            self._values.pop(key, None)
            return None
        return found[1]

    async def claim(self, key: str, ttl: float) -> bool:
        if await self.get(key) is not None:
            return False
        await self.put(key, b"1", ttl)
        return True

    async def send_slot(self, chat_id: int | None) -> float:
        now = self.clock()
        checks = [("all", SEND_OVERALL, 1.0)]
        if chat_id is not None:
            checks.append((chat_id, 1, SEND_PRIVATE_WINDOW) if chat_id > 0 else (chat_id, SEND_GROUP, SEND_GROUP_WINDOW))
        wait = 0.0
        for key, limit, window in checks:
            events = self._sends.setdefault(key, deque())
            while events and events[0] <= now - window:
                events.popleft()
            if len(events) >= limit:
                wait = max(wait, events[0] + window - now)
        if wait > 0:
            return wait
        for key, _limit, _window in checks:
            self._sends[key].append(now)
        return 0.0

    async def burst_add(self, chat_id: int | str, item: bytes, ttl: float) -> int:
        now = self.clock()
        first, _last, items = self._bursts.get(chat_id, (now, now, []))
        items.append(item)
        self._bursts[chat_id] = (first, now, items)
        return len(items)

    async def burst_take(self, chat_id: int | str, quiet: float, max_wait: float,
                         max_items: int) -> list[bytes] | float | None:
        found = self._bursts.get(chat_id)
        if found is None:
            return None
        first, last, items = found
        due = min(last + quiet, first + max_wait) - self.clock()
        if len(items) < max_items and due > 0:
            return due
        del self._bursts[chat_id]
        return items


async def wait_send_slot(state: SharedState, chat_id: int | None, longest: float = 60.0) -> float:
    """Wait until a slot of the send budget is taken: the seconds waited."""
    waited = 0.0
    while True:
        wait = await state.send_slot(chat_id)
        if wait <= 0:
            return waited
        wait = min(wait, longest)
        waited += wait
        await asyncio.sleep(wait)
