"""Spent one-time login links of the dashboard (bot/dashboard/auth.py): a link's nonce is claimed once, in the
database every replica shares, so a link works once whichever replica receives it. SQLite and PostgreSQL alike.

The nonces live in the `meta` table (name "dl:<nonce>", value: the link's expiry as epoch seconds), so no migration
is needed; expired ones are deleted at each claim (a link past its expiry is refused by its signature anyway).
"""
from __future__ import annotations

import time

from sqlalchemy import delete, select
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from bot.storage import db
from bot.storage.models import Meta

PREFIX = "dl:"


def claim(engine: Engine, nonce: str, expires: int, now: float | None = None) -> bool:
    """True the first time a nonce is claimed; False every later time (a reused link)."""
    name = PREFIX + nonce
    if not nonce or len(name) > 40:
        return False
    now = int(time.time() if now is None else now)

    def txn(s: Session) -> bool:
        s.execute(delete(Meta).where(Meta.name.like(PREFIX + "%"), Meta.value < f"{now:010d}"))
        insert = db.dialect_insert(s)
        if insert is None:  # another database: a locked read, then the insert
            if s.scalar(select(Meta.name).where(Meta.name == name).with_for_update()) is not None:
                return False
            s.add(Meta(name=name, value=f"{int(expires):010d}"))
            return True
        done = s.execute(insert(Meta).values(name=name, value=f"{int(expires):010d}").on_conflict_do_nothing()
                         .returning(Meta.name))
        return done.scalar() is not None

    return db.write(engine, txn)
