"""`lurecheck worker`: heavy jobs (reading images: download, OCR, check, answer) off the webhook replicas.

With LURECHECK_REDIS_URL set, a replica that gets a photo sends the "Reading the image…" placeholder, enqueues a
job on arq (a queue library on Redis; chosen by measurement in docs/scaling.md) and is done; a worker takes the
job, reads and checks the image(s) and edits the placeholder into the verdict, exactly as the replica would have.
Without Redis the replica does it all in-process, as before.

Exactly one answer per job:
- the job id is the chat and message id, so a job enqueued twice (Telegram resending an update) is one job;
- arq marks a job in progress for `job_timeout + IN_PROGRESS_EXTRA` seconds and leaves it in the queue until it is
  finished: when its worker is killed, another worker takes it again once that mark expires;
- before the answer is sent the worker claims "sending:<job>" and after it records "answered:<job>" (both in Redis):
  a retried job whose answer went out is not answered again.
"""
from __future__ import annotations

import asyncio
import logging
import sys
from typing import Any

from arq import func
from arq.connections import RedisSettings
from arq.worker import Worker
from telegram import Message
from telegram.ext import ExtBot

from bot.config import Settings
from bot.shared.connect import open_state
from bot.shared.state import SharedState
from bot.store import Store
from bot.telegram import metrics
from bot.telegram.jobqueue import queue_name
from bot.telegram.retry import RetryingRateLimiter
from bot.telegram.services import BotOptions, Profile, Services

log = logging.getLogger(__name__)
JOB_TIMEOUT = 120.0  # seconds one image job may take (download + OCR + check + answer)
IN_PROGRESS_EXTRA = 5.0  # a killed worker's job is taken again this long after its time limit
ANSWERED_TTL = 24 * 3600.0
SENDING_TTL = 30.0


async def read_image(ctx: dict[str, Any], payload: dict[str, Any]) -> str:
    """The job: read, check and answer an image (or album), at most once per job id."""
    from bot.telegram import photos  # the Telegram face's own steps, as the replica runs them in-process

    svc: Services = ctx["svc"]
    bot: ExtBot = ctx["bot"]
    job_id = ctx.get("job_id") or "image:?"
    if await svc.state.get(f"answered:{job_id}") is not None:
        return "answered before"
    anchor = Message.de_json(payload["anchor"], bot)
    sources = [Message.de_json(m, bot) for m in payload["sources"]]
    placeholder = Message.de_json(payload["placeholder"], bot) if payload["placeholder"] else None
    profile = Profile(*payload["profile"])
    messages, markup = await photos.verdict_or_sorry(svc, bot, sources, profile, payload["origin"],
                                                     payload["can_report"])
    if not await svc.state.claim(f"sending:{job_id}", SENDING_TTL):
        return "being answered elsewhere"
    await photos.deliver(bot, anchor, placeholder, messages, markup)
    await svc.state.put(f"answered:{job_id}", b"1", ANSWERED_TTL)
    metrics.JOBS.labels("read_image").inc()
    return "answered"


def make_worker(settings: Settings, store: Store, *, state: SharedState | None = None,
                options: BotOptions | None = None, checker=None, read_images=None,
                job_timeout: float = JOB_TIMEOUT) -> Worker:
    from bot.telegram.app import api_urls, check_token

    state = state or open_state()
    if not state.shared:
        raise ValueError("lurecheck worker needs LURECHECK_REDIS_URL (the queue lives in Redis)")
    options = options or BotOptions.from_settings(settings)
    svc = Services(store, settings, options, checker=checker, state=state)
    svc.read_images = read_images
    base_url, base_file_url = api_urls(settings.telegram_api_base_url)
    bot = ExtBot(check_token(settings.telegram_token), base_url=base_url, base_file_url=base_file_url,
                 rate_limiter=RetryingRateLimiter(max_retries=options.max_retries, network_retries=options.api_retries,
                                                  state=state))

    async def startup(ctx: dict[str, Any]) -> None:
        await bot.initialize()
        await svc.warm_up()
        log.info("worker ready on queue %s", queue_name(state))
        print("ready", flush=True)

    async def shutdown(ctx: dict[str, Any]) -> None:
        await bot.shutdown()
        await svc.aclose()

    worker = Worker(functions=[func(read_image, name="read_image", timeout=job_timeout, max_tries=5)],
                    queue_name=queue_name(state), redis_settings=RedisSettings.from_dsn(state.url),
                    on_startup=startup, on_shutdown=shutdown, ctx={"svc": svc, "bot": bot}, max_jobs=4,
                    poll_delay=0.05, keep_result=3600, handle_signals=True)
    worker.in_progress_timeout_s = job_timeout + IN_PROGRESS_EXTRA  # arq's default adds 10 s
    return worker


def run_worker(settings: Settings, store: Store | None = None, **kw: Any) -> int:
    """`lurecheck worker`: take jobs until Ctrl-C (SIGTERM). Returns the exit status."""
    from bot.telegram.app import TokenError, configure_logging, open_store

    configure_logging(settings)
    asyncio.set_event_loop(asyncio.new_event_loop())  # arq's Worker takes the current loop
    try:
        worker = make_worker(settings, store or open_store(settings), **kw)
    except (ValueError, TokenError) as exc:
        print(f"lurecheck worker: {exc}", file=sys.stderr)
        return 2
    worker.run()
    return 0

