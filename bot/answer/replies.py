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


def _sep(lang: str) -> str:
    """The colon after a name: Khmer writes "៖"."""
    return "៖" if lang == "km" else ":"


def contact_name(h: Hotline, lang: str) -> str:
    """The contact's name in `lang`, without its own number ("Police 113" after "113" reads "113 · Police")."""
    name = h.name.get(lang) or h.name["en"]
    if h.kind in ("phone", "telegram") and len(h.contact) <= 4:
        shorter = " ".join(re.sub(rf"(?<!\d){re.escape(h.contact)}(?!\d)", " ", name).split())
        name = shorter.strip(" :៖") or name
    return name


def hotline_block(h: Hotline, lang: str, _) -> str:
    """One contact in the details: the number (or address) first, its name and when to use it, then its source."""
    name = contact_name(h, lang)
    purpose = h.purpose.get(lang) or h.purpose["en"]
    contact = f"<b>{escape(h.contact)}</b>"
    if h.kind == "url":
        contact = f'<a href="{escape(h.contact, quote=True)}">{escape(h.contact)}</a>'
    elif h.kind == "telegram":
        contact = f"Telegram <b>{escape(h.contact)}</b>"
    source = _("Source: {source} ({date})", source=_source_link(h.source[0]),
               date=escape(source_date_label(h.source_date, _)))
    line = f"• {contact} · {escape(name)}{_sep(lang)} {escape(purpose)}\n  <i>{source}"
    if h.confidence == "one-source":
        line += f"; {escape(_('one source only: confirm before relying on it'))}"
    return line + "</i>"


def warning_block(w: OfficialWarning, lang: str, _) -> str:
    body = w.body.get(lang) or w.body["en"]
    issuer = w.issuer.get(lang) or w.issuer["en"]
    label = _("Official warning:").rstrip(":៖ ") + _sep(lang)
    return (f"<b>{escape(label)}</b> {escape(issuer)}\n«{escape(body)}»\n"
            f"<i>{_('Source: {source} ({date})', source=_source_link(w.source[0]), date=escape(source_date_label(w.source_date, _)))}</i>")


# The short answer (issue 17, item 2): at most SHORT_LINES lines and SHORT_MAX visible characters before the details,
# which go in an expandable blockquote (collapsed in Telegram; the console prints it after the short part).
SHORT_MAX = 700
SHORT_LINES = 6
FLAG_QUOTE_MAX = 32
EXPANDABLE = "<blockquote expandable>"
LEVEL_WORDS = {"high_risk": ("🚨", "High risk"), "suspicious": ("⚠️", "Suspicious"), "low_risk": ("ℹ️", "Low risk")}
UNSURE = ("❔", "Unsure")
# Scam types (classifier/scam_type.py): the name after the level word, and the one plain reason.
TYPE_NAMES = {
    "compound": "Recruitment into a scam compound abroad",
    "task": "Task scam (likes, reviews, orders)",
    "fee": "Job-fee scam",
    "courier": "Cash-courier or bank-account job",
    "other": "Job scam",
}
TYPE_REASONS = {
    "compound": "Jobs like this take people abroad, then lock them in compounds and force them to scam others.",
    "task": "They pay small sums for easy online tasks, then ask you to deposit money to “unlock” your pay, and keep it.",
    "fee": "A real employer does not take a fee or deposit before you start: people who pay lose the money and get no job.",
    "courier": "Carrying cash or lending your bank account for strangers makes you part of a crime, and you can be prosecuted.",
    "other": "This ad has several signs of a job scam.",
}
# A compound lure for a place in the reader's own country (a Khmer reader, Sihanoukville): no "abroad".
HOME_COMPOUND = ("Recruitment into a scam compound",
                 "Jobs like this lock people in compounds and force them to scam others.")
# The one action of the short answer, by situation first (money can still be stopped), then by type.
PAID_ACTION = "Call your bank now: ask them to stop the payment and block the account you paid. Then report it to the police."
THERE_ACTION = "Call your own country's line below first, then the police. Tell them where you are."
TYPE_ACTIONS = {
    "compound": "Do not go, and do not send money or your passport. Show this to your family.",
    "task": "Do not deposit or transfer any money, and stop writing to them.",
    "fee": "Do not pay any fee or deposit, and do not send your passport or ID.",
    "courier": "Never carry cash, or lend your bank account, card or phone number, for anyone.",
    "other": "Do not pay anything or send your passport before you check the employer.",
}
LOW_RISK_REASON = "No known red flag was found. This does not prove the offer is genuine."
LOW_RISK_WEAK = "Only weak warning signs were found. This does not prove the offer is genuine."
VERIFY = "Verify the employer before you share documents or money, and never pay to get a job."
UNSURE_REASON = "I found no clear sign of a scam, and this may not be a whole job ad."
UNSURE_ACTION = "Send me the whole ad: the company name, the address and the contact they gave."
DETAILS = "Details: all red flags, contacts and sources"
# Fuller "what to do" lists in the details.
TODO = {
    "compound": ("Do not pay any fee or deposit, and do not send your passport or ID.",
                 "Do not travel abroad for this job: people lured by such offers are held in scam compounds and forced to work.",
                 "Work abroad only through a licensed agency and with a proper work visa.",
                 "If you or someone you know is already trapped, contact the embassy first, then the local police."),
    "task": ("Do not deposit or transfer any money, and stop writing to them.",
             "Real jobs never ask you to pay to get your wages.",
             "If you already paid: call your bank now and ask them to stop the payment.",
             "Keep the chat, the account numbers and the receipts: the police need them."),
    "fee": ("Do not pay any fee or deposit, and do not send your passport or ID.",
            "Check the employer: full company name, registration number, address and a written contract.",
            "If you already paid: call your bank now and ask them to stop the payment."),
    "courier": ("Never carry cash, or lend your bank account, card or phone number, for anyone.",
                "Keep the chat, the account numbers and the receipts: the police need them."),
    "other": ("Do not pay any fee or deposit, and do not send your passport or ID.",
              "Check the employer: full company name, registration number, address and a written contract."),
}
TODO_PAID = (PAID_ACTION,
             "Do not pay anything more, whatever they promise: that money does not come back.",
             "Keep the chat, the account numbers and the receipts: the police need them.")
TODO_THERE = ("Save the numbers below in your phone. Call your own country's line first, then the local police.",
              "Send them your location, a photo of the building, a copy of your passport and a photo of your face.",
              "You are a victim, not a criminal.")


def visible_part(message: str) -> str:
    """The plain text a reader sees before opening the details: everything outside the expandable blockquote."""
    return to_plain(re.sub(r"<blockquote expandable>.*?(?:</blockquote>|$)", "", message, flags=re.DOTALL)).strip()


def _flags_line(verdict: Verdict, lang: str) -> str | None:
    """At most three red flags, as the ad's own words, the strongest first."""
    quotes: list[str] = []
    for s in sorted(verdict.signals, key=lambda s: -s.weight):
        ev = " ".join(s.evidence.split())
        if not ev or s.code in ("VAGUE_EMPLOYER", "KNOWN_LURE", "MODEL_SIMILAR") or ev in quotes:
            continue
        quotes.append(ev)
        if len(quotes) == 3:
            break
    if not quotes:
        codes = [s.code for s in verdict.signals if s.code not in ("MODEL_SIMILAR",)]
        return f"🚩 {escape(_explanation(codes[0], lang))}" if codes else None
    cut = [q if len(q) <= FLAG_QUOTE_MAX else q[: FLAG_QUOTE_MAX - 1] + "…" for q in quotes]
    return "🚩 " + " · ".join(f"“{escape(q)}”" for q in cut)


def _number_line(h: Hotline, lang: str) -> str:
    name = contact_name(h, lang)
    icon = "✈️ Telegram " if h.kind == "telegram" else "📞 "
    return f"{icon}<b>{escape(h.contact)}</b> · {escape(name)}"


def is_unsure(verdict: Verdict) -> bool:
    """Nothing but the model's similarity speaks for a lure: say "unsure" and ask for the whole ad (issue 17.4)."""
    from classifier.scam_type import only_model

    return (verdict.level != "low_risk" and only_model(verdict)
            and not (verdict.extras and verdict.extras.get("registry")))


def compose(verdict: Verdict, advice: Advice | None, lang: str, ngo: bool = False) -> list[str]:
    """The reply as Telegram-HTML messages, each within the 4096-character limit: a short answer (level and scam
    type, one reason, three flags, one action, one or two numbers) and the details in an expandable blockquote.
    `ngo`: the reader is NGO staff, who also see the score and the ad's language."""
    from classifier.scam_type import scam_type as type_of
    from classifier.scam_type import situation as situation_of

    _ = translator(lang)
    if verdict.problem == "binary":
        return [escape(_("I could not read this message as text. Please paste the job offer as text."))]
    if verdict.problem == "empty":
        return [escape(_("Please send the text of a job offer."))]
    if not verdict.is_job_offer:
        return [escape(_("This does not look like a job offer. LureCheck checks job ads and recruitment messages: paste or forward one and I will look for the signs of a scam."))]
    if is_unsure(verdict):
        icon, word = UNSURE
        return [f"{icon} <b>{escape(_(word).upper())}</b>\n{escape(_(UNSURE_REASON))}\n👉 {escape(_(UNSURE_ACTION))}"]

    kind = advice.scam_type if advice is not None and advice.scam_type != "other" else type_of(verdict)
    where = advice.situation if advice is not None and advice.situation != "pre_departure" else situation_of(verdict.normalized)
    lure = verdict.level != "low_risk"
    icon, word = LEVEL_WORDS[verdict.level]
    registry = registry_lines(verdict.extras["registry"], lang) if verdict.extras and verdict.extras.get("registry") else []

    short: list[str] = []
    at_home = kind == "compound" and advice is not None and not advice.abroad  # a compound in the reader's country
    if lure:
        name, reason = (HOME_COMPOUND if at_home else (TYPE_NAMES[kind], TYPE_REASONS[kind]))
        short.append(f"{icon} <b>{escape(_(word).upper())} · {escape(_(name))}</b>")
        short.append(escape(registry[0] if registry else _(reason)))
        flags = _flags_line(verdict, lang)
        if flags:
            short.append(flags)
        action = PAID_ACTION if where == "already_paid" else THERE_ACTION if where == "already_there" else TYPE_ACTIONS[kind]
        short.append(f"👉 {escape(_(action))}")
    else:
        short.append(f"{icon} <b>{escape(_(word).upper())}</b>")
        short.append(escape(registry[0] if registry else _(LOW_RISK_WEAK if verdict.signals else LOW_RISK_REASON)))
        short.append(f"👉 {escape(_(VERIFY))}")
    first = advice.first if advice is not None else ()
    short.extend(_number_line(h, lang) for h in first[: SHORT_LINES - len(short)])

    details = [f"<b>{escape(_(DETAILS))}</b>"]
    facts = []
    if ngo:
        facts.append(_("Risk score: {score}/100", score=round(verdict.score * 100)))
        if verdict.lang in LANG_NAMES:
            facts.append(_("Language of the ad: {lang}", lang=_(LANG_NAMES[verdict.lang])))
    dests = verdict.entities.destinations()
    if dests:
        facts.append(_("Destination named in the ad: {places}", places=", ".join(country_name(c, lang) for c in dests)))
    if facts:
        details.append(escape("\n".join(facts)))
    if registry:
        details.append(registry_block(verdict.extras["registry"], lang))
    if verdict.truncated:
        details.append(escape(_("The text is very long: I checked only its first {n} characters.", n=len(verdict.normalized))))
    if verdict.signals:
        lines = [f"<b>{escape(_('Red flags found:'))}</b>"]
        for s in verdict.signals:
            line = f"• {escape(_explanation(s.code, lang))}"
            if s.evidence.strip() and s.code != "VAGUE_EMPLOYER":  # an absence has nothing to quote
                line += f" {_quote(s.evidence)}"
            lines.append(line)
        details.append("\n".join(lines))
    todo = [VERIFY] if not lure else list(TODO_PAID if where == "already_paid" else TODO_THERE
                                            if where == "already_there" else TODO[kind])
    if at_home:
        todo = [t for t in todo if "abroad" not in t]
    details.append(f"<b>{escape(_('What to do now:'))}</b>\n" + "\n".join(f"• {escape(_(t))}" for t in todo))
    if advice and advice.numbers:
        details.append(f"<b>{escape(_('Hotlines:'))}</b>\n" + "\n".join(hotline_block(h, lang, _) for h in advice.numbers))
    if advice and advice.other_contacts:
        details.append(f"<b>{escape(_('Websites and e-mail:'))}</b>\n"
                       + "\n".join(hotline_block(h, lang, _) for h in advice.other_contacts))
    if advice and advice.warnings:
        details.extend(warning_block(w, lang, _) for w in advice.warnings)
    return pack("\n".join(short), details)


def pack(short: str, details: list[str], limit: int = TELEGRAM_LIMIT) -> list[str]:
    """The short answer, then as many paragraphs of the details as fit, in an expandable blockquote; the rest in
    further messages, each its own expandable blockquote. A paragraph too long for any message is cut."""
    def wrap(paragraphs: list[str]) -> str:
        return EXPANDABLE + "\n\n".join(paragraphs) + "</blockquote>"
    out: list[str] = []
    head, cur = short, []
    overhead = len(EXPANDABLE) + len("</blockquote>")
    for para in details:
        pieces = [para] if len(para) + overhead <= limit else _cut_block(para, limit - overhead)
        for piece in pieces:
            size = len(head) + 2 + overhead + len("\n\n".join([*cur, piece]))
            if cur and size > limit:
                out.append(f"{head}\n\n{wrap(cur)}" if head else wrap(cur))
                head, cur = "", []
            elif not cur and head and size > limit:
                out.append(head)
                head = ""
            cur.append(piece)
    if cur:
        out.append(f"{head}\n\n{wrap(cur)}" if head else wrap(cur))
    elif head:
        out.append(head)
    return out


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
_DETAILS = re.compile(r"<blockquote expandable>(.*?)</blockquote>", re.DOTALL)
_LINK = re.compile(r'<a href="([^"]+)">([^<]*)</a>')


def to_plain(message: str) -> str:
    """Telegram HTML to console text: links become 'text <url>', tags vanish, entities unescape."""
    links: list[str] = []

    def keep(m: re.Match) -> str:
        url, label = m.group(1), m.group(2)
        links.append(url if label == url else f"{label} ({url})")
        return f"\x00{len(links) - 1}\x00"

    message = _LINK.sub(keep, message)
    # the details (an expandable blockquote in Telegram) print as an indented quote after the short answer
    message = _DETAILS.sub(lambda m: "\n".join("│ " + line if line else "│" for line in m.group(1).split("\n")), message)
    message = _TAG.sub("", message)
    message = re.sub("\x00(\\d+)\x00", lambda m: links[int(m.group(1))], message)
    return html.unescape(message)
