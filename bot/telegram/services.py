"""What the Telegram handlers share: the store, the checker, the content, the rate limiter and the worker pool.

The classifier runs in a thread pool behind a semaphore, and every store call runs in a thread too (the SQL store
blocks), so one slow check or query never holds up the event loop that serves the other chats. Images are read
(OCR, seconds each) in a pool of their own, so a photo never holds up the pasted ads behind it.
"""
from __future__ import annotations

import asyncio
import hmac
import logging
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

import classifier
from bot.answer.content import Content
from bot.checking.continuation import RecentParts
from bot.checking.service import CheckResult, check_image, check_offer, configure, reply_language, result_for
from bot.config import Settings
from bot.ngo import registry
from bot.ngo.jobs import Journal
from bot.shared import verdicts
from bot.shared.connect import open_state
from bot.shared.state import SharedState
from bot.storage.outbox import SPOOL_NAME, Outbox, retry_loop
from bot.storage.sql_store import purge_loop
from bot.store import PERSISTENT, CheckRecord, Store, user_hash
from bot.telegram import metrics
from bot.telegram.ratelimit import UserLimiter
from classifier import Checker, Verdict, text_hash
from classifier.normalize import normalize

if TYPE_CHECKING:
    from telegram.ext import CallbackContext

T = TypeVar("T")
log = logging.getLogger(__name__)
KEY = "lurecheck"  # where the Services live in application.bot_data
TRUSTED_ROLES = ("ngo", "admin")
KNOWN_TTL = 600.0  # seconds a profile read is reused by the rate limit (it is read again with every admitted update)
KNOWN_SIZE = 10_000  # users remembered at most
VERDICT_CACHE_TTL = 600.0  # seconds a verdict stays in the shared cache (the same ad forwarded by many users)
VERDICT_CACHE_MAX_CHARS = 20_000  # longer texts are not cached (their key costs a normalization on the event loop)
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
    album_quiet: float = 1.0  # an album's photos arrive as separate updates: collected until this long without one
    album_max_wait: float = 5.0  # ...or at most this long after the first
    image_timeout: float = 60.0  # downloading, reading and checking one photo or album, at most
    image_workers: int = 1  # OCR threads, beside the check threads: a slow image never holds up pasted ads
    # Robustness (issue 8): a database that does not answer within db_wait seconds does not hold up the verdict;
    # what could not be stored goes to the outbox (bot/storage/outbox.py), retried every outbox_retry seconds (backing off).
    db_wait: float = 3.0
    outbox_retry: float = 2.0
    join_window: float = 90.0  # an ad cut in two (caption + forward) is also read joined (bot/checking/continuation.py)
    request_timeout: float | None = None  # Bot API read/write timeout (None: PTB's 5 s); tests shorten it
    api_retries: int = 4  # 5xx, timeouts and dropped connections of the Bot API: retries with backoff

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
                 content: Content | None = None, state: SharedState | None = None):
        self.store = store
        # Short-lived state shared by the replicas (Redis with LURECHECK_REDIS_URL, else this process's memory)
        self.state = state if state is not None else open_state()
        self.queue: Any = None  # the job queue (bot/telegram/worker.py) when Redis is configured; None: in-process
        self.settings = settings
        self.options = options
        configure(settings)  # the check service reads content settings from these, not from the environment again
        self._checker = checker  # None: the process-wide checker (rules, plus the model when it is built)
        self.content = content  # None: the service's own choice (bot.checking.service.default_content), like every face
        self.limiter = UserLimiter(self.state, options.rate_limit, options.rate_window)
        self._pool = ThreadPoolExecutor(max_workers=options.check_workers, thread_name_prefix="lurecheck-check")
        self._slots: asyncio.Semaphore | None = None
        self.bursts: Any = None  # the BurstCollector, set by the composition root
        self._ocr_pool = ThreadPoolExecutor(max_workers=options.image_workers, thread_name_prefix="lurecheck-ocr")
        self.read_images: Callable[..., Any] | None = None  # None: bot.ocr.reader.read_images; tests set a stand-in
        # The outbox: on disk beside the database for the SQL store, in memory for the in-memory one.
        spool = settings.data_dir / SPOOL_NAME if PERSISTENT in store.capabilities else None
        self.outbox = Outbox(store, spool)
        self.parts = RecentParts(window=options.join_window)
        self.jobs = Journal(settings.data_dir / "ngo-jobs" if PERSISTENT in store.capabilities else None,
                            secret=store.secret)  # the journal's chat code is then the store's user code
        self._background: list[asyncio.Task] = []
        self._known: OrderedDict[int, tuple[float, Profile]] = OrderedDict()  # see known_profile

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

    async def check(self, text: str, profile: Profile, chat_id: int | None = None) -> CheckResult:
        """The same service call as the console and the CLI, off the event loop; a contact seen in confirmed lures
        raises the level (bot/ngo/registry.py). With `chat_id`, the text is also read joined to the chat's previous
        one (an ad cut in two: bot/checking/continuation.py)."""
        key = self._cache_key(text)
        cached = await self._cached_verdict(key)
        fresh: list[Verdict] = []

        def work() -> CheckResult:
            verdict = cached
            if verdict is None:
                verdict = self.checker.check(text)
                fresh.append(verdict)
            if chat_id is not None:
                verdict = self.parts.check(self.checker, chat_id, text, verdict)
            verdict = self._annotated([verdict])[0]
            return result_for(verdict, ui_lang=profile.choice, telegram_lang=profile.telegram_lang,
                              content=self.content, ngo=profile.trusted)

        started = time.perf_counter()
        result = await self._in_pool(work)
        if key is not None and fresh and fresh[0].problem is None:
            await self._remember_verdict(key, fresh[0])
        metrics.CHECK_SECONDS.observe(time.perf_counter() - started)
        metrics.CHECKS.labels(str(result.verdict.level)).inc()
        return result

    def _cache_key(self, text: str) -> str | None:
        """The shared verdict cache's key: the store's keyed hash of the normalized text (a bare hash in Redis would
        tell someone holding a known ad that it was checked lately); None for a text too long to cache."""
        if len(text) > VERDICT_CACHE_MAX_CHARS:
            return None
        return "verdict:" + self.store.text_key(text_hash(normalize(text)))

    async def _cached_verdict(self, key: str | None) -> Verdict | None:
        """The checker's verdict for this text from the shared cache (another replica may have checked it), or None.
        The checker's own cache (classifier/checker.py) stays: this one is shared by the replicas through the state."""
        if key is None:
            return None
        try:
            raw = await self.state.get(key)
            verdict = verdicts.loads(raw) if raw is not None else None
        except Exception as e:  # Redis down, an entry of another version: checked here
            log.warning("verdict cache skipped (%s)", type(e).__name__)
            verdict = None
        metrics.VERDICT_CACHE.labels("hit" if verdict is not None else "miss").inc()
        return verdict

    async def _remember_verdict(self, key: str, verdict: Verdict) -> None:
        try:
            await self.state.put(key, verdicts.dumps(verdict), VERDICT_CACHE_TTL)
        except Exception as e:  # noqa: BLE001 - a cache that cannot be written holds up nothing
            log.warning("verdict cache not written (%s)", type(e).__name__)

    async def check_image(self, images: list[bytes], caption: str | None, profile: Profile,
                          problem: Exception | None = None) -> CheckResult:
        """Read the images (OCR) and check them with the caption: bot.checking.service.check_image, in the OCR thread.
        With `problem` (a bot.ocr.reader.OcrError: the image was refused, not downloaded, too slow) nothing is read: the
        reply says what went wrong and the caption alone is checked, in a check thread."""
        def run(read: Callable[..., Any] | None) -> Callable[[], CheckResult]:
            return lambda: check_image(images, caption, ui_lang=profile.choice, telegram_lang=profile.telegram_lang,
                                       checker=self.checker, content=self.content, read=read, ngo=profile.trusted)

        if problem is not None:
            def refused(_images: list[bytes], _hint: str | None) -> Any:
                raise problem

            return await self._in_pool(run(refused))
        started = time.perf_counter()
        result = await asyncio.get_running_loop().run_in_executor(self._ocr_pool, run(self.read_images))
        metrics.OCR_SECONDS.observe(time.perf_counter() - started)
        metrics.CHECKS.labels(str(result.verdict.level)).inc()
        return result

    async def check_many(self, texts: list[str]) -> list[Verdict]:
        """A batch (a burst of forwards, a chunk of an NGO's file), raised by the registry like single checks."""
        return await self._in_pool(lambda: self._annotated(self.checker.check_many(texts)))

    def _annotated(self, verdicts: list[Verdict]) -> list[Verdict]:
        """The registry's raise, when the database answers; the checker's own verdicts when it does not."""
        try:
            return registry.annotate_many(self.store, verdicts)
        except Exception as e:  # the database is down or locked: the verdict must still reach the user
            log.warning("registry lookup skipped: the database did not answer (%s)", type(e).__name__)
            return verdicts

    async def record_checks(self, user_id: int, items: list[tuple[Verdict, str | None, str | None]]) -> list[int] | None:
        """Store checks of one sender, waiting at most `db_wait` seconds: their ids, or None when the database did
        not answer in time. Nothing is lost: a write that fails goes to the outbox (retried later); one still
        running goes there if it fails in the end."""
        def write() -> list[int]:
            many = getattr(self.store, "record_checks", None)
            if many is not None:
                return list(many(user_id, items))
            return [self.store.record_check(user_id, *item) for item in items]

        task = asyncio.ensure_future(asyncio.to_thread(write))

        def settled(t: asyncio.Future) -> None:
            if t.cancelled() or t.exception() is not None:
                if t.exception() is not None:
                    log.warning("storing %d check(s) failed (%s): kept in the outbox", len(items),
                                type(t.exception()).__name__)
                self.outbox.put_checks(user_id, items)

        done, _pending = await asyncio.wait({task}, timeout=self.options.db_wait)
        if not done:
            task.add_done_callback(settled)  # still blocked (a locked SQLite): decided when it ends
            log.warning("the database is slow: a verdict is sent before its check is stored")
            return None
        if task.exception() is not None:
            settled(task)
            return None
        return task.result()

    async def record_check(self, user_id: int, verdict: Verdict, text: str | None = None,
                           origin: str | None = None) -> int | None:
        ids = await self.record_checks(user_id, [(verdict, text, origin)])
        return ids[0] if ids else None

    def start_background(self) -> None:
        """The outbox's retry loop (called from the Application's post_init, in its event loop)."""
        if not self._background:
            self._background.append(asyncio.create_task(retry_loop(self.outbox, self.options.outbox_retry),
                                                        name="lurecheck-outbox"))
            if PERSISTENT in self.store.capabilities:  # retention: at most once a day across replicas
                self._background.append(asyncio.create_task(purge_loop(self.store, self.settings),
                                                            name="lurecheck-purge"))

    def own_check(self, check_id: int, user_id: int) -> CheckRecord | None:
        """The check when it is the user's own; None when it is someone else's or does not exist (one answer for
        both: a button's check id is only a claim, and ids are sequential). Blocking: call it through `db`."""
        record = self.store.get_check(check_id)
        mine = user_hash(getattr(self.store, "secret", b""), user_id)
        if record is None or not hmac.compare_digest(record.user_hash, mine):
            return None
        return record

    async def db(self, fn: Callable[..., T], *args: Any) -> T:
        return await asyncio.to_thread(fn, *args)

    async def profile(self, user_id: int, telegram_lang: str | None) -> Profile:
        try:
            choice, role = await asyncio.wait_for(
                self.db(lambda: (self.store.user_language(user_id), self.store.user_role(user_id))),
                self.options.db_wait)
        except Exception as e:  # database down or locked: answer anyway, as a plain user in Telegram's language
            log.warning("user profile unavailable (%s): answering with the defaults", type(e).__name__)
            choice, role = None, "user"
        profile = Profile(user_id, choice, telegram_lang, role)
        self._known[user_id] = (time.monotonic() + KNOWN_TTL, profile)
        self._known.move_to_end(user_id)
        while len(self._known) > KNOWN_SIZE:
            self._known.popitem(last=False)
        return profile

    def known_profile(self, user_id: int) -> Profile | None:
        """The profile read last for this user (within KNOWN_TTL), without a database query: what the rate limit
        needs before it lets an update reach the database (trusted or not, the language of the warning)."""
        found = self._known.get(user_id)
        if found is None or found[0] < time.monotonic():
            self._known.pop(user_id, None)
            return None
        return found[1]

    def close(self) -> None:
        for task in self._background:
            task.cancel()
        self._pool.shutdown(wait=False, cancel_futures=True)
        self._ocr_pool.shutdown(wait=False, cancel_futures=True)

    async def aclose(self) -> None:
        """close(), then the connections to Redis and the queue."""
        self.close()
        if self.queue is not None:
            await self.queue.aclose()
        await self.state.close()


def process_checker() -> Checker:
    """The checker the CLI uses too: bot.checking.engine's (rules plus the model when built), else the rules alone."""
    try:
        from bot.checking.engine import get_checker
    except ImportError:
        return classifier.default_checker()
    return get_checker()


def services(context: CallbackContext) -> Services:
    return context.application.bot_data[KEY]
