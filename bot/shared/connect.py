"""Opening the shared state: Redis (bot/shared/redis_state.py) when LURECHECK_REDIS_URL is set, else process memory
(bot/shared/state.py). Apart from both so that neither imports the other."""
from __future__ import annotations

import os

from bot.shared.redis_state import RedisState
from bot.shared.state import DEFAULT_PREFIX, REDIS_PREFIX_ENV, REDIS_URL_ENV, MemoryState, SharedState


def open_state(url: str | None = None, prefix: str | None = None) -> SharedState:
    """Redis when a URL is given or LURECHECK_REDIS_URL is set, else process memory."""
    url = url if url is not None else os.environ.get(REDIS_URL_ENV, "").strip()
    if not url:
        return MemoryState()
    return RedisState(url, prefix if prefix is not None else os.environ.get(REDIS_PREFIX_ENV, DEFAULT_PREFIX))
