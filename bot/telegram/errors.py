"""The error handler: log without the user's content, apologise once, never crash the bot."""
from __future__ import annotations

import contextlib
import logging
from html import escape

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.answer.i18n import translator
from bot.telegram.common import Context

log = logging.getLogger(__name__)


async def on_error(update: object, context: Context) -> None:
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    # The update itself is not logged: it holds the user's message and ids (privacy rules in DESIGN.md).
    log.error("handling update %s failed: %r", update_id, error, exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if isinstance(error, Forbidden | RetryAfter) or (isinstance(error, NetworkError) and not isinstance(error, BadRequest)):
        return  # blocked by the user, still flooded, or Telegram unreachable: another message would fail too
    if update.callback_query is not None:
        with contextlib.suppress(TelegramError):
            await update.callback_query.answer()
    user = update.effective_user
    _ = translator(user.language_code if user else None)
    with contextlib.suppress(TelegramError):
        await context.bot.send_message(update.effective_chat.id,
                                       escape(_("Sorry, something went wrong on my side. Please try again in a moment.")))
