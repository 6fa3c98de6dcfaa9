"""/help, /privacy, /forgetme, unknown commands, and the command menu set per language."""
from __future__ import annotations

import asyncio
import logging
from html import escape

from telegram import Bot, BotCommand, Update
from telegram.error import TelegramError

from bot.answer.i18n import translator
from bot.answer.privacy import forget_html, privacy_html
from bot.config import UI_LANGS
from bot.storage.outbox import forget_user
from bot.telegram.common import Context, answer, profile_for
from bot.telegram.services import services

log = logging.getLogger(__name__)

HELP = ("Send me a job ad: paste its text, forward the message, or send a photo or screenshot of it. I reply with the "
        "red flags I find and whom to contact. I never say an offer is safe: always check the employer.")
HELP_SOS = "If you are held against your will, write to me: I will show who to call first."
COMMANDS = (
    ("start", "Start and choose your language"),
    ("language", "Change the language"),
    ("help", "How to use LureCheck"),
    ("privacy", "What LureCheck stores"),
    ("forgetme", "Delete everything LureCheck holds about you"),
)


def help_text(_) -> str:
    lines = [f"/{name}: {_(desc)}" for name, desc in COMMANDS]
    return escape(_(HELP)) + "\n\n🆘 " + escape(_(HELP_SOS)) + "\n\n" + f"<b>{escape(_('Commands:'))}</b>\n" + escape("\n".join(lines))


async def on_help(update: Update, context: Context) -> None:
    await answer(update, help_text(translator((await profile_for(update, context)).ui)))


async def on_privacy(update: Update, context: Context) -> None:
    _ = translator((await profile_for(update, context)).ui)
    await answer(update, privacy_html(_, services(context).settings.retention_days))


async def on_forgetme(update: Update, context: Context) -> None:
    svc = services(context)
    profile = await profile_for(update, context)  # the language to answer in, read before it is deleted
    # the outbox first (nothing waiting is written back afterwards), then the database (bot/storage/outbox.py)
    result = await svc.db(forget_user, svc.store, svc.outbox, profile.user_id)
    files = await asyncio.to_thread(svc.jobs.forget_chat, update.effective_chat.id)  # NGO files and answers
    svc.parts.forget(update.effective_chat.id)  # the last text kept in memory to join an ad cut in two
    await answer(update, forget_html(translator(profile.ui), result, files))


async def on_unknown_command(update: Update, context: Context) -> None:
    _ = translator((await profile_for(update, context)).ui)
    await answer(update, escape(_("Unknown command. Type /help.")))


async def set_command_menus(bot: Bot) -> None:
    """The command menu in each UI language (English is also the default for every other language)."""
    for lang in UI_LANGS:
        _ = translator(lang)
        commands = [BotCommand(name, _(desc)) for name, desc in COMMANDS]
        try:
            await bot.set_my_commands(commands, language_code=None if lang == "en" else lang)
        except TelegramError as exc:  # a menu is a nicety: the bot works without it
            log.warning("set_my_commands(%s) failed: %s", lang, exc)
