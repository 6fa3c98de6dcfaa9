"""Small helpers every feature module uses: who is asking, how to answer, the rate-limit gate."""
from __future__ import annotations

import asyncio
import contextlib
import functools
from collections.abc import Awaitable, Callable
from contextvars import ContextVar
from html import escape
from typing import TypeVar

from telegram import Bot, InlineKeyboardMarkup, Message, ReplyParameters, Update, User
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.answer.i18n import translator
from bot.checking.service import reply_language
from bot.telegram.ratelimit import Decision
from bot.telegram.services import Profile, Services, services

T = TypeVar("T")
Context = ContextTypes.DEFAULT_TYPE


async def profile_of(svc: Services, user: User) -> Profile:
    return await svc.profile(user.id, user.language_code)


async def profile_for(update: Update, context: Context) -> Profile:
    return await profile_of(services(context), update.effective_user)


def reply_to(message: Message) -> ReplyParameters:
    return ReplyParameters(message_id=message.message_id, allow_sending_without_reply=True)


async def send(bot: Bot, chat_id: int, messages: list[str], *, reply: Message | None = None,
               markup: InlineKeyboardMarkup | None = None) -> list[Message]:
    """Send Telegram-HTML messages in order; the keyboard goes under the last one."""
    sent = []
    for i, text in enumerate(messages):
        last = i == len(messages) - 1
        sent.append(await bot.send_message(chat_id, text, reply_parameters=reply_to(reply) if reply else None,
                                           reply_markup=markup if last else None))
    return sent


async def answer(update: Update, text: str, markup: InlineKeyboardMarkup | None = None) -> None:
    """Answer the message of an update with one HTML message (already escaped)."""
    msg = update.effective_message
    await send(msg.get_bot(), msg.chat_id, [text], reply=msg if not _private(msg) else None, markup=markup)


def _private(message: Message) -> bool:
    return message.chat.type == "private"


# Set while a handler wrapped by `limited` runs: its update was already counted (before any database query).
_ADMITTED: ContextVar[bool] = ContextVar("lurecheck_admitted", default=False)
TOO_FAST = "You are sending messages very fast. Please wait a minute, then send the ad again."


async def admit_update(update: Update, context: Context) -> bool:
    """The per-user rate limit, decided BEFORE any database query: from the user id and what the last profile read
    said (an NGO or admin sender may send `trusted_factor` times more; the language of the one polite warning).
    False when the update must be dropped; a refused button press is answered (its spinner stops)."""
    user = update.effective_user
    if user is None:  # no sender (a message sent on behalf of a channel): no one to count or to answer
        return False
    svc = services(context)
    known = svc.known_profile(user.id)
    trusted = known is not None and known.trusted
    decision = await svc.limiter.hit(user.id, svc.options.trusted_factor if trusted else 1)
    if decision is Decision.OK:
        return True
    _ = translator(known.ui if known else reply_language(None, user.language_code, None))
    with contextlib.suppress(TelegramError):
        if update.callback_query is not None:
            await update.callback_query.answer(_(TOO_FAST) if decision is Decision.WARN else None)
        elif decision is Decision.WARN and update.effective_chat is not None:
            await context.bot.send_message(update.effective_chat.id, escape(_(TOO_FAST)))
    return False


def limited(callback: Callable[[Update, Context], Awaitable[T]]) -> Callable[[Update, Context], Awaitable[T | None]]:
    """A handler callback behind the per-user rate limit (bot/telegram/app.py wraps every handler with it)."""
    @functools.wraps(callback)
    async def gated(update: Update, context: Context) -> T | None:
        if _ADMITTED.get():
            return await callback(update, context)
        if not await admit_update(update, context):
            return None
        token = _ADMITTED.set(True)
        try:
            return await callback(update, context)
        finally:
            _ADMITTED.reset(token)

    return gated


async def admit(svc: Services, bot: Bot, chat_id: int, profile: Profile) -> bool:
    """The per-user rate limit for a handler that was not wrapped with `limited`: False when the update must be
    dropped (with one polite reply per window). Inside a `limited` handler the update was already counted."""
    if _ADMITTED.get():
        return True
    decision = await svc.limiter.hit(profile.user_id, svc.options.trusted_factor if profile.trusted else 1)
    if decision is Decision.OK:
        return True
    if decision is Decision.WARN:
        _ = translator(profile.ui)
        with contextlib.suppress(TelegramError):
            await bot.send_message(chat_id, escape(_(TOO_FAST)))
    return False


async def with_typing(bot: Bot, chat_id: int, work: Awaitable[T], after: float) -> T:
    """Await `work`; if it takes longer than `after` seconds, show "typing…" meanwhile."""
    task = asyncio.ensure_future(work)
    done, _pending = await asyncio.wait({task}, timeout=after)
    if not done:
        with contextlib.suppress(TelegramError):
            await bot.send_chat_action(chat_id, ChatAction.TYPING)
    return await task
