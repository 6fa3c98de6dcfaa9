"""The SOS card and the guided report: what a person who is held, beaten or robbed of their passport reads.

Shown instead of any job-ad answer when classifier/distress.py finds first-person distress (bot/checking/service.py):
no score, no red flags. Who to call first for where they are (their own ministry or embassy, 24/7), then the local
police channel; what to send and how (Cambodian police 117 on Telegram); "you are a victim, not a criminal".
The texts are CONTENT (warnings/sos.yaml, one per language); the numbers come from the content store (the hotlines
admins keep, with their sources), named there BY ID: this module never writes a number. Pure: no Telegram, no I/O
beyond reading sos.yaml once.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from html import escape as _escape
from pathlib import Path

import yaml

from bot.answer.content import Content, Hotline

SOS_FILE = "sos.yaml"
# Where the writer says they are (classifier.distress place names) -> country code.
PLACE_COUNTRY = {
    "Sihanoukville": "KH", "Phnom Penh": "KH", "Bavet": "KH", "Poipet": "KH", "Bokor": "KH", "Cambodia": "KH",
    "KK Park": "MM", "Shwe Kokko": "MM", "Myawaddy": "MM", "Myanmar": "MM",
    "Laos": "LA", "Thailand": "TH",  # "Golden Triangle": three countries, so no one country
}
# Whose citizen the writer most likely is, from the language they read (the user's own choice comes first).
LANG_COUNTRY = {"vi": "VN", "ko": "KR", "km": "KH"}
ICONS = {"phone": "📞", "telegram": "✈️ Telegram", "email": "✉️", "url": "🌐"}
UNVERIFIED = ("unverified", "disputed")
REACHABLE = ("phone", "telegram", "email")
POLICE_117_TELEGRAM = "kh-police-telegram-117-for-foreigners"
REPORT_FIELDS = ("location", "building", "people", "passport", "contact")
# Cambodia, roughly: a shared location inside it gets the Khmer copy of the report for Cambodian police.
_KH_BOX = (9.9, 14.8, 102.3, 107.7)


def escape(s: str, quote: bool = False) -> str:
    return _escape(s, quote=quote)


@lru_cache(maxsize=4)
def _load(path: str) -> dict:
    return yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}


def load_sos(directory: Path | str) -> dict:
    """warnings/sos.yaml, read once per directory."""
    return _load(str(Path(directory) / SOS_FILE))


def text(sos: dict, section: str, key: str, lang: str, **fields) -> str:
    """One text of sos.yaml in `lang` (English when that language has none), fields filled in."""
    entry = sos.get(section, {}).get(key, {})
    value = entry.get(lang) or entry.get("en") or ""
    return value.format(**fields) if fields else value


@dataclass(frozen=True)
class SosCard:
    """What the card was built from (the Telegram face opens the guided report with it)."""

    lang: str
    nationality: str | None  # VN, KR, KH or None
    where: str | None  # KH, MM, LA, TH or None (not said)
    cues: tuple[str, ...] = ()
    first: tuple[str, ...] = ()  # hotline ids: own ministry / embassy
    police: tuple[str, ...] = ()  # hotline ids: the local police channel
    messages: list[str] = field(default_factory=list)  # Telegram HTML


def where_from(places: tuple[str, ...] | list[str]) -> str | None:
    for place in places:
        if code := PLACE_COUNTRY.get(place):
            return code
    return None


def nationality_of(lang: str, choice: str | None = None) -> str | None:
    return LANG_COUNTRY.get(choice or lang)


def usable(h: Hotline | None) -> bool:
    """A contact the card may show: in the content store, with a contact, not marked unverified."""
    return h is not None and bool(h.contact) and h.confidence not in UNVERIFIED


def contacts_for(sos: dict, content: Content, nationality: str | None, where: str | None
                 ) -> tuple[list[Hotline], list[Hotline]]:
    """(call first: own ministry or embassy; then: the local police channel), from sos.yaml's table by id."""
    table = sos.get("contacts", {})
    if nationality in table:
        by_nation = table[nationality]
        ids = by_nation.get(where or "any") or by_nation.get("any") or []
    else:  # not known whose citizen: a place named but not in the table gets no one else's line
        ids = table.get("any", {}).get(where or "any") or []
    # Under "call now" only what can be called or written to: a website is not a hotline.
    hotlines = [h for h in (content.hotline(i) for i in dict.fromkeys(ids)) if usable(h) and h.kind in REACHABLE]
    first, police = [], []
    for h in hotlines:
        local = "any" in h.serves and h.country != nationality  # a public line of the country they are in
        (police if local and nationality else first).append(h)
    return first, police


def contact_line(h: Hotline, lang: str) -> str:
    """One line per contact, the number first: "📞 +84 981 84 84 84 — Tổng đài bảo hộ công dân"."""
    icon = ICONS.get(h.kind, "📞")
    name = h.name.get(lang) or h.name.get("en") or h.id
    return f"{icon} <b>{escape(h.contact)}</b> — {escape(name)}"


def _source_line(h: Hotline, sos: dict, lang: str) -> str:
    name = h.name.get(lang) or h.name.get("en") or h.id
    link = h.source[0] if h.source else ""
    parts = [escape(name)]
    if link:
        host = re.sub(r"^https?://(www\\.)?", "", link).split("/")[0]
        parts.append(f'<a href="{escape(link, quote=True)}">{escape(host)}</a>')
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", h.source_date or ""):
        parts.append(f"{escape(text(sos, 'card_extra', 'checked', lang))} {escape(h.source_date)}")
    if h.confidence == "one-source":
        parts.append(escape(text(sos, "card_extra", "one_source", lang)))
    return " · ".join(parts)


def compose_card(sos: dict, content: Content, lang: str, places=(), cues=(), choice: str | None = None,
                 nationality: str | None = None) -> SosCard:
    """The SOS card in `lang`: one Telegram message (details in an expandable quote)."""
    nationality = nationality or nationality_of(lang, choice)
    where = where_from(places)
    first, police = contacts_for(sos, content, nationality, where)
    t = lambda section, key: escape(text(sos, section, key, lang))  # noqa: E731
    lines = [f"<b>{t('card', 'title')}</b>", t("card", "victim_not_criminal"), ""]
    if not nationality:  # whose citizen is not known: their own embassy first, whatever else follows
        lines.append(t("card_extra", "own_embassy"))
    if first:
        lines.append(f"<b>{t('card', 'call_first')}</b>")
        lines += [contact_line(h, lang) for h in first]
    if police:
        lines += ["", f"<b>{t('card', 'then_police')}</b>"]
        lines += [contact_line(h, lang) for h in police]
    if any(h.id == POLICE_117_TELEGRAM for h in first + police):
        lines += ["", t("police_117_telegram", "intro")]
        for item in sos.get("police_117_telegram", {}).get("items", []):
            lines.append("• " + escape(item.get(lang) or item.get("en", "")))
    lines += ["", t("card", "stay_safe"), t("card_extra", "report_hint")]
    sources = [_source_line(h, sos, lang) for h in first + police]
    if sources:
        lines.append(f"<blockquote expandable><b>{t('card_extra', 'sources')}</b>\n" + "\n".join(sources)
                     + "</blockquote>")
    return SosCard(lang, nationality, where, tuple(cues), tuple(h.id for h in first), tuple(h.id for h in police),
                   ["\n".join(lines)])


# ---------------------------------------------------------------- the guided report
def ask(sos: dict, key: str, lang: str) -> str:
    for f in sos.get("report", {}).get("fields", []):
        if f["key"] == key:
            return f["ask"].get(lang) or f["ask"]["en"]
    raise KeyError(key)


def in_cambodia(latitude: float, longitude: float) -> bool:
    s, n, w, e = _KH_BOX
    return s <= latitude <= n and w <= longitude <= e


def location_answer(latitude: float, longitude: float) -> str:
    """A shared location as the report writes it: coordinates and a map link police can open."""
    return f"{latitude:.6f}, {longitude:.6f} (https://maps.google.com/?q={latitude:.6f},{longitude:.6f})"


def report_text(sos: dict, answers: dict[str, str | None], lang: str = "en") -> str:
    """The report, filled in, in English or Khmer (plain text: the user forwards it as it is)."""
    template = sos["report"]["template"][lang]
    none = text(sos, "report_extra", "not_given", lang)
    photo = text(sos, "report_extra", "photo_sent", lang)
    values = {}
    for key in REPORT_FIELDS:
        value = answers.get(key)
        values[key] = photo if value == "<photo>" else (" ".join(str(value).split())[:300] if value else none)
    return template.format(**values).strip()


def compose_report(sos: dict, content: Content, answers: dict[str, str | None], lang: str, where: str | None,
                   nationality: str | None) -> list[str]:
    """The messages the bot sends at the end of the guided report, each in ONE language: the report in English,
    its Khmer copy when the user is (or shared a location) in Cambodia, then what to do with it in `lang`, with the
    numbers to send it to."""
    out = [escape(report_text(sos, answers, "en"))]
    if where == "KH":
        out.append(escape(report_text(sos, answers, "km")))
    first, police = contacts_for(sos, content, nationality, where)
    to = [h for h in police if h.id == POLICE_117_TELEGRAM] + [h for h in first if h.kind in ("phone", "telegram",
                                                                                                "email")][:2]
    lines = [escape(text(sos, "report", "ready", lang))]
    if to:
        lines += ["", f"<b>{escape(text(sos, 'report_extra', 'send_to', lang))}</b>"]
        lines += [contact_line(h, lang) for h in to]
    lines += ["", escape(text(sos, "card", "stay_safe", lang)), "", escape(text(sos, "report", "share_ngo", lang))]
    out.append("\n".join(lines))
    return out
