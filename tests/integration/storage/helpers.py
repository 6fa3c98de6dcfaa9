"""Small builders shared by the storage tests."""
from __future__ import annotations

import hashlib

from sqlalchemy import select, text

from bot.storage.models import AuditEntry, Base
from classifier import Contact, Entities, Signal, Verdict


def verdict(contacts: tuple[tuple[str, str], ...] = (("phone", "+85512345678"), ("handle", "@job_kh77")),
            level: str = "high_risk", ad: str = "an ad") -> Verdict:
    """A verdict as the classifier makes it, without running the classifier (fast, for many writes)."""
    ents = Entities(contacts=tuple(Contact(k, v, (0, len(v)), v) for k, v in contacts))
    return Verdict(level=level, score=0.91, lang="en", signals=(Signal("HIGH_PAY_EASY_WORK", 2.0, "easy", (0, 4)),),
                   entities=ents, is_job_offer=True, normalized=ad, text_hash=hashlib.sha256(ad.encode()).hexdigest())


def audit_entries(store) -> list[AuditEntry]:
    with store.read() as s:
        return list(s.scalars(select(AuditEntry).order_by(AuditEntry.id)))


def all_text(store) -> str:
    """Every value in every table, as one string: to show what is (not) stored."""
    out = []
    with store.read() as s:
        for table in Base.metadata.sorted_tables:
            for row in s.execute(text(f'select * from "{table.name}"')):
                out.extend(str(v) for v in row)
    return "\n".join(out)
