"""What the bot needs to remember, as a port: the SQL store (bot/storage/) and the in-memory fake implement it.

Telegram user ids go in as plain ints; an implementation keeps only their HMAC (privacy rule in DESIGN.md).
The ad text is passed only when it may be kept: with the user's consent (the report button) or from an NGO sender.
"""
from __future__ import annotations

import hashlib
import hmac
import itertools
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol

from classifier import Verdict

ROLES = ("user", "ngo", "admin")
FEEDBACK = ("helpful", "wrong")
CLI_ACTOR = "cli"  # the person at the command line, as the audit log names them
# Levels that count as a flagged ad (statistics, the contact registry).
FLAGGED_LEVELS = ("high_risk", "suspicious")

# What a store can do beyond the Store protocol, declared by each implementation (no duck typing):
PERSISTENT = "persistent"  # survives a restart: the outbox spool and the NGO file journal live on disk beside it
ADMIN = "admin"  # roles, warnings and hotlines in the database, the review queue (bot/admin)
REGISTRY = "registry"  # the contact registry, statistics and exports (bot/ngo)


@dataclass(frozen=True)
class CheckRecord:
    id: int
    user_hash: str
    level: str
    score: float
    lang: str
    reasons: tuple[str, ...]
    text_hash: str  # the store's text_key() of the classifier's text hash (SQL store: an HMAC with its key)
    text: str | None  # kept only with consent or from an NGO sender
    origin: str | None  # where an NGO's or admin's ad came from; never stored for a job-seeker's check
    created: datetime


class Store(Protocol):
    capabilities: frozenset[str]

    def user_language(self, user_id: int) -> str | None: ...
    def set_user_language(self, user_id: int, lang: str) -> None: ...
    def user_role(self, user_id: int) -> str: ...
    def set_user_role(self, user_id: int, role: str, by: int | None = None) -> None: ...
    def record_check(self, user_id: int, verdict: Verdict, text: str | None = None, origin: str | None = None) -> int: ...
    def get_check(self, check_id: int) -> CheckRecord | None: ...
    def record_feedback(self, check_id: int, user_id: int, kind: str) -> bool:
        """False (and nothing stored) when the check is not the user's own: buttons can be forged."""
    def add_report(self, check_id: int, user_id: int, text: str, origin: str | None = None) -> int | None:
        """Store a consented ad for NGOs; None when the check is not the user's own."""
    def forget_user(self, user_id: int) -> ForgetResult: ...
    def text_key(self, text_hash: str) -> str:
        """What a CheckRecord's `text_hash` is for the classifier's text hash of an ad (compare with this)."""


@dataclass(frozen=True)
class ForgetResult:
    """What /forgetme deleted and what it kept (without any link to the user), for the reply."""

    checks: int = 0
    feedback: int = 0
    reports_deleted: int = 0
    reports_kept: int = 0  # confirmed by an NGO or admin: the ad's text stays, unlinked from the user
    contacts_hidden: int = 0  # contacts whose value only the user's reports had revealed: back to a code only
    lures_removed: int = 0  # contact-lure links that came only from the user's ads
    audit_anonymised: int = 0  # audit entries and author fields that named the user: now FORGOTTEN
    waiting_dropped: int = 0  # checks waiting in the outbox (database down) that will never be written


FORGOTTEN = "forgotten-user"  # stands in the audit log and author fields for a user who used /forgetme


def user_hash(secret: bytes, user_id: int) -> str:
    return hmac.new(secret, str(user_id).encode(), hashlib.sha256).hexdigest()


def text_key(secret: bytes, text_hash: str) -> str:
    """The HMAC that stands for an ad's text in stored checks and reports: with the store's key, so that someone
    holding the database and a known ad cannot tell who checked it (a bare SHA-256 of the text would tell)."""
    return hmac.new(secret, f"text|{text_hash}".encode(), hashlib.sha256).hexdigest()


@dataclass(frozen=True)
class HashedUser:
    """A user known only by the HMAC of their Telegram id: bot/storage/outbox.py replays checks with it after an outage
    (the outbox never holds the id itself). Accepted wherever a store method takes a user id for writing a check."""

    hash: str
    admin: bool = False


@dataclass
class MemoryStore:
    """A Store in process memory: for tests, and for a console session that keeps nothing."""

    capabilities = frozenset()  # nothing beyond the Store protocol: no admin, no registry, nothing on disk

    secret: bytes = b"memory-store"
    languages: dict[str, str] = field(default_factory=dict)
    roles: dict[str, str] = field(default_factory=dict)
    checks: dict[int, CheckRecord] = field(default_factory=dict)
    feedback: list[tuple[int, str, str]] = field(default_factory=list)
    reports: dict[int, tuple[int, str, str, str | None]] = field(default_factory=dict)
    _ids: itertools.count = field(default_factory=lambda: itertools.count(1))
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def _h(self, user_id: int | HashedUser) -> str:
        return user_id.hash if isinstance(user_id, HashedUser) else user_hash(self.secret, user_id)

    def user_language(self, user_id: int) -> str | None:
        return self.languages.get(self._h(user_id))

    def set_user_language(self, user_id: int, lang: str) -> None:
        self.languages[self._h(user_id)] = lang

    def user_role(self, user_id: int) -> str:
        return self.roles.get(self._h(user_id), "user")

    def set_user_role(self, user_id: int, role: str, by: int | None = None) -> None:
        if role not in ROLES:
            raise ValueError(f"unknown role {role!r}")
        self.roles[self._h(user_id)] = role

    def text_key(self, text_hash: str) -> str:
        return text_hash  # process memory only: nothing for a database thief to compare

    def record_check(self, user_id: int, verdict: Verdict, text: str | None = None, origin: str | None = None) -> int:
        with self._lock:
            cid = next(self._ids)
            self.checks[cid] = CheckRecord(cid, self._h(user_id), verdict.level, verdict.score, verdict.lang,
                                           tuple(verdict.reasons), verdict.text_hash, text, origin, datetime.now(UTC))
            return cid

    def get_check(self, check_id: int) -> CheckRecord | None:
        return self.checks.get(check_id)

    def record_feedback(self, check_id: int, user_id: int, kind: str) -> bool:
        rec = self.checks.get(check_id)
        if rec is None or rec.user_hash != self._h(user_id) or kind not in FEEDBACK:
            return False
        self.feedback.append((check_id, rec.user_hash, kind))
        return True

    def add_report(self, check_id: int, user_id: int, text: str, origin: str | None = None) -> int | None:
        rec = self.checks.get(check_id)
        if rec is None or rec.user_hash != self._h(user_id):
            return None
        with self._lock:
            rid = next(self._ids)
            self.reports[rid] = (check_id, rec.user_hash, text, origin)
            return rid

    def forget_user(self, user_id: int) -> ForgetResult:
        h = self._h(user_id)
        self.languages.pop(h, None)
        self.roles.pop(h, None)
        mine = [c for c, r in self.checks.items() if r.user_hash == h]
        for cid in mine:
            del self.checks[cid]
        feedback = [f for f in self.feedback if f[1] == h]
        self.feedback = [f for f in self.feedback if f[1] != h]
        reports = len(self.reports)
        self.reports = {k: v for k, v in self.reports.items() if v[1] != h}
        return ForgetResult(checks=len(mine), feedback=len(feedback), reports_deleted=reports - len(self.reports))
