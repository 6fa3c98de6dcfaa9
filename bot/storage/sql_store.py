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
from sqlalchemy import text as sql_text
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
    ContactLure,
    Feedback,
    HotlineRow,
    Meta,
    PendingChange,
    Report,
    User,
    WarningText,
    utcnow,
)
from bot.store import (
    ADMIN,
    CLI_ACTOR,
    FEEDBACK,
    FLAGGED_LEVELS,
    FORGOTTEN,
    PERSISTENT,
    REGISTRY,
    ROLES,
    CheckRecord,
    ForgetResult,
    HashedUser,
    text_key,
    user_hash,
)
from classifier import Verdict

log = logging.getLogger(__name__)
TEXT_MAX = 20_000  # characters of an ad kept (Telegram's own limit is 4096; files of ads are split before)
ORIGIN_MAX = 200



# Retention (docs/privacy.md, "How long"); checks: Settings.retention_days.
REPORT_DAYS = 180  # a report nobody reviewed: its ad text goes
LURE_DAYS = 730  # a contact-lure link (a contact seen in a confirmed lure): two years
CONTACT_DAYS = 365  # a contact not seen for a year and in no lure left
AUDIT_DAYS = 730  # the audit log of admins' changes: two years
PURGE_EVERY = timedelta(hours=20)  # run_daily_purge: at most once in this time, whatever the number of replicas
PURGE_META = "purge.last"


@dataclass(frozen=True)
class PurgeResult:
    checks: int
    reports: int
    users: int
    pending: int
    contacts: int = 0
    lures: int = 0
    audit: int = 0



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


def judged_by(verdict: Verdict) -> str:
    """The model version that judged a verdict: the verdict's own record when it has one, else the process's checker
    (classifier.set_default, set by bot.checking.engine); "rules" when no model took part."""
    if verdict.extras.get("model_version"):
        return str(verdict.extras["model_version"])[:64]
    import classifier

    checker = classifier.default_checker()
    version = getattr(checker, "model_version", None)
    if checker.model is None or not version:
        return "rules"
    return str(version)[:64]


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

    def text_key(self, text_hash: str) -> str:
        """What `checks.text_hash` and `reports.text_hash` hold for the classifier's text hash: an HMAC with the key."""
        return text_key(self.secret, text_hash) if text_hash else text_hash

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
                # privacy rules: a job-seeker's text is kept only through a report, and where a job-seeker's ad
                # came from (a forwarded person's name or @username, a channel) is not stored at all
                keep = text if trusted else None
                origin = origin if trusted else None
                th = self.text_key(verdict.text_hash)
                check = Check(user_id=uid, created=utcnow(), level=verdict.level, score=float(verdict.score),
                              lang=verdict.lang, reasons=list(verdict.reasons), text_hash=th,
                              text=keep[:TEXT_MAX] if keep else None, origin=origin[:ORIGIN_MAX] if origin else None,
                              destinations=verdict.entities.destinations() or None,
                              model_version=judged_by(verdict))
                s.add(check)
                s.flush()
                contact_ids = registry.count_contacts(s, self.secret, registry.keys_of(verdict.entities),
                                                      plain=trusted)
                for contact_id in contact_ids:
                    s.add(CheckContact(check_id=check.id, contact_id=contact_id))
                if trusted and verdict.is_job_offer and registry.base_level(verdict) in FLAGGED_LEVELS:
                    registry.add_lure(s, contact_ids, th, "ngo")
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

    def forget_user(self, user_id: int) -> ForgetResult:
        """/forgetme: delete the user's row, checks, feedback and reports, and every trace of their hash.

        - Reports an NGO or admin confirmed keep the ad's text and where it came from, with no link to the user (no
          reporter, no check): they warn others. Every other report of the user is deleted.
        - Contacts whose value only the user's deleted reports or kept ads revealed go back to a code (the HMAC)
          alone; contacts of a confirmed lure keep their value. Contact-lure links that came only from the user's
          ads (an NGO member's submissions) are removed, with their count.
        - The user's hash leaves the audit log and every author field: FORGOTTEN stands there instead.
        Counts of how often a contact was seen stay: they are about ads, not about anyone."""
        h = self.hash(user_id)
        h12 = f"user {h[:12]}"

        def txn(s: Session) -> ForgetResult:
            n_audit = s.execute(update(AuditEntry).where(AuditEntry.actor == h).values(actor=FORGOTTEN)).rowcount
            n_audit += s.execute(update(AuditEntry).where(AuditEntry.target == h12)
                                 .values(target=f"user {FORGOTTEN}")).rowcount
            for model, column in ((WarningText, WarningText.author), (HotlineRow, HotlineRow.updated_by),
                                  (Contact, Contact.legit_by)):
                n_audit += s.execute(update(model).where(column == h).values({column.key: FORGOTTEN})).rowcount
            n_audit += s.execute(update(Report).where(Report.reviewed_by == h).values(reviewed_by=FORGOTTEN)).rowcount
            n_audit += s.execute(update(Feedback).where(Feedback.reviewed_by == h)
                                 .values(reviewed_by=FORGOTTEN)).rowcount
            s.execute(delete(PendingChange).where(PendingChange.actor == h))
            uid = s.scalar(select(User.id).where(User.user_hash == h))
            if uid is None:
                return ForgetResult(audit_anonymised=n_audit)
            check_ids = list(s.scalars(select(Check.id).where(Check.user_id == uid)))
            mine = Check.id.in_(check_ids)
            theirs = or_(Report.reporter_id == uid, Report.check_id.in_(check_ids))
            # what the user's ads touched, before the links go: contacts, and their ads' text codes
            touched = set(s.scalars(select(CheckContact.contact_id).where(CheckContact.check_id.in_(check_ids))))
            text_codes = set(s.scalars(select(Check.text_hash).where(mine)))
            gone = list(s.execute(select(Report.id, Report.check_id).where(theirs, Report.status != "confirmed")))
            text_codes |= set(s.scalars(select(Report.text_hash).where(theirs, Report.status != "confirmed")))
            # the reports that go took one report_count from their check's contacts (add_report): give it back
            for _rid, cid in gone:
                if cid is not None:
                    s.execute(update(Contact).where(
                        Contact.id.in_(select(CheckContact.contact_id).where(CheckContact.check_id == cid)),
                        Contact.report_count > 0).values(report_count=Contact.report_count - 1))
            kept = s.execute(update(Report).where(Report.status == "confirmed", theirs)
                             .values(reporter_id=None, check_id=None)).rowcount
            reports = s.execute(delete(Report).where(theirs)).rowcount
            feedback = s.execute(delete(Feedback).where(or_(Feedback.user_id == uid, Feedback.check_id.in_(check_ids)))
                                 ).rowcount
            s.execute(delete(CheckContact).where(CheckContact.check_id.in_(check_ids)))
            checks = s.execute(delete(Check).where(Check.user_id == uid)).rowcount
            s.execute(delete(User).where(User.id == uid))
            lures = registry.drop_lures_of(s, text_codes)
            hidden = registry.hide_unkept(s, touched)
            return ForgetResult(checks=checks, feedback=feedback, reports_deleted=reports, reports_kept=kept,
                                contacts_hidden=hidden, lures_removed=lures, audit_anonymised=n_audit)

        result = self.write(txn)
        log.info("forgot a user (on request)")
        return result

    # ------------------------------------------------------------ retention
    def purge(self, days: int, now: datetime | None = None) -> PurgeResult:
        """Delete what is past its retention (docs/privacy.md, "How long"):

        - checks older than `days` (LURECHECK_RETENTION_DAYS, 90), with their feedback; rejected reports as old;
        - reports never reviewed (new) after REPORT_DAYS: the full ad text of one person's button press;
        - contact-lure links after LURE_DAYS, with the lure count they added;
        - contacts not seen for CONTACT_DAYS and in no lure left (unless an admin marked them legitimate);
        - the audit log after AUDIT_DAYS; previews never confirmed after a day;
        - users gone as long as the checks (no check, no report left, plain users only).
        Reports an NGO or admin confirmed stay (NGO material; they lose the link to the purged check)."""
        if days < 1:
            raise ValueError("retention must be at least 1 day")
        now = now or utcnow()
        cutoff = now - timedelta(days=days)

        def txn(s: Session) -> PurgeResult:
            old = select(Check.id).where(Check.created < cutoff)
            s.execute(update(Report).where(Report.check_id.in_(old)).values(check_id=None))
            s.execute(delete(Feedback).where(Feedback.check_id.in_(old)))
            s.execute(delete(CheckContact).where(CheckContact.check_id.in_(old)))
            checks = s.execute(delete(Check).where(Check.created < cutoff)).rowcount
            reports = s.execute(delete(Report).where(Report.status == "rejected", Report.created < cutoff)).rowcount
            stale = and_(Report.status.in_(("new", "reviewed")), Report.created < now - timedelta(days=REPORT_DAYS))
            s.execute(update(Contact).where(Contact.id.in_(
                select(CheckContact.contact_id).where(CheckContact.check_id.in_(select(Report.check_id).where(stale)))),
                Contact.report_count > 0).values(report_count=Contact.report_count - 1))
            reports += s.execute(delete(Report).where(stale)).rowcount
            lures = registry.expire_lures(s, now - timedelta(days=LURE_DAYS))
            contacts = s.execute(delete(Contact).where(
                Contact.last_seen < now - timedelta(days=CONTACT_DAYS), Contact.legit.is_(False),
                ~exists().where(ContactLure.contact_id == Contact.id),
                ~exists().where(CheckContact.contact_id == Contact.id))).rowcount
            audit_rows = s.execute(delete(AuditEntry).where(AuditEntry.at < now - timedelta(days=AUDIT_DAYS))).rowcount
            idle = and_(User.role == "user", User.last_seen < cutoff,
                        ~exists().where(Check.user_id == User.id), ~exists().where(Report.reporter_id == User.id))
            users = s.execute(delete(User).where(idle)).rowcount
            pending = s.execute(delete(PendingChange).where(PendingChange.created < now - timedelta(days=1))).rowcount
            return PurgeResult(checks, reports, users, pending, contacts, lures, audit_rows)

        result = self.write(txn)
        log.info("purge: %s checks, %s reports, %s users, %s contacts, %s lure links, %s audit entries",
                 result.checks, result.reports, result.users, result.contacts, result.lures, result.audit)
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


# ---------------------------------------------------------------- the daily purge, inside the bot
def run_daily_purge(store: SqlStore, settings, now: datetime | None = None) -> PurgeResult | None:
    """The retention purge, at most once a day whatever the number of replicas: the first to claim the day (the
    `purge.last` row of `meta`, claimed in a write transaction: BEGIN IMMEDIATE on SQLite, an advisory transaction
    lock on PostgreSQL) purges; the others return None. Call it as often as you like (the bot: every hour)."""
    now = now or utcnow()

    def claim(s: Session) -> bool:
        if s.get_bind().dialect.name == "postgresql":
            s.execute(sql_text("select pg_advisory_xact_lock(:key)"), {"key": PURGE_LOCK_KEY})
        row = s.get(Meta, PURGE_META)
        if row is not None:
            try:
                last = datetime.fromisoformat(row.value)
            except ValueError:
                last = None
            if last is not None and now - last < PURGE_EVERY:
                return False
            row.value = now.isoformat()
        else:
            s.add(Meta(name=PURGE_META, value=now.isoformat()))
        return True

    if not store.write(claim):
        return None
    return store.purge(settings.retention_days, now)


PURGE_LOCK_KEY = 0x4C43_5055  # "LCPU": the advisory lock that serialises claims of the daily purge


async def purge_loop(store: SqlStore, settings, every: float = 3600.0) -> None:
    """run_daily_purge every `every` seconds, forever, off the event loop (the bot's background tasks)."""
    import asyncio

    while True:
        try:
            await asyncio.to_thread(run_daily_purge, store, settings)
        except Exception:  # never let the loop die: log (no data in it) and try again later
            log.exception("the daily purge failed")
        await asyncio.sleep(every)
