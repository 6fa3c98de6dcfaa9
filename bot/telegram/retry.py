"""Bot API calls that fail on the way are retried: PTB's AIORateLimiter (Telegram's flood limits, and a 429 retried
after the `retry_after` Telegram asks for) plus retries with exponential backoff for server errors (5xx), timeouts
and dropped connections.

A request Telegram refused for a reason (400 Bad Request, 403 Forbidden, 401 token) is not retried: it would fail
the same way. A 5xx, a refused or reset connection and a connect timeout mean Telegram did not act on the request,
so a retry sends the reply once. A read timeout is the one ambiguous case (the message may have been sent while the
answer was lost): it is retried too, so a safety warning is never lost; at worst the user sees it twice.

Several replicas (LURECHECK_REDIS_URL set): each message sent also takes a slot of the budget all replicas share
(bot/shared: 30 messages/s overall, 1/s per private chat, 20/min per group), so N replicas together stay within
Telegram's limits; AIORateLimiter's own (per-process) limits still apply beneath it.
"""
from __future__ import annotations

import asyncio
import logging
import random
from typing import Any

from telegram.error import BadRequest, NetworkError, TimedOut
from telegram.ext import AIORateLimiter

from bot.shared.state import SharedState, wait_send_slot
from bot.telegram import metrics

log = logging.getLogger(__name__)


class RetryingRateLimiter(AIORateLimiter):
    def __init__(self, max_retries: int = 3, network_retries: int = 4, first_delay: float = 0.5,
                 longest_delay: float = 8.0, state: SharedState | None = None):
        super().__init__(max_retries=max_retries)
        self.state = state if state is not None and state.shared else None  # the replicas' shared send budget
        self.network_retries = network_retries
        self.first_delay = first_delay
        self.longest_delay = longest_delay
        self.retried = 0  # how many requests were sent again, for the tests and the logs

    async def process_request(self, callback, args, kwargs, endpoint: str, data: dict[str, Any],
                              rate_limit_args) -> Any:
        delay = self.first_delay
        for attempt in range(self.network_retries + 1):
            if self.state is not None and counted(endpoint):
                await self._shared_slot(data)
            try:
                return await super().process_request(callback, args, kwargs, endpoint, data, rate_limit_args)
            except BadRequest:
                metrics.TELEGRAM_ERRORS.labels("bad_request").inc()
                raise
            except (TimedOut, NetworkError) as exc:
                metrics.TELEGRAM_ERRORS.labels(type(exc).__name__).inc()
                if attempt == self.network_retries:
                    raise
                self.retried += 1
                wait = min(self.longest_delay, delay) * (1 + random.random() / 4)
                # The endpoint's name only: the URL holds the bot token, the data the user's words.
                log.warning("Bot API %s failed (%s); retry %d of %d in %.1f s", endpoint, type(exc).__name__,
                            attempt + 1, self.network_retries, wait)
                await asyncio.sleep(wait)
                delay *= 2
        raise AssertionError("unreachable")

    async def _shared_slot(self, data: dict[str, Any]) -> None:
        chat_id = data.get("chat_id") if isinstance(data, dict) else None
        try:
            chat = int(chat_id) if chat_id is not None else None
        except (TypeError, ValueError):  # "@channelname": counted overall only
            chat = None
        try:
            await wait_send_slot(self.state, chat)
        except Exception as e:  # Redis down: send anyway (this process's AIORateLimiter still applies)
            log.warning("shared send budget unavailable (%s)", type(e).__name__)


def counted(endpoint: str) -> bool:
    """A request that puts a message in a chat (what Telegram's send limits count)."""
    e = endpoint.lower()
    return (e.startswith("send") and e != "sendchataction") or e in ("copymessage", "forwardmessage")
