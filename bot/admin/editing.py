"""Content editing: warnings and hotlines (preview, propose, confirm, history, rollback), overview and gaps, and the
lure accounting of a confirmed report. Plain functions, no Telegram. The Telegram commands (bot/telegram/admin.py) and the CLI call these.

Every function takes the store and the acting user's Telegram id (or OPERATOR, the person at the command line) and
checks the actor's right first: content and roles are for admins (LURECHECK_ADMIN_IDS, plus the role in the
database); reviews are for NGO staff and admins. Every change is validated before anything is written (a clear
AdminError, nothing changed), written in one transaction together with its audit-log entry (who, what, before,
after, when), and bumps the content version so that every replica shows it on its next reply.

AdminError carries an English msgid and its fields: `.text(lang)` gives the message in the admin's language.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from bot.access import (
    Actor,
    AdminError,
    require_admin,
    role_of,
)
from bot.answer.content import HOTLINE_KINDS, Hotline, OfficialWarning, validate_contact, validate_entry
from bot.answer.i18n import translator, ui_lang
from bot.answer.replies import hotline_block, warning_block  # the very blocks users see, for previews
from bot.config import UI_LANGS
from bot.storage import content_db as cdb
from bot.storage.models import (
    Feedback,
    HotlineRow,
    PendingChange,
    Report,
    WarningRow,
    WarningText,
    utcnow,
)
from bot.storage.sql_store import CLI_ACTOR, SqlStore, audit

BODY_MAX, ISSUER_MAX, NAME_MAX, PURPOSE_MAX = 800, 200, 120, 300
PENDING_TTL = timedelta(hours=24)
HOTLINE_FIELDS = ("contact", "kind", "phone_region", "confidence", "source", "source_date", "note", "serves",
                  "situations", "destinations", *(f"name.{lang}" for lang in UI_LANGS),
                  *(f"purpose.{lang}" for lang in UI_LANGS))
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")



def author_label(author: str, me: str | None = None) -> str:
    """How the audit and history name an author: import, cli, or the first characters of an admin's hash."""
    if author in (cdb.IMPORT_ACTOR, CLI_ACTOR):
        return author
    return "admin " + author[:8] + (" (you)" if me and author == me else "")


def _lang(lang: str) -> str:
    lang = (lang or "").strip().lower()
    if lang not in UI_LANGS:
        raise AdminError("Unknown language: {lang}. Use one of: {langs}", lang=lang, langs=", ".join(UI_LANGS))
    return lang


def _text(value: str | None, limit: int) -> str:
    value = (value or "").strip()
    if not value:
        raise AdminError("The text is empty: nothing was changed.")
    if len(value) > limit:
        raise AdminError("The text has {n} characters; the limit is {limit}. Nothing was changed.", n=len(value),
                         limit=limit)
    return value


def _invalid(problems: list[str]) -> AdminError:
    clean = [p.split(": ", 1)[1] if p.startswith("<database>:") else p for p in problems]
    return AdminError("This change is not valid, nothing was changed: {problems}", problems="; ".join(clean))

def open_review_count(s: Session) -> int:
    return (s.scalar(select(func.count()).select_from(Report).where(Report.status == "new")) or 0) + \
        (s.scalar(select(func.count()).select_from(Feedback).where(Feedback.kind == "wrong",
                                                                   Feedback.status == "new")) or 0)



# ---------------------------------------------------------------- overview and gaps
@dataclass(frozen=True)
class Overview:
    role: str
    content_version: int
    warnings: int
    hotlines: int
    disabled_hotlines: int
    gaps: list[cdb.Gap]
    open_reviews: int


def overview(store: SqlStore, actor: Actor) -> Overview:
    require_admin(store, actor)
    with store.read() as s:
        hot = list(s.execute(select(HotlineRow.active)).scalars())
        return Overview(role_of(store, actor), cdb.content_version(s), len(list(s.scalars(select(WarningRow.id)))),
                        len(hot), hot.count(False), cdb.translation_gaps(s), open_review_count(s))


def translation_gaps(store: SqlStore, actor: Actor) -> list[cdb.Gap]:
    """Texts missing in a UI language (users of that language see the English text there)."""
    require_admin(store, actor)
    with store.read() as s:
        return cdb.translation_gaps(s)


# ---------------------------------------------------------------- warnings
@dataclass(frozen=True)
class WarningSummary:
    key: str
    country: str
    versions: dict[str, int]  # language -> active version
    missing: tuple[str, ...]  # UI languages without a body: users of these see English


@dataclass(frozen=True)
class WarningView:
    key: str
    lang: str
    version: int | None  # None: no text in this language
    body: str
    issuer: str
    source: tuple[str, ...]
    source_date: str
    author: str
    created: datetime | None
    fallback: bool  # True: no text in `lang`, the English one is shown (as users see it)


@dataclass(frozen=True)
class VersionView:
    version: int
    created: datetime
    author: str
    active: bool
    body: str | None
    issuer: str | None


@dataclass(frozen=True)
class Proposal:
    id: int
    kind: str  # warning | hotline
    target: str
    preview: str  # Telegram HTML, exactly as users will see it


@dataclass(frozen=True)
class Applied:
    kind: str  # warning | hotline
    target: str  # the warning key or the hotline id
    version: int | None = None  # warnings: the new active version
    lang: str | None = None  # warnings: the language of the text


def _warning_row(s: Session, key: str, lock: bool = False) -> WarningRow:
    q = select(WarningRow).where(WarningRow.key == (key or "").strip())
    row = s.scalar(q.with_for_update() if lock else q)
    if row is None:
        raise AdminError("Unknown warning: {key}", key=key)
    return row


def list_warnings(store: SqlStore, actor: Actor, country: str | None = None) -> list[WarningSummary]:
    require_admin(store, actor)
    with store.read() as s:
        q = select(WarningRow).order_by(WarningRow.country, WarningRow.position, WarningRow.id)
        if country:
            q = q.where(WarningRow.country == country.strip().upper())
        rows = list(s.scalars(q))
        texts = cdb.active_texts(s, [r.id for r in rows])
        out = []
        for r in rows:
            mine = cdb.ordered(texts.get(r.id, {}))
            missing = tuple(lang for lang in UI_LANGS if not (lang in mine and mine[lang].body))
            out.append(WarningSummary(r.key, r.country, {lang: t.version for lang, t in mine.items()}, missing))
        return out


def show_warning(store: SqlStore, actor: Actor, key: str, lang: str) -> WarningView:
    require_admin(store, actor)
    lang = _lang(lang)
    with store.read() as s:
        row = _warning_row(s, key)
        texts = cdb.active_texts(s, [row.id]).get(row.id, {})
        t = texts.get(lang)
        en = texts.get("en")
        shown = t if t and t.body else en
        return WarningView(row.key, lang, t.version if t else None, (shown.body if shown else "") or "",
                           (t.issuer if t and t.issuer else en.issuer if en else "") or "", tuple(row.source),
                           row.source_date, author_label(shown.author if shown else ""), shown.created if shown else None,
                           fallback=not (t and t.body))


def _warning_preview(s: Session, row: WarningRow, lang: str, body: str, issuer: str | None) -> str:
    texts = cdb.active_texts(s, [row.id]).get(row.id, {})
    w = cdb.warning_from_row(row, texts)
    bodies = dict(w.body) if w else {}
    issuers = dict(w.issuer) if w else {}
    bodies[lang] = body
    if issuer:
        issuers[lang] = issuer
    bodies.setdefault("en", body)
    issuers.setdefault("en", issuer or "")
    preview = OfficialWarning(key=row.key, country=row.country, audience=tuple(row.audience),
                              destinations=tuple(row.destinations), source=tuple(row.source),
                              source_date=row.source_date, issuer=issuers, body=bodies,
                              original_lang=row.original_lang, note=row.note)
    return warning_block(preview, lang, translator(lang))


def _validate_warning(s: Session, row: WarningRow, lang: str, body: str, issuer: str | None) -> None:
    texts = cdb.active_texts(s, [row.id]).get(row.id, {})
    bodies = {k: t.body for k, t in texts.items() if t.body} | {lang: body}
    issuers = {k: t.issuer for k, t in texts.items() if t.issuer} | ({lang: issuer} if issuer else {})
    raw = cdb.row_facts(row) | {"issuer": issuers, "body": bodies}
    problems = validate_entry("warning", raw)
    if problems:
        raise _invalid(problems)


def _base_of_text(s: Session, row: WarningRow, lang: str) -> str:
    t = cdb.active_texts(s, [row.id]).get(row.id, {}).get(lang)
    return cdb.digest([t.version, t.body, t.issuer] if t else None)


def _apply_warning(s: Session, who: str, row: WarningRow, lang: str, body: str, issuer: str | None) -> WarningText:
    current = cdb.active_texts(s, [row.id]).get(row.id, {}).get(lang)
    issuer = issuer or (current.issuer if current else None)
    if current is not None and (current.body, current.issuer) == (body, issuer):
        raise AdminError("Nothing to change: this is already the active text.")
    t = cdb.new_text_version(s, row, lang, body, issuer, who)
    audit(s, who, "warning.set", f"warning {row.key} ({lang})",
          {"version": current.version, "body": current.body, "issuer": current.issuer} if current else None,
          {"version": t.version, "body": t.body, "issuer": t.issuer})
    cdb.bump(s)
    return t


def _prepare_warning(s: Session, key: str, lang: str, body: str, issuer: str | None,
                     lock: bool = False) -> tuple[WarningRow, str, str, str | None]:
    lang = _lang(lang)
    body = _text(body, BODY_MAX)
    issuer = _text(issuer, ISSUER_MAX) if issuer is not None else None
    row = _warning_row(s, key, lock)
    _validate_warning(s, row, lang, body, issuer)
    return row, lang, body, issuer


def preview_warning(store: SqlStore, actor: Actor, key: str, lang: str, body: str, issuer: str | None = None) -> str:
    """The new text as users of `lang` will see it (Telegram HTML). Validates; saves nothing."""
    require_admin(store, actor)
    with store.read() as s:
        row, lang, body, issuer = _prepare_warning(s, key, lang, body, issuer)
        return _warning_preview(s, row, lang, body, issuer)


def propose_warning(store: SqlStore, actor: Actor, key: str, lang: str, body: str,
                    issuer: str | None = None) -> Proposal:
    """Validate a new text and keep it as a pending change; `confirm` saves it. Returns its preview."""
    who = require_admin(store, actor)

    def txn(s: Session) -> Proposal:
        row, lng, text, iss = _prepare_warning(s, key, lang, body, issuer)
        current = cdb.active_texts(s, [row.id]).get(row.id, {}).get(lng)
        if current is not None and (current.body, current.issuer) == (text, iss or current.issuer):
            raise AdminError("Nothing to change: this is already the active text.")
        p = PendingChange(actor=who, kind="warning", target=f"{row.key} ({lng})", created=utcnow(),
                          payload={"key": row.key, "lang": lng, "body": text, "issuer": iss},
                          base=_base_of_text(s, row, lng))
        s.add(p)
        s.flush()
        return Proposal(p.id, "warning", p.target, _warning_preview(s, row, lng, text, iss))

    return store.write(txn)


def set_warning(store: SqlStore, actor: Actor, key: str, lang: str, body: str, issuer: str | None = None) -> int:
    """Save a new version of one warning text at once (the Telegram flow previews first: propose + confirm)."""
    who = require_admin(store, actor)

    def txn(s: Session) -> int:
        row, lng, text, iss = _prepare_warning(s, key, lang, body, issuer, lock=True)
        return _apply_warning(s, who, row, lng, text, iss).version

    return store.write(txn)


def warning_history(store: SqlStore, actor: Actor, key: str, lang: str) -> list[VersionView]:
    who = require_admin(store, actor)
    lang = _lang(lang)
    with store.read() as s:
        row = _warning_row(s, key)
        return [VersionView(t.version, t.created, author_label(t.author, who), t.active, t.body, t.issuer)
                for t in cdb.text_history(s, row.id, lang)]


def rollback_warning(store: SqlStore, actor: Actor, key: str, lang: str, version: int | str) -> VersionView:
    """Make an earlier version of one text the active one again (recorded in the audit log)."""
    who = require_admin(store, actor)
    lang = _lang(lang)
    try:
        number = int(str(version).strip().lstrip("v"))
    except ValueError:
        raise AdminError("No version {version} of {key} ({lang}).", version=version, key=key, lang=lang) from None

    def txn(s: Session) -> VersionView:
        row = _warning_row(s, key, lock=True)
        current = cdb.active_texts(s, [row.id]).get(row.id, {}).get(lang)
        if current is not None and current.version == number:
            raise AdminError("Version {version} of {key} ({lang}) is already the active one.", version=number,
                             key=row.key, lang=lang)
        t = cdb.activate_version(s, row, lang, number)
        if t is None:
            raise AdminError("No version {version} of {key} ({lang}).", version=number, key=row.key, lang=lang)
        audit(s, who, "warning.rollback", f"warning {row.key} ({lang})",
              {"version": current.version, "body": current.body} if current else None,
              {"version": t.version, "body": t.body})
        cdb.bump(s)
        return VersionView(t.version, t.created, author_label(t.author, who), True, t.body, t.issuer)

    return store.write(txn)


# ---------------------------------------------------------------- hotlines
@dataclass(frozen=True)
class HotlineView:
    slug: str
    active: bool
    hotline: Hotline
    missing: tuple[str, ...]  # UI languages without a name or purpose (users see English there)
    updated: datetime
    updated_by: str


def _hotline_view(r: HotlineRow, me: str | None = None) -> HotlineView:
    h = cdb.hotline_from_row(r)
    missing = tuple(lang for lang in UI_LANGS if not (h.name.get(lang) and h.purpose.get(lang)))
    return HotlineView(r.slug, r.active, h, missing, r.updated, author_label(r.updated_by or "", me))


def _hotline_row(s: Session, slug: str, lock: bool = False) -> HotlineRow:
    q = select(HotlineRow).where(HotlineRow.slug == (slug or "").strip())
    row = s.scalar(q.with_for_update() if lock else q)
    if row is None:
        raise AdminError("Unknown hotline: {id}", id=slug)
    return row


def list_hotlines(store: SqlStore, actor: Actor, country: str | None = None) -> list[HotlineView]:
    who = require_admin(store, actor)
    with store.read() as s:
        q = select(HotlineRow).order_by(HotlineRow.position, HotlineRow.id)
        if country:
            q = q.where(HotlineRow.country == country.strip().upper())
        return [_hotline_view(r, who) for r in s.scalars(q)]


def _codes(value: str) -> list[str]:
    return [v.strip() for v in re.split(r"[,\s]+", value) if v.strip()]


def _changed_hotline(row: HotlineRow, changes: dict[str, str]) -> tuple[dict, dict]:
    """(before, after) as hotlines.yaml entries; AdminError for the first problem, nothing changed."""
    if not changes:
        raise AdminError("Nothing to change: give at least one field=value.")
    changes = {k.strip().lower(): v for k, v in changes.items()}
    before = cdb.hotline_raw(cdb.hotline_from_row(row))
    after = {k: (dict(v) if isinstance(v, dict) else list(v) if isinstance(v, list) else v) for k, v in before.items()}
    for fld, value in changes.items():
        value = (value or "").strip()
        if fld not in HOTLINE_FIELDS:
            raise AdminError("Unknown field: {field}. Fields you can change: {fields}", field=fld,
                             fields=", ".join(f for f in HOTLINE_FIELDS if "." not in f) + ", name.LANG, purpose.LANG")
        if fld.startswith(("name.", "purpose.")):
            part, lang = fld.split(".", 1)
            after[part][_lang(lang)] = _text(value, NAME_MAX if part == "name" else PURPOSE_MAX)
        elif fld in ("serves", "situations", "destinations"):
            after[fld] = _codes(value) if fld == "situations" else [c.upper() if c != "any" else c
                                                                     for c in _codes(value)]
        elif fld == "source":
            after[fld] = _codes(value)
        elif fld == "source_date":
            if not _DATE.match(value):
                raise AdminError("This is not a valid date: {value}. Write it as YYYY-MM-DD.", value=value)
            after[fld] = value
        elif fld == "note":
            if value:
                after["note"] = value
            else:
                after.pop("note", None)
        elif fld == "phone_region":
            after[fld] = value.upper() or None
        else:
            after[fld] = _text(value, 255)
    if after["kind"] not in HOTLINE_KINDS:
        raise _invalid([f"kind: unknown kind {after['kind']!r} (allowed: {', '.join(HOTLINE_KINDS)})"])
    if after["contact"] != before["contact"] or after["kind"] != before["kind"]:
        problem = validate_contact(after["kind"], after["contact"], after.get("phone_region"))
        if problem and after["kind"] in ("phone", "telegram"):
            raise AdminError("{value} is not a valid phone number for {region}. Nothing was changed.",
                             value=after["contact"], region=after.get("phone_region") or "?")
        if problem and after["kind"] == "url":
            raise AdminError("{value} is not a valid link (it must start with https:// or http://). Nothing was"
                             " changed.", value=after["contact"])
        if problem:
            raise _invalid([f"contact: {problem}"])
        if "source" not in changes or "source_date" not in changes:
            raise AdminError("A new number needs its source: give source=URL and source_date=YYYY-MM-DD in the same"
                             " command.")
    problems = validate_entry("hotline", after)
    if problems:
        raise _invalid(problems)
    if after == before:
        raise AdminError("Nothing to change: the hotline already reads like this.")
    return before, after


def _hotline_from_raw(raw: dict) -> Hotline:
    return Hotline(id=raw["id"], country=raw["country"], serves=tuple(raw["serves"]), contact=raw["contact"],
                   kind=raw["kind"], situations=tuple(raw["situations"]), destinations=tuple(raw["destinations"]),
                   confidence=raw["confidence"], source=tuple(raw["source"]), source_date=raw["source_date"],
                   name=dict(raw["name"]), purpose=dict(raw["purpose"]), phone_region=raw.get("phone_region"),
                   note=raw.get("note"))


def hotline_preview(h: Hotline, lang: str) -> str:
    """A hotline as users of `lang` see it in a reply (Telegram HTML)."""
    _ = translator(lang)
    from html import escape

    return f"<b>{escape(_('Hotlines:'))}</b>\n" + hotline_block(h, ui_lang(lang), _)


def _base_of_hotline(row: HotlineRow) -> str:
    return cdb.digest([cdb.hotline_raw(cdb.hotline_from_row(row)), row.active])


def _apply_hotline(s: Session, who: str, row: HotlineRow, before: dict, after: dict) -> None:
    h = _hotline_from_raw(after)
    cdb.apply_hotline(row, h)
    row.updated, row.updated_by = utcnow(), who
    audit(s, who, "hotline.set", f"hotline {row.slug}", before, after)
    cdb.bump(s)


def propose_hotline(store: SqlStore, actor: Actor, slug: str, changes: dict[str, str],
                    lang: str | None = None) -> Proposal:
    """Validate a hotline change and keep it pending; the preview shows the line as users will see it."""
    who = require_admin(store, actor)
    langs = {f.split(".", 1)[1] for f in changes if "." in f}
    lang = ui_lang(next(iter(langs)) if len(langs) == 1 else lang)

    def txn(s: Session) -> Proposal:
        row = _hotline_row(s, slug)
        _, after = _changed_hotline(row, changes)
        p = PendingChange(actor=who, kind="hotline", target=row.slug, created=utcnow(),
                          payload={"slug": row.slug, "changes": dict(changes)}, base=_base_of_hotline(row))
        s.add(p)
        s.flush()
        return Proposal(p.id, "hotline", row.slug, hotline_preview(_hotline_from_raw(after), lang))

    return store.write(txn)


def set_hotline(store: SqlStore, actor: Actor, slug: str, changes: dict[str, str]) -> HotlineView:
    """Change fields of a hotline at once, e.g. {"contact": "+84 ...", "source": URL, "source_date": "2026-01-05"}."""
    who = require_admin(store, actor)

    def txn(s: Session) -> HotlineView:
        row = _hotline_row(s, slug, lock=True)
        before, after = _changed_hotline(row, changes)
        _apply_hotline(s, who, row, before, after)
        s.flush()
        return _hotline_view(row, who)

    return store.write(txn)


def _set_active(store: SqlStore, actor: Actor, slug: str, active: bool) -> HotlineView:
    who = require_admin(store, actor)

    def txn(s: Session) -> HotlineView:
        row = _hotline_row(s, slug, lock=True)
        if row.active == active:
            raise AdminError("Hotline {id} is already disabled." if not active else "Hotline {id} is already shown.",
                             id=row.slug)
        row.active, row.updated, row.updated_by = active, utcnow(), who
        audit(s, who, "hotline.enable" if active else "hotline.disable", f"hotline {row.slug}",
              {"active": not active}, {"active": active})
        cdb.bump(s)
        s.flush()
        return _hotline_view(row, who)

    return store.write(txn)


def disable_hotline(store: SqlStore, actor: Actor, slug: str) -> HotlineView:
    """Stop showing a hotline (e.g. a number found wrong) until it is corrected and enabled again."""
    return _set_active(store, actor, slug, False)


def enable_hotline(store: SqlStore, actor: Actor, slug: str) -> HotlineView:
    return _set_active(store, actor, slug, True)


# ---------------------------------------------------------------- confirm / cancel a previewed change
def confirm(store: SqlStore, actor: Actor, proposal_id: int) -> Applied:
    """Save a previewed change. Refused when it expired, is someone else's, or its target changed since."""
    who = require_admin(store, actor)

    def txn(s: Session) -> Applied:
        p = s.get(PendingChange, int(proposal_id))
        if p is None or p.actor != who or p.created < utcnow() - PENDING_TTL:
            raise AdminError("This preview has expired or was already used. Nothing was changed.")
        s.delete(p)
        if p.kind == "warning":
            row = _warning_row(s, p.payload["key"], lock=True)
            if _base_of_text(s, row, p.payload["lang"]) != p.base:
                raise _Stale()
            t = _apply_warning(s, who, row, p.payload["lang"], p.payload["body"], p.payload.get("issuer"))
            return Applied("warning", row.key, t.version, p.payload["lang"])
        row = _hotline_row(s, p.payload["slug"], lock=True)
        if _base_of_hotline(row) != p.base:
            raise _Stale()
        before, after = _changed_hotline(row, p.payload["changes"])
        _apply_hotline(s, who, row, before, after)
        return Applied("hotline", p.target)

    try:
        return store.write(txn)
    except _Stale:
        store.write(lambda s: s.execute(delete(PendingChange).where(PendingChange.id == int(proposal_id))))
        raise AdminError("The text changed since this preview (someone else edited it). Nothing was changed: preview"
                         " again.") from None


def count_confirmed_lure(s: Session, store: SqlStore, report: Report) -> None:
    """A confirmed report is a confirmed lure: its contacts count in the registry (bot/ngo/registry.py), counted
    from the report's own text (bot.storage.contacts.confirm_report: never a negative count)."""
    from bot.storage.contacts import confirm_report, keys_of
    from bot.storage.sql_store import entities_of

    confirm_report(s, store.secret, keys_of(entities_of(report.text)), report.check_id, report.text_hash)


class _Stale(Exception):
    pass


CANCELLED, EXPIRED, NOT_YOURS, GONE = "cancelled", "expired", "not_yours", "gone"


def cancel(store: SqlStore, actor: Actor, proposal_id: int) -> str:
    """Drop one's own previewed change. Says what happened: CANCELLED (it was waiting), EXPIRED (too old: dropped,
    it could not have been saved anyway), NOT_YOURS (another admin's: left alone), GONE (used or never existed)."""
    who = require_admin(store, actor)

    def txn(s: Session) -> str:
        p = s.get(PendingChange, int(proposal_id))
        if p is None:
            return GONE
        if p.actor != who:
            return NOT_YOURS
        expired = p.created < utcnow() - PENDING_TTL
        s.delete(p)
        return EXPIRED if expired else CANCELLED

    return store.write(txn)
