"""Look-ups and follow-ups, as a user reads them: what the registry knows about one contact (counts and dates only,
never a text or who sent it; "no record" never means safe), the decision on a report they made, and the warning
card they may forward to a friend. Texts: warnings/sos.yaml (sections lookup, followups), one language per reply.
Pure: the figures come in as plain values (bot/ngo/registry.py's Lookup, bot/admin/reviews.py's Notice).
"""
from __future__ import annotations

from datetime import datetime

from bot.answer.sos import escape, text


def month(day: datetime | None) -> str:
    return day.strftime("%Y-%m") if day else "?"


def compose_lookup(sos: dict, lang: str, found) -> str:
    """One message for a look-up (`found`: value, known, lures, reports, seen, first_seen, first_lure, legit)."""
    t = lambda key, **kw: escape(text(sos, "lookup", key, lang, **kw))  # noqa: E731
    lines = [f"<b>{t('title', value=found.value)}</b>"]
    if not found.known:
        lines.append(t("no_record", value=found.value))
    else:
        if found.legit:
            lines.append(t("legit"))
        if found.lures:
            lines.append(t("confirmed", lures=found.lures, since=month(found.first_lure)))
        if found.reports:
            lines.append(t("reported", reports=found.reports))
        if found.seen:
            lines.append(t("seen", seen=found.seen, since=month(found.first_seen)))
        if not (found.lures or found.reports or found.legit):
            lines.append(t("no_record", value=found.value))
    lines += ["", t("advice"), f"<i>{t('only_counts')}</i>"]
    return "\n".join(lines)


def compose_too_many(sos: dict, lang: str) -> str:
    return escape(text(sos, "lookup", "too_many", lang))


def compose_followup(sos: dict, notice) -> str:
    """The decision on a report (`notice`: lang, kind report|look, outcome confirmed|rejected), in the reporter's
    language."""
    prefix = "look" if notice.kind == "look" else "report"
    return escape(text(sos, "followups", f"{prefix}_{notice.outcome}", notice.lang))


def compose_friend_card(sos: dict, lang: str, bot_name: str) -> tuple[str, str]:
    """(the line that says what to do with the card, the card itself): forwardable, no personal data."""
    return (escape(text(sos, "followups", "friend_intro", lang)),
            escape(text(sos, "followups", "friend_card", lang, bot=bot_name)))


def label(sos: dict, key: str, lang: str) -> str:
    """A button label of the follow-ups (human_look_button, friend_button, not_yours...)."""
    return text(sos, "followups", key, lang)
