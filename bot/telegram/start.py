"""/start and /language: a short welcome in the user's language and the language choice as buttons."""
from __future__ import annotations

from html import escape

from telegram import Update

from bot.answer.i18n import translator
from bot.telegram.common import Context, answer, profile_for
from bot.telegram.info import help_text
from bot.telegram.keyboards import LANG_PATTERN, language_keyboard
from bot.telegram.services import services

WELCOME = "Welcome to LureCheck. I check job offers for the signs of scam recruitment and tell you whom to contact."
STORES = "I keep a record of each check without your name, and the ad text only if you report it. /privacy tells you more."


async def on_start(update: Update, context: Context) -> None:
    _ = translator((await profile_for(update, context)).ui)
    text = "\n\n".join([escape(_(WELCOME)), escape(_(STORES)), f"<b>{escape(_('Choose your language:'))}</b>"])
    await answer(update, text, language_keyboard())


async def on_language(update: Update, context: Context) -> None:
    _ = translator((await profile_for(update, context)).ui)
    await answer(update, f"<b>{escape(_('Choose your language:'))}</b>", language_keyboard())


async def on_language_button(update: Update, context: Context) -> None:
    query = update.callback_query
    (lang,) = LANG_PATTERN.match(query.data).groups()
    svc = services(context)
    await svc.db(svc.store.set_user_language, query.from_user.id, lang)  # the presser's own choice only
    _ = translator(lang)
    if not _own_language_question(query):  # forged data, or someone else's message in a group: edit nothing
        await query.answer(_("Language set to English."))
        return
    await query.answer()
    await query.edit_message_text(escape(_("Language set to English.")) + "\n\n" + help_text(_))


def _own_language_question(query) -> bool:
    """The pressed message is a language question (it has the language buttons) asked for the presser: in a
    private chat, or in a group in reply to the presser's /start or /language."""
    message = query.message
    if message is None or message.reply_markup is None:
        return False
    if not any((b.callback_data or "").startswith("lang:") for row in message.reply_markup.inline_keyboard
               for b in row):
        return False
    if message.chat.type == "private":
        return message.chat.id == query.from_user.id
    asker = message.reply_to_message.from_user if message.reply_to_message else None
    return asker is not None and asker.id == query.from_user.id
