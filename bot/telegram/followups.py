"""Follow-ups in Telegram: the reporter is told the decision on their report (bot/admin/reviews.py records whom to
tell; this face delivers it, right after a decision made here and every FOLLOWUP_EVERY seconds for decisions made
elsewhere, e.g. the dashboard); the "ask a person to look" button under a `suspicious` verdict; the "warn a friend"
card under a `high_risk` verdict (a separate, forwardable message without personal data)."""
from __future__ import annotations

import asyncio
import contextlib
import logging
import re

from telegram import Bot, Update
from telegram.error import BadRequest, Forbidden
from telegram.ext import Application, CallbackQueryHandler

from bot.admin.reviews import deliver_followups, remember_reporter
from bot.answer.lookup import compose_followup, compose_friend_card, label
from bot.checking.service import sos_texts
from bot.store import Store
from bot.telegram.common import Context, limited, profile_for, send
from bot.telegram.photos import ad_text
from bot.telegram.services import Services, services
from classifier import text_hash
from classifier.normalize import normalize

log = logging.getLogger(__name__)
FOLLOWUP_EVERY = 30.0
LOOK_PATTERN = re.compile(r"^hl:(\d{1,18})$")
FRIEND_PATTERN = re.compile(r"^fw:(\d{1,18})$")


class TelegramNotifier:
    """bot.admin.reviews.Notifier: a message to the reporter's chat."""

    def __init__(self, bot: Bot):
        self.bot = bot

    async def notify(self, chat_id: int, text: str) -> bool:
        try:
            await self.bot.send_message(chat_id, text)
        except (Forbidden, BadRequest):  # blocked the bot, or the chat is gone: it never can be told
            return False
        return True


async def deliver(bot: Bot, store: Store) -> int:
    """Tell every reporter whose report was decided (safe to call any time; errors are logged). Only the store is
    needed: the admin handlers (bot/telegram/admin.py) hold the store, not the Services."""
    sos = sos_texts()
    try:
        return await deliver_followups(store, TelegramNotifier(bot), lambda n: compose_followup(sos, n))
    except Exception:  # noqa: BLE001 - the database: tried again on the next round
        log.exception("follow-ups could not be delivered")
        return 0


def start(application: Application, svc: Services) -> None:
    """The delivery loop (from the Application's post_init)."""
    async def loop() -> None:
        started, waited = False, 0.0
        while True:
            await asyncio.sleep(1.0)
            if started and not application.running:
                return  # the Application stopped (run_polling also cancels it through post_stop)
            started, waited = started or application.running, waited + 1.0
            if waited >= FOLLOWUP_EVERY:
                waited = 0.0
                await deliver(application.bot, svc.store)

    task = asyncio.get_running_loop().create_task(loop(), name="lurecheck-followups")
    before = application.post_stop

    async def stop(app: Application) -> None:  # the loop ends with the Application
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task
        if before is not None:
            await before(app)

    application.post_stop = stop


async def remember(svc: Services, report_id: int | None, chat_id: int, lang: str, kind: str = "report") -> None:
    """At report time (bot/telegram/feedback.py): keep what is needed to tell the reporter the decision."""
    if report_id is not None:
        with contextlib.suppress(Exception):
            await svc.db(remember_reporter, svc.store, report_id, chat_id, lang, kind)



async def on_human_look(update: Update, context: Context) -> None:
    """"Ask a person to look": the ad (its text only) enters the NGO review queue; the decision comes back."""
    query = update.callback_query
    check_id = int(LOOK_PATTERN.match(query.data).group(1))
    svc = services(context)
    profile = await profile_for(update, context)
    sos = sos_texts()
    ad = query.message.reply_to_message if query.message is not None else None
    record = await svc.db(svc.own_check, check_id, query.from_user.id)
    text = await ad_text(context.bot_data, ad, check_id) if ad is not None else None
    mine = ad is not None and ad.from_user is not None and ad.from_user.id == query.from_user.id
    if (record is None or not text or not mine
            or record.text_hash != svc.store.text_key(text_hash(normalize(text)))):
        await query.answer(label(sos, "not_yours", profile.ui))
        return
    report_id = await svc.db(svc.store.add_report, check_id, query.from_user.id, text, None)
    if report_id is None:
        await query.answer(label(sos, "not_yours", profile.ui))
        return
    await remember(svc, report_id, query.message.chat_id, profile.ui, "look")
    await query.answer()
    await send(context.bot, query.message.chat_id, [label(sos, "human_look_sent", profile.ui)])


async def on_friend_card(update: Update, context: Context) -> None:
    """"Warn a friend": the card as a separate message, to forward as it is."""
    query = update.callback_query
    profile = await profile_for(update, context)
    await query.answer()
    me = await context.bot.get_me()
    intro, card = compose_friend_card(sos_texts(), profile.ui, f"@{me.username}")
    chat_id = query.message.chat_id if query.message is not None else query.from_user.id
    await send(context.bot, chat_id, [intro, card])


def register(application: Application) -> None:
    for handler in (CallbackQueryHandler(on_human_look, pattern=LOOK_PATTERN),
                    CallbackQueryHandler(on_friend_card, pattern=FRIEND_PATTERN)):
        handler.callback = limited(handler.callback)
        application.add_handler(handler)
