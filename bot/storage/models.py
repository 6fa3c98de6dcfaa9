"""The database tables, as SQLAlchemy 2.0 typed mappings.

Privacy by construction: a Telegram user id never reaches a table, only its HMAC (`users.user_hash`); the ad text
lives only in `checks.text` (NGO senders) and `reports.text` (the user pressed "report"). Every change an admin makes
is in `audit_log`. `content_version` is the one-row counter that every replica reads to know when to reload content.

The migrations in migrations/versions/ create exactly these tables; a test compares the two on SQLite and PostgreSQL.
"""
from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class UTCDateTime(TypeDecorator):
    """Aware UTC datetimes on every database (SQLite keeps no zone: naive values read back as UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)
        value = value.astimezone(UTC)
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime, dict[str, Any]: JSON, list[str]: JSON, dict[str, str]: JSON}


ROLE_VALUES = ("user", "ngo", "admin")
REPORT_STATUSES = ("new", "reviewed", "confirmed", "rejected")
REVIEW_STATUSES = ("new", "confirmed", "rejected")


# ---------------------------------------------------------------- revision 0001: users, checks and what hangs on them
class User(Base):
    __tablename__ = "users"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_hash: Mapped[str] = mapped_column(String(64), unique=True)  # HMAC-SHA256 hex of the Telegram id
    language: Mapped[str | None] = mapped_column(String(8))
    role: Mapped[str] = mapped_column(String(8), default="user", server_default="user")
    created: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class Check(Base):
    __tablename__ = "checks"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    created: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    level: Mapped[str] = mapped_column(String(16))
    score: Mapped[float] = mapped_column(Float)
    lang: Mapped[str] = mapped_column(String(8))
    reasons: Mapped[list[str]] = mapped_column(default=list)  # signal codes
    text_hash: Mapped[str] = mapped_column(String(64), index=True)  # hash of the normalized text
    text: Mapped[str | None] = mapped_column(Text)  # only from an NGO sender (or an admin)
    origin: Mapped[str | None] = mapped_column(String(200))  # forward origin, when forwarded
    destinations: Mapped[list[str] | None] = mapped_column()  # revision 0003: countries the ad names (statistics)
    model_version: Mapped[str | None] = mapped_column(String(64))  # revision 0006: "rules" or VERSION@id of the model


class Feedback(Base):
    __tablename__ = "feedback"
    __table_args__ = (UniqueConstraint("check_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    check_id: Mapped[int] = mapped_column(ForeignKey("checks.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("users.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(16))  # helpful | wrong ("wrong" = a disputed verdict, to review)
    created: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(16), default="new", server_default="new", index=True)
    reviewed_at: Mapped[datetime | None] = mapped_column()
    reviewed_by: Mapped[str | None] = mapped_column(String(64))  # the reviewer's user hash


class Report(Base):
    __tablename__ = "reports"

    id: Mapped[int] = mapped_column(primary_key=True)
    # One report per check (a double tap on the button is one report); the link goes when the check is purged.
    check_id: Mapped[int | None] = mapped_column(ForeignKey("checks.id", ondelete="SET NULL"), unique=True)
    reporter_id: Mapped[int | None] = mapped_column(ForeignKey("users.id", ondelete="SET NULL"), index=True)
    text: Mapped[str] = mapped_column(Text)  # the ad, kept with the reporter's consent
    text_hash: Mapped[str] = mapped_column(String(64), index=True)
    origin: Mapped[str | None] = mapped_column(String(200))
    level: Mapped[str | None] = mapped_column(String(16))  # the verdict it got, kept when the check is purged
    status: Mapped[str] = mapped_column(String(16), default="new", server_default="new", index=True)
    created: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    reviewed_at: Mapped[datetime | None] = mapped_column()
    reviewed_by: Mapped[str | None] = mapped_column(String(64))


class Contact(Base):
    """A phone number, handle, app id, link or e-mail seen in checked ads: an aggregate about the ads, never about a
    user. Keyed by `value_hash` (an HMAC of kind and value with the store's key): a contact seen only in job-seekers'
    unconsented checks is kept as that hash alone (`value` NULL); reports, NGO submissions and admins fill `value`.
    `lure_count` counts distinct ads confirmed as lures (NGO submissions flagged by the checker, reports an NGO or
    admin confirmed; one row each in `contact_lures`); `legit` (set by an admin) means it never raises a level."""

    __tablename__ = "contacts"
    __table_args__ = (UniqueConstraint("kind", "value"), UniqueConstraint("kind", "value_hash", name="uq_contacts_kind_value_hash"))

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(16))  # phone, telegram, kakaotalk, line, wechat, handle, link, email
    value: Mapped[str | None] = mapped_column(String(255))  # normalized: E.164, lower-case handle or URL
    first_seen: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen: Mapped[datetime] = mapped_column(default=utcnow)
    seen_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    report_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # revision 0003: the recruiter contact registry
    value_hash: Mapped[str | None] = mapped_column(String(64))  # NULL only in rows older than 0003 (filled on use)
    lure_count: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    first_lure: Mapped[datetime | None] = mapped_column()
    last_lure: Mapped[datetime | None] = mapped_column()
    legit: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("false"))
    legit_note: Mapped[str | None] = mapped_column(String(200))
    legit_by: Mapped[str | None] = mapped_column(String(64))
    legit_at: Mapped[datetime | None] = mapped_column()


class CheckContact(Base):
    __tablename__ = "check_contacts"

    check_id: Mapped[int] = mapped_column(ForeignKey("checks.id", ondelete="CASCADE"), primary_key=True)
    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True,
                                            index=True)


class ContactLure(Base):
    """One confirmed lure ad (by its text hash) in which a contact appeared: counts each ad once, however often it
    is sent again. `source`: "ngo" (an NGO or admin submission the checker flagged) or "report" (confirmed)."""

    __tablename__ = "contact_lures"

    contact_id: Mapped[int] = mapped_column(ForeignKey("contacts.id", ondelete="CASCADE"), primary_key=True)
    text_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    source: Mapped[str] = mapped_column(String(16))
    created: Mapped[datetime] = mapped_column(default=utcnow, index=True)


class AuditEntry(Base):
    __tablename__ = "audit_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    actor: Mapped[str] = mapped_column(String(64))  # a user hash, "cli" or "import"
    action: Mapped[str] = mapped_column(String(40))  # e.g. warning.set, hotline.disable, role.grant
    target: Mapped[str] = mapped_column(String(200))
    before: Mapped[dict[str, Any] | None] = mapped_column()
    after: Mapped[dict[str, Any] | None] = mapped_column()


# ---------------------------------------------------------------- revision 0002: content, its version counter, meta
class WarningRow(Base):
    """An official warning: the per-key facts. Its texts, one versioned row per language, are in WarningText."""

    __tablename__ = "warnings"

    id: Mapped[int] = mapped_column(primary_key=True)
    key: Mapped[str] = mapped_column(String(80), unique=True)
    country: Mapped[str] = mapped_column(String(8), index=True)
    audience: Mapped[list[str]] = mapped_column()
    destinations: Mapped[list[str]] = mapped_column()
    source: Mapped[list[str]] = mapped_column()
    source_date: Mapped[str] = mapped_column(String(40))
    original_lang: Mapped[str] = mapped_column(String(8))
    note: Mapped[str | None] = mapped_column(Text)
    group_name: Mapped[str] = mapped_column(String(40))  # the YAML file it lives in: messages/<group>.yaml
    position: Mapped[int] = mapped_column(Integer, default=0)
    seed_hash: Mapped[str | None] = mapped_column(String(64))  # hash of the YAML facts last imported
    updated: Mapped[datetime] = mapped_column(default=utcnow)


class WarningText(Base):
    __tablename__ = "warning_texts"
    __table_args__ = (
        UniqueConstraint("warning_id", "lang", "version"),
        # at most one active version per warning and language, even with two admins saving at once
        Index("uq_warning_texts_active", "warning_id", "lang", unique=True,
              sqlite_where=text("active"), postgresql_where=text("active")),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    warning_id: Mapped[int] = mapped_column(ForeignKey("warnings.id", ondelete="CASCADE"))
    lang: Mapped[str] = mapped_column(String(8))
    version: Mapped[int] = mapped_column(Integer)
    body: Mapped[str | None] = mapped_column(Text)
    issuer: Mapped[str | None] = mapped_column(Text)
    author: Mapped[str] = mapped_column(String(64))  # "import" or the admin's user hash
    created: Mapped[datetime] = mapped_column(default=utcnow)
    active: Mapped[bool] = mapped_column(Boolean, default=False)


class HotlineRow(Base):
    __tablename__ = "hotlines"

    id: Mapped[int] = mapped_column(primary_key=True)
    slug: Mapped[str] = mapped_column(String(80), unique=True)  # the id in hotlines.yaml
    country: Mapped[str] = mapped_column(String(8), index=True)
    serves: Mapped[list[str]] = mapped_column()
    contact: Mapped[str] = mapped_column(String(255))  # number, link or address
    kind: Mapped[str] = mapped_column(String(16))
    phone_region: Mapped[str | None] = mapped_column(String(8))
    situations: Mapped[list[str]] = mapped_column()
    destinations: Mapped[list[str]] = mapped_column()
    confidence: Mapped[str] = mapped_column(String(16))
    source: Mapped[list[str]] = mapped_column()
    source_date: Mapped[str] = mapped_column(String(40))  # the date it was last verified
    name: Mapped[dict[str, str]] = mapped_column()  # per language (the org and line)
    purpose: Mapped[dict[str, str]] = mapped_column()  # per language
    note: Mapped[str | None] = mapped_column(Text)
    position: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    seed_hash: Mapped[str | None] = mapped_column(String(64))
    updated: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str | None] = mapped_column(String(64))


class ContentVersion(Base):
    """One row (id 1): bumped by every content change; replicas compare it per request and reload on change."""

    __tablename__ = "content_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


class Meta(Base):
    """Facts about the database itself, e.g. the fingerprint of the HMAC key it was written with (not the key)."""

    __tablename__ = "meta"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[str] = mapped_column(Text)


class PendingChange(Base):
    """A previewed admin change waiting for its confirm button: in the database, so any replica can confirm it."""

    __tablename__ = "pending_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    actor: Mapped[str] = mapped_column(String(64), index=True)
    kind: Mapped[str] = mapped_column(String(20))  # warning | hotline
    target: Mapped[str] = mapped_column(String(200))
    payload: Mapped[dict[str, Any]] = mapped_column()
    base: Mapped[str] = mapped_column(String(64))  # what the target was when previewed: changed since -> refused
    created: Mapped[datetime] = mapped_column(default=utcnow, index=True)


# ---------------------------------------------------------------- revision 0004: the lure memory
class LureMemoryEntry(Base):
    """A confirmed real lure: matched at run time by the nearest-neighbour search of bot/checking/memory.py.

    `text` is kept to recompute the vector when the model changes; it is NEVER shown to a user (it may hold other
    people's numbers): listings and the CLI print id, language, source and date only. `text_hash` (hash of the
    normalized text, as classifier.checker.text_hash) makes adding idempotent. `vector`: the model's raw mean-pooled
    embedding, float32 bytes; `model`: the fingerprint of the encoder that made it (another model: recomputed by
    `lurecheck memory build`). `source_kind`: dataset | report | ngo | file | admin; `source_ref`: the dataset file,
    report id or NGO submission id."""

    __tablename__ = "lure_memory"
    __table_args__ = (Index("ix_lure_memory_source", "source_kind", "source_ref"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    text_hash: Mapped[str] = mapped_column(String(64), unique=True)
    vector: Mapped[bytes | None] = mapped_column(LargeBinary)
    model: Mapped[str | None] = mapped_column(String(64))
    lang: Mapped[str] = mapped_column(String(8))
    source_kind: Mapped[str] = mapped_column(String(20))
    source_ref: Mapped[str] = mapped_column(String(200))
    confirmed: Mapped[date] = mapped_column(Date)
    created: Mapped[datetime] = mapped_column(default=utcnow)


class MemoryVersion(Base):
    """One row (id 1): bumped by every change of the lure memory; replicas compare it and reload the memory."""

    __tablename__ = "memory_version"

    id: Mapped[int] = mapped_column(primary_key=True)
    version: Mapped[int] = mapped_column(Integer, default=0)


class Followup(Base):
    """Whom to tell when a report is decided (issue 17, item 6): the reporter's chat id, SEALED (XOR with an HMAC pad
    of the row's nonce under the store's key: unreadable without it), and the language to answer in. Written when
    a user reports an ad or asks for a human look; `outcome` is set by the review; the row is deleted once the
    message is sent (or cannot be), with its report, and never used for a reporter who ran /forgetme."""

    __tablename__ = "followups"

    id: Mapped[int] = mapped_column(primary_key=True)
    report_id: Mapped[int] = mapped_column(ForeignKey("reports.id", ondelete="CASCADE"), unique=True)
    kind: Mapped[str] = mapped_column(String(8))  # report | look (a human look asked for under a verdict)
    nonce: Mapped[str] = mapped_column(String(32))
    sealed: Mapped[int] = mapped_column(BigInteger)
    lang: Mapped[str] = mapped_column(String(8))
    outcome: Mapped[str | None] = mapped_column(String(16), index=True)  # confirmed | rejected: due to be told
    created: Mapped[datetime] = mapped_column(default=utcnow)
