"""Per-user rate limit: a sliding window in the shared state (bot/shared: process memory by default, Redis when
LURECHECK_REDIS_URL is set, so every replica counts the same user together)."""
from __future__ import annotations

import logging

from bot.shared.state import Decision, RateLimiter, SharedState

__all__ = ["Decision", "RateLimiter", "UserLimiter"]
log = logging.getLogger(__name__)


class UserLimiter:
    """At most `limit` updates per user in any `window` seconds (times `factor` for trusted senders); over the limit
    the first refusal is WARN, later ones QUIET (bot/shared/state.py)."""

    def __init__(self, state: SharedState, limit: int, window: float = 60.0):
        if limit < 1 or window <= 0:
            raise ValueError("limit must be >= 1 and window > 0")
        self.state, self.limit, self.window = state, limit, window

    async def hit(self, user_id: int, factor: int = 1) -> Decision:
        try:
            return await self.state.hit(f"user:{user_id}", self.limit * factor, self.window)
        except Exception as e:  # Redis down: the bot answers rather than refusing everyone
            log.warning("rate limit unavailable (%s): update admitted", type(e).__name__)
            return Decision.OK
