"""Per-user rate limit: a sliding window kept in process memory (one bot process; see the README for replicas)."""
from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable
from enum import Enum


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
        self._events: dict[int, deque[float]] = {}
        self._warned: dict[int, float] = {}
        self._hits = 0

    def hit(self, key: int, factor: int = 1) -> Decision:
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
