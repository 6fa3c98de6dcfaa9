"""Roles (grant, revoke) and the review queue: disputed verdicts and new reports, decided by NGO staff and admins.
Plain functions, no Telegram; every one checks the actor's right first (bot/access.py)."""
from __future__ import annotations

import asyncio
import hashlib
import hmac
import logging
import secrets
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Protocol

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from bot.access import OPERATOR, Actor, AdminError, require_admin, require_reviewer
from bot.admin.editing import count_confirmed_lure
from bot.checking import memory as lure_memory
from bot.storage.models import Check, Feedback, Followup, Report, User, utcnow
from bot.storage.sql_store import SqlStore, audit

REVIEW_DECISIONS = ("confirm", "reject")
SOS_ORIGIN = "SOS report"  # a guided SOS report a user chose to share (bot/telegram/sos.py): never a lure
log = logging.getLogger(__name__)


# ---------------------------------------------------------------- roles
def _user_id(value) -> int:
    try:
        uid = int(str(value).strip())
    except ValueError:
        uid = 0
    if uid <= 0:
        raise AdminError("User ids are numbers: {value}", value=value)
    return uid


def grant(store: SqlStore, actor: Actor, user_id, role: str) -> None:
    require_admin(store, actor)
    uid = _user_id(user_id)
    role = (role or "").strip().lower()
    if role not in ("ngo", "admin"):
        raise AdminError("Unknown role: {role}. Use ngo or admin.", role=role)
    store.set_user_role(uid, role, by=None if actor is OPERATOR else int(actor))


def revoke(store: SqlStore, actor: Actor, user_id) -> None:
    """Back to a plain user. An admin by configuration stays one: that is changed in LURECHECK_ADMIN_IDS."""
    require_admin(store, actor)
    uid = _user_id(user_id)
    if uid in store.admin_ids:
        raise AdminError("User {user} is an admin by configuration (LURECHECK_ADMIN_IDS); remove the id there.",
                         user=uid)
    if actor is not OPERATOR and uid == int(actor):
        raise AdminError("You cannot remove your own admin role.")
    store.set_user_role(uid, "user", by=None if actor is OPERATOR else int(actor))


# ---------------------------------------------------------------- reviews: disputed verdicts and new reports
@dataclass(frozen=True)
class ReviewItem:
    kind: str  # report | dispute
    id: int
    created: datetime
    level: str | None
    reasons: tuple[str, ...]
    text: str | None  # the ad: reports always; disputes only when the check kept it (NGO sender)
    origin: str | None



def list_reviews(store: SqlStore, actor: Actor, limit: int = 10) -> list[ReviewItem]:
    """The oldest open items first: new reports, then verdicts users marked as wrong."""
    require_reviewer(store, actor)
    with store.read() as s:
        items = []
        for r, reasons in s.execute(select(Report, Check.reasons).outerjoin(Check, Check.id == Report.check_id)
                                    .where(Report.status == "new").order_by(Report.created, Report.id).limit(limit)):
            items.append(ReviewItem("report", r.id, r.created, r.level, tuple(reasons or ()), r.text, r.origin))
        for f, c in s.execute(select(Feedback, Check).join(Check, Check.id == Feedback.check_id)
                              .where(Feedback.kind == "wrong", Feedback.status == "new")
                              .order_by(Feedback.created, Feedback.id).limit(max(0, limit - len(items)))):
            items.append(ReviewItem("dispute", f.id, f.created, c.level, tuple(c.reasons or ()), c.text, c.origin))
        return items


def decide(store: SqlStore, actor: Actor, kind: str, item_id: int, decision: str) -> str:
    """Confirm or reject a report (confirmed: kept for NGOs) or a dispute (confirmed: the verdict was wrong)."""
    who = require_reviewer(store, actor)
    if decision not in REVIEW_DECISIONS or kind not in ("report", "dispute"):
        raise AdminError("Usage: {usage}", usage="/reviews")
    status = "confirmed" if decision == "confirm" else "rejected"

    def txn(s: Session) -> tuple[str, str | None]:
        model = Report if kind == "report" else Feedback
        item = s.get(model, int(item_id), with_for_update=True)
        if item is None or (kind == "dispute" and item.kind != "wrong"):
            raise AdminError("Unknown item: #{id}", id=item_id)
        if item.status != "new":
            raise AdminError("Already reviewed: #{id}.", id=item_id)
        item.status, item.reviewed_at, item.reviewed_by = status, utcnow(), who
        audit(s, who, f"{kind}.{decision}", f"{kind} {item.id}", {"status": "new"}, {"status": status})
        if kind == "report":  # the reporter is told (bot/telegram/followups.py delivers it)
            s.execute(update(Followup).where(Followup.report_id == item.id).values(outcome=status))
        if kind == "report" and status == "confirmed" and item.origin != SOS_ORIGIN:
            count_confirmed_lure(s, store, item)
            return status, item.text
        return status, None

    status, lure_text = store.write(txn)
    if lure_text:
        _remember(store, lure_text, int(item_id))
    return status


def reverse(store: SqlStore, actor: Actor, item_id: int) -> str:
    """Reverse the decision on a reviewed report: a confirmed report becomes rejected and leaves the lure memory; a
    rejected one becomes confirmed and joins it. Returns the new status."""
    who = require_reviewer(store, actor)

    def txn(s: Session) -> tuple[str, str]:
        item = s.get(Report, int(item_id), with_for_update=True)
        if item is None:
            raise AdminError("Unknown item: #{id}", id=item_id)
        if item.status not in ("confirmed", "rejected"):
            raise AdminError("Not reviewed yet: #{id}.", id=item_id)
        before = item.status
        item.status = "rejected" if before == "confirmed" else "confirmed"
        item.reviewed_at, item.reviewed_by = utcnow(), who
        audit(s, who, "report.reverse", f"report {item.id}", {"status": before}, {"status": item.status})
        # not told yet: told the new decision; told already: the row is gone and nobody is told twice
        s.execute(update(Followup).where(Followup.report_id == item.id).values(outcome=item.status))
        return item.status, (None if item.origin == SOS_ORIGIN else item.text)

    status, text = store.write(txn)
    if status == "confirmed" and text:
        _remember(store, text, int(item_id))
    else:
        lure_memory.forget_source(store.engine, "report", int(item_id))
    return status


def _remember(store: SqlStore, text: str, report_id: int) -> None:
    """A confirmed report joins the lure memory (embedded by this process's checker); a failure there is logged and
    leaves the review as decided."""
    from bot.checking.engine import get_checker

    try:
        lure_memory.remember(store.engine, get_checker(), text, "report", report_id)
    except Exception:  # noqa: BLE001 - the review is recorded; the memory can be rebuilt (`lurecheck memory build`)
        log.exception("report %s confirmed, but it could not join the lure memory", report_id)


# ---------------------------------------------------------------- follow-ups: the reporter hears back (issue 17.6)
FOLLOWUP_KINDS = ("report", "look")  # a report; a human look asked for under a `suspicious` verdict
_MASK = (1 << 64) - 1


def _pad(secret: bytes, nonce: str) -> int:
    return int.from_bytes(hmac.new(secret, b"followup-chat:" + nonce.encode(), hashlib.sha256).digest()[:8])


def seal(secret: bytes, chat_id: int, nonce: str) -> int:
    """The chat id XOR an HMAC pad: a signed 64-bit number that is noise without the store's key."""
    value = (int(chat_id) ^ _pad(secret, nonce)) & _MASK
    return value - (1 << 64) if value >= 1 << 63 else value


def unseal(secret: bytes, sealed: int, nonce: str) -> int:
    value = ((int(sealed) & _MASK) ^ _pad(secret, nonce)) & _MASK
    return value - (1 << 64) if value >= 1 << 63 else value


def _sql(store) -> bool:
    return callable(getattr(store, "write", None)) and hasattr(store, "engine")


def remember_reporter(store, report_id: int, chat_id: int, lang: str, kind: str = "report") -> bool:
    """At report time: what is needed to tell the reporter the decision later (their chat id, sealed; their
    language). Only the SQL store keeps it (the in-memory store has no reviews). False when nothing was kept."""
    if not _sql(store) or kind not in FOLLOWUP_KINDS:
        return False
    nonce = secrets.token_hex(8)

    def txn(s: Session) -> bool:
        if s.get(Report, int(report_id)) is None:
            return False
        if s.scalar(select(Followup.id).where(Followup.report_id == int(report_id))) is not None:
            return True  # the same report twice
        s.add(Followup(report_id=int(report_id), kind=kind, nonce=nonce, sealed=seal(store.secret, chat_id, nonce),
                       lang=(lang or "en")[:8], created=utcnow()))
        return True

    return store.write(txn)


@dataclass(frozen=True)
class Notice:
    """One decision to tell: to whom (the chat, opened from its seal), in which language, what was decided."""

    id: int
    chat_id: int
    lang: str
    kind: str  # report | look
    outcome: str  # confirmed | rejected


def due_notices(store, limit: int = 50) -> list[Notice]:
    """Decided reports whose reporter is still there. A reporter who ran /forgetme is never told: their reports
    are deleted (the row goes with them) or kept without a reporter (the row is dropped here, unread)."""
    if not _sql(store):
        return []

    def txn(s: Session) -> list[Notice]:
        rows = s.execute(select(Followup, Report.reporter_id).join(Report, Report.id == Followup.report_id)
                         .where(Followup.outcome.is_not(None)).order_by(Followup.id).limit(limit)).all()
        gone = [f.id for f, reporter in rows if reporter is None]
        if gone:
            s.execute(delete(Followup).where(Followup.id.in_(gone)))
        return [Notice(f.id, unseal(store.secret, f.sealed, f.nonce), f.lang, f.kind, f.outcome)
                for f, reporter in rows if reporter is not None]

    return store.write(txn)


def notified(store, notice_id: int) -> None:
    """The decision was told (or cannot be: the chat is gone): the sealed chat id is deleted."""
    store.write(lambda s: s.execute(delete(Followup).where(Followup.id == int(notice_id))))


def forget_followups(store, user_id: int) -> int:
    """/forgetme: the follow-ups of the user's reports go (their reports go or lose the reporter anyway)."""
    if not _sql(store):
        return 0
    h = store.hash(user_id)

    def txn(s: Session) -> int:
        uid = s.scalar(select(User.id).where(User.user_hash == h))
        if uid is None:
            return 0
        mine = select(Report.id).where(Report.reporter_id == uid)
        return s.execute(delete(Followup).where(Followup.report_id.in_(mine))).rowcount or 0

    return store.write(txn)


class Notifier(Protocol):
    """The port a face implements to tell a user something (the Telegram face: a message to the chat)."""

    async def notify(self, chat_id: int, text: str) -> bool:
        """True when sent; False when it never can be (the user blocked the bot); raises to try again later."""


async def deliver_followups(store, notifier: Notifier, compose: Callable[[Notice], str]) -> int:
    """Tell every reporter whose report was decided; each row is deleted once told. Returns how many were sent."""
    sent = 0
    for notice in await asyncio.to_thread(due_notices, store):
        try:
            ok = await notifier.notify(notice.chat_id, compose(notice))
        except Exception as e:  # noqa: BLE001 - the network: the row stays and is tried again
            log.warning("a follow-up could not be sent yet (%s)", type(e).__name__)
            continue
        await asyncio.to_thread(notified, store, notice.id)
        sent += bool(ok)
    return sent


def share_sos(store, user_id: int, report: str) -> int | None:
    """A guided SOS report the user chose to share: it enters the NGO review queue as a report (origin SOS_ORIGIN,
    no check, never counted as a lure nor its numbers as recruiter contacts). Only the SQL store has the queue."""
    if not _sql(store):
        return None
    h = store.hash(user_id)
    from classifier import text_hash
    from classifier.normalize import normalize

    key = store.text_key(text_hash(normalize(report)))

    def txn(s: Session) -> int:
        uid = s.scalar(select(User.id).where(User.user_hash == h))
        if uid is None:
            user = User(user_hash=h)
            s.add(user)
            s.flush()
            uid = user.id
        row = Report(check_id=None, reporter_id=uid, text=report[:4000], text_hash=key, origin=SOS_ORIGIN,
                     level=None, status="new", created=utcnow())
        s.add(row)
        s.flush()
        return row.id

    return store.write(txn)
