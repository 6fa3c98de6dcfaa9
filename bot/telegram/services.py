"""What the Telegram handlers share: the store, the checker, the content, the rate limiter and the worker pool.

The classifier runs in a thread pool behind a semaphore, and every store call runs in a thread too (the SQL store
blocks), so one slow check or query never holds up the event loop that serves the other chats.
"""
from __future__ import annotations

import asyncio
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import classifier
from bot.config import Settings
from bot.content import Content
from bot.service import CheckResult, check_offer, reply_language
from bot.store import Store
from bot.telegram.ratelimit import RateLimiter
from classifier import Checker, Verdict

if TYPE_CHECKING:
    from telegram.ext import CallbackContext

T = TypeVar("T")
KEY = "lurecheck"  # where the Services live in application.bot_data
TRUSTED_ROLES = ("ngo", "admin")
WARM_UP_AD = "Easy job abroad, high salary, no experience needed, free flight. Contact us on Telegram."


@dataclass(frozen=True)
class BotOptions:
    """Tuning of the bot process; tests shrink the windows, production keeps the defaults."""

    concurrent_updates: int = 16  # updates handled at once (PTB's concurrent_updates)
    check_workers: int = 2  # classifier threads (the machine has 2 cores)
    rate_limit: int = 20  # checks per user per window...
    rate_window: float = 60.0  # ...of this many seconds
    trusted_factor: int = 10  # NGO and admin senders may send this many times more
    burst_quiet: float = 1.5  # seconds without a new forward that end a burst
    burst_max_wait: float = 10.0  # a burst is answered at the latest this long after its first forward
    burst_max_items: int = 50  # ...or when it holds this many ads
    max_retries: int = 3  # AIORateLimiter: how often a request that got a 429 is retried
    typing_after: float = 1.0  # show "typing…" when a check takes longer than this

    @classmethod
    def from_settings(cls, settings: Settings) -> BotOptions:
        return cls(rate_limit=settings.rate_limit_per_minute)


@dataclass(frozen=True)
class Profile:
    """Who sent an update, as far as the replies need: ids only in memory, never logged."""

    user_id: int
    choice: str | None  # the language chosen with /language
    telegram_lang: str | None  # Telegram's language_code
    role: str

    @property
    def ui(self) -> str:
        """Language of a reply that is not about an ad: the choice, else Telegram's language, else English."""
        return reply_language(self.choice, self.telegram_lang, None)

    @property
    def trusted(self) -> bool:
        return self.role in TRUSTED_ROLES


class Services:
    def __init__(self, store: Store, settings: Settings, options: BotOptions, checker: Checker | None = None,
                 content: Content | None = None):
        self.store = store
        self.settings = settings
        self.options = options
        self._checker = checker  # None: the process-wide checker (rules, plus the model when it is built)
        self.content = content  # None: the service's own choice (bot.service.default_content), like every face
        self.limiter = RateLimiter(options.rate_limit, options.rate_window)
        self._pool = ThreadPoolExecutor(max_workers=options.check_workers, thread_name_prefix="lurecheck-check")
        self._slots: asyncio.Semaphore | None = None
        self.bursts: Any = None  # the BurstCollector, set by the composition root

    async def _in_pool(self, fn: Callable[[], T]) -> T:
        if self._slots is None:  # created in the running loop
            self._slots = asyncio.Semaphore(self.options.check_workers)
        async with self._slots:
            return await asyncio.get_running_loop().run_in_executor(self._pool, fn)

    @property
    def checker(self) -> Checker:
        if self._checker is None:
            self._checker = process_checker()
        return self._checker

    async def warm_up(self) -> None:
        """Build the checker (a model load takes seconds) and load the content before the first user waits."""
        await self._in_pool(lambda: check_offer(WARM_UP_AD, checker=self.checker, content=self.content))

    async def check(self, text: str, profile: Profile) -> CheckResult:
        """The same service call as the console and the CLI, off the event loop."""
        return await self._in_pool(lambda: check_offer(
            text, ui_lang=profile.choice, telegram_lang=profile.telegram_lang, checker=self.checker,
            content=self.content))

    async def check_many(self, texts: list[str]) -> list[Verdict]:
        return await self._in_pool(lambda: self.checker.check_many(texts))

    async def db(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.to_thread(fn, *args)

    async def profile(self, user_id: int, telegram_lang: str | None) -> Profile:
        choice, role = await self.db(lambda: (self.store.user_language(user_id), self.store.user_role(user_id)))
        return Profile(user_id, choice, telegram_lang, role)

    def close(self) -> None:
        self._pool.shutdown(wait=False, cancel_futures=True)


def process_checker() -> Checker:
    """The checker the CLI uses too: bot.engine's (rules plus the model when built), else the rules alone."""
    try:
        from bot.engine import get_checker
    except ImportError:
        return classifier.default_checker()
    return get_checker()


def services(context: CallbackContext) -> Services:
    return context.application.bot_data[KEY]
