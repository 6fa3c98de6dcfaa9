"""UI strings from gettext catalogs (bot/answer/locale/<lang>/LC_MESSAGES/lurecheck.po), read with Babel.

English is the source language: its msgids are the English text. A missing or empty translation
falls back to English for that one string.
"""
from __future__ import annotations

from functools import cache
from pathlib import Path

from babel.messages.pofile import read_po

from bot.config import UI_LANGS

LOCALE_DIR = Path(__file__).resolve().parent / "locale"


@cache
def catalog(lang: str) -> dict[str, str]:
    path = LOCALE_DIR / lang / "LC_MESSAGES" / "lurecheck.po"
    if not path.is_file():
        return {}
    with path.open("rb") as f:
        cat = read_po(f, locale=None)
    return {m.id: m.string for m in cat if m.id and isinstance(m.id, str) and m.string}


def gettext(ui: str, msgid: str, /, **fields) -> str:
    text = catalog(ui).get(msgid, msgid) if ui != "en" else msgid
    return text.format(**fields) if fields else text


def translator(lang: str):
    """A `_` function bound to one UI language."""
    ui = ui_lang(lang)
    return lambda msgid, /, **fields: gettext(ui, msgid, **fields)


def ui_lang(code: str | None) -> str:
    """Map a Telegram language_code ("vi", "ko-KR", "km") to a supported UI language, else English."""
    if not code:
        return "en"
    base = code.replace("_", "-").split("-")[0].lower()
    return base if base in UI_LANGS else "en"


def missing(lang: str, msgids: list[str]) -> list[str]:
    """Msgids without a translation in `lang` (for the admin view and the tests)."""
    cat = catalog(lang)
    return [m for m in msgids if not cat.get(m)]
