"""The one service every face of LureCheck calls: the console, the batch CLI and the Telegram bot."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import classifier
from bot import advice as advice_mod
from bot.config import UI_LANGS, Settings
from bot.content import Content, load_content
from bot.replies import compose
from classifier import Checker, Verdict


@dataclass(frozen=True)
class CheckResult:
    verdict: Verdict
    advice: advice_mod.Advice | None
    lang: str  # the UI language of the reply
    messages: list[str]  # Telegram HTML, each within 4096 characters


@lru_cache(maxsize=4)
def content_from(directory: str) -> Content:
    return load_content(Path(directory))


def default_content() -> Content:
    return content_from(str(Settings.from_env().content_dir))


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
                content: Content | None = None) -> CheckResult:
    checker = checker or classifier.default_checker()
    verdict = checker.check(text)
    return result_for(verdict, ui_lang, telegram_lang, nationality, content)


def result_for(verdict: Verdict, ui_lang: str | None = None, telegram_lang: str | None = None,
               nationality: str | None = None, content: Content | None = None) -> CheckResult:
    """Advice and reply messages for a verdict already computed (batch checks reuse this)."""
    lang = reply_language(ui_lang, telegram_lang, verdict.lang)
    adv = None
    if verdict.problem is None and verdict.is_job_offer:
        content = content or default_content()
        adv = advice_mod.select(content, verdict.level, lang, verdict.lang, verdict.entities.destinations(), nationality)
    return CheckResult(verdict, adv, lang, compose(verdict, adv, lang))
