"""The registry of recruiter contacts, as NGO staff and admins use it: /contact (what the registry knows) and the
admins' "known legitimate employer" mark. The counting, the lookups and the level raising are SQL, in
bot/storage/contacts.py; its public names are re-exported here.
"""
from __future__ import annotations

import dataclasses
import re
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from bot.access import AdminError, require_admin, require_reviewer
from bot.storage.contacts import (  # noqa: F401
    APP_IDS,
    HIGH_RISK_FROM,
    KINDS,
    LOOKUP_CHUNK,
    ContactInfo,
    Key,
    add_lure,
    annotate,
    annotate_many,
    apply,
    base_level,
    canonical_link,
    contact_info,
    count_contacts,
    ensure_hashes,
    key_hash,
    keys_of,
    level_with,
    lookup,
    parse_value,
    reveal,
    top_contacts,
)
from bot.storage.models import Contact, utcnow
from bot.storage.sql_store import SqlStore, audit
from bot.store import FLAGGED_LEVELS  # noqa: F401  (re-exported for the callers of the registry)


def find_contact(store: SqlStore, actor, value: str) -> list[ContactInfo]:
    """/contact VALUE: what the registry knows (NGO staff and admins)."""
    require_reviewer(store, actor)
    keys = parse_value(value)
    if not keys:
        raise AdminError("I cannot read a phone number, account, link or e-mail address in: {value}", value=value)
    infos = store.registry_lookup(keys)
    return [dataclasses.replace(infos[k.ident], value=k.value) for k in keys if k.ident in infos]


def set_legit(store: SqlStore, actor, value: str, legit: bool, note: str | None = None) -> list[ContactInfo]:
    """Mark (or unmark) a contact as a known legitimate employer: it then never raises a level. Admins only;
    recorded in the audit log. The contact is created when the registry has not seen it yet."""
    who = require_admin(store, actor)
    keys = parse_value(value)
    if not keys:
        raise AdminError("I cannot read a phone number, account, link or e-mail address in: {value}", value=value)
    note = (note or "").strip()[:200] or None

    def txn(s: Session) -> list[ContactInfo]:
        rows = [(k, s.scalar(select(Contact).where(Contact.kind == k.kind,
                                                   Contact.value_hash == key_hash(store.secret, k.kind, k.value))))
                for k in keys]
        rows = [(k, r) for k, r in rows if r is not None]
        if not rows and legit:  # not seen yet: the first reading of the value is created, unseen
            count_contacts(s, store.secret, keys[:1], plain=True)
            s.execute(update(Contact).where(Contact.kind == keys[0].kind, Contact.value_hash == key_hash(
                store.secret, keys[0].kind, keys[0].value)).values(seen_count=0))
            s.expire_all()
            return txn(s)
        if not rows:
            raise AdminError("Unknown contact: {value}", value=value)
        out = []
        for key, row in rows:
            before = {"legit": bool(row.legit), "note": row.legit_note}
            row.legit, row.legit_note = legit, note if legit else None
            row.legit_by, row.legit_at = (who, utcnow()) if legit else (None, None)
            row.value = row.value or key.value
            audit(s, who, "contact.legit" if legit else "contact.unlegit", f"contact {key.kind} {key.value}",
                  before, {"legit": legit, "note": row.legit_note})
            s.flush()
            out.append(contact_info(row))
        return out

    return store.write(txn)


# ---------------------------------------------------------------- look-ups for everyone (issue 17, item 5)
LOOKUP_BUDGET = 10  # look-ups per user...
LOOKUP_WINDOW = 3600.0  # ...per hour: the registry answers people, it cannot be scraped
_LOOKUP_ONLY = re.compile(
    r"\+?[\d\s().\-]{7,22}"  # a phone number
    r"|@[A-Za-z][A-Za-z0-9_]{3,31}"  # a Telegram @handle
    r"|(?:https?://)?(?:www\.)?(?:t\.me|telegram\.me|zalo\.me|wa\.me|api\.whatsapp\.com/send\?phone=|open\.kakao\.com"
    r"|line\.me|qr\.kakao\.com)/?\S*"  # a chat link
    r"|(?:kakao(?:talk)?|ka?tok|카톡|카카오톡?|line|wechat|weixin|微信|zalo|whatsapp|wa|telegram|tg)(?:\s*(?:id|아이디))?\s*[:：]?\s*"
    r"[A-Za-z0-9_.@+\-]{3,40}",  # an app id
    re.IGNORECASE)


@dataclasses.dataclass(frozen=True)
class Lookup:
    """What the registry tells anyone about one contact: counts and dates only, never a text or who sent it."""

    value: str  # as the user wrote it
    known: bool
    lures: int = 0  # distinct ads confirmed as lures
    reports: int = 0  # reports by users
    seen: int = 0  # checks of ads that carried it
    first_seen: datetime | None = None
    first_lure: datetime | None = None
    legit: bool = False


def lookup_query(text: str) -> list[Key]:
    """The contact a message consists of, and nothing else (a phone number, an @handle, a chat link, an app id):
    its registry keys; [] for anything else (an ad, a question)."""
    text = (text or "").strip()
    if not text or len(text) > 80 or "\n" in text or not _LOOKUP_ONLY.fullmatch(text):
        return []
    if re.fullmatch(r"\+?[\d\s().\-]+", text) and len(re.sub(r"\D", "", text)) < 7:
        return []
    return parse_value(text)


def public_lookup(store, text: str) -> Lookup | None:
    """A look-up anyone may make (the per-user budget is the face's: LOOKUP_BUDGET per LOOKUP_WINDOW). None when
    the text is not a contact alone. Read-only; the figures of every reading of the value are added up."""
    keys = lookup_query(text)
    if not keys:
        return None
    find = getattr(store, "registry_lookup", None)
    infos = list(find(keys).values()) if find is not None else []
    infos = [i for i in infos if i.seen or i.reports or i.lures or i.legit]
    if not infos:
        return Lookup(text.strip(), False)
    firsts = [i.first_lure for i in infos if i.first_lure]
    return Lookup(text.strip(), True, lures=sum(i.lures for i in infos), reports=sum(i.reports for i in infos),
                  seen=sum(i.seen for i in infos), first_seen=min(i.first_seen for i in infos),
                  first_lure=min(firsts) if firsts else None, legit=any(i.legit for i in infos))
