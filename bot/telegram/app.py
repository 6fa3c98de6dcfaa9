"""The composition root: builds the Application, registers the handlers in order, runs polling.

Order matters: the admin handlers (bot/telegram/admin.py, with a store that has the ADMIN capability) come first, then photos, forwards, commands,
buttons, and last the generic text and non-text handlers. In a group every handler here requires the bot to be
mentioned or replied to (groups.ADDRESSED).
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import sys

from telegram import LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import InvalidToken, NetworkError
from telegram.ext import (
    Application,
    ApplicationBuilder,
    BaseHandler,
    CallbackQueryHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    filters,
)

from bot import redact, storage
from bot.answer.content import Content
from bot.config import Settings
from bot.store import Store
from bot.telegram import admin as admin_handlers
from bot.telegram import dashboard, feedback, followups, info, lookup, ngo, nontext, offers, photos, sos, start
from bot.telegram.common import limited
from bot.telegram.errors import on_error
from bot.telegram.groups import ADDRESSED
from bot.telegram.jobqueue import open_queue
from bot.telegram.keyboards import CONSENT_PATTERN, FEEDBACK_PATTERN, LANG_PATTERN, REPORT_PATTERN
from bot.telegram.retry import RetryingRateLimiter
from bot.telegram.safe_updates import SafeUpdatesRequest
from bot.telegram.services import KEY, BotOptions, Services
from classifier import Checker

log = logging.getLogger(__name__)

NEW_MESSAGE = filters.UpdateType.MESSAGE  # edited messages and channel posts are not answered


class TokenError(ValueError):
    """TELEGRAM_BOT_TOKEN is missing or cannot be a bot token."""


def check_token(token: str | None) -> str:
    if not token:
        raise TokenError("TELEGRAM_BOT_TOKEN is not set (in the environment or in .env). "
                         "Ask @BotFather for a token and set TELEGRAM_BOT_TOKEN=123456:ABC...")
    if ":" not in token or not token.split(":", 1)[0].isdigit() or any(c.isspace() for c in token):
        raise TokenError("TELEGRAM_BOT_TOKEN does not look like a bot token (it has the form 123456:ABC...).")
    return token


def api_urls(base_url: str) -> tuple[str, str]:
    """(base_url, base_file_url) for PTB, which appends the token: "https://host/bot" and "https://host/file/bot"."""
    base = base_url.rstrip("/")
    if not base.endswith("/bot"):
        base += "/bot"
    return base, base[: -len("/bot")] + "/file/bot"


def open_store(settings: Settings) -> Store:
    """The SQL store: the bot always keeps its records in the database of LURECHECK_DATABASE_URL."""
    return storage.open_store(settings)


def rate_limited(handlers: list[BaseHandler]) -> list[BaseHandler]:
    """Every handler behind the per-user rate limit, decided before any database query (common.limited): messages,
    commands (/forgetme too), buttons, admin and NGO tools alike. A callback that counts itself (an album's photos
    count once) says so with `limits_itself`."""
    for handler in handlers:
        if not getattr(handler.callback, "limits_itself", False):
            handler.callback = limited(handler.callback)
    return handlers


def register(application: Application, store: Store) -> None:
    for handler in rate_limited(admin_handlers.handlers(store)):  # none with a store that has no ADMIN capability
        application.add_handler(handler)
    for feature in (sos, lookup, followups):  # SOS first: before any job-ad handler (issue 17, items 1, 5, 6)
        feature.register(application)
    private = filters.ChatType.PRIVATE
    text = filters.TEXT | filters.CAPTION
    application.add_handlers(rate_limited([
        *dashboard.handlers(store),  # /dashboard: the web dashboard's Mini App button and login link
        *ngo.handlers(store),  # NGO tools: files of ads (not images), /contact, /legit, /stats, /export
        *photos.handlers(),  # photos and image files (a forwarded screenshot too): read, then checked
        MessageHandler(NEW_MESSAGE & private & filters.FORWARDED & text, offers.on_forward),
        CommandHandler("start", start.on_start, filters=NEW_MESSAGE & ADDRESSED),
        CommandHandler(["language", "lang"], start.on_language, filters=NEW_MESSAGE & ADDRESSED),
        CommandHandler("help", info.on_help, filters=NEW_MESSAGE & ADDRESSED),
        CommandHandler("privacy", info.on_privacy, filters=NEW_MESSAGE & ADDRESSED),
        CommandHandler("forgetme", info.on_forgetme, filters=NEW_MESSAGE & ADDRESSED),
        CallbackQueryHandler(start.on_language_button, pattern=LANG_PATTERN),
        CallbackQueryHandler(feedback.on_feedback, pattern=FEEDBACK_PATTERN),
        CallbackQueryHandler(feedback.on_report, pattern=REPORT_PATTERN),
        CallbackQueryHandler(feedback.on_consent, pattern=CONSENT_PATTERN),
        CallbackQueryHandler(feedback.on_stale_button),
        MessageHandler(NEW_MESSAGE & ADDRESSED & filters.COMMAND, info.on_unknown_command),
        MessageHandler(NEW_MESSAGE & ADDRESSED & text, offers.on_offer),
        MessageHandler(NEW_MESSAGE & ADDRESSED & ~filters.StatusUpdate.ALL, nontext.on_non_text),
    ]))
    application.add_error_handler(on_error)


def build_application(settings: Settings, store: Store, *, options: BotOptions | None = None,
                      checker: Checker | None = None, content: Content | None = None,
                      webhook: bool = False) -> Application:
    """The bot, ready for `run_polling`, or (webhook=True) for a webhook server that feeds its update_queue."""
    token = check_token(settings.telegram_token)
    options = options or BotOptions.from_settings(settings)
    svc = Services(store, settings, options, checker=checker, content=content)
    base_url, base_file_url = api_urls(settings.telegram_api_base_url)

    async def post_init(application: Application) -> None:
        svc.start_background()  # the outbox's retry loop (bot/storage/outbox.py)
        followups.start(application, svc)  # reporters hear the decision on their report
        svc.queue = await open_queue(svc.state)  # Redis: images go to the workers (bot/telegram/worker.py) through bot/telegram/jobqueue.py
        await asyncio.gather(info.set_command_menus(application.bot), svc.warm_up())
        await ngo.resume(application, svc)  # files a killed process left: delivered, or "send it again"

    async def post_shutdown(application: Application) -> None:
        await svc.aclose()

    builder = (
        ApplicationBuilder()
        .token(token)
        .base_url(base_url)
        .base_file_url(base_file_url)
        .rate_limiter(RetryingRateLimiter(max_retries=options.max_retries, network_retries=options.api_retries,
                                          state=svc.state))
        .concurrent_updates(options.concurrent_updates)
        .defaults(Defaults(parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)))
        .post_init(post_init)
        .post_shutdown(post_shutdown)
    )
    if options.request_timeout is not None:
        builder = builder.read_timeout(options.request_timeout).write_timeout(options.request_timeout)
    if webhook:
        builder = builder.updater(None)
    else:  # an update this version cannot read is skipped, not fetched again forever (bot/telegram/safe_updates.py)
        builder = builder.get_updates_request(SafeUpdatesRequest())
    application = builder.build()
    application.bot_data[KEY] = svc
    svc.bursts = offers.make_bursts(application, svc)
    register(application, store)
    return application


@contextlib.asynccontextmanager
async def lifecycle(application: Application, polling: dict | None = None):
    """Run the Application inside an event loop that someone else owns (the webhook server, tests), in the order
    run_polling uses: initialize, post_init, [start polling], start ... stop, [stop polling], shutdown, post_shutdown.
    """
    async with application:
        if application.post_init:
            await application.post_init(application)
        if polling is not None:
            await application.updater.start_polling(allowed_updates=Update.ALL_TYPES, **polling)
        await application.start()
        try:
            yield application
        finally:
            if polling is not None and application.updater.running:
                await application.updater.stop()
            await application.stop()
    if application.post_shutdown:
        await application.post_shutdown(application)


def configure_logging(settings: Settings | None = None) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    logging.getLogger("httpx").setLevel(logging.WARNING)  # its INFO lines carry the token in every URL
    if settings is not None:  # and whatever else logs a secret: masked on every handler (bot/redact.py)
        redact.install(settings)


def run_polling(settings: Settings, store: Store | None = None) -> int:
    """`lurecheck run`: long polling until Ctrl-C. Returns the exit status."""
    try:
        check_token(settings.telegram_token)
    except TokenError as exc:
        print(f"lurecheck run: {exc}", file=sys.stderr)
        return 2
    configure_logging(settings)
    application = build_application(settings, store or open_store(settings))
    try:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
    except InvalidToken:
        print("lurecheck run: Telegram rejected TELEGRAM_BOT_TOKEN (invalid or revoked). "
              "Check the token with @BotFather.", file=sys.stderr)
        return 2
    except NetworkError as exc:
        print(f"lurecheck run: cannot reach the Bot API at {api_urls(settings.telegram_api_base_url)[0]}: {exc}",
              file=sys.stderr)
        return 1
    return 0
