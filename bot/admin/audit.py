"""The audit log, as admins read it (the dashboard's audit page): the latest entries, a page at a time. Admins only.

The log never holds a Telegram user id: an actor is a keyed user hash, "cli", "import" or "forgotten-user" (after
/forgetme), shown as `author_label` shows it (the first characters of the hash); a role's target is "user <hash>".
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select

from bot.access import Actor, require_admin
from bot.admin.editing import author_label
from bot.storage.models import AuditEntry
from bot.storage.sql_store import SqlStore
from bot.store import FORGOTTEN

PER_PAGE = 50
VALUE_MAX = 120  # characters of a changed value shown (a warning's text is long)


@dataclass(frozen=True)
class AuditLine:
    id: int
    at: datetime
    actor: str
    action: str
    target: str
    changes: tuple[tuple[str, str, str], ...]  # (field, before, after), the fields that changed


@dataclass(frozen=True)
class AuditPage:
    lines: list[AuditLine]
    page: int
    pages: int
    total: int


def _short(value) -> str:
    text = "—" if value is None else value if isinstance(value, str) else \
        ", ".join(map(str, value)) if isinstance(value, list) else str(value)
    return text if len(text) <= VALUE_MAX else text[: VALUE_MAX - 1] + "…"


def _changes(before: dict | None, after: dict | None) -> tuple[tuple[str, str, str], ...]:
    before, after = before or {}, after or {}
    keys = [k for k in dict.fromkeys([*before, *after]) if before.get(k) != after.get(k)]
    return tuple((k, _short(before.get(k)), _short(after.get(k))) for k in keys)


def _actor(actor: str, me: str) -> str:
    return actor if actor == FORGOTTEN else author_label(actor, me)


def audit_log(store: SqlStore, actor: Actor, page: int = 1, per_page: int = PER_PAGE) -> AuditPage:
    """The audit log, newest first: page `page` (1-based) of `per_page` entries."""
    me = require_admin(store, actor)
    per_page = max(1, min(200, int(per_page)))
    with store.read() as s:
        total = s.scalar(select(func.count()).select_from(AuditEntry)) or 0
        pages = max(1, -(-total // per_page))
        page = max(1, min(int(page), pages))
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.at.desc(), AuditEntry.id.desc())
                         .offset((page - 1) * per_page).limit(per_page))
        lines = [AuditLine(r.id, r.at, _actor(r.actor, me), r.action, r.target, _changes(r.before, r.after))
                 for r in rows]
    return AuditPage(lines, page, pages, total)
