"""Roles (grant, revoke) and the review queue: disputed verdicts and new reports, decided by NGO staff and admins.
Plain functions, no Telegram; every one checks the actor's right first (bot/access.py)."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from bot.access import OPERATOR, Actor, AdminError, require_admin, require_reviewer
from bot.admin.editing import count_confirmed_lure
from bot.checking import memory as lure_memory
from bot.storage.models import Check, Feedback, Report, utcnow
from bot.storage.sql_store import SqlStore, audit

REVIEW_DECISIONS = ("confirm", "reject")
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
        if kind == "report" and status == "confirmed":
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
        return item.status, item.text

    status, text = store.write(txn)
    if status == "confirmed":
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
