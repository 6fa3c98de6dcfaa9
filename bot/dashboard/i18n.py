"""The dashboard's own UI strings (strings.yaml, English msgid -> vi, ko, km), falling back to the bot's gettext
catalogs (bot/answer/i18n.py: the messages the use cases raise, e.g. "This command is for admins only.") and then to
English. Kept apart from the bot's .po files so that the two can change independently."""
from __future__ import annotations

from functools import cache
from pathlib import Path

import yaml

from bot.answer.i18n import gettext, ui_lang
from bot.config import UI_LANGS

STRINGS = Path(__file__).resolve().parent / "strings.yaml"


@cache
def strings() -> dict[str, dict[str, str]]:
    data = yaml.safe_load(STRINGS.read_text(encoding="utf-8")) or {}
    return {str(k): {lang: str(v) for lang, v in (tr or {}).items() if v} for k, tr in data.items()}


def text(lang: str, msgid: str, /, **fields) -> str:
    lang = ui_lang(lang)
    own = strings().get(msgid)
    if own is not None:
        out = own.get(lang) or msgid
        return out.format(**fields) if fields else out
    return gettext(lang, msgid, **fields)


def translator(lang: str):
    lang = ui_lang(lang)
    return lambda msgid, /, **fields: text(lang, msgid, **fields)


def choose(*candidates: str | None) -> str:
    """The first candidate that is a UI language (a Telegram code like "ko-KR" counts), else English."""
    for c in candidates:
        base = (c or "").replace("_", "-").split("-")[0].strip().lower()
        if base in UI_LANGS:
            return base
    return "en"


LANG_NAMES = {"vi": "Tiếng Việt", "ko": "한국어", "km": "ខ្មែរ", "en": "English"}
