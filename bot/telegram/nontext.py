"""Stickers, voice, video, files: a short, friendly explanation in the user's language (photos: photos.py)."""
from __future__ import annotations

from html import escape

from telegram import Update

from bot.answer.i18n import translator
from bot.telegram.common import Context, admit, answer, profile_for
from bot.telegram.services import services

# Photos and image files are read (photos.py): this reply is for what is not.
NOT_READ = ("I cannot check voice messages, stickers, videos or files other than images. Please paste the text of the job "
            "ad, forward it, or send a photo or screenshot of it.")


async def on_non_text(update: Update, context: Context) -> None:
    svc = services(context)
    message = update.effective_message
    profile = await profile_for(update, context)
    if not await admit(svc, context.bot, message.chat_id, profile):
        return
    _ = translator(profile.ui)
    text = _(NOT_READ)
    await answer(update, escape(text))
