"""The Store (bot/store.py) on SQLAlchemy: SQLite for one process, PostgreSQL for several replicas.

Every method is one transaction. Counters (contacts seen, reports) are updated with single atomic statements
(INSERT ... ON CONFLICT DO UPDATE, UPDATE ... SET n = n + 1) so that concurrent writers neither lose nor
double-count; a deadlock or a busy SQLite retries the whole transaction (bot.storage.db.write).
Logs carry no Telegram id and no ad text: at most the first characters of a user hash, at DEBUG.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import Engine, and_, delete, exists, func, or_, select, update
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from bot.storage import contacts as registry
from bot.storage import db
from bot.storage.db import dialect_insert  # noqa: F401  (re-exported)
from bot.storage.models import (
    AuditEntry,
    Check,
    CheckContact,
    Contact,
    Feedback,
    Meta,
    PendingChange,
    Report,
    User,
    utcnow,
)
from bot.store import (
    ADMIN,
    CLI_ACTOR,
    FEEDBACK,
    FLAGGED_LEVELS,
    PERSISTENT,
    REGISTRY,
    ROLES,
    CheckRecord,
    HashedUser,
    user_hash,
)
from classifier import Verdict

log = logging.getLogger(__name__)
TEXT_MAX = 20_000  # characters of an ad kept (Telegram's own limit is 4096; files of ads are split before)
ORIGIN_MAX = 200



@dataclass(frozen=True)
class PurgeResult:
    checks: int
    reports: int
    users: int
    pending: int



def audit(session: Session, actor: str, action: str, target: str, before: dict | None = None,
          after: dict | None = None) -> None:
    session.add(AuditEntry(at=utcnow(), actor=actor, action=action, target=target[:200], before=before, after=after))


def entities_of(text: str):
    """The contacts of a kept ad (reports are stored with their text; the classifier's extraction is pure)."""
    from classifier.entities import extract
    from classifier.langid import detect
    from classifier.normalize import normalize

    norm = normalize(text or "")
    return extract(norm, detect(norm))


class SqlStore:
    """Implements bot.store.Store; the extra methods serve the admin service, the CLI and the content source."""

    capabilities = frozenset({PERSISTENT, ADMIN, REGISTRY})

    def __init__(self, engine: Engine, secret: bytes, admin_ids: frozenset[int] | set[int] = frozenset()):
        self.engine = engine
        self.secret = secret
        self.admin_ids = frozenset(admin_ids)
        self._hashed = False  # contacts of rows older than revision 0003 have their hash (bot.ngo.registry)

    # ------------------------------------------------------------ plumbing
    def hash(self, user_id: int | HashedUser) -> str:
        if isinstance(user_id, HashedUser):  # a check replayed by the outbox (bot/storage/outbox.py)
            return user_id.hash
        return user_hash(self.secret, int(user_id))

    def _admin_id(self, user_id: int | HashedUser) -> bool:
        return user_id.admin if isinstance(user_id, HashedUser) else int(user_id) in self.admin_ids

    def write(self, fn):
        return db.write(self.engine, fn)

    def read(self):
        return db.read_session(self.engine)

    def _ensure_user(self, s: Session, h: str, language: str | None = None, role: str | None = None) -> int:
        """The user's row id, creating the row if needed; marks the user as seen now. Safe under concurrency."""
        now = utcnow()
        values = {"user_hash": h, "created": now, "last_seen": now, "role": role or "user", "language": language}
        insert = dialect_insert(s)
        if insert is not None:
            stmt = insert(User).values(**values)
            changes = {"last_seen": stmt.excluded.last_seen}
            if language is not None:
                changes["language"] = stmt.excluded.language
            if role is not None:
                changes["role"] = stmt.excluded.role
            stmt = stmt.on_conflict_do_update(index_elements=[User.user_hash], set_=changes).returning(User.id)
            return s.execute(stmt).scalar_one()
        uid = s.scalar(select(User.id).where(User.user_hash == h))
        if uid is None:
            try:
                with s.begin_nested():
                    user = User(**values)
                    s.add(user)
                    s.flush()
                    return user.id
            except IntegrityError:
                uid = s.scalar(select(User.id).where(User.user_hash == h))
        changes = {"last_seen": now} | ({"language": language} if language else {}) | ({"role": role} if role else {})
        s.execute(update(User).where(User.id == uid).values(**changes))
        return uid

    # ------------------------------------------------------------ Store protocol
    def user_language(self, user_id: int) -> str | None:
        with self.read() as s:
            return s.scalar(select(User.language).where(User.user_hash == self.hash(user_id)))

    def set_user_language(self, user_id: int, lang: str) -> None:
        h = self.hash(user_id)
        self.write(lambda s: self._ensure_user(s, h, language=lang))

    def user_role(self, user_id: int) -> str:
        if int(user_id) in self.admin_ids:
            return "admin"
        with self.read() as s:
            return s.scalar(select(User.role).where(User.user_hash == self.hash(user_id))) or "user"

    def set_user_role(self, user_id: int, role: str, by: int | None = None) -> None:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r} (allowed: {', '.join(ROLES)})")
        h = self.hash(user_id)
        actor = self.hash(by) if by is not None else CLI_ACTOR

        def txn(s: Session) -> None:
            before = s.scalar(select(User.role).where(User.user_hash == h)) or "user"
            self._ensure_user(s, h, role=role)
            if before != role:
                audit(s, actor, "role.grant" if role != "user" else "role.revoke", f"user {h[:12]}",
                      {"role": before}, {"role": role})

        self.write(txn)

    def record_check(self, user_id: int, verdict: Verdict, text: str | None = None, origin: str | None = None) -> int:
        return self.record_checks(user_id, [(verdict, text, origin)])[0]

    def record_checks(self, user_id: int, items: list[tuple[Verdict, str | None, str | None]],
                      chunk: int = 500) -> list[int]:
        """Record checks of one sender: (verdict, text or None, origin), a transaction per `chunk` (an NGO's file).

        The contacts of each ad are counted in the registry (bot/ngo/registry.py): from an NGO or admin sender with their
        value, and as confirmed lures when the checker flagged the ad; from anyone else as a hash only."""
        h = self.hash(user_id)
        self._ensure_hashes()
        ids: list[int] = []

        def txn(s: Session, part) -> list[int]:
            uid = self._ensure_user(s, h)
            role = "admin" if self._admin_id(user_id) else s.scalar(select(User.role).where(User.id == uid))
            trusted = role in ("ngo", "admin")
            out = []
            for verdict, text, origin in part:
                keep = text if trusted else None  # privacy rule: a job-seeker's text is kept only through a report
                check = Check(user_id=uid, created=utcnow(), level=verdict.level, score=float(verdict.score),
                              lang=verdict.lang, reasons=list(verdict.reasons), text_hash=verdict.text_hash,
                              text=keep[:TEXT_MAX] if keep else None, origin=origin[:ORIGIN_MAX] if origin else None,
                              destinations=verdict.entities.destinations() or None)
                s.add(check)
                s.flush()
                contact_ids = registry.count_contacts(s, self.secret, registry.keys_of(verdict.entities),
                                                      plain=trusted)
                for contact_id in contact_ids:
                    s.add(CheckContact(check_id=check.id, contact_id=contact_id))
                if trusted and verdict.is_job_offer and registry.base_level(verdict) in FLAGGED_LEVELS:
                    registry.add_lure(s, contact_ids, verdict.text_hash, "ngo")
                out.append(check.id)
            s.flush()
            return out

        for i in range(0, len(items), chunk):
            part = items[i : i + chunk]
            ids += self.write(lambda s, part=part: txn(s, part))
        log.debug("%d check(s) stored for user %s…", len(ids), h[:8])
        return ids

    def _ensure_hashes(self) -> None:
        if not self._hashed:
            self.write(lambda s: registry.ensure_hashes(s, self.secret))
            self._hashed = True

    def registry_lookup(self, keys: list[registry.Key]) -> dict[tuple[str, str], registry.ContactInfo]:
        """What the registry knows about each contact (bot.ngo.registry.annotate_many raises verdicts with it)."""
        self._ensure_hashes()
        with self.read() as s:
            return registry.lookup(s, self.secret, keys)

    def get_check(self, check_id: int) -> CheckRecord | None:
        with self.read() as s:
            row = s.execute(select(Check, User.user_hash).join(User, User.id == Check.user_id)
                            .where(Check.id == check_id)).first()
            if row is None:
                return None
            c, h = row
            return CheckRecord(c.id, h, c.level, c.score, c.lang, tuple(c.reasons or ()), c.text_hash, c.text,
                               c.origin, c.created)

    def _own_check(self, s: Session, check_id: int, h: str) -> tuple[Check, int] | None:
        row = s.execute(select(Check, User.id).join(User, User.id == Check.user_id)
                        .where(Check.id == check_id, User.user_hash == h)).first()
        return (row[0], row[1]) if row else None

    def record_feedback(self, check_id: int, user_id: int, kind: str) -> bool:
        if kind not in FEEDBACK:
            return False
        h = self.hash(user_id)

        def txn(s: Session) -> bool:
            own = self._own_check(s, check_id, h)
            if own is None:
                return False  # not the user's own check: a forged or stale button
            check, uid = own
            insert = dialect_insert(s)
            now = utcnow()
            if insert is not None:
                stmt = insert(Feedback).values(check_id=check.id, user_id=uid, kind=kind, created=now, status="new")
                stmt = stmt.on_conflict_do_update(
                    index_elements=[Feedback.check_id, Feedback.user_id],
                    set_={"kind": stmt.excluded.kind, "created": stmt.excluded.created, "status": "new",
                          "reviewed_at": None, "reviewed_by": None})
                s.execute(stmt)
            else:
                fb = s.scalar(select(Feedback).where(Feedback.check_id == check.id, Feedback.user_id == uid))
                if fb is None:
                    s.add(Feedback(check_id=check.id, user_id=uid, kind=kind, created=now, status="new"))
                else:
                    fb.kind, fb.created, fb.status, fb.reviewed_at, fb.reviewed_by = kind, now, "new", None, None
            return True

        return self.write(txn)

    def add_report(self, check_id: int, user_id: int, text: str, origin: str | None = None) -> int | None:
        h = self.hash(user_id)
        text = (text or "")[:TEXT_MAX]
        report_keys = registry.keys_of(entities_of(text))
        self._ensure_hashes()

        def txn(s: Session) -> int | None:
            own = self._own_check(s, check_id, h)
            if own is None:
                return None
            check, uid = own
            existing = s.scalar(select(Report.id).where(Report.check_id == check.id))
            if existing is not None:
                return existing  # the same report twice: one report, counted once
            report = Report(check_id=check.id, reporter_id=uid, text=text, text_hash=check.text_hash,
                            origin=(origin or check.origin or None), level=check.level, status="new",
                            created=utcnow())
            try:
                with s.begin_nested():
                    s.add(report)
                    s.flush()
            except IntegrityError:  # a concurrent double tap won the race
                return s.scalar(select(Report.id).where(Report.check_id == check.id))
            s.execute(update(Contact)
                      .where(Contact.id.in_(select(CheckContact.contact_id).where(CheckContact.check_id == check.id)))
                      .values(report_count=Contact.report_count + 1))
            registry.reveal(s, self.secret, report_keys)  # consent: the contacts of the ad may be kept now
            return report.id

        rid = self.write(txn)
        log.debug("report %s for check %s", rid, check_id)
        return rid

    def forget_user(self, user_id: int) -> None:
        """Delete the user's row, checks, feedback and reports; confirmed reports keep the ad but lose the link."""
        h = self.hash(user_id)

        def txn(s: Session) -> None:
            uid = s.scalar(select(User.id).where(User.user_hash == h))
            s.execute(delete(PendingChange).where(PendingChange.actor == h))
            s.execute(update(Report).where(Report.reviewed_by == h).values(reviewed_by=None))
            s.execute(update(Feedback).where(Feedback.reviewed_by == h).values(reviewed_by=None))
            if uid is None:
                return
            mine = select(Check.id).where(Check.user_id == uid)
            s.execute(update(Report).where(Report.status == "confirmed",
                                           or_(Report.reporter_id == uid, Report.check_id.in_(mine)))
                      .values(reporter_id=None, check_id=None))
            s.execute(delete(Report).where(or_(Report.reporter_id == uid, Report.check_id.in_(mine))))
            s.execute(delete(Feedback).where(or_(Feedback.user_id == uid, Feedback.check_id.in_(mine))))
            s.execute(delete(CheckContact).where(CheckContact.check_id.in_(mine)))
            s.execute(delete(Check).where(Check.user_id == uid))
            s.execute(delete(User).where(User.id == uid))

        self.write(txn)
        log.info("forgot a user (on request)")

    # ------------------------------------------------------------ retention
    def purge(self, days: int, now: datetime | None = None) -> PurgeResult:
        """Delete checks older than `days` (with their feedback), rejected reports as old, and users gone as long.

        Reports that are new, reviewed or confirmed stay (NGO material; they lose the link to the purged check).
        """
        if days < 1:
            raise ValueError("retention must be at least 1 day")
        cutoff = (now or utcnow()) - timedelta(days=days)

        def txn(s: Session) -> PurgeResult:
            old = select(Check.id).where(Check.created < cutoff)
            s.execute(update(Report).where(Report.check_id.in_(old)).values(check_id=None))
            s.execute(delete(Feedback).where(Feedback.check_id.in_(old)))
            s.execute(delete(CheckContact).where(CheckContact.check_id.in_(old)))
            checks = s.execute(delete(Check).where(Check.created < cutoff)).rowcount
            reports = s.execute(delete(Report).where(Report.status == "rejected", Report.created < cutoff)).rowcount
            idle = and_(User.role == "user", User.last_seen < cutoff,
                        ~exists().where(Check.user_id == User.id), ~exists().where(Report.reporter_id == User.id))
            users = s.execute(delete(User).where(idle)).rowcount
            pending = s.execute(delete(PendingChange).where(PendingChange.created < (now or utcnow())
                                                            - timedelta(days=1))).rowcount
            return PurgeResult(checks, reports, users, pending)

        result = self.write(txn)
        log.info("purge older than %s days: %s checks, %s reports, %s users", days, result.checks, result.reports,
                 result.users)
        return result

    # ------------------------------------------------------------ facts for the admin view and the tests
    def counts(self) -> dict[str, int]:
        with self.read() as s:
            return {name: s.scalar(select(func.count()).select_from(model)) or 0 for name, model in
                    (("users", User), ("checks", Check), ("feedback", Feedback), ("reports", Report),
                     ("contacts", Contact), ("audit", AuditEntry))}

    def contact_stats(self, kind: str, value: str) -> tuple[int, int] | None:
        """(seen_count, report_count) of a contact, None when never seen. `kind` and `value` as the classifier
        gives them (a "handle" is looked up as the Telegram account of bot.ngo.registry)."""
        from classifier import Contact as Found
        from classifier import Entities

        keys = registry.keys_of(Entities(contacts=(Found(kind, value, (0, 0), value),))) or [registry.Key(kind, value)]
        info = self.registry_lookup(keys[:1]).get(keys[0].ident)
        return (info.seen, info.reports) if info else None

    def meta(self, name: str) -> str | None:
        with self.read() as s:
            return s.scalar(select(Meta.value).where(Meta.name == name))
