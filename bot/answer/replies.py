"""Compose the reply a user reads: headline, red flags with quoted evidence, what to do, hotlines, warning.

One UI language per reply (only the quotes from the ad keep the ad's own words), Telegram HTML,
escaped, split at paragraph borders so that no message exceeds Telegram's 4096 characters.
"""
from __future__ import annotations

import html
import re
from html import escape
from urllib.parse import urlparse

from babel import Locale

from bot.answer.advice import Advice
from bot.answer.content import Hotline, OfficialWarning
from bot.answer.i18n import translator
from classifier import Verdict
from classifier.explanations import EXPLANATIONS

TELEGRAM_LIMIT = 4096
QUOTE_MAX = 90
HEADLINES = {
    "high_risk": ("🚨", "HIGH RISK: this offer has the marks of a scam-recruitment lure."),
    "suspicious": ("⚠️", "SUSPICIOUS: this offer shows warning signs of a scam."),
    "low_risk": ("ℹ️", "LOW RISK: no known red flag was found. This does not prove the offer is genuine."),
}
LANG_NAMES = {"vi": "Vietnamese", "ko": "Korean", "km": "Khmer", "en": "English", "zh": "Chinese", "th": "Thai"}


def _quote(evidence: str) -> str:
    ev = " ".join(evidence.split())
    if len(ev) > QUOTE_MAX:
        ev = ev[: QUOTE_MAX - 1] + "…"
    return f"“{escape(ev)}”"


def _source_link(url: str) -> str:
    host = urlparse(url).netloc.removeprefix("www.") or url
    return f'<a href="{escape(url, quote=True)}">{escape(host)}</a>'


_ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")


def source_date_label(source_date: str, _) -> str:
    """The content's date as digits only ("2025-10-28", "~2022"): words like "undated" would mix languages."""
    m = _ISO_DATE.search(source_date)
    if not m:
        return _("date not stated")
    approx = source_date.strip().lower().startswith(("c.", "approx", "~"))
    return ("~" if approx else "") + m.group(0)


def country_name(code: str, lang: str) -> str:
    try:
        return Locale.parse(lang).territories.get(code, code)
    except Exception:  # babel has every UI language; this only guards odd codes
        return code


def _explanation(code: str, lang: str) -> str:
    texts = EXPLANATIONS.get(code, {})
    return texts.get(lang) or texts.get("en") or code


def hotline_block(h: Hotline, lang: str, _) -> str:
    name = h.name.get(lang) or h.name["en"]
    purpose = h.purpose.get(lang) or h.purpose["en"]
    contact = escape(h.contact)
    if h.kind == "url":
        contact = f'<a href="{escape(h.contact, quote=True)}">{escape(h.contact)}</a>'
    line = f"• <b>{escape(name)}</b>: {contact}\n  {escape(purpose)}\n  <i>{_('Source: {source} ({date})', source=_source_link(h.source[0]), date=escape(source_date_label(h.source_date, _)))}</i>"
    if h.confidence == "one-source":
        line += f"\n  <i>({escape(_('one source only: confirm before relying on it'))})</i>"
    return line


def warning_block(w: OfficialWarning, lang: str, _) -> str:
    body = w.body.get(lang) or w.body["en"]
    issuer = w.issuer.get(lang) or w.issuer["en"]
    return (f"<b>{escape(_('Official warning:'))}</b> {escape(issuer)}\n«{escape(body)}»\n"
            f"<i>{_('Source: {source} ({date})', source=_source_link(w.source[0]), date=escape(source_date_label(w.source_date, _)))}</i>")


def compose(verdict: Verdict, advice: Advice | None, lang: str) -> list[str]:
    """The reply as Telegram-HTML messages, each within the 4096-character limit."""
    _ = translator(lang)
    if verdict.problem == "binary":
        return [escape(_("I could not read this message as text. Please paste the job offer as text."))]
    if verdict.problem == "empty":
        return [escape(_("Please send the text of a job offer."))]
    if not verdict.is_job_offer:
        return [escape(_("This does not look like a job offer. LureCheck checks job ads and recruitment messages: paste or forward one and I will look for the signs of a scam."))]

    icon, headline = HEADLINES[verdict.level]
    if verdict.level == "low_risk" and verdict.signals:  # never "no red flag" above a list of red flags
        headline = "LOW RISK: only weak warning signs were found. This does not prove the offer is genuine."
    blocks = [f"{icon} <b>{escape(_(headline))}</b>"]
    facts = [_("Risk score: {score}/100", score=round(verdict.score * 100))]
    if verdict.lang in LANG_NAMES:
        facts.append(_("Language of the ad: {lang}", lang=_(LANG_NAMES[verdict.lang])))
    dests = verdict.entities.destinations()
    if dests:
        facts.append(_("Destination named in the ad: {places}", places=", ".join(country_name(c, lang) for c in dests)))
    blocks.append(escape("\n".join(facts)))
    if verdict.extras and verdict.extras.get("registry"):
        blocks.append(registry_block(verdict.extras["registry"], lang))
    if verdict.truncated:
        blocks.append(escape(_("The text is very long: I checked only its first {n} characters.", n=len(verdict.normalized))))

    if verdict.signals:
        lines = [f"<b>{escape(_('Red flags found:'))}</b>"]
        for s in verdict.signals:
            line = f"• {escape(_explanation(s.code, lang))}"
            if s.evidence.strip() and s.code != "VAGUE_EMPLOYER":  # an absence has nothing to quote
                line += f"\n  {_quote(s.evidence)}"
            lines.append(line)
        blocks.append("\n".join(lines))

    todo = []
    if verdict.level == "low_risk":
        todo.append(_("Verify the employer before you share documents or money, and never pay to get a job."))
    else:
        todo.append(_("Do not pay any fee or deposit, and do not send your passport or ID."))
        if advice and advice.abroad:
            todo.append(_("Do not travel abroad for this job: people lured by such offers are held in scam compounds and forced to work."))
        todo.append(_("Check the employer: full company name, registration number, address and a written contract."))
        if advice and advice.abroad:
            todo.append(_("Work abroad only through a licensed agency and with a proper work visa."))
            todo.append(_("If you or someone you know is already trapped, contact the embassy first, then the local police."))
    blocks.append(f"<b>{escape(_('What to do now:'))}</b>\n" + "\n".join(f"• {escape(t)}" for t in todo))

    if advice and advice.hotlines:
        blocks.append(f"<b>{escape(_('Hotlines:'))}</b>\n" + "\n".join(hotline_block(h, lang, _) for h in advice.hotlines))
    if advice and advice.warnings:
        blocks.extend(warning_block(w, lang, _) for w in advice.warnings)
    return split_messages(blocks)


# The registry of recruiter contacts (bot/ngo/registry.py): what a contact is, by its kind and the app the ad gives it for.
CONTACT_LABELS = {
    "phone": "This phone number",
    "zalo": "This Zalo number",
    "whatsapp": "This WhatsApp number",
    "telegram": "This Telegram account",
    "kakaotalk": "This KakaoTalk ID",
    "line": "This LINE ID",
    "wechat": "This WeChat ID",
    "handle": "This account",
    "link": "This website",
    "email": "This e-mail address",
}
SEEN_IN_LURES = "{what} {value} appeared in {n} ads reported as lures since {month}."
SEEN_IN_ONE_LURE = "{what} {value} appeared in an ad reported as a lure in {month}."


def contact_label(kind: str, app: str | None) -> str:
    """The English msgid naming a registry contact: "This Zalo number", "This Telegram account"..."""
    if kind == "phone" and app in ("zalo", "whatsapp"):
        return CONTACT_LABELS[app]
    return CONTACT_LABELS.get(kind, CONTACT_LABELS["handle"])


def month_name(day: str, lang: str) -> str:
    """ "2026-03-05" -> "March 2026" in the UI language."""
    from datetime import date

    from babel.dates import format_skeleton

    try:
        return format_skeleton("yMMMM", date.fromisoformat(day), locale=lang)
    except (ValueError, TypeError):
        return day


def registry_lines(hits: list[dict], lang: str) -> list[str]:
    """One sentence per contact seen in confirmed lures (plain text, in the UI language)."""
    _ = translator(lang)
    out = []
    for h in hits:
        msgid = SEEN_IN_LURES if h["lures"] > 1 else SEEN_IN_ONE_LURE
        out.append(_(msgid, what=_(contact_label(h["kind"], h.get("app"))), value=f"“{h['value']}”", n=h["lures"],
                     month=month_name(h["since"], lang)))
    return out


def registry_block(hits: list[dict], lang: str) -> str:
    _ = translator(lang)
    head = f"<b>{escape(_('Seen before in confirmed lures (this raised the level):'))}</b>"
    return head + "\n" + "\n".join(f"• {escape(line)}" for line in registry_lines(hits, lang))


def split_messages(blocks: list[str], limit: int = TELEGRAM_LIMIT) -> list[str]:
    """Join blocks with blank lines into as few messages as fit; never cut inside a block when it fits.

    A block longer than the limit is cut at a line border when it can be, else between two characters: never inside
    an HTML entity (`&quot;`) or a tag, and the tags open at a cut are closed at the end of that message and opened
    again at the start of the next, so every message is valid Telegram HTML on its own."""
    out: list[str] = []
    cur = ""
    for block in blocks:
        pieces = _cut_block(block, limit) if len(block) > limit else [block]
        for piece in pieces[:-1]:
            if cur:
                out.append(cur)
                cur = ""
            out.append(piece)
        block = pieces[-1]
        candidate = f"{cur}\n\n{block}" if cur else block
        if len(candidate) > limit:
            out.append(cur)
            cur = block
        else:
            cur = candidate
    if cur:
        out.append(cur)
    return out


# One token of Telegram HTML: a tag, an entity, or one character (a "<" or "&" that starts neither is a character).
_TOKEN = re.compile(r"<(/?)([A-Za-z][\w-]*)(?:\s[^<>]*)?>|&(?:#\d{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});|.",
                    re.DOTALL)


def _tokens(block: str, limit: int) -> list[tuple[str, str | None, str]]:
    """(text, tag name or None, kind) per token: kind "open", "close", "entity" or "char". A tag too long to ever
    fit in a message with its partner (a huge link) is dropped, its partner too: its text stays."""
    toks: list[tuple[str, str | None, str]] = []
    stack: list[tuple[str, bool]] = []  # (name, dropped)
    for m in _TOKEN.finditer(block):
        text = m.group(0)
        if m.group(2) is None:
            toks.append((text, None, "entity" if len(text) > 1 else "char"))
            continue
        name = m.group(2).lower()
        if not m.group(1):
            dropped = len(text) > limit // 4
            stack.append((name, dropped))
            if not dropped:
                toks.append((text, name, "open"))
            continue
        if stack and stack[-1][0] == name:
            _, dropped = stack.pop()
            if not dropped:
                toks.append((text, name, "close"))
        # a closing tag that closes nothing (unbalanced input) is dropped: Telegram would refuse it
    for name, dropped in reversed(stack):  # tags left open: closed at the end
        if not dropped:
            toks.append((f"</{name}>", name, "close"))
    return toks


def _open_after(opened: list[tuple[str, str]], toks: list[tuple[str, str | None, str]]) -> list[tuple[str, str]]:
    stack = list(opened)
    for text, name, kind in toks:
        if kind == "open":
            stack.append((name, text))
        elif kind == "close" and stack and stack[-1][0] == name:
            stack.pop()
    return stack


def _cut_block(block: str, limit: int) -> list[str]:
    """An oversized block as messages within the limit (see split_messages)."""
    toks = _tokens(block, limit)
    pieces: list[str] = []
    opened: list[tuple[str, str]] = []  # (name, opening tag) open at the start of the current piece
    i = 0
    while i < len(toks):
        prefix = "".join(t for _, t in opened)
        stack = list(opened)
        size = len(prefix)
        best = best_line = None  # the last token index where a cut fits, and the last one at a line border
        has_text = False
        j = i
        while j < len(toks):
            text, name, kind = toks[j]
            if kind == "open":
                stack.append((name, text))
            elif kind == "close" and stack and stack[-1][0] == name:
                stack.pop()
            else:
                has_text = True
            size += len(text)
            closers = sum(len(n) + 3 for n, _ in stack)
            if size + closers > limit:
                break
            j += 1
            if has_text and j < len(toks) and toks[j][2] != "close":  # a cut before a closing tag: an empty pair
                best = (j, list(stack))
                if toks[j][0] == "\n":
                    best_line = best
        if j >= len(toks):  # the rest fits
            pieces.append(prefix + "".join(t for t, _, _ in toks[i:]))
            break
        if best_line or best:
            cut, stack = best_line or best
        else:  # not even one character fits beside the open tags (a tiny limit): one token per message
            cut, stack = max(j, i + 1), _open_after(opened, toks[i:max(j, i + 1)])
        body = "".join(t for t, _, _ in toks[i:cut])
        pieces.append(prefix + body + "".join(f"</{n}>" for n, _ in reversed(stack)))
        opened = stack
        while cut < len(toks) and toks[cut][0] == "\n":  # the line border itself is not carried over
            cut += 1
        i = cut
    return [p for p in pieces if p]


_TAG = re.compile(r"<[^>]+>")
_LINK = re.compile(r'<a href="([^"]+)">([^<]*)</a>')


def to_plain(message: str) -> str:
    """Telegram HTML to console text: links become 'text <url>', tags vanish, entities unescape."""
    links: list[str] = []

    def keep(m: re.Match) -> str:
        url, label = m.group(1), m.group(2)
        links.append(url if label == url else f"{label} ({url})")
        return f"\x00{len(links) - 1}\x00"

    message = _TAG.sub("", _LINK.sub(keep, message))
    message = re.sub("\x00(\\d+)\x00", lambda m: links[int(m.group(1))], message)
    return html.unescape(message)
