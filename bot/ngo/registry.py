"""The registry of recruiter contacts, as NGO staff and admins use it: /contact (what the registry knows) and the
admins' "known legitimate employer" mark. The counting, the lookups and the level raising are SQL, in
bot/storage/contacts.py; its public names are re-exported here.
"""
from __future__ import annotations

import dataclasses

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
