"""Stickers, voice, video, files: a short, friendly explanation in the user's language (photos: photos.py)."""
from __future__ import annotations

from html import escape

from telegram import Update

from bot.answer.i18n import translator
from bot.telegram.common import Context, admit, answer, profile_for
from bot.telegram.services import services


async def on_non_text(update: Update, context: Context) -> None:
    svc = services(context)
    message = update.effective_message
    profile = await profile_for(update, context)
    if not await admit(svc, context.bot, message.chat_id, profile):
        return
    _ = translator(profile.ui)
    text = _("I can only read text. Please paste the job offer as text, or forward a message that has text. Voice messages, stickers and files are not checked.")
    await answer(update, escape(text))
