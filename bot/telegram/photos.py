"""Photos and image files: the ad inside a picture is read (OCR) and checked like a pasted ad.

A photo (its largest size within bot.ocr.reader's caps) or an image document (image/*), with or without a caption, in a
private chat, forwarded, or addressed to the bot in a group ("@bot" in the caption, or "@bot" in reply to someone's
photo). The bot answers at once with "Reading the image…", downloads the file, reads it and checks it together with
the caption in the OCR thread (bot.checking.service.check_image, through Services.check_image), then EDITS that placeholder
into the verdict: the first message of the reply, further messages after it, the feedback and report buttons under
the last one, as for a pasted ad. Whatever happens (a file too large, refused before it is downloaded; a failed
download; a corrupt image; a slow or crashing reader) the placeholder is edited into a clear reply, never left
hanging.

Albums: Telegram sends each photo of an album as an update of its own, all with one media_group_id. The first one
sends the placeholder and opens the album; the others join it until `album_quiet` seconds pass without a new one (at
most `album_max_wait` after the first); then the album is read as one ad, in order: one placeholder, one verdict.

The "report" button needs the ad's text, and a photo has none: what was read is kept in memory for a while
(`keep_ad_text`, in the shared state: Redis with several replicas; never in the store without the user's consent),
and feedback.py asks `ad_text` for it.

With several replicas (LURECHECK_REDIS_URL) an album's photos may reach different replicas: each photo is appended
to the album's list in the shared state, the first addressed photo's replica claims the album and, once it is quiet,
takes the list (one Lua script: nobody else gets it), so the album is still read as one ad by one replica.
"""
from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import os
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from html import escape

from telegram import Bot, Document, InlineKeyboardMarkup, Message, PhotoSize, Update
from telegram.error import BadRequest, TelegramError
from telegram.ext import BaseHandler, MessageHandler, filters
from telegram.ext.filters import MessageFilter

from bot.answer.i18n import translator
from bot.answer.summary import with_origin
from bot.checking.service import READING_IMAGE, CheckResult
from bot.ocr import reader as ocr
from bot.telegram import sos
from bot.telegram.common import Context, admit, admit_update, profile_for, send
from bot.telegram.groups import ADDRESSED, SHORT_REQUEST, addressed, is_group, without_mention
from bot.telegram.keyboards import verdict_keyboard
from bot.telegram.offers import origin_label
from bot.telegram.services import KEY as SERVICES_KEY
from bot.telegram.services import Profile, Services, services

log = logging.getLogger(__name__)

SORRY = "Sorry, something went wrong on my side. Please try again in a moment."
DOWNLOAD_TIMEOUT = 30.0  # seconds to read one file from Telegram's file server


class DownloadFailed(ocr.OcrError):
    """Telegram did not give the file (getFile refused, the download failed)."""

    reason = "download_failed"


# ---------------------------------------------------------------------------------------------- which file


def is_image(message: Message | None) -> bool:
    """A photo, or a file sent with an image/* type (NGO uploads of CSV, XLSX, JSONL, TXT are not)."""
    if message is None:
        return False
    doc = message.document
    return bool(message.photo) or (doc is not None and (doc.mime_type or "").lower().startswith("image/"))


def image_file(message: Message, limits: ocr.Limits = ocr.DEFAULT_LIMITS) -> PhotoSize | Document:
    """The file to download: the largest photo size within the caps (when none is, the largest: it is refused), or
    the image document."""
    if not message.photo:
        return message.document
    fits = [p for p in message.photo
            if (p.file_size or 0) <= limits.max_bytes and p.width * p.height <= limits.max_pixels]
    return max(fits or message.photo, key=lambda p: (p.width * p.height, p.file_size or 0))


def refusal(f: PhotoSize | Document, limits: ocr.Limits = ocr.DEFAULT_LIMITS) -> ocr.OcrError | None:
    """Why the file is refused before it is downloaded (Telegram's file_size; a photo's declared pixels), or None."""
    if (f.file_size or 0) > limits.max_bytes:
        return ocr.ImageTooLarge(f"the file has {f.file_size:,} bytes; the limit is {limits.max_bytes:,}")
    if isinstance(f, PhotoSize) and f.width * f.height > limits.max_pixels:
        return ocr.TooManyPixels(f"the photo has {f.width}x{f.height} pixels; the limit is {limits.max_pixels:,}")
    return None


async def download(bot: Bot, f: PhotoSize | Document, limits: ocr.Limits = ocr.DEFAULT_LIMITS) -> bytes:
    """The file's bytes through PTB (getFile, then the file URL). Raises ImageTooLarge or DownloadFailed."""
    try:
        tg_file = await bot.get_file(f.file_id)
        if (tg_file.file_size or 0) > limits.max_bytes:
            raise ocr.ImageTooLarge(f"the file has {tg_file.file_size:,} bytes; the limit is {limits.max_bytes:,}")
        data = await tg_file.download_as_bytearray(read_timeout=DOWNLOAD_TIMEOUT)
    except BadRequest as e:
        if "too big" in e.message.lower():
            raise ocr.ImageTooLarge(e.message) from None
        raise DownloadFailed(e.message) from None
    except (TelegramError, RuntimeError) as e:  # RuntimeError: Telegram gave no file_path
        raise DownloadFailed(f"{type(e).__name__}: {e}") from None
    if len(data) > limits.max_bytes:
        raise ocr.ImageTooLarge(f"the file has {len(data):,} bytes; the limit is {limits.max_bytes:,}")
    return bytes(data)


# ---------------------------------------------------------------------------------------------- the texts read


AD_TEXT_TTL = 2 * 3600.0  # seconds the text read from a photo stays available to the "report" button


def _ad_text_key(check_id: int) -> str:
    return f"adtext:{check_id}"


async def keep_ad_text(svc: Services, check_id: int, text: str) -> None:
    """Keep the text checked for a photo, by check id, for the "report" button (a photo has no text to read back):
    in the shared state (Redis with several replicas: the worker that read it and the replica that gets the press
    may differ; else this process's memory), for AD_TEXT_TTL seconds, never in the store without consent."""
    await svc.state.put(_ad_text_key(check_id), text.encode(), AD_TEXT_TTL)


async def ad_text(bot_data: dict, ad: Message | None, check_id: int) -> str | None:
    """The text of the ad a verdict answers: its text or caption; for a photo, the caption and the text read."""
    if ad is None:
        return None
    if is_image(ad):
        svc = bot_data.get(SERVICES_KEY)
        raw = await svc.state.get(_ad_text_key(check_id)) if svc is not None else None
        return raw.decode() if raw is not None else None
    return ad.text or ad.caption


# ---------------------------------------------------------------------------------------------- albums


@dataclass
class _Album:
    first: float
    last: float
    messages: list[Message]
    grew: asyncio.Event = field(default_factory=asyncio.Event)


class Albums:
    """The albums being collected, per (chat, media_group_id). `shared`: several replicas (LURECHECK_REDIS_URL): the
    albums live in the shared state instead (`collect_shared`), and any photo of an album may be a later one."""

    def __init__(self, shared: bool = False) -> None:
        self._open: dict[tuple[int, str], _Album] = {}
        self.shared = shared

    @staticmethod
    def _key(message: Message) -> tuple[int, str] | None:
        return (message.chat_id, message.media_group_id) if message.media_group_id else None

    def is_open(self, message: Message) -> bool:
        key = self._key(message)
        return key is not None and key in self._open

    def join(self, message: Message) -> bool:
        """Add a later photo to its open album: True when it joined one (its update needs no answer of its own)."""
        key = self._key(message)
        album = self._open.get(key) if key else None
        if album is None:
            return False
        album.messages.append(message)
        album.last = asyncio.get_running_loop().time()
        album.grew.set()
        return True

    def start(self, message: Message) -> _Album | None:
        """Open the album of a first photo (None for a photo alone)."""
        key = self._key(message)
        if key is None:
            return None
        now = asyncio.get_running_loop().time()
        album = self._open[key] = _Album(now, now, [message])
        return album

    async def collect(self, album: _Album, quiet: float, max_wait: float) -> list[Message]:
        """Wait until the album is complete; its photos in order."""
        loop = asyncio.get_running_loop()
        while len(album.messages) < ocr.DEFAULT_LIMITS.max_images:
            delay = min(album.last + quiet, album.first + max_wait) - loop.time()
            if delay <= 0:
                break
            album.grew.clear()
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(album.grew.wait(), delay)
        self.finish(album)
        return sorted(album.messages, key=lambda m: m.message_id)

    def finish(self, album: _Album | None) -> None:
        """Close the album: a photo arriving later starts an album of its own."""
        if album is not None:
            key = self._key(album.messages[0])
            if self._open.get(key) is album:
                del self._open[key]


def _album_key(message: Message) -> str:
    return f"album:{message.chat_id}:{message.media_group_id}"


async def add_shared(svc: Services, bot: Bot, message: Message) -> bool:
    """Several replicas: append the photo to its album in the shared state; True when this replica answers the album
    (the first addressed photo claims it), False when another replica does (or the photo is a straggler)."""
    opts = svc.options
    key, ttl = _album_key(message), (opts.album_max_wait + opts.album_quiet) * 3 + 30
    # once per photo: an update taken over from a killed replica must not add its photo to the album twice
    if await svc.state.claim(f"album-item:{key}:{message.message_id}", ttl):
        await svc.state.burst_add(key, json.dumps(message.to_dict()).encode(), ttl)
    return addressed(message, bot) and await svc.state.claim(f"opened:{key}", ttl)


async def collect_shared(svc: Services, bot: Bot, message: Message) -> list[Message]:
    """Wait until the album in the shared state is quiet, then take its photos (only one taker gets them), in order."""
    opts = svc.options
    while True:
        got = await svc.state.burst_take(_album_key(message), opts.album_quiet, opts.album_max_wait,
                                         ocr.DEFAULT_LIMITS.max_images)
        if got is None:  # nothing there (expired meanwhile): the photo alone
            return [message]
        if isinstance(got, float):
            await asyncio.sleep(got)
            continue
        return sorted((Message.de_json(json.loads(raw), bot) for raw in got), key=lambda m: m.message_id)


# ---------------------------------------------------------------------------------------------- answering


async def answer_images(svc: Services, bot: Bot, bot_data: dict, anchor: Message,
                        sources: Callable[[], Awaitable[list[Message]]], profile: Profile, *,
                        origin: str | None = None, can_report: bool = True) -> None:
    """Send the placeholder, get the photo messages (an album is collected meanwhile), read and check them, and
    edit the placeholder into the reply. The reply goes under `anchor` (the photo, or the asker's message)."""
    _ = translator(profile.ui)
    placeholder = None
    try:
        (placeholder,) = await send(bot, anchor.chat_id, [escape(_(READING_IMAGE))], reply=anchor)
    except TelegramError as e:
        log.warning("the reading-the-image message could not be sent (%r): the reply comes as a new message", e)
    if svc.queue is not None:  # several replicas: a worker reads it (bot/telegram/worker.py); in-process if that fails
        try:
            from bot.telegram.jobqueue import enqueue_image

            await enqueue_image(svc.queue, getattr(svc.state, "prefix", ""), anchor, await sources(), placeholder, profile, origin, can_report)
            return
        except Exception:
            log.exception("the image job could not be queued: read here")
    messages, markup = [escape(_(SORRY))], None
    try:
        messages, markup = await _verdict(svc, bot, bot_data, await sources(), profile, origin, can_report)
    except Exception:
        log.exception("reading and checking an image failed")
    finally:
        try:
            await _deliver(bot, anchor, placeholder, messages, markup)
        except Exception:  # noqa: BLE001 - Telegram itself fails: nothing else can be sent either
            log.exception("the reply to an image could not be delivered")


async def verdict_or_sorry(svc: Services, bot: Bot, sources: list[Message], profile: Profile, origin: str | None,
                           can_report: bool) -> tuple[list[str], InlineKeyboardMarkup | None]:
    """The reply to images (a worker's job): the verdict, or the apology when reading and checking failed."""
    try:
        return await _verdict(svc, bot, {}, sources, profile, origin, can_report)
    except Exception:
        log.exception("reading and checking an image failed")
        return [escape(translator(profile.ui)(SORRY))], None


async def _verdict(svc: Services, bot: Bot, bot_data: dict, sources: list[Message], profile: Profile,
                   origin: str | None, can_report: bool) -> tuple[list[str], InlineKeyboardMarkup | None]:
    caption = "\n\n".join(m.caption for m in sources if m.caption)
    if is_group(sources[0]) or is_group(sources[-1]):
        caption = without_mention(caption, bot)
    files = [image_file(m) for m in sources]

    async def read() -> CheckResult:
        problem = next((p for p in map(refusal, files) if p is not None), None)
        if problem is None:
            got = await asyncio.gather(*(download(bot, f) for f in files), return_exceptions=True)
            problem = next((g for g in got if isinstance(g, BaseException)), None)
            if problem is None:
                return await svc.check_image(list(got), caption, profile)
        if not isinstance(problem, ocr.OcrError):
            raise problem
        log.info("image refused: %s", problem.reason)
        return await svc.check_image([], caption, profile, problem)

    try:
        result = await asyncio.wait_for(read(), svc.options.image_timeout)
    except TimeoutError:
        log.warning("reading an image took more than %.0f s", svc.options.image_timeout)
        result = await svc.check_image([], caption, profile, ocr.OcrTimeout("the bot's time limit was reached"))
    verdict = result.verdict
    markup = None
    read_text = "\n\n".join(t for t in (caption.strip(), result.ocr_text or "") if t)
    if read_text and verdict.problem is None and sources[0].chat.type == "private":  # joined to a next part
        svc.parts.remember(sources[0].chat_id, read_text, verdict.level)
    if verdict.problem is None and verdict.is_job_offer:
        text = "\n\n".join(t for t in (caption.strip(), result.ocr_text) if t)  # what check_image checked
        kept = text if profile.trusted else None  # the ad text is kept only from NGO senders (or by consent)
        # None: the database did not answer in time (the record waits in the outbox): no buttons this time
        check_id = await svc.record_check(profile.user_id, verdict, kept, origin)
        if check_id is not None:
            if can_report:
                await keep_ad_text(svc, check_id, text)
            markup = verdict_keyboard(check_id, translator(result.lang), report=can_report, level=verdict.level,
                                      lang=result.lang, private=sources[0].chat.type == "private")
    elif result.sos is not None and sources[0].chat.type == "private":  # distress read from a screenshot
        markup = sos.card_markup(result)  # the button that opens the guided report, as under a typed SOS
    return with_origin(result.messages, origin, result.lang), markup


async def _deliver(bot: Bot, anchor: Message, placeholder: Message | None, messages: list[str],
                   markup: InlineKeyboardMarkup | None) -> None:
    """The first message replaces the placeholder, the rest follow; the keyboard goes under the last one."""
    rest = messages
    if placeholder is not None:
        try:
            await bot.edit_message_text(messages[0], chat_id=placeholder.chat_id, message_id=placeholder.message_id,
                                        reply_markup=markup if len(messages) == 1 else None)
            rest = messages[1:]
        except TelegramError as e:  # deleted by the user meanwhile, ...: the reply still arrives
            log.warning("editing the reading-the-image message failed (%r): the reply comes as a new message", e)
    if rest:
        await send(bot, anchor.chat_id, rest, reply=anchor, markup=markup)


deliver = _deliver


# ---------------------------------------------------------------------------------------------- handlers


class _RepliesToImage(MessageFilter):
    """In a group, a short request ("@bot", "@bot is this real?") in reply to someone's photo: read that photo."""

    __slots__ = ()

    def filter(self, message: Message) -> bool:
        replied = message.reply_to_message
        if not is_group(message) or not is_image(replied):
            return False
        bot = message.get_bot()
        if replied.from_user is not None and replied.from_user.id == bot.id:
            return False
        return len(without_mention(message.text or message.caption or "", bot)) < SHORT_REQUEST


class _InOpenAlbum(MessageFilter):
    """A later photo of an album being collected (in a group it has no caption, so it does not mention the bot)."""

    __slots__ = ("albums",)

    def __init__(self, albums: Albums):
        super().__init__(name="IN_OPEN_ALBUM")
        self.albums = albums

    def filter(self, message: Message) -> bool:
        return self.albums.is_open(message) or bool(self.albums.shared and message.media_group_id)


IMAGE = filters.PHOTO | filters.Document.IMAGE
NEW_MESSAGE = filters.UpdateType.MESSAGE


def handlers() -> list[BaseHandler]:
    """The handlers of this feature, for the composition root: before forwards (a forwarded screenshot is read),
    before the generic text and non-text handlers, and before NGO file uploads (they take other file types)."""
    from bot.shared.state import REDIS_URL_ENV

    albums = Albums(shared=bool(os.environ.get(REDIS_URL_ENV, "").strip()))

    async def on_image(update: Update, context: Context) -> None:
        message = update.effective_message
        if message.media_group_id and services(context).state.shared:
            await on_shared_album(update, context)
            return
        if albums.join(message):
            return  # answered with the album's first photo
        if not addressed(message, context.bot):
            return  # a group album's straggler, after its album was answered
        if not await admit_update(update, context):  # counted once per album, before any database query
            return
        album = albums.start(message)
        try:
            svc = services(context)
            profile = await profile_for(update, context)
            opts = svc.options

            async def sources() -> list[Message]:
                return await albums.collect(album, opts.album_quiet, opts.album_max_wait) if album else [message]

            await answer_images(svc, context.bot, context.bot_data, message, sources, profile,
                                origin=origin_label(message.forward_origin))
        finally:
            albums.finish(album)

    async def on_shared_album(update: Update, context: Context) -> None:
        message = update.effective_message
        svc = services(context)
        if not await add_shared(svc, context.bot, message):
            return  # answered with the album by the replica that claimed it
        if not await admit_update(update, context):  # counted once per album
            return
        profile = await profile_for(update, context)

        async def sources() -> list[Message]:
            return await collect_shared(svc, context.bot, message)

        await answer_images(svc, context.bot, context.bot_data, message, sources, profile,
                            origin=origin_label(message.forward_origin))

    async def on_reply_to_image(update: Update, context: Context) -> None:
        message = update.effective_message
        svc = services(context)
        profile = await profile_for(update, context)
        if not await admit(svc, context.bot, message.chat_id, profile):
            return
        replied = message.reply_to_message

        async def sources() -> list[Message]:
            return [replied]

        # The reply goes under the asker's message (the buttons belong to them); the ad is not theirs to report.
        await answer_images(svc, context.bot, context.bot_data, message, sources, profile,
                            origin=origin_label(replied.forward_origin), can_report=False)

    on_image.limits_itself = True  # an album's later photos are not counted: app.py leaves it unwrapped
    return [
        MessageHandler(NEW_MESSAGE & IMAGE & (ADDRESSED | _InOpenAlbum(albums)), on_image),
        MessageHandler(NEW_MESSAGE & ADDRESSED & filters.TEXT & ~filters.COMMAND & _RepliesToImage(),
                       on_reply_to_image),
    ]
