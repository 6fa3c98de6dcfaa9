"""One reply for a burst of forwarded ads: one line per ad with its level (pure; Telegram HTML, one language).

An NGO worker who forwards twenty ads gets one summary instead of twenty replies (Telegram allows about one message
per second in a chat). The full explanation of one ad is one message away: sending it on its own.
"""
from __future__ import annotations

from dataclasses import dataclass
from html import escape

from bot.answer.i18n import translator
from bot.answer.replies import split_messages
from classifier import Verdict

SNIPPET = 60
LEVEL_LABELS = {
    "high_risk": ("🚨", "High risk"),
    "suspicious": ("⚠️", "Suspicious"),
    "low_risk": ("ℹ️", "Low risk"),
}
NOT_AN_OFFER = ("▫️", "Not a job offer")


@dataclass(frozen=True)
class SummaryEntry:
    verdict: Verdict
    text: str
    origin: str | None = None  # where the forwarded ad came from (channel title or @username)


def quoted(text: str, limit: int = SNIPPET) -> str:
    """The ad's own words, on one line, cut to `limit` characters, in “quotes”, HTML-escaped."""
    one_line = " ".join(text.split())
    if len(one_line) > limit:
        one_line = one_line[: limit - 1].rstrip() + "…"
    return f"“{escape(one_line)}”"


def label(verdict: Verdict) -> tuple[str, str]:
    """(icon, English msgid) of a verdict's level, or of "not a job offer"."""
    if verdict.problem is not None or not verdict.is_job_offer:
        return NOT_AN_OFFER
    return LEVEL_LABELS[verdict.level]


def compose_summary(entries: list[SummaryEntry], lang: str) -> list[str]:
    """The burst summary as Telegram-HTML messages, each within 4096 characters."""
    _ = translator(lang)
    head = f"<b>{escape(_('I checked {n} forwarded messages:', n=len(entries)))}</b>"
    lines = []
    counts = {icon: 0 for icon, _label in (*LEVEL_LABELS.values(), NOT_AN_OFFER)}
    for i, entry in enumerate(entries, 1):
        icon, msgid = label(entry.verdict)
        counts[icon] += 1
        line = f"{i}. {icon} <b>{escape(_(msgid))}</b> {quoted(entry.text)}"
        if entry.origin:
            line += f" ↪ {quoted(entry.origin, 40)}"
        lines.append(line)
    tally = "  ".join(f"{icon} {n}" for icon, n in counts.items() if n)
    footer = escape(_("For the reasons and hotlines of one ad, send it to me on its own."))
    return split_messages([head, "\n".join(lines), tally, footer])


def with_origin(messages: list[str], origin: str | None, lang: str, limit: int = 4096) -> list[str]:
    """Put "Forwarded from: “origin”" above a reply, as its own message when the first one has no room."""
    if not origin or not messages:
        return messages
    _ = translator(lang)
    line = "<i>" + escape(_("Forwarded from: {origin}")).format(origin=quoted(origin, 80)) + "</i>"
    if len(line) + 2 + len(messages[0]) <= limit:
        return [f"{line}\n\n{messages[0]}", *messages[1:]]
    return [line, *messages]
