"""The lure memory's SQL (adapter): entries of confirmed real lures and the memory-version counter.

Functions on a Session (run them in bot.storage.db.write / read_session); SQLite and PostgreSQL alike. The stored ad
text leaves this module only through `texts_to_embed` (to compute a vector): listings carry no text.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from bot.storage.db import dialect_insert
from bot.storage.models import LureMemoryEntry, MemoryVersion

SOURCE_KINDS = ("dataset", "report", "ngo", "file", "admin")


@dataclass(frozen=True)
class NewEntry:
    text: str
    text_hash: str
    lang: str
    source_kind: str
    source_ref: str
    confirmed: date
    vector: bytes | None = None
    model: str | None = None


@dataclass(frozen=True)
class EntryInfo:
    """What may be shown of an entry: never its text."""

    id: int
    lang: str
    source_kind: str
    source_ref: str
    confirmed: date
    created: datetime
    model: str | None
    has_vector: bool

    @property
    def source(self) -> str:
        return f"{self.source_kind}:{self.source_ref}"


# ---------------------------------------------------------------- the version counter
def memory_version(s: Session) -> int:
    return s.scalar(select(MemoryVersion.version).where(MemoryVersion.id == 1)) or 0


def bump(s: Session) -> None:
    """Tell every replica that the memory changed (they compare this number and reload)."""
    done = s.execute(update(MemoryVersion).where(MemoryVersion.id == 1)
                     .values(version=MemoryVersion.version + 1)).rowcount
    if not done:  # the row is gone (an emptied database): put it back, counting this change
        insert = dialect_insert(s)
        if insert is None:
            s.add(MemoryVersion(id=1, version=1))
        else:
            s.execute(insert(MemoryVersion).values(id=1, version=1).on_conflict_do_update(
                index_elements=["id"], set_={"version": MemoryVersion.version + 1}))


# ---------------------------------------------------------------- writing
def add(s: Session, entries: list[NewEntry]) -> list[int]:
    """Insert the entries whose text is not in the memory yet (by text_hash); returns the new ids. Bumps the version
    when something was added."""
    if not entries:
        return []
    have = known_hashes(s, list({e.text_hash for e in entries}))
    ids: list[int] = []
    insert = dialect_insert(s)
    for e in entries:
        if e.text_hash in have:
            continue
        have.add(e.text_hash)
        values = {"text": e.text, "text_hash": e.text_hash, "vector": e.vector, "model": e.model, "lang": e.lang,
                  "source_kind": e.source_kind, "source_ref": e.source_ref[:200], "confirmed": e.confirmed}
        if insert is None:
            row = LureMemoryEntry(**values)
            s.add(row)
            s.flush()
            ids.append(row.id)
            continue
        # another replica adding the same text at the same moment: theirs is kept, nothing fails
        new_id = s.scalar(insert(LureMemoryEntry).values(**values)
                          .on_conflict_do_nothing(index_elements=["text_hash"]).returning(LureMemoryEntry.id))
        if new_id is not None:
            ids.append(new_id)
    if ids:
        bump(s)
    return ids


def remove(s: Session, entry_id: int) -> bool:
    gone = s.execute(delete(LureMemoryEntry).where(LureMemoryEntry.id == entry_id)).rowcount
    if gone:
        bump(s)
    return bool(gone)


def remove_by_source(s: Session, kind: str, ref: str) -> int:
    """Remove what one source brought (a reversed review: kind "report", ref the report id)."""
    gone = s.execute(delete(LureMemoryEntry).where(LureMemoryEntry.source_kind == kind,
                                                   LureMemoryEntry.source_ref == str(ref))).rowcount
    if gone:
        bump(s)
    return gone


def set_vectors(s: Session, vectors: dict[int, bytes], model: str) -> int:
    for entry_id, blob in vectors.items():
        s.execute(update(LureMemoryEntry).where(LureMemoryEntry.id == entry_id).values(vector=blob, model=model))
    if vectors:
        bump(s)
    return len(vectors)


# ---------------------------------------------------------------- reading
_INFO_COLUMNS = (LureMemoryEntry.id, LureMemoryEntry.lang, LureMemoryEntry.source_kind, LureMemoryEntry.source_ref,
                 LureMemoryEntry.confirmed, LureMemoryEntry.created, LureMemoryEntry.model,
                 LureMemoryEntry.vector.is_not(None))


def entries(s: Session) -> list[EntryInfo]:
    """Every entry, oldest first, without its text."""
    return [EntryInfo(*row) for row in s.execute(select(*_INFO_COLUMNS).order_by(LureMemoryEntry.id))]


def entry(s: Session, entry_id: int) -> EntryInfo | None:
    row = s.execute(select(*_INFO_COLUMNS).where(LureMemoryEntry.id == entry_id)).first()
    return EntryInfo(*row) if row else None


def vectors_for(s: Session, model: str) -> list[tuple[int, bytes, date, str, str]]:
    """(id, vector, confirmed, source_kind, source_ref) of the entries whose vector this model made."""
    q = (select(LureMemoryEntry.id, LureMemoryEntry.vector, LureMemoryEntry.confirmed, LureMemoryEntry.source_kind,
                LureMemoryEntry.source_ref)
         .where(LureMemoryEntry.model == model, LureMemoryEntry.vector.is_not(None)).order_by(LureMemoryEntry.id))
    return [tuple(r) for r in s.execute(q)]


def texts_to_embed(s: Session, model: str) -> list[tuple[int, str]]:
    """(id, text) of the entries without a vector of this model (new, or made by another model)."""
    q = (select(LureMemoryEntry.id, LureMemoryEntry.text)
         .where((LureMemoryEntry.vector.is_(None)) | (LureMemoryEntry.model.is_(None))
                | (LureMemoryEntry.model != model)).order_by(LureMemoryEntry.id))
    return [tuple(r) for r in s.execute(q)]


def counts(s: Session) -> dict:
    by = {}
    for kind, lang, n in s.execute(select(LureMemoryEntry.source_kind, LureMemoryEntry.lang, func.count())
                                   .group_by(LureMemoryEntry.source_kind, LureMemoryEntry.lang)):
        by[(kind, lang)] = n
    oldest, newest = s.execute(select(func.min(LureMemoryEntry.confirmed), func.max(LureMemoryEntry.confirmed))).one()
    return {"by_source_lang": by, "oldest": oldest, "newest": newest, "version": memory_version(s)}


def known_hashes(s: Session, hashes: list[str]) -> set[str]:
    have: set[str] = set()
    for start in range(0, len(hashes), 500):
        have |= set(s.scalars(select(LureMemoryEntry.text_hash)
                              .where(LureMemoryEntry.text_hash.in_(hashes[start:start + 500]))))
    return have
