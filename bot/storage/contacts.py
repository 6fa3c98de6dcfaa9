"""The registry of recruiter contacts seen in lures, its SQL: counting (called by the SQL store inside its
transactions), looking up, raising a verdict's level. The NGO and admin use cases on it are in bot/ngo/registry.py.

What counts (privacy rules, DESIGN.md):
- every checked ad adds one to `seen_count` of each of its contacts; a job-seeker's unconsented check stores the
  contact only as an HMAC of its value (the key never enters the database), so the registry can recognise it later
  without holding it;
- reports (the user consented) and NGO or admin submissions store the value itself;
- a contact counts as "seen in confirmed lures" for each distinct ad (by text hash) that was an NGO or admin submission
  the checker flagged (suspicious or high risk), or a report that an NGO or admin confirmed in /reviews. A report
  not yet confirmed is counted in `report_count` only: one person's button cannot raise the level of an employer.

A checked ad with a contact seen in confirmed lures is raised one level (to high risk from three lures on), and the
reply says "this Telegram account appeared in 7 ads reported as lures since March 2026". A contact an admin marked
as legitimate never raises a level.
"""
from __future__ import annotations

import dataclasses
import hashlib
import hmac
import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.storage.db import dialect_insert
from bot.storage.models import Check, CheckContact, Contact, ContactLure, Report, utcnow
from bot.store import FLAGGED_LEVELS
from classifier import Entities, Verdict
from classifier.scoring import DEFAULT_THRESHOLDS

HIGH_RISK_FROM = 3  # confirmed lures that make any ad with the contact high risk
LOOKUP_CHUNK = 500
APP_IDS = ("kakaotalk", "line", "wechat")
KINDS = ("phone", "telegram", "kakaotalk", "line", "wechat", "handle", "link", "email")


@dataclass(frozen=True)
class Key:
    """A contact as the registry counts it: phone numbers by E.164 whatever app they are given for, Telegram
    accounts as "@name" (from @handles and t.me links alike), app ids, links without scheme, e-mail addresses."""

    kind: str
    value: str
    app: str | None = None  # the app the ad gave it for (labels only: "this Zalo number")

    @property
    def ident(self) -> tuple[str, str]:
        return self.kind, self.value


def canonical_link(url: str) -> str:
    url = url.strip().lower().rstrip(".,;:!?/")
    url = re.sub(r"^[a-z]+://", "", url)
    return url.removeprefix("www.")[:255]


def keys_of(entities: Entities) -> list[Key]:
    """The registry keys of an ad's contacts, each once, in the ad's order."""
    out: dict[tuple[str, str], Key] = {}
    spans_with_account = {c.span for c in entities.contacts if c.kind != "link"}
    for c in entities.contacts:
        if c.kind == "phone":
            key = Key("phone", c.value, c.app)
        elif c.kind == "handle":
            key = Key("telegram" if c.app in (None, "telegram") else "handle", c.value.lower(), c.app)
        elif c.kind in APP_IDS:
            key = Key(c.kind, c.value.lower(), c.kind)
        elif c.kind == "email":
            key = Key("email", c.value.lower())
        elif c.kind == "link":
            if c.span in spans_with_account:
                continue  # t.me/name, wa.me/number...: the account itself is the contact
            key = Key("link", canonical_link(c.value), c.app)
        else:
            continue
        if key.value and key.ident not in out:
            out[key.ident] = key
    return list(out.values())


def parse_value(value: str) -> list[Key]:
    """What a /contact or /legit argument names: a phone number, @name, t.me link, app id, link or e-mail.
    A bare word may be several things (a Telegram name, a KakaoTalk, LINE or WeChat id): every reading is given."""
    from classifier.entities import extract
    from classifier.langid import detect
    from classifier.normalize import normalize

    value = (value or "").strip()
    if not value:
        return []
    norm = normalize(value)
    found = keys_of(extract(norm, detect(norm)))
    if found:
        return found
    word = value.lower().lstrip("@")
    if re.fullmatch(r"[a-z0-9][a-z0-9_.\-]{2,31}", word):
        keys = [Key("telegram", "@" + word)] if re.fullmatch(r"[a-z][a-z0-9_]{3,31}", word) else []
        return keys + [Key(kind, word) for kind in APP_IDS] + [Key("line", "@" + word)]
    return []


def key_hash(secret: bytes, kind: str, value: str) -> str:
    """The HMAC that stands for a contact in the database (a bare SHA-256 of a phone number is easy to reverse)."""
    return hmac.new(secret, f"contact|{kind}|{value}".encode(), hashlib.sha256).hexdigest()


# ---------------------------------------------------------------- counting, inside the store's transactions
def count_contacts(s: Session, secret: bytes, keys: list[Key], plain: bool, now: datetime | None = None) -> list[int]:
    """Upsert each contact (sorted: one lock order for every writer) and add one to its seen count. With `plain`
    the value is stored too (reports, NGO and admin submissions); else only its hash, and a value already known
    stays. Returns the contact ids."""
    now = now or utcnow()
    insert = dialect_insert(s)
    ids = []
    for key in sorted({k.ident: k for k in keys}.values(), key=lambda k: k.ident):
        h = key_hash(secret, key.kind, key.value)
        value = key.value[:255] if plain else None
        if insert is not None:
            stmt = insert(Contact).values(kind=key.kind, value=value, value_hash=h, first_seen=now, last_seen=now,
                                          seen_count=1, report_count=0, lure_count=0, legit=False)
            stmt = stmt.on_conflict_do_update(
                index_elements=[Contact.kind, Contact.value_hash],
                set_={"last_seen": stmt.excluded.last_seen, "seen_count": Contact.seen_count + 1,
                      "value": func.coalesce(Contact.value, stmt.excluded.value)},
            ).returning(Contact.id)
            ids.append(s.execute(stmt).scalar_one())
            continue
        cid = s.scalar(select(Contact.id).where(Contact.kind == key.kind, Contact.value_hash == h))
        if cid is None:
            try:
                with s.begin_nested():
                    row = Contact(kind=key.kind, value=value, value_hash=h, first_seen=now, last_seen=now,
                                  seen_count=1, report_count=0, lure_count=0, legit=False)
                    s.add(row)
                    s.flush()
                    ids.append(row.id)
                    continue
            except IntegrityError:
                cid = s.scalar(select(Contact.id).where(Contact.kind == key.kind, Contact.value_hash == h))
        s.execute(update(Contact).where(Contact.id == cid).values(
            seen_count=Contact.seen_count + 1, last_seen=now, value=func.coalesce(Contact.value, value)))
        ids.append(cid)
    return ids


def add_lure(s: Session, contact_ids: list[int], text_hash: str, source: str, now: datetime | None = None) -> int:
    """Count one confirmed lure ad for each contact, once per ad however often it comes back. Returns how many
    contacts got a new lure."""
    now = now or utcnow()
    insert = dialect_insert(s)
    added = 0
    for cid in sorted(set(contact_ids)):
        if insert is not None:
            stmt = insert(ContactLure).values(contact_id=cid, text_hash=text_hash, source=source, created=now)
            new = s.execute(stmt.on_conflict_do_nothing().returning(ContactLure.contact_id)).first() is not None
        else:
            try:
                with s.begin_nested():
                    s.add(ContactLure(contact_id=cid, text_hash=text_hash, source=source, created=now))
                    s.flush()
                new = True
            except IntegrityError:
                new = False
        if new:
            added += 1
            s.execute(update(Contact).where(Contact.id == cid).values(
                lure_count=Contact.lure_count + 1, last_lure=now, first_lure=func.coalesce(Contact.first_lure, now)))
    return added


def confirm_report(s: Session, secret: bytes, keys: list[Key], check_id: int | None, text_hash: str,
                   now: datetime | None = None) -> list[int]:
    """A report confirmed as a lure: each contact of the report's text (`keys`) counts one confirmed lure.

    Sightings are counted from the right text: a contact the report's check already counted (its row in
    check_contacts) is not seen again (only its value is kept now); a contact that only the report's text holds (the
    check read another text: a caption, a first part) is seen once, here. Nothing is ever subtracted, so no count can
    go below zero. Returns the contact ids."""
    linked: dict[tuple[str, str], int] = {}
    if check_id is not None and keys:
        hashes = {key_hash(secret, k.kind, k.value): k for k in keys}
        rows = s.execute(select(Contact.id, Contact.kind, Contact.value_hash)
                         .join(CheckContact, CheckContact.contact_id == Contact.id)
                         .where(CheckContact.check_id == check_id, Contact.value_hash.in_(list(hashes))))
        for cid, kind, h in rows:
            key = hashes.get(h)
            if key is not None and key.kind == kind:
                linked[key.ident] = cid
    reveal(s, secret, [k for k in keys if k.ident in linked])
    ids = list(linked.values()) + count_contacts(s, secret, [k for k in keys if k.ident not in linked], plain=True,
                                                 now=now)
    add_lure(s, ids, text_hash, "report", now=now)
    return ids


def reveal(s: Session, secret: bytes, keys: list[Key]) -> None:
    """Store the values of contacts known so far only by their hash (the ad is now kept: a report, an NGO)."""
    for key in keys:
        s.execute(update(Contact).where(Contact.kind == key.kind,
                                        Contact.value_hash == key_hash(secret, key.kind, key.value),
                                        Contact.value.is_(None)).values(value=key.value[:255]))


def drop_lures_of(s: Session, text_codes: set[str]) -> int:
    """Contact-lure links of ads (by text code) that nothing stored holds any more (no check, no report: the user who
    sent them used /forgetme), with the lure count they added. Returns the links removed."""
    removed = 0
    for code in sorted(text_codes):
        if s.scalar(select(func.count()).select_from(Check).where(Check.text_hash == code)) or \
                s.scalar(select(func.count()).select_from(Report).where(Report.text_hash == code)):
            continue
        for cid in list(s.scalars(select(ContactLure.contact_id).where(ContactLure.text_hash == code))):
            s.execute(delete(ContactLure).where(ContactLure.contact_id == cid, ContactLure.text_hash == code))
            s.execute(update(Contact).where(Contact.id == cid, Contact.lure_count > 0)
                      .values(lure_count=Contact.lure_count - 1))
            removed += 1
    return removed


def expire_lures(s: Session, before: datetime) -> int:
    """Contact-lure links older than `before` go, with the lure count they added. Returns the links removed."""
    old = list(s.execute(select(ContactLure.contact_id, ContactLure.text_hash).where(ContactLure.created < before)))
    for cid, code in old:
        s.execute(delete(ContactLure).where(ContactLure.contact_id == cid, ContactLure.text_hash == code))
        s.execute(update(Contact).where(Contact.id == cid, Contact.lure_count > 0)
                  .values(lure_count=Contact.lure_count - 1))
    return len(old)


def hide_unkept(s: Session, contact_ids: set[int]) -> int:
    """Contacts whose value nothing kept justifies any more go back to their code alone (value NULL): kept are
    those in a confirmed lure, in a kept ad (an NGO's check with its text), in a report's check, or marked
    legitimate by an admin. Returns the contacts hidden."""
    hidden = 0
    for cid in sorted(contact_ids):
        row = s.get(Contact, cid)
        if row is None or row.value is None or row.lure_count > 0 or row.legit:
            continue
        kept = s.scalar(select(func.count()).select_from(CheckContact)
                        .join(Check, Check.id == CheckContact.check_id)
                        .outerjoin(Report, Report.check_id == Check.id)
                        .where(CheckContact.contact_id == cid, (Check.text.is_not(None)) | (Report.id.is_not(None))))
        if not kept:
            row.value = None
            hidden += 1
    return hidden


def ensure_hashes(s: Session, secret: bytes) -> int:
    """Rows written before revision 0003 get their hash; a value seen only in unconsented checks (no NGO text, no
    report) is dropped, as the privacy rules now ask. Returns the rows fixed."""
    rows = list(s.scalars(select(Contact).where(Contact.value_hash.is_(None))))
    for row in rows:
        h = key_hash(secret, row.kind, row.value or "")
        twin = s.scalar(select(Contact).where(Contact.kind == row.kind, Contact.value_hash == h))
        if twin is not None:  # the same contact already counted under its hash: merge
            twin.seen_count += row.seen_count
            twin.report_count += row.report_count
            s.execute(update(CheckContact).where(CheckContact.contact_id == row.id).values(contact_id=twin.id))
            s.delete(row)
            continue
        row.value_hash = h
        kept = s.scalar(select(func.count()).select_from(CheckContact)
                        .join(Check, Check.id == CheckContact.check_id)
                        .outerjoin(Report, Report.check_id == Check.id)
                        .where(CheckContact.contact_id == row.id, (Check.text.is_not(None)) | (Report.id.is_not(None))))
        if not kept:
            row.value = None
    return len(rows)


# ---------------------------------------------------------------- reading
@dataclass(frozen=True)
class ContactInfo:
    kind: str
    value: str | None  # None: known only by its hash (seen only in job-seekers' unconsented checks)
    seen: int
    reports: int
    lures: int
    first_seen: datetime
    last_seen: datetime
    first_lure: datetime | None
    last_lure: datetime | None
    legit: bool
    legit_note: str | None = None
    legit_at: datetime | None = None


def contact_info(row: Contact) -> ContactInfo:
    return ContactInfo(row.kind, row.value, row.seen_count, row.report_count, row.lure_count, row.first_seen,
                       row.last_seen, row.first_lure, row.last_lure, bool(row.legit), row.legit_note, row.legit_at)


def lookup(s: Session, secret: bytes, keys: list[Key]) -> dict[tuple[str, str], ContactInfo]:
    """The registry's facts about each key that it knows, by (kind, value)."""
    wanted = {key_hash(secret, k.kind, k.value): k for k in keys}
    out = {}
    hashes = list(wanted)
    for i in range(0, len(hashes), LOOKUP_CHUNK):
        for row in s.scalars(select(Contact).where(Contact.value_hash.in_(hashes[i : i + LOOKUP_CHUNK]))):
            key = wanted.get(row.value_hash)
            if key is not None and key.kind == row.kind:
                out[key.ident] = contact_info(row)
    return out


# ---------------------------------------------------------------- verdicts
def level_with(level: str, lures: int) -> str:
    if lures >= HIGH_RISK_FROM or level in FLAGGED_LEVELS:
        return "high_risk"
    return "suspicious"


def apply(verdict: Verdict, infos: dict[tuple[str, str], ContactInfo]) -> Verdict:
    """The verdict raised by the contacts it shares with confirmed lures (unchanged when there are none)."""
    if verdict.problem is not None:
        return verdict
    hits = []
    for key in keys_of(verdict.entities):
        info = infos.get(key.ident)
        if info is None or info.legit or info.lures < 1:
            continue
        hits.append({"kind": key.kind, "value": key.value, "app": key.app, "lures": info.lures,
                     "since": (info.first_lure or info.first_seen).date().isoformat()})
    if not hits:
        return verdict
    level = level_with(verdict.level, max(h["lures"] for h in hits))
    floor = DEFAULT_THRESHOLDS.high_risk if level == "high_risk" else DEFAULT_THRESHOLDS.suspicious
    extras = {**verdict.extras, "registry": hits, "base_level": verdict.level}
    return dataclasses.replace(verdict, level=level, score=max(verdict.score, floor), is_job_offer=True,
                               extras=extras)


def annotate_many(store, verdicts: list[Verdict]) -> list[Verdict]:
    """Each verdict raised by the registry, with one lookup for all (a store without a registry changes nothing)."""
    find = getattr(store, "registry_lookup", None)
    if find is None:
        return verdicts
    keys = {k.ident: k for v in verdicts if v.problem is None for k in keys_of(v.entities)}
    if not keys:
        return verdicts
    infos = find(list(keys.values()))
    return [apply(v, infos) for v in verdicts]


def annotate(store, verdict: Verdict) -> Verdict:
    return annotate_many(store, [verdict])[0]


def base_level(verdict: Verdict) -> str:
    """The checker's own level, before the registry raised it (what counts a new lure)."""
    return verdict.extras.get("base_level", verdict.level) if verdict.extras else verdict.level


def top_contacts(s: Session, limit: int = 10) -> list[ContactInfo]:
    """The contacts in the most confirmed lures (then the most reports), with a value to show."""
    q = (select(Contact).where(Contact.value.is_not(None), Contact.legit.is_(False),
                               (Contact.lure_count > 0) | (Contact.report_count > 0))
         .order_by(Contact.lure_count.desc(), Contact.report_count.desc(), Contact.seen_count.desc(), Contact.id)
         .limit(limit))
    return [contact_info(r) for r in s.scalars(q)]
