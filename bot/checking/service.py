"""The one service every face of LureCheck calls: the console, the batch CLI and the Telegram bot."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from bot.answer import advice as advice_mod
from bot.answer import sos as sos_mod
from bot.answer.content import Content, load_content
from bot.answer.replies import compose
from bot.checking.engine import get_checker
from bot.config import UI_LANGS, Settings
from classifier import Checker, Verdict
from classifier.distress import Distress, detect_distress


@dataclass(frozen=True)
class CheckResult:
    verdict: Verdict
    advice: advice_mod.Advice | None
    lang: str  # the UI language of the reply
    messages: list[str]  # Telegram HTML, each within 4096 characters
    ocr_text: str | None = None  # check_image: the text read from the image(s)
    image_problem: str | None = None  # check_image: why the image could not be read (bot.ocr.reader.OcrError.reason)
    # SOS mode: the writer is held, beaten or robbed of their passport (classifier/distress.py). `messages` is then
    # the SOS card (no score, no red flags); the verdict is marked not a job offer (nothing recorded, no buttons).
    sos: sos_mod.SosCard | None = None


@lru_cache(maxsize=4)
def content_from(directory: str) -> Content:
    return load_content(Path(directory))


_settings: Settings | None = None


def configure(settings: Settings) -> None:
    """The Settings the application was built with: where `default_content` finds the database and warnings/.
    Every face calls it once at start (the Telegram app, the CLI); without it the environment is read once."""
    global _settings
    _settings = settings


def configured() -> Settings:
    """The Settings given to `configure`, else the environment (and .env) read once, on first use."""
    global _settings
    if _settings is None:
        _settings = Settings.from_env()
    return _settings


def default_content(settings: Settings | None = None) -> Content:
    """The database's live content (admins' edits show at once, on every replica); warnings/ YAML without one.
    From `settings`, else the configured Settings: the environment is never read again for each check."""
    from bot.storage.content_source import database_content

    settings = settings or configured()
    return database_content(settings) or content_from(str(settings.content_dir))


def reply_language(chosen: str | None, telegram_code: str | None, ad_lang: str | None) -> str:
    """The user's stored choice, else Telegram's language_code, else the ad's language, else English."""
    for code in (chosen, telegram_code, ad_lang):
        if code:
            base = code.replace("_", "-").split("-")[0].lower()
            if base in UI_LANGS:
                return base
    return "en"


def check_offer(text: str | bytes, ui_lang: str | None = None, telegram_lang: str | None = None,
                nationality: str | None = None, checker: Checker | None = None,
                content: Content | None = None, ngo: bool = False) -> CheckResult:
    checker = checker or get_checker()
    verdict = checker.check(text)
    return result_for(verdict, ui_lang, telegram_lang, nationality, content,
                      text=text if isinstance(text, str) else None, ngo=ngo)


def result_for(verdict: Verdict, ui_lang: str | None = None, telegram_lang: str | None = None,
               nationality: str | None = None, content: Content | None = None, text: str | None = None,
               ngo: bool = False) -> CheckResult:
    """Advice and reply messages for a verdict already computed (batch checks reuse this). First-person distress
    in the text (`text`, else the verdict's normalized text) gets the SOS card instead of any job-ad answer.
    `ngo`: the reader is NGO staff or an admin, who also see the score and the ad's language."""
    if verdict.problem is None:
        distress = detect_distress(text if text is not None else verdict.normalized)
        if distress is not None:
            return sos_result(verdict, distress, ui_lang, telegram_lang, nationality, content)
    lang = reply_language(ui_lang, telegram_lang, verdict.lang)
    adv = None
    if verdict.problem is None and verdict.is_job_offer:
        content = content or default_content()
        adv = advice_mod.select(content, verdict.level, lang, verdict.lang, verdict.entities.destinations(), nationality,
                                verdict=verdict)
    return CheckResult(verdict, adv, lang, compose(verdict, adv, lang, ngo=ngo))


def sos_texts() -> dict:
    """warnings/sos.yaml of the configured content directory (the SOS card's texts and its contacts by id)."""
    return sos_mod.load_sos(configured().content_dir)


def sos_result(verdict: Verdict, distress: Distress, ui_lang: str | None = None, telegram_lang: str | None = None,
               nationality: str | None = None, content: Content | None = None) -> CheckResult:
    """The SOS card for a person in distress: in their language, contacts for where they say they are."""
    import dataclasses

    lang = reply_language(ui_lang, telegram_lang, distress.lang)
    card = sos_mod.compose_card(sos_texts(), content or default_content(), lang, distress.places, distress.cues,
                                choice=ui_lang, nationality=nationality)
    extras = {k: v for k, v in verdict.extras.items() if k != "embedding"}
    extras["sos"] = {"cues": list(distress.cues), "places": list(distress.places), "lang": distress.lang,
                     "where": card.where, "contacts": [*card.first, *card.police]}
    quiet = dataclasses.replace(verdict, is_job_offer=False, signals=(), extras=extras)
    return CheckResult(quiet, None, lang, list(card.messages), sos=card)


# Replies about images: one per bot.ocr.reader.OcrError.reason, and the line that says the text was read from the image.
IMAGE_PROBLEMS = {
    "no_text": "I could not find any text in this image. Please send a sharper photo, or paste the text of the ad.",
    "not_an_image": "I could not open this file as an image. Please send a photo of the ad, or paste its text.",
    "too_large": "This image is too large for me to read. Please send a smaller photo or a screenshot of the ad.",
    "too_many_pixels": "This image is too large for me to read. Please send a smaller photo or a screenshot of the ad.",
    "timeout": "Reading this image took too long. Please send a sharper or smaller photo, or paste the text of the ad.",
    "engine_missing": "I cannot read images at the moment. Please paste the text of the ad.",
    "download_failed": "I could not download this image from Telegram. Please send it again.",  # the bot's
}
READ_FROM_IMAGE = "I read this text from your image (automatic reading: small mistakes are possible):"
CAPTION_ONLY = "I could not read the image, so I checked only its caption."
READING_IMAGE = "Reading the image, one moment…"  # for the Telegram handler's placeholder message
OCR_QUOTE_MAX = 300


def check_image(images: list[bytes], caption: str | None = None, ui_lang: str | None = None,
                telegram_lang: str | None = None, nationality: str | None = None, checker: Checker | None = None,
                content: Content | None = None, read=None, ngo: bool = False) -> CheckResult:
    """Check an ad sent as one image or an album (`images`: the files' bytes, in order), with its caption.

    The images are read with OCR (bot.ocr.reader: blocking, seconds per image: call it from a worker thread), the caption
    and the text read are checked together as one ad, and the reply says the text was read from the image and
    quotes it. Bad images never raise: the reply says what went wrong (`image_problem` holds the reason), and a
    caption is still checked on its own. `read` replaces bot.ocr.reader.read_images (tests)."""
    import html

    from bot.answer.i18n import translator
    from bot.answer.replies import split_messages
    from bot.ocr import reader as ocr

    caption = (caption or "").strip()
    hint = ocr.lang_of_text(caption) or ui_lang or telegram_lang
    try:
        ocr_text = (read or ocr.read_images)(images, hint).text
        problem = None if ocr_text.strip() else "no_text"
    except ocr.OcrError as e:
        ocr_text, problem = "", e.reason
        if problem == "engine_missing":
            import logging

            logging.getLogger(__name__).error("images cannot be read: %s", e)
    checker = checker or get_checker()
    if problem and not caption:
        verdict = checker.check("")
        lang = reply_language(ui_lang, telegram_lang, None)
        msg = html.escape(translator(lang)(IMAGE_PROBLEMS[problem]))
        return CheckResult(verdict, None, lang, [msg], ocr_text=ocr_text, image_problem=problem)
    text = "\n\n".join(t for t in (caption, ocr_text) if t)
    base = result_for(checker.check(text), ui_lang, telegram_lang, nationality, content, ngo=ngo)
    _ = translator(base.lang)
    if problem:
        head = html.escape(_(CAPTION_ONLY))
    else:
        quote = " ".join(ocr_text.split())
        quote = quote if len(quote) <= OCR_QUOTE_MAX else quote[: OCR_QUOTE_MAX - 1] + "…"
        head = f"🖼 <i>{html.escape(_(READ_FROM_IMAGE))}</i>\n“{html.escape(quote)}”"
    return CheckResult(base.verdict, base.advice, base.lang, split_messages([head, *base.messages]),
                       ocr_text=ocr_text, image_problem=problem, sos=base.sos)

