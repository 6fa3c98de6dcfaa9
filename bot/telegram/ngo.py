"""NGO tools in Telegram: files of ads checked in bulk, /contact, /legit and /unlegit, /stats, /export. Thin: the
work is in bot/ngo/files.py, bot/ngo/registry.py and bot/ngo/stats.py, run in threads (files, database) and in the check
pool (the classifier), so a file of 10,000 ads never blocks the other chats.

A file (CSV, XLSX, JSONL, TXT) from an NGO or admin sender gets one progress message, edited as the ads are checked,
then the same file type back with the added columns (`bot.ngo.files.ADDED`). The ads are recorded as the sender's
checks (their text kept, as for every NGO submission), so their contacts count in the registry, RECORD_CHUNK checks a
transaction (a file never holds SQLite's write lock for long). The answer file is kept in the journal
(bot/ngo/jobs.py) until it is delivered: a send that fails keeps it, and the same file sent again gets it without
storing anything twice. A file from anyone else gets the usual explanation that files are not checked.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import time as clock
from html import escape

from telegram import Document, InputFile, Message, Update
from telegram.error import TelegramError
from telegram.ext import CommandHandler, MessageHandler, filters

from bot.admin import AdminError, require_reviewer
from bot.answer.i18n import translator
from bot.answer.replies import contact_label, month_name
from bot.ngo import files as ngo_files
from bot.ngo import jobs as ngo_jobs
from bot.ngo import registry, stats
from bot.store import REGISTRY
from bot.telegram import nontext
from bot.telegram.common import Context, admit, answer, profile_for
from bot.telegram.services import Profile, Services, services

log = logging.getLogger(__name__)
PRIVATE = filters.ChatType.PRIVATE & filters.UpdateType.MESSAGE
CHUNK = 250  # ads per pass of the classifier: other chats' checks get the pool between passes
RECORD_CHUNK = 200  # checks stored per transaction
PROGRESS_EVERY = 2.0  # seconds between two edits of the progress message
DOWNLOAD_TIMEOUT = 60.0
_busy: set[int] = set()  # chats with a file being checked (one at a time per chat)


def _tasks(context: Context) -> set:
    return context.application.bot_data.setdefault("lurecheck-ngo-tasks", set())


# ---------------------------------------------------------------- files
async def on_document(update: Update, context: Context) -> None:
    svc = services(context)
    message = update.effective_message
    profile = await profile_for(update, context)
    if not profile.trusted:
        await nontext.on_non_text(update, context)
        return
    if not await admit(svc, context.bot, message.chat_id, profile):
        return
    _ = translator(profile.ui)
    doc = message.document
    try:
        fmt = ngo_files.format_of(doc.file_name, doc.mime_type)
        if (doc.file_size or 0) > ngo_files.MAX_BYTES:
            raise ngo_files.too_large(doc.file_size)
    except ngo_files.FileProblem as e:
        await answer(update, escape(e.text(profile.ui)))
        return
    if message.chat_id in _busy:
        await answer(update, escape(_("I am still checking your previous file. Send the next one when it is done.")))
        return
    _busy.add(message.chat_id)
    try:  # until the task owns the mark (its `finally` clears it), a failure here must clear it
        progress = await context.bot.send_message(
            message.chat_id, escape(_("Received {name}. Reading the file…", name=doc.file_name or fmt)))
        # The journal (bot/ngo/jobs.py): a restart in the middle gives the finished file or a clear "send it again".
        job = await asyncio.to_thread(svc.jobs.start, message.chat_id, doc.file_name or f"ads.{fmt}", profile.ui)
        task = context.application.create_task(_check_file(svc, context, message, doc, fmt, profile, progress, job),
                                               name="lurecheck-ngo-file")
    except BaseException:
        _busy.discard(message.chat_id)
        raise
    _tasks(context).add(task)
    task.add_done_callback(_tasks(context).discard)


async def _edit(progress: Message, text: str) -> None:
    with contextlib.suppress(TelegramError):
        await progress.edit_text(text)


async def _check_file(svc: Services, context: Context, message: Message, doc: Document, fmt: str, profile: Profile,
                      progress: Message, job: ngo_jobs.Job | None = None) -> None:
    lang = profile.ui
    _ = translator(lang)
    name = doc.file_name or f"ads.{fmt}"
    started = clock.monotonic()
    keep = False  # the journal entry stays (an answer not delivered)
    try:
        try:
            tg_file = await context.bot.get_file(doc.file_id)
            data = bytes(await tg_file.download_as_bytearray(read_timeout=DOWNLOAD_TIMEOUT))
        except TelegramError as e:
            if "too big" in str(e).lower():
                raise ngo_files.too_large(doc.file_size or 0) from None
            log.warning("a file of ads could not be downloaded: %s", type(e).__name__)
            await _edit(progress, escape(_("I could not download this file from Telegram. Please send it again.")))
            return
        digest = await asyncio.to_thread(svc.jobs.digest, data)
        kept = await asyncio.to_thread(svc.jobs.waiting, message.chat_id, digest)
        if kept is not None:  # the same file, its answer not delivered before: the kept answer, nothing stored again
            out = await asyncio.to_thread(svc.jobs.output, kept)
            if await _send(context.bot, message.chat_id, out, kept.out_name or "results", kept.caption):
                await asyncio.to_thread(svc.jobs.finish, kept)
                if job is not None:  # this sending's own entry too, before "done" (a restart then owes nothing)
                    await asyncio.to_thread(svc.jobs.finish, job)
                await _edit(progress, kept.summary or escape(_("{name} with the results added.", name=name)))
            else:
                await _edit(progress, escape(_(NOT_SENT)))
            return
        sheet = await asyncio.to_thread(ngo_files.read, data, name, doc.mime_type, fmt)
        texts = [r.text for r in sheet.rows if r.text is not None]
        total = len(texts)
        await _edit(progress, escape(_("Checking {name}: {done} of {total} ads…", name=name, done=0, total=total)))
        verdicts = []
        last = clock.monotonic()
        for i in range(0, total, CHUNK):
            verdicts += await svc.check_many(texts[i : i + CHUNK])
            if clock.monotonic() - last >= PROGRESS_EVERY and len(verdicts) < total:
                last = clock.monotonic()
                await _edit(progress, escape(_("Checking {name}: {done} of {total} ads…", name=name,
                                          done=len(verdicts), total=total)))
        results = ngo_files.results_for(sheet, verdicts, lang)
        out = await asyncio.to_thread(ngo_files.write, sheet, results, _)
        counts = ngo_files.summary_counts(results)
        done = _("Done: {total} ads checked. High risk: {high}. Suspicious: {suspicious}. Low risk: {low}. Not job"
                 " offers: {other}. Rows that could not be checked (marked in the file): {errors}.",
                 total=sheet.ads, high=counts["high_risk"], suspicious=counts["suspicious"],
                 low=counts["low_risk"], other=counts["not_offer"], errors=counts["errors"])
        out_name, caption = ngo_files.output_name(name, fmt), escape(_("{name} with the results added.", name=name))
        items = _items(verdicts, texts, name)
        if job is not None:  # the answer is kept until delivered; then the checks, a transaction per chunk
            await asyncio.to_thread(svc.jobs.ready, job, out, out_name, caption, escape(done), digest, len(items))
            keep = True
        await _record_file(svc, profile.user_id, items, job)
        if job is not None:
            await asyncio.to_thread(svc.jobs.recorded, job)
        if not await _send(context.bot, message.chat_id, out, out_name, caption):
            await _edit(progress, escape(_(NOT_SENT)))
            return
        keep = False
        if job is not None:  # delivered: the entry and the answer go before "done" is shown
            await asyncio.to_thread(svc.jobs.finish, job)
        await _edit(progress, escape(done))
        log.info("a file of %d ads checked in %.1f s", sheet.ads, clock.monotonic() - started)
    except ngo_files.FileProblem as e:
        await _edit(progress, escape(e.text(lang)))
    except Exception:
        log.exception("checking a file of ads failed")
        await _edit(progress, escape(_("Sorry, something went wrong on my side. Please try again in a moment.")))
    finally:
        _busy.discard(message.chat_id)
        if job is not None and not keep:
            await asyncio.to_thread(svc.jobs.finish, job)


NOT_SENT = ("I could not send you the file with the results. Send the same file again to get it: nothing will be"
            " checked or counted twice.")


async def _send(bot, chat_id: int, data: bytes | None, filename: str, caption: str | None) -> bool:
    """The answer file sent; False (logged) when Telegram refuses or fails: the journal keeps it."""
    if data is None:
        return False
    try:
        await bot.send_document(chat_id, InputFile(data, filename=filename, attach=True), caption=caption,
                                read_timeout=DOWNLOAD_TIMEOUT, write_timeout=DOWNLOAD_TIMEOUT)
    except TelegramError as e:
        log.warning("a file's answer could not be sent (%s): kept until it is", type(e).__name__)
        return False
    return True


def _items(verdicts, texts: list[str], origin: str) -> list:
    return [(v, t, origin) for v, t in zip(verdicts, texts, strict=True)
            if v is not None and v.problem is None and v.is_job_offer]


def _record(svc: Services, user_id: int, items: list) -> None:
    """One chunk of the file's job offers as the sender's checks (NGO submissions: the text is kept, the contacts
    counted), in ONE transaction."""
    many = getattr(svc.store, "record_checks", None)
    if many is not None:
        many(user_id, items, chunk=max(1, len(items)))
    else:
        for item in items:
            svc.store.record_check(user_id, *item)


async def _record_file(svc: Services, user_id: int, items: list, job: ngo_jobs.Job | None = None) -> None:
    """Store the file's checks, RECORD_CHUNK a transaction (other writers get the database between two), the count
    written to the journal after each; a database that fails does not cost the NGO its answer: the outbox keeps the
    rest."""
    for i in range(0, len(items), RECORD_CHUNK):
        part = items[i : i + RECORD_CHUNK]
        try:
            await svc.db(_record, svc, user_id, part)
        except Exception as e:
            log.warning("storing a file's checks failed (%s): kept in the outbox", type(e).__name__)
            await asyncio.to_thread(svc.outbox.put_checks, user_id, items[i:])
            return
        if job is not None:
            await asyncio.to_thread(svc.jobs.stored, job, i + len(part))


async def resume(application, svc: Services) -> None:
    """At start: the files a killed process left. One with its answer written is sent (the answer is complete; a
    process killed while storing its checks may have stored only some chunks of them); an earlier one gets "send it
    again" (nothing of it was stored). Called from the composition root's post_init."""
    for job in await asyncio.to_thread(svc.jobs.orphans):
        _ = translator(job.lang)
        chat_id = svc.jobs.chat_id(job)
        try:
            data = await asyncio.to_thread(svc.jobs.output, job) if job.state in ("ready", "recorded") else None
            if data is not None:
                if job.state != "recorded":
                    log.warning("an interrupted file had %d of its %d checks stored", job.stored, job.total)
                await application.bot.send_document(
                    chat_id, InputFile(data, filename=job.out_name or "results", attach=True),
                    caption=job.caption, read_timeout=DOWNLOAD_TIMEOUT, write_timeout=DOWNLOAD_TIMEOUT)
                if job.summary:
                    await application.bot.send_message(chat_id, job.summary)
            else:
                await application.bot.send_message(chat_id, escape(_(
                    "I was restarted while I was checking your file {name}, and nothing of it was saved. Please send"
                    " the file again.", name=job.name)))
        except TelegramError as e:  # the chat is gone or Telegram fails: the entry is kept for the next start
            log.warning("an interrupted file could not be answered (%s)", type(e).__name__)
            continue
        await asyncio.to_thread(svc.jobs.finish, job)
        log.info("an interrupted file was %s after a restart", "delivered" if data is not None else "given up")


# ---------------------------------------------------------------- commands
def _args(message: Message) -> list[str]:
    return (message.text or "").split()[1:]


async def _run(update: Update, context: Context, work) -> None:
    """work(svc, profile, args, _) in a thread; AdminError (rights, bad input) becomes its message."""
    svc = services(context)
    profile = await profile_for(update, context)
    _ = translator(profile.ui)
    try:
        await work(svc, profile, _args(update.effective_message), _)
    except AdminError as e:
        await answer(update, escape(e.text(profile.ui)))


def _contact_lines(infos: list[registry.ContactInfo], lang: str, _) -> str:
    out = []
    for c in infos:
        head = f"<b>{escape(_(contact_label(c.kind, None)))}</b> “{escape(c.value or '')}”"
        lines = [head, escape(_("Seen in {seen} checked ads; {reports} reports by users; {lures} confirmed lures.",
                           seen=c.seen, reports=c.reports, lures=c.lures))]
        lines.append(escape(_("First seen: {first}. Last seen: {last}.", first=c.first_seen.date().isoformat(),
                         last=c.last_seen.date().isoformat())))
        if c.first_lure:
            lines.append(escape(_("In confirmed lures since {month}.", month=month_name(c.first_lure.date().isoformat(),
                                                                                   lang))))
        if c.legit:
            lines.append("✅ " + escape(_("Marked by an admin as a known legitimate employer: it never raises a level.")))
            if c.legit_note:
                lines.append(f"«{escape(c.legit_note)}»")
        out.append("\n".join(lines))
    return "\n\n".join(out)


async def on_contact(update: Update, context: Context) -> None:
    async def work(svc: Services, profile: Profile, args: list[str], _) -> None:
        if not args:
            await svc.db(require_reviewer, svc.store, profile.user_id)
            await answer(update, escape(_("Usage: {usage}", usage="/contact +84912345678 | @name | ID")))
            return
        value = " ".join(args)
        infos = await svc.db(registry.find_contact, svc.store, profile.user_id, value)
        if not infos:
            await answer(update, escape(_("The registry has not seen this contact: {value}", value=value)))
            return
        await answer(update, _contact_lines(infos, profile.ui, _))

    await _run(update, context, work)


def _legit(mark: bool):
    async def handle(update: Update, context: Context) -> None:
        async def work(svc: Services, profile: Profile, args: list[str], _) -> None:
            if not args:
                usage = "/legit VALUE [note]" if mark else "/unlegit VALUE"
                await answer(update, escape(_("Usage: {usage}", usage=usage)))
                return
            infos = await svc.db(registry.set_legit, svc.store, profile.user_id, args[0], mark, " ".join(args[1:]))
            text = _("Marked as a known legitimate employer: it never raises a level.") if mark else \
                _("The mark is removed: this contact raises the level again when it is in confirmed lures.")
            await answer(update, escape(text) + "\n\n" + _contact_lines(infos, profile.ui, _))

        await _run(update, context, work)

    return handle


async def on_stats(update: Update, context: Context) -> None:
    async def work(svc: Services, profile: Profile, args: list[str], _) -> None:
        weeks = int(args[0]) if args and args[0].isdigit() and 1 <= int(args[0]) <= 104 else stats.DEFAULT_WEEKS
        text, png = await svc.db(stats.report, svc.store, profile.user_id, profile.ui, weeks)
        message = update.effective_message
        await answer(update, text)
        await context.bot.send_photo(message.chat_id, InputFile(png, filename="lurecheck-stats.png", attach=True),
                                     caption=escape(_("Checks and lures, by week, language and level.")))

    await _run(update, context, work)


async def on_export(update: Update, context: Context) -> None:
    async def work(svc: Services, profile: Profile, args: list[str], _) -> None:
        await svc.db(require_reviewer, svc.store, profile.user_id)
        if len(args) > 2:
            await answer(update, escape(_("Usage: {usage}", usage="/export [YYYY-MM-DD] [YYYY-MM-DD]")))
            return
        days = [stats.parse_day(a) for a in args]
        data, n = await svc.db(stats.export_csv, svc.store, profile.user_id, *days)
        name = "lurecheck-export.csv"
        await context.bot.send_document(update.effective_message.chat_id, InputFile(data, filename=name, attach=True),
                                        caption=escape(_("{n} rows: your submissions and the reports users shared.",
                                                    n=n)))

    await _run(update, context, work)


COMMANDS = (("contact", on_contact), ("legit", _legit(True)), ("unlegit", _legit(False)), ("stats", on_stats),
            ("export", on_export))


def handlers(store=None) -> list:
    """For the composition root (bot/telegram/app.py), before the generic handlers. The commands need the SQL store
    (bot.storage); with the in-memory store only the files of ads work (their answers are not kept)."""
    out = [MessageHandler(PRIVATE & filters.Document.ALL & ~filters.Document.IMAGE, on_document)]
    if store is None or REGISTRY in store.capabilities:
        out += [CommandHandler(name, fn, filters=PRIVATE) for name, fn in COMMANDS]
    return out
