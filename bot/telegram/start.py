"""/start and /language: a short welcome in the user's language and the language choice as buttons."""
from __future__ import annotations

from telegram import Update

from bot.i18n import translator
from bot.telegram.common import Context, E, answer, profile_for
from bot.telegram.info import help_text
from bot.telegram.keyboards import LANG_PATTERN, language_keyboard
from bot.telegram.services import services

WELCOME = "Welcome to LureCheck. I check job offers for the signs of scam recruitment and tell you whom to contact."
STORES = "I keep a record of each check without your name, and the ad text only if you report it. /privacy tells you more."


async def on_start(update: Update, context: Context) -> None:
    _ = translator((await profile_for(update, context)).ui)
    text = "\n\n".join([E(_(WELCOME)), E(_(STORES)), f"<b>{E(_('Choose your language:'))}</b>"])
    await answer(update, text, language_keyboard())


async def on_language(update: Update, context: Context) -> None:
    _ = translator((await profile_for(update, context)).ui)
    await answer(update, f"<b>{E(_('Choose your language:'))}</b>", language_keyboard())


async def on_language_button(update: Update, context: Context) -> None:
    query = update.callback_query
    (lang,) = LANG_PATTERN.match(query.data).groups()
    svc = services(context)
    await svc.db(svc.store.set_user_language, query.from_user.id, lang)  # the presser's own choice only
    _ = translator(lang)
    await query.answer()
    await query.edit_message_text(E(_("Language set to English.")) + "\n\n" + help_text(_))
