"""Job offers: pasted text, photo captions, forwarded messages, and bursts of forwards answered with one summary."""
from __future__ import annotations

import asyncio
import contextlib
import json
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from html import escape

from telegram import (
    Bot,
    Message,
    MessageOrigin,
    MessageOriginChannel,
    MessageOriginChat,
    MessageOriginHiddenUser,
    MessageOriginUser,
    Update,
)
from telegram.ext import Application

from bot.answer.i18n import translator
from bot.answer.replies import split_messages
from bot.answer.summary import SummaryEntry, compose_summary, with_origin
from bot.checking.service import reply_language
from bot.telegram.common import Context, admit, profile_for, send, with_typing
from bot.telegram.groups import is_group, text_to_check
from bot.telegram.keyboards import verdict_keyboard
from bot.telegram.services import Profile, Services, services

log = logging.getLogger(__name__)
JOINED_NOTE = "I read this message together with your previous one: together they look like one ad."


def origin_label(origin: MessageOrigin | None) -> str | None:
    """Where a forwarded ad came from, as evidence: the channel or chat title (@username), or the sender's name."""
    if origin is None:
        return None
    if isinstance(origin, MessageOriginChannel | MessageOriginChat):
        chat = origin.chat if isinstance(origin, MessageOriginChannel) else origin.sender_chat
        parts = [p for p in (chat.title, f"@{chat.username}" if chat.username else None) if p]
        return " ".join(parts) or None
    if isinstance(origin, MessageOriginUser):
        user = origin.sender_user
        return f"@{user.username}" if user.username else user.full_name
    if isinstance(origin, MessageOriginHiddenUser):
        return origin.sender_user_name
    return None


def public_origin(origin: MessageOrigin | None) -> str | None:
    """The origin that may be stored with a report: a channel's or group's public title only, never a forwarded
    person's name or @username (third-party personal data; /privacy promises "the channel it was forwarded from")."""
    if isinstance(origin, MessageOriginChannel | MessageOriginChat):
        return origin_label(origin)
    return None


async def reply_with_verdict(svc: Services, bot: Bot, message: Message, text: str, profile: Profile,
                             origin: str | None = None, can_report: bool = True) -> None:
    """Check one ad and answer it: the composed reply, then the feedback and report buttons under it."""
    # An ad cut in two is joined within one private chat only: in a group two texts may be two people's.
    joined_in = message.chat_id if message.chat.type == "private" else None
    result = await with_typing(bot, message.chat_id, svc.check(text, profile, chat_id=joined_in),
                               svc.options.typing_after)
    verdict = result.verdict
    markup = None
    messages = result.messages
    if verdict.extras.get("joined_with_previous"):  # an ad cut in two: this part and the previous one read together
        messages = split_messages([escape(translator(result.lang)(JOINED_NOTE)), *messages])
    if verdict.problem is None and verdict.is_job_offer:
        kept = text if profile.trusted else None  # the ad text is kept only from NGO senders (or by consent)
        # None: the database did not answer in time; the record waits in the outbox and the buttons are left out
        check_id = await svc.record_check(profile.user_id, verdict, kept, origin)
        if check_id is not None:
            markup = verdict_keyboard(check_id, translator(result.lang), report=can_report, level=verdict.level,
                                      lang=result.lang, private=message.chat.type == "private")
    await send(bot, message.chat_id, with_origin(messages, origin, result.lang), reply=message, markup=markup)


async def on_offer(update: Update, context: Context) -> None:
    """A pasted ad (text or photo caption); in a group, the ad mentioned or replied to."""
    svc = services(context)
    message = update.effective_message
    profile = await profile_for(update, context)
    if not await admit(svc, context.bot, message.chat_id, profile):
        return
    text, own = text_to_check(message, context.bot)
    if is_group(message) and not text.strip():
        _ = translator(profile.ui)
        await send(context.bot, message.chat_id, [escape(_("To check an ad in a group, reply to it and mention me."))],
                   reply=message)
        return
    # In a group the reply goes under the asker's message: its sender is the one the buttons belong to.
    await reply_with_verdict(svc, context.bot, message, text, profile, origin_label(message.forward_origin),
                             can_report=own)


@dataclass
class BurstItem:
    message: Message
    text: str
    origin: str | None
    profile: Profile


@dataclass
class _Burst:
    first: float
    last: float
    items: list[BurstItem] = field(default_factory=list)
    full: asyncio.Event = field(default_factory=asyncio.Event)


ITEM_ONCE_TTL = 3600.0  # seconds a forward is remembered as added to a shared burst


class BurstCollector:
    """Collects the forwards of one chat until `quiet` seconds pass without a new one, then hands them over.

    A burst is also closed after `max_wait` seconds or `max_items` forwards. A lone forward is a burst of one.
    """

    def __init__(self, flush: Callable[[int, list[BurstItem]], Awaitable[None]], quiet: float, max_wait: float,
                 max_items: int, spawn: Callable[[Awaitable[None]], object] | None = None):
        self._flush = flush
        self.quiet, self.max_wait, self.max_items = quiet, max_wait, max_items
        self._spawn = spawn or asyncio.ensure_future
        self._open: dict[int, _Burst] = {}

    def add(self, chat_id: int, item: BurstItem) -> None:
        now = asyncio.get_running_loop().time()
        burst = self._open.get(chat_id)
        if burst is None:
            burst = self._open[chat_id] = _Burst(first=now, last=now)
            self._spawn(self._close_later(chat_id, burst))
        burst.items.append(item)
        burst.last = now
        if len(burst.items) >= self.max_items:
            burst.full.set()

    async def put(self, chat_id: int, item: BurstItem) -> None:
        self.add(chat_id, item)

    async def _close_later(self, chat_id: int, burst: _Burst) -> None:
        loop = asyncio.get_running_loop()
        while not burst.full.is_set():
            delay = min(burst.last + self.quiet, burst.first + self.max_wait) - loop.time()
            if delay <= 0:
                break
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(burst.full.wait(), delay)
        if self._open.get(chat_id) is burst:
            del self._open[chat_id]
        await self._flush(chat_id, sorted(burst.items, key=lambda i: i.message.message_id))


class SharedBurstCollector:
    """The same bursts, kept in the shared state (Redis) so that the forwards of one burst may reach different
    replicas: each forward is appended to the chat's burst there; the replica that opened the burst (and any other
    that received part of it) waits for its end, and the one whose take succeeds (bot/shared: one Lua script, so
    exactly one) answers it with one summary."""

    def __init__(self, state, bot: Bot, flush: Callable[[int, list[BurstItem]], Awaitable[None]], quiet: float,
                 max_wait: float, max_items: int, spawn: Callable[[Awaitable[None]], object] | None = None):
        self.state, self.bot, self._flush = state, bot, flush
        self.quiet, self.max_wait, self.max_items = quiet, max_wait, max_items
        self._spawn = spawn or asyncio.ensure_future
        self._watching: set[int] = set()

    async def put(self, chat_id: int, item: BurstItem) -> None:
        # Once per message: an update taken over from a killed replica (bot/telegram/intake.py) may come again after
        # its forward joined a burst that was already answered; a second add would start a second summary.
        if not await self.state.claim(f"burst-item:{chat_id}:{item.message.message_id}", ITEM_ONCE_TTL):
            return
        p = item.profile
        data = json.dumps({"message": item.message.to_dict(), "text": item.text, "origin": item.origin,
                           "profile": [p.user_id, p.choice, p.telegram_lang, p.role]})
        count = await self.state.burst_add(chat_id, data.encode(), ttl=(self.max_wait + self.quiet) * 3 + 30)
        if count == 1 or chat_id not in self._watching:
            self._watching.add(chat_id)
            self._spawn(self._close_later(chat_id))

    def _item(self, raw: bytes) -> BurstItem:
        d = json.loads(raw)
        return BurstItem(Message.de_json(d["message"], self.bot), d["text"], d["origin"], Profile(*d["profile"]))

    async def _close_later(self, chat_id: int) -> None:
        try:
            while True:
                got = await self.state.burst_take(chat_id, self.quiet, self.max_wait, self.max_items)
                if got is None:
                    return  # another replica took it
                if isinstance(got, float):
                    await asyncio.sleep(got)
                    continue
                items = sorted((self._item(raw) for raw in got), key=lambda i: i.message.message_id)
                break
        finally:
            self._watching.discard(chat_id)
        await self._flush(chat_id, items)


def make_bursts(application: Application, svc: Services) -> BurstCollector | SharedBurstCollector:
    async def flush(chat_id: int, items: list[BurstItem]) -> None:
        try:
            await answer_burst(chat_id, items)
        except Exception:
            log.exception("answering a burst of %d forwards failed", len(items))
            _ = translator(items[-1].profile.ui)
            with contextlib.suppress(Exception):
                await application.bot.send_message(
                    chat_id, escape(_("Sorry, something went wrong on my side. Please try again in a moment.")))

    async def answer_burst(chat_id: int, items: list[BurstItem]) -> None:
        bot = application.bot
        if len(items) == 1:
            one = items[0]
            await reply_with_verdict(svc, bot, one.message, one.text, one.profile, one.origin)
            return
        profile = items[-1].profile
        verdicts = await svc.check_many([i.text for i in items])

        records = [(verdict, item.text if item.profile.trusted else None, item.origin)
                   for item, verdict in zip(items, verdicts, strict=True)
                   if verdict.problem is None and verdict.is_job_offer]
        if records:  # a database that does not answer holds up nothing: the outbox keeps them (bot/storage/outbox.py)
            await svc.record_checks(profile.user_id, records)
        lang = reply_language(profile.choice, profile.telegram_lang, verdicts[0].lang)
        entries = [SummaryEntry(v, i.text, i.origin) for i, v in zip(items, verdicts, strict=True)]
        await send(bot, chat_id, compose_summary(entries, lang))

    opts = svc.options
    spawn = lambda coro: application.create_task(coro, name="lurecheck-burst")  # noqa: E731
    if svc.state.shared:
        return SharedBurstCollector(svc.state, application.bot, flush, opts.burst_quiet, opts.burst_max_wait,
                                    opts.burst_max_items, spawn=spawn)
    return BurstCollector(flush, opts.burst_quiet, opts.burst_max_wait, opts.burst_max_items, spawn=spawn)


async def on_forward(update: Update, context: Context) -> None:
    """A forwarded ad in a private chat: joins the chat's burst; the burst is answered when it ends."""
    svc = services(context)
    message = update.effective_message
    profile = await profile_for(update, context)
    if not await admit(svc, context.bot, message.chat_id, profile):
        return
    text = message.text or message.caption or ""
    await svc.bursts.put(message.chat_id, BurstItem(message, text, origin_label(message.forward_origin), profile))
