"""Inline keyboards and their callback data (at most 64 bytes: a short verb and the check id, never a text).

The check id in a button is only a claim: the store checks it against the user who pressed (buttons can be forged).
"""
from __future__ import annotations

import re

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.config import UI_LANGS

LANGUAGE_NAMES = {"vi": "Tiếng Việt", "ko": "한국어", "km": "ខ្មែរ", "en": "English"}  # each in its own language

LANG_PATTERN = re.compile(rf"^lang:({'|'.join(UI_LANGS)})$")
FEEDBACK_PATTERN = re.compile(r"^fb:([hw]):(\d{1,18})$")  # h = helpful, w = wrong
REPORT_PATTERN = re.compile(r"^rp:(\d{1,18})$")  # report: ask consent
CONSENT_PATTERN = re.compile(r"^r([yn]):(\d{1,18})$")  # consent given (y) or refused (n)
FEEDBACK_KINDS = {"h": "helpful", "w": "wrong"}


def language_keyboard() -> InlineKeyboardMarkup:
    buttons = [InlineKeyboardButton(LANGUAGE_NAMES[lang], callback_data=f"lang:{lang}") for lang in UI_LANGS]
    return InlineKeyboardMarkup([buttons[:2], buttons[2:]])


def verdict_keyboard(check_id: int, _, report: bool = True, level: str | None = None,
                     lang: str | None = None, private: bool = True) -> InlineKeyboardMarkup:
    """`report`: the ad is the asker's own text (not someone else's message in a group); `private`: a private chat."""
    rows = [[InlineKeyboardButton("👍 " + _("Helpful"), callback_data=f"fb:h:{check_id}"),
             InlineKeyboardButton("👎 " + _("This is wrong"), callback_data=f"fb:w:{check_id}")]]
    if report:
        rows.append([InlineKeyboardButton("📣 " + _("Report this ad"), callback_data=f"rp:{check_id}")])
    if level and lang:  # issue 17.6: a human look under `suspicious`, the friend card under `high_risk`
        rows += followup_rows(level, check_id, lang, own=report, private=private)
    return InlineKeyboardMarkup(rows)


def followup_rows(level: str, check_id: int, lang: str, own: bool = True,
                  private: bool = True) -> list[list[InlineKeyboardButton]]:
    """Under a `suspicious` verdict: ask a person to look (bot/telegram/followups.py), only for the asker's own ad
    (the ad's text goes to the review queue, as with a report); under `high_risk`: the "warn a friend" card, only in
    a private chat (in a group the verdict is already in front of everyone; the forwardable card is for one person).
    Labels from warnings/sos.yaml (followups)."""
    from bot.answer.lookup import label
    from bot.checking.service import sos_texts

    if level == "suspicious" and own:
        return [[InlineKeyboardButton(label(sos_texts(), "human_look_button", lang), callback_data=f"hl:{check_id}")]]
    if level == "high_risk" and private:
        return [[InlineKeyboardButton(label(sos_texts(), "friend_button", lang), callback_data=f"fw:{check_id}")]]
    return []


def consent_keyboard(check_id: int, _) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton("✅ " + _("Yes, share it"), callback_data=f"ry:{check_id}"),
                                  InlineKeyboardButton("✖️ " + _("No"), callback_data=f"rn:{check_id}")]])


def without(markup: InlineKeyboardMarkup | None, prefix: str) -> InlineKeyboardMarkup | None:
    """The same keyboard without the buttons whose callback data starts with `prefix` (None when empty)."""
    if markup is None:
        return None
    rows = [[b for b in row if not (b.callback_data or "").startswith(prefix)] for row in markup.inline_keyboard]
    rows = [row for row in rows if row]
    return InlineKeyboardMarkup(rows) if rows else None
