"""Admin commands in Telegram: thin. Each handler parses the Update, calls bot/admin/ in a thread, and replies.

Who is an admin is decided by bot/admin/ (LURECHECK_ADMIN_IDS, plus the role in the database) on every call, so
a /grant or /revoke counts at once on every replica. Commands work in private chats only. A change is previewed
exactly as users will see it and saved only by its Confirm button; the pending change lives in the database, so
the button works whichever replica receives the press.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import re
import shlex
from html import escape

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions, Update
from telegram.constants import ParseMode
from telegram.error import BadRequest
from telegram.ext import CallbackQueryHandler, CommandHandler, ContextTypes, filters

from bot import admin
from bot.answer.i18n import translator, ui_lang
from bot.answer.replies import split_messages
from bot.store import ADMIN
from bot.telegram import followups

log = logging.getLogger(__name__)
Context = ContextTypes.DEFAULT_TYPE
CALLBACK = r"^adm:"
PRIVATE = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
NO_PREVIEW = LinkPreviewOptions(is_disabled=True)
QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "‘": "'", "’": "'"})

MENU = (
    "/warnings [COUNTRY]: list the official warnings and their languages",
    "/warning KEY LANG: show a warning text with its version and source",
    "/setwarning KEY LANG, then the new text: preview it, then confirm",
    "/history KEY LANG: the versions of a text",
    "/rollback KEY LANG VERSION: make an earlier version active again",
    "/hotlines [COUNTRY]: list the hotlines",
    "/sethotline ID field=value ...: correct a hotline (preview, then confirm)",
    "/disablehotline ID and /enablehotline ID: stop or resume showing a hotline",
    "/grant USER_ID ngo|admin and /revoke USER_ID: roles",
    "/reviews: disputed verdicts and new reports to confirm or reject",
)
USAGE = {
    "warning": "/warning KEY LANG",
    "setwarning": "/setwarning KEY LANG <new text>",
    "history": "/history KEY LANG",
    "rollback": "/rollback KEY LANG VERSION",
    "sethotline": '/sethotline ID contact="+84 ..." source=https://... source_date=YYYY-MM-DD',
    "disablehotline": "/disablehotline ID",
    "enablehotline": "/enablehotline ID",
    "grant": "/grant USER_ID ngo|admin",
    "revoke": "/revoke USER_ID",
}


class _Usage(Exception):
    pass


def created_date(dt) -> str:
    return dt.strftime("%Y-%m-%d %H:%M") + " UTC" if dt else "-"


def _excerpt(text: str | None, limit: int = 300) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


class AdminHandlers:
    def __init__(self, store):
        self.store = store

    # ------------------------------------------------------------ plumbing
    async def _lang(self, update: Update) -> str:
        user = update.effective_user
        chosen = await asyncio.to_thread(self.store.user_language, user.id)
        return ui_lang(chosen or user.language_code)

    async def _reply(self, update: Update, html_text: str, markup: InlineKeyboardMarkup | None = None) -> None:
        parts = split_messages([html_text])
        for i, part in enumerate(parts):
            await update.effective_message.reply_text(part, parse_mode=ParseMode.HTML, link_preview_options=NO_PREVIEW,
                                                      reply_markup=markup if i == len(parts) - 1 else None)

    async def _run(self, update: Update, command: str, work) -> None:
        """Call work(uid, text, _, lang) in a thread after the rights check; errors become a clear reply."""
        lang = await self._lang(update)
        _ = translator(lang)
        uid = update.effective_user.id
        text = update.effective_message.text or ""
        require = admin.require_reviewer if command == "reviews" else admin.require_admin

        def guarded(*args):
            require(self.store, uid)  # the right first: a refused user learns nothing, not even the syntax
            return work(*args)

        try:
            result = await asyncio.to_thread(guarded, uid, text, _, lang)
        except admin.AdminError as e:
            await self._reply(update, escape(e.text(lang)))
            return
        except _Usage:
            await self._reply(update, escape(_("Usage: {usage}", usage=USAGE.get(command, "/" + command))))
            return
        if isinstance(result, tuple):
            await self._reply(update, *result)
        elif result:
            await self._reply(update, result)

    @staticmethod
    def _args(text: str, n: int | None = None) -> list[str]:
        parts = text.split(None, n) if n is not None else text.split()
        return parts[1:]

    # ------------------------------------------------------------ commands
    def _admin(self, uid, text, _, lang):
        o = admin.overview(self.store, uid)
        lines = [f"<b>{escape(_('Admin menu:'))}</b>", escape("\n".join(_(line) for line in MENU)), "",
                 escape(_("Content version {version}: {warnings} warnings, {hotlines} hotlines ({disabled} disabled).",
                     version=o.content_version, warnings=o.warnings, hotlines=o.hotlines,
                     disabled=o.disabled_hotlines)),
                 escape(_("Open reviews: {n}", n=o.open_reviews)), ""]
        lines.append(self._gaps(o.gaps, _))
        return "\n".join(lines)

    @staticmethod
    def _gaps(gaps, _) -> str:
        if not gaps:
            return escape(_("No missing translations."))
        out = [f"<b>{escape(_('Missing translations (users see English there):'))}</b>"]
        out += [escape(f"• {g.kind} {g.ident} {g.field}: {', '.join(g.missing)}") for g in gaps]
        return "\n".join(out)

    def _warnings(self, uid, text, _, lang):
        args = self._args(text)
        items = admin.list_warnings(self.store, uid, args[0] if args else None)
        if not items:
            return escape(_("No warnings."))
        lines = [f"<b>{escape(_('Official warnings:'))}</b>"]
        for w in items:
            versions = ", ".join(f"{lng} v{v}" for lng, v in w.versions.items())
            line = f"• <code>{escape(w.key)}</code> ({escape(w.country)}): {escape(versions)}"
            if w.missing:
                line += " — " + escape(_("missing: {langs}", langs=", ".join(w.missing)))
            lines.append(line)
        return "\n".join(lines)

    def _warning(self, uid, text, _, lang):
        args = self._args(text)
        if len(args) != 2:
            raise _Usage()
        v = admin.show_warning(self.store, uid, args[0], args[1])
        head = escape(_("{key} ({lang}): version {version}, by {author}, {date}", key=v.key, lang=v.lang,
                   version=v.version or "-", author=v.author, date=created_date(v.created)))
        out = [f"<b>{head}</b>"]
        if v.fallback:
            out.append(escape(_("No text in this language: users see the English text.")))
        out.append(escape(v.issuer) + "\n«" + escape(v.body) + "»")
        out.append(escape(_("Source: {source} ({date})", source=", ".join(v.source), date=v.source_date)))
        return "\n".join(out)

    def _setwarning(self, uid, text, _, lang, reply_text: str | None = None):
        args = self._args(text, 3)
        if len(args) < 2:
            raise _Usage()
        body = args[2] if len(args) > 2 else reply_text
        if body is None:
            raise _Usage()
        p = admin.propose_warning(self.store, uid, args[0], args[1], body)
        return self._proposal(p, _)

    def _proposal(self, p: admin.Proposal, _):
        note = escape(_("Preview: this is exactly what users will see. Nothing is saved until you confirm."))
        markup = InlineKeyboardMarkup([[InlineKeyboardButton(_("Confirm"), callback_data=f"adm:ok:{p.id}"),
                                        InlineKeyboardButton(_("Cancel"), callback_data=f"adm:no:{p.id}")]])
        return f"{note}\n\n{p.preview}", markup

    def _history(self, uid, text, _, lang):
        args = self._args(text)
        if len(args) != 2:
            raise _Usage()
        versions = admin.warning_history(self.store, uid, args[0], args[1])
        if not versions:
            return escape(_("No text in this language: users see the English text."))
        lines = []
        for v in versions:
            head = _("{key} ({lang}): version {version}, by {author}, {date}", key=args[0], lang=args[1].lower(),
                     version=v.version, author=v.author, date=created_date(v.created))
            mark = " ✅ " + _("(active)") if v.active else ""
            lines.append(f"<b>{escape(head)}</b>{escape(mark)}\n{escape(_excerpt(v.body))}")
        return "\n\n".join(lines)

    def _rollback(self, uid, text, _, lang):
        args = self._args(text)
        if len(args) != 3:
            raise _Usage()
        v = admin.rollback_warning(self.store, uid, args[0], args[1], args[2])
        return escape(_("Version {version} of {key} ({lang}) is active again.", version=v.version, key=args[0],
                   lang=args[1].lower()))

    def _hotlines(self, uid, text, _, lang):
        args = self._args(text)
        items = admin.list_hotlines(self.store, uid, args[0] if args else None)
        if not items:
            return escape(_("No hotlines."))
        lines = [f"<b>{escape(_('Hotlines:'))}</b>"]
        for h in items:
            line = (f"• <code>{escape(h.slug)}</code> ({escape(h.hotline.country)}, {escape(h.hotline.kind)}): "
                    f"{escape(h.hotline.contact)} — {escape(h.hotline.source_date)}")
            if not h.active:
                line += " " + escape(_("(disabled)"))
            if h.missing:
                line += " — " + escape(_("missing: {langs}", langs=", ".join(h.missing)))
            lines.append(line)
        return "\n".join(lines)

    def _sethotline(self, uid, text, _, lang):
        args = self._args(text, 2)
        if len(args) < 2:
            raise _Usage()
        try:
            tokens = shlex.split(args[1].translate(QUOTES))
        except ValueError:
            raise _Usage() from None
        changes = {}
        for token in tokens:
            fld, sep, value = token.partition("=")
            if not sep:
                raise _Usage()
            changes[fld] = value
        return self._proposal(admin.propose_hotline(self.store, uid, args[0], changes, lang), _)

    def _disablehotline(self, uid, text, _, lang):
        args = self._args(text)
        if len(args) != 1:
            raise _Usage()
        h = admin.disable_hotline(self.store, uid, args[0])
        return escape(_("Hotline {id} is disabled: users no longer see it.", id=h.slug))

    def _enablehotline(self, uid, text, _, lang):
        args = self._args(text)
        if len(args) != 1:
            raise _Usage()
        h = admin.enable_hotline(self.store, uid, args[0])
        return escape(_("Hotline {id} is shown again.", id=h.slug))

    def _grant(self, uid, text, _, lang):
        args = self._args(text)
        if len(args) != 2:
            raise _Usage()
        admin.grant(self.store, uid, args[0], args[1])
        return escape(_("User {user} now has the role {role}.", user=args[0], role=args[1].lower()))

    def _revoke(self, uid, text, _, lang):
        args = self._args(text)
        if len(args) != 1:
            raise _Usage()
        admin.revoke(self.store, uid, args[0])
        return escape(_("User {user} now has the role {role}.", user=args[0], role="user"))

    def _reviews(self, uid, text, _, lang):
        items = admin.list_reviews(self.store, uid)
        if not items:
            return [escape(_("No disputed verdicts or new reports."))]
        out = []
        for it in items:
            title = _("Report #{id}, {date}", id=it.id, date=created_date(it.created)) if it.kind == "report" else \
                _("Disputed verdict #{id}, {date}", id=it.id, date=created_date(it.created))
            body = [f"<b>{escape(title)}</b>", escape(f"{it.level or '-'}: {', '.join(it.reasons) or '-'}")]
            if it.origin:
                body.append(escape(it.origin))
            if it.text:
                body.append("«" + escape(_excerpt(it.text, 1500)) + "»")
            k = "r" if it.kind == "report" else "d"
            markup = InlineKeyboardMarkup([[
                InlineKeyboardButton(_("Confirm"), callback_data=f"adm:rv:{k}:{it.id}:c"),
                InlineKeyboardButton(_("Reject"), callback_data=f"adm:rv:{k}:{it.id}:x")]])
            out.append(("\n".join(body), markup))
        return out

    # ------------------------------------------------------------ entry points
    def command(self, name: str):
        work = getattr(self, f"_{name}")

        async def handle(update: Update, context: Context) -> None:
            if name == "setwarning":
                reply = update.effective_message.reply_to_message
                quoted = (reply.text or reply.caption) if reply else None
                await self._run(update, name, lambda uid, text, _, lang: work(uid, text, _, lang, quoted))
            elif name == "reviews":
                await self._reviews_reply(update, work)
            else:
                await self._run(update, name, work)

        return handle

    async def _reviews_reply(self, update: Update, work) -> None:
        lang = await self._lang(update)
        try:
            items = await asyncio.to_thread(work, update.effective_user.id, "", translator(lang), lang)
        except admin.AdminError as e:
            await self._reply(update, escape(e.text(lang)))
            return
        for item in items:
            if isinstance(item, tuple):
                await self._reply(update, *item)
            else:
                await self._reply(update, item)

    async def on_button(self, update: Update, context: Context) -> None:
        query = update.callback_query
        lang = await self._lang(update)
        _ = translator(lang)
        uid = update.effective_user.id
        m = re.fullmatch(r"adm:(ok|no):(\d+)|adm:rv:([rd]):(\d+):([cx])", query.data or "")
        if m is None:
            await query.answer()
            return
        try:
            if m.group(1) == "ok":
                applied = await asyncio.to_thread(admin.confirm, self.store, uid, int(m.group(2)))
                msg = _("Saved: {key} ({lang}) is now version {version}. Users see it at once.",
                        key=applied.target, lang=applied.lang, version=applied.version) \
                    if applied.kind == "warning" else \
                    _("Hotline {id} saved. Users see the change at once.", id=applied.target)
            elif m.group(1) == "no":
                outcome = await asyncio.to_thread(admin.cancel, self.store, uid, int(m.group(2)))
                msg = {admin.CANCELLED: _("Cancelled: nothing was changed."),
                       admin.EXPIRED: _("This preview had expired: nothing was changed."),
                       admin.NOT_YOURS: _("This preview is another admin's: it was left as it is."),
                       admin.GONE: _("This preview was already used or cancelled: nothing more to do."),
                       }[outcome]
            else:
                kind = "report" if m.group(3) == "r" else "dispute"
                decision = "confirm" if m.group(5) == "c" else "reject"
                await asyncio.to_thread(admin.decide, self.store, uid, kind, int(m.group(4)), decision)
                await followups.deliver(context.bot, self.store)  # the reporter hears back (issue 17.6)
                msg = {("report", "confirm"): _("Report #{id} confirmed.", id=m.group(4)),
                       ("report", "reject"): _("Report #{id} rejected.", id=m.group(4)),
                       ("dispute", "confirm"): _("Dispute #{id} confirmed: the verdict was wrong.", id=m.group(4)),
                       ("dispute", "reject"): _("Dispute #{id} rejected: the verdict stands.", id=m.group(4)),
                       }[(kind, decision)]
        except admin.AdminError as e:
            msg = e.text(lang)
        await query.answer()
        if query.message is not None:
            if query.message.reply_markup is not None:  # a forged press on a message without buttons: nothing to edit
                with contextlib.suppress(BadRequest):
                    await query.edit_message_reply_markup(reply_markup=None)
            await query.message.reply_text(escape(msg), parse_mode=ParseMode.HTML)


COMMANDS = ("admin", "warnings", "warning", "setwarning", "history", "rollback", "hotlines", "sethotline",
            "disablehotline", "enablehotline", "grant", "revoke", "reviews")


def handlers(store) -> list:
    """The admin handlers, for the composition root (bot/telegram/app.py) to register before the others.

    Admin work needs the SQL store (bot.storage); with another store (the in-memory one) there are none.
    """
    if ADMIN not in store.capabilities:
        log.warning("admin commands are off: they need the SQL store (bot.storage), not %s", type(store).__name__)
        return []
    h = AdminHandlers(store)
    return [*(CommandHandler(name, h.command(name), filters=PRIVATE) for name in COMMANDS),
            CallbackQueryHandler(h.on_button, pattern=CALLBACK)]
