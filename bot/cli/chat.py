"""`lurecheck chat`: the offline console conversation, with exactly the replies the bot gives."""
from __future__ import annotations

import sys
from typing import IO

from bot.answer.i18n import translator
from bot.answer.privacy import privacy_text
from bot.answer.replies import to_plain
from bot.checking.service import check_offer, configured
from bot.config import UI_LANGS

HELP_SOS = "If you are held against your will, write to me: I will show who to call first."  # as bot/telegram/info.py
LANG_MENU = "1) Tiếng Việt   2) 한국어   3) ខ្មែរ   4) English"
PROMPT = "Choose your language / Chọn ngôn ngữ / 언어 선택 / ជ្រើសរើសភាសា: "


def _ask_language(inp: IO[str], out: IO[str]) -> str | None:
    while True:
        out.write(LANG_MENU + "\n" + PROMPT)
        out.flush()
        line = inp.readline()
        if not line:
            return None
        choice = line.strip().lower()
        if choice in ("1", "2", "3", "4"):
            return UI_LANGS[int(choice) - 1]
        if choice in UI_LANGS:
            return choice


def _read_offer(inp: IO[str], out: IO[str]) -> str | None:
    """Lines until an empty line (an ad has several lines). None at end of input."""
    lines: list[str] = []
    out.write("> ")
    out.flush()
    while True:
        line = inp.readline()
        if not line:
            return "\n".join(lines) if lines else None
        line = line.rstrip("\n")
        if not line.strip():
            if lines:
                return "\n".join(lines)
            continue
        if not lines and line.strip().startswith("/"):
            return line.strip()
        lines.append(line)


def run_chat(inp: IO[str] = sys.stdin, out: IO[str] = sys.stdout, lang: str | None = None) -> int:
    lang = lang or _ask_language(inp, out)
    if lang is None:
        return 0
    _ = translator(lang)
    out.write(_("Welcome to LureCheck. I check job offers for the signs of scam recruitment and tell you whom to contact.") + "\n")
    out.write(_("Paste or type a job offer, then send an empty line. Commands: /lang to change language, /help, /quit to leave.") + "\n")
    while True:
        text = _read_offer(inp, out)
        if text is None or text in ("/quit", "/exit"):
            out.write("\n" + _("Goodbye. Stay safe.") + "\n")
            return 0
        if text == "/lang":
            lang = _ask_language(inp, out) or lang
            _ = translator(lang)
            out.write(_("Language set to English.") + "\n")
            continue
        if text == "/help":
            out.write(_("Send me a job offer: paste its text or forward the message. I reply with the red flags I find and the official hotlines to contact. I never say an offer is safe: always verify the employer.") + "\n")
            out.write(_(HELP_SOS) + "\n")
            continue
        if text == "/privacy":
            out.write(privacy_text(_, configured().retention_days) + "\n")
            continue
        if text.startswith("/"):
            out.write(_("Unknown command. Type /help.") + "\n")
            continue
        result = check_offer(text, ui_lang=lang)
        for message in result.messages:
            out.write("\n" + to_plain(message) + "\n")
        out.write("\n")
