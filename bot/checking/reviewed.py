"""Reviewed examples for `lurecheck train --include-reviews` (issue 14): what the reviews taught, as training data.

- a report confirmed in /reviews: a lure (label 1); a report rejected there: a legit example (label 0) — the
  checker or the reporter was wrong about it; reports not yet reviewed, and the guided SOS reports (a person's
  distress, not an ad), are left out;
- a confirmed NGO submission (a lure memory entry an NGO brought, source `ngo`): a lure.

Each example comes with its cross-validation group (the report or submission), so a reviewed ad and its repeats
never straddle folds. The texts stay in the database and in memory: nothing here prints or writes them.
"""
from __future__ import annotations

from collections.abc import Iterator

from sqlalchemy import Engine, select

from bot.storage.db import read_session
from bot.storage.models import LureMemoryEntry, Report

SOS_ORIGIN = "SOS report"  # bot/admin/reviews.py SOS_ORIGIN (a layer above: not imported)


def reviewed_examples(engine: Engine) -> Iterator[tuple[str, int, str]]:
    """(text, label, group) for every reviewed report and confirmed NGO submission; one per distinct ad."""
    seen: set[str] = set()
    with read_session(engine) as s:
        reports = s.execute(select(Report.id, Report.text, Report.text_hash, Report.status, Report.origin)
                            .where(Report.status.in_(("confirmed", "rejected"))).order_by(Report.id)).all()
        ngo = s.execute(select(LureMemoryEntry.text, LureMemoryEntry.text_hash, LureMemoryEntry.source_ref)
                        .where(LureMemoryEntry.source_kind == "ngo").order_by(LureMemoryEntry.id)).all()
    for rid, text, th, status, origin in reports:
        if origin == SOS_ORIGIN or not (text or "").strip() or th in seen:
            continue
        seen.add(th)
        yield text, int(status == "confirmed"), f"review:report:{rid}"
    for text, th, ref in ngo:
        if not (text or "").strip() or th in seen:
            continue
        seen.add(th)
        yield text, 1, f"review:ngo:{ref}"
