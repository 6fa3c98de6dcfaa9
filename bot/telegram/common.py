"""Small helpers every feature module uses: who is asking, how to answer, the rate-limit gate."""
from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable
from html import escape
from typing import TypeVar

from telegram import Bot, InlineKeyboardMarkup, Message, ReplyParameters, Update, User
from telegram.constants import ChatAction
from telegram.error import TelegramError
from telegram.ext import ContextTypes

from bot.answer.i18n import translator
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


async def admit(svc: Services, bot: Bot, chat_id: int, profile: Profile) -> bool:
    """The per-user rate limit: False when the update must be dropped (with one polite reply per window)."""
    decision = svc.limiter.hit(profile.user_id, svc.options.trusted_factor if profile.trusted else 1)
    if decision is Decision.OK:
        return True
    if decision is Decision.WARN:
        _ = translator(profile.ui)
        with contextlib.suppress(TelegramError):
            await bot.send_message(chat_id, escape(_("You are sending messages very fast. Please wait a minute, then send the ad again.")))
    return False


async def with_typing(bot: Bot, chat_id: int, work: Awaitable[T], after: float) -> T:
    """Await `work`; if it takes longer than `after` seconds, show "typing…" meanwhile."""
    task = asyncio.ensure_future(work)
    done, _pending = await asyncio.wait({task}, timeout=after)
    if not done:
        with contextlib.suppress(TelegramError):
            await bot.send_chat_action(chat_id, ChatAction.TYPING)
    return await task
