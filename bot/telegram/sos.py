"""SOS mode in Telegram: the card for a message of first-person distress, and the guided report.

The card comes from the check service (bot/checking/service.py: every face gets it); here it gets its button. The
guided report is a small state machine, one question at a time (location share, building name or photo, how many
people, passport details, a contact), each with a Skip button; then the bot writes the report in English (and Khmer
for Cambodian police) for the user to forward. The answers live only in this process's memory, keyed by the user
id, for at most DRAFT_TTL seconds; nothing is stored unless the user taps "send it to an NGO" (then it enters the
NGO review queue: bot/admin/reviews.py share_sos). The draft is per process: with several replicas a report is
finished on the replica that started it (documented in docs/bot.md).
"""
from __future__ import annotations

import re
import time
from dataclasses import dataclass, field
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update
from telegram.ext import Application, CallbackQueryHandler, CommandHandler, MessageHandler, filters

from bot.admin.reviews import share_sos
from bot.answer import sos as card
from bot.checking.service import default_content, sos_texts
from bot.telegram.common import Context, limited, profile_for, send
from bot.telegram.groups import ADDRESSED
from bot.telegram.services import services
from classifier.distress import detect_distress

DRAFTS_KEY = "lurecheck.sos.drafts"
DRAFT_TTL = 1800.0
START_PATTERN = re.compile(r"^sos:go:([A-Z]{2}|-)$")
SKIP_PATTERN = re.compile(r"^sos:skip$")
SHARE_PATTERN = re.compile(r"^sos:ngo:([yn])$")


@dataclass
class Draft:
    lang: str
    where: str | None
    nationality: str | None
    step: int = 0
    answers: dict[str, str | None] = field(default_factory=dict)
    report: str | None = None  # the English report, once written (kept until the user says share or not)
    expires: float = field(default_factory=lambda: time.monotonic() + DRAFT_TTL)


class Distressed(filters.MessageFilter):
    """A message (text or caption) with first-person distress: the SOS card, before any job-ad handler."""

    def filter(self, message: Message) -> bool:
        return detect_distress(message.text or message.caption or "") is not None


class InReport(filters.MessageFilter):
    """A message from a user in the middle of a guided report (their answer to the current question)."""

    def __init__(self, drafts: dict[int, Draft]):
        super().__init__(name="InReport")
        self.drafts = drafts

    def filter(self, message: Message) -> bool:
        user = message.from_user
        draft = self.drafts.get(user.id) if user else None
        return draft is not None and draft.report is None and draft.expires > time.monotonic()


def _drafts(context: Context) -> dict[int, Draft]:
    return context.application.bot_data.setdefault(DRAFTS_KEY, {})


def _skip_markup(lang: str) -> InlineKeyboardMarkup:
    label = card.text(sos_texts(), "report", "skip", lang)
    return InlineKeyboardMarkup([[InlineKeyboardButton("⏭ " + label, callback_data="sos:skip")]])


def card_markup(result) -> InlineKeyboardMarkup:
    sos = result.sos
    label = card.text(sos_texts(), "card", "start_report_button", sos.lang)
    return InlineKeyboardMarkup([[InlineKeyboardButton(label, callback_data=f"sos:go:{sos.where or '-'}")]])


async def on_distress(update: Update, context: Context) -> None:
    """First-person distress: the SOS card (no score, no red flags), with the button that opens the report."""
    svc = services(context)
    message = update.effective_message
    profile = await profile_for(update, context)
    result = await svc.check(message.text or message.caption or "", profile)
    markup = card_markup(result) if result.sos is not None and message.chat.type == "private" else None
    await send(context.bot, message.chat_id, result.messages, reply=message, markup=markup)


async def _ask(context: Context, chat_id: int, draft: Draft) -> None:
    key = card.REPORT_FIELDS[draft.step]
    await context.bot.send_message(chat_id, escape(card.ask(sos_texts(), key, draft.lang)),
                                   reply_markup=_skip_markup(draft.lang))


async def _start(context: Context, chat_id: int, user_id: int, lang: str, where: str | None) -> None:
    draft = Draft(lang, where, card.nationality_of(lang))
    drafts = _drafts(context)
    now = time.monotonic()
    for uid in [u for u, d in drafts.items() if d.expires < now]:  # abandoned reports are forgotten
        del drafts[uid]
    drafts[user_id] = draft
    sos = sos_texts()
    await context.bot.send_message(chat_id, escape(card.text(sos, "report", "intro", lang)))
    await _ask(context, chat_id, draft)


async def on_sos_command(update: Update, context: Context) -> None:
    """/sos: the guided report, in a private chat only (in a group everyone would read it)."""
    message = update.effective_message
    profile = await profile_for(update, context)
    if message.chat.type != "private":
        await send(context.bot, message.chat_id,
                   [escape(card.text(sos_texts(), "report_extra", "private_only", profile.ui))], reply=message)
        return
    await _start(context, message.chat_id, update.effective_user.id, profile.ui, None)


async def on_start_button(update: Update, context: Context) -> None:
    query = update.callback_query
    (where,) = START_PATTERN.match(query.data).groups()
    profile = await profile_for(update, context)
    await query.answer()
    await _start(context, query.message.chat_id if query.message else query.from_user.id, query.from_user.id,
                 profile.ui, None if where == "-" else where)


async def _next(context: Context, chat_id: int, user_id: int, draft: Draft, answer: str | None) -> None:
    key = card.REPORT_FIELDS[draft.step]
    draft.answers[key] = answer
    draft.step += 1
    if draft.step < len(card.REPORT_FIELDS):
        await _ask(context, chat_id, draft)
        return
    sos = sos_texts()
    svc = services(context)
    messages = card.compose_report(sos, svc.content or default_content(), draft.answers, draft.lang, draft.where,
                                   draft.nationality)
    draft.report = card.report_text(sos, draft.answers, "en")
    t = lambda k: card.text(sos, "report_extra", k, draft.lang)  # noqa: E731
    markup = InlineKeyboardMarkup([[InlineKeyboardButton(t("share_yes"), callback_data="sos:ngo:y"),
                                    InlineKeyboardButton(t("share_no"), callback_data="sos:ngo:n")]])
    await send(context.bot, chat_id, messages, markup=markup)


async def on_answer(update: Update, context: Context) -> None:
    """An answer to the current question: a location share, a text, or a photo (of the building, the passport)."""
    message = update.effective_message
    user_id = update.effective_user.id
    draft = _drafts(context).get(user_id)
    if draft is None or draft.report is not None:
        return
    if message.location is not None:
        loc = message.location
        answer = card.location_answer(loc.latitude, loc.longitude)
        if draft.where is None and card.in_cambodia(loc.latitude, loc.longitude):
            draft.where = "KH"
    elif message.photo or message.document:
        answer = "<photo>" if not message.caption else message.caption
    else:
        answer = message.text or message.caption or None
    await _next(context, message.chat_id, user_id, draft, answer)


async def on_skip(update: Update, context: Context) -> None:
    query = update.callback_query
    draft = _drafts(context).get(query.from_user.id)
    await query.answer()
    if draft is None or draft.report is not None or draft.expires < time.monotonic():
        return
    chat_id = query.message.chat_id if query.message else query.from_user.id
    await _next(context, chat_id, query.from_user.id, draft, None)


async def on_share(update: Update, context: Context) -> None:
    """Share the finished report with an NGO (the review queue), or not: the draft is dropped either way."""
    query = update.callback_query
    (choice,) = SHARE_PATTERN.match(query.data).groups()
    draft = _drafts(context).pop(query.from_user.id, None)
    profile = await profile_for(update, context)
    sos = sos_texts()
    await query.answer()
    if draft is None or draft.report is None:
        msg = card.text(sos, "report_extra", "expired", profile.ui)
    elif choice == "y":
        svc = services(context)
        shared = await svc.db(share_sos, svc.store, query.from_user.id, draft.report)
        msg = card.text(sos, "report_extra", "shared" if shared else "not_shared", draft.lang)
    else:
        msg = card.text(sos, "report_extra", "not_shared", draft.lang)
    if query.message is not None:
        await query.edit_message_reply_markup(None)
    await context.bot.send_message(query.message.chat_id if query.message else query.from_user.id, escape(msg))


def register(application: Application) -> None:
    """The SOS handlers, each behind the rate limit, before the job-ad handlers (bot/telegram/app.py calls it)."""
    drafts = application.bot_data.setdefault(DRAFTS_KEY, {})
    new = filters.UpdateType.MESSAGE
    private = filters.ChatType.PRIVATE
    answers = filters.TEXT & ~filters.COMMAND | filters.LOCATION | filters.PHOTO | filters.Document.IMAGE
    for handler in (
        MessageHandler(new & private & InReport(drafts) & answers, on_answer),
        CommandHandler("sos", on_sos_command, filters=new & ADDRESSED),
        MessageHandler(new & ADDRESSED & (filters.TEXT | filters.CAPTION) & ~filters.COMMAND & Distressed(),
                       on_distress),
        CallbackQueryHandler(on_start_button, pattern=START_PATTERN),
        CallbackQueryHandler(on_skip, pattern=SKIP_PATTERN),
        CallbackQueryHandler(on_share, pattern=SHARE_PATTERN),
    ):
        handler.callback = limited(handler.callback)
        application.add_handler(handler)
