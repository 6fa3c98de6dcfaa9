"""/dashboard in the bot (admins and NGO staff, private chats): a Mini App button and a one-time login link to the
web dashboard (bot/dashboard/), and the dashboard app that the webhook server mounts under /dashboard."""
from __future__ import annotations

import asyncio
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, Update, WebAppInfo
from telegram.ext import Application, CommandHandler, filters

from bot.access import AdminError, require_reviewer
from bot.dashboard import create_dashboard, login_link, public_url, webapp_url
from bot.dashboard.i18n import translator
from bot.store import ADMIN
from bot.telegram.common import Context, answer, profile_for
from bot.telegram.services import KEY, services

PRIVATE = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE


async def on_dashboard(update: Update, context: Context) -> None:
    svc = services(context)
    profile = await profile_for(update, context)
    _ = translator(profile.ui)
    uid = update.effective_user.id
    if ADMIN not in svc.store.capabilities:
        await answer(update, escape(_("This command is for NGO staff and admins only.")))
        return
    try:
        await asyncio.to_thread(require_reviewer, svc.store, uid)
    except AdminError as e:
        await answer(update, escape(e.text(profile.ui)))
        return
    link = await asyncio.to_thread(login_link, svc.store, uid)
    markup = None
    if public_url().startswith("https://"):  # Telegram opens Mini Apps over https only
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(_("Open the dashboard"),
                                                             web_app=WebAppInfo(webapp_url()))]])
    text = (escape(_("The dashboard: reviews, warnings, statistics and the contact registry.")) + "\n\n"
            + escape(_("To open it in a browser, use this link (it works once, for 10 minutes; do not share it):"))
            + f"\n{escape(link)}")
    await answer(update, text, markup)


def handlers(store) -> list:
    return [CommandHandler("dashboard", on_dashboard, filters=PRIVATE)]


def web(application: Application):
    """The dashboard app for the webhook server: the bot's own store and token."""
    svc = application.bot_data[KEY]
    return create_dashboard(svc.store, svc.settings.telegram_token)
