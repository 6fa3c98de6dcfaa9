"""The lure memory on SQLite and PostgreSQL: add, match (a disguised near duplicate matches, a legit ad naming the
same country does not), remove; a review confirmation in this process reaches a second process sharing the database.
Uses the real model: the memory matches on the embedding the checker computes."""
from __future__ import annotations

import json
from datetime import date

import pytest

from bot import admin
from bot.checking import memory
from tests.integration.memory_helpers import LEGIT, LURE, NEAR, lurecheck, model_engine
from tests.integration.storage.conftest import ADMIN, SECRET

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def checker():
    with model_engine() as c:
        yield c


def known(checker, text: str):
    return next((s for s in checker.check(text).signals if s.code == "KNOWN_LURE"), None)


def test_add_match_and_remove(store, db_url, checker):
    memory.refresh(checker, db_url, force=True)
    assert known(checker, NEAR) is None, "an empty memory matches nothing"

    report = memory.add_items(store.engine, checker, [memory.Item(LURE, "file", "test", date(2026, 11, 30))])
    assert len(report.added) == 1 and report.without_vector == 0
    again = memory.add_items(store.engine, checker, [memory.Item(LURE + "  ", "file", "test", date(2026, 11, 30))])
    assert again.added == [] and again.known == 1, "the same text (spacing aside) is not added twice"

    loaded = memory.refresh(checker, db_url, force=True)
    assert loaded is not None and len(loaded) == 1
    sig = known(checker, NEAR)
    assert sig is not None and sig.detail == "2026-11-30", "a near duplicate (numbers, contact, emoji, spacing)"
    v = checker.check(NEAR)
    assert v.level == "high_risk" and "KNOWN_LURE" in v.reasons
    assert "2026" in sig.explanation("vi") and "Sihanoukville" not in sig.explanation("en"), "never quoted"
    assert known(checker, LEGIT) is None, "a legit ad naming Cambodia is not a known lure"

    [entry] = memory.entries(store.engine)
    assert (entry.lang, entry.source, entry.has_vector) == ("vi", "file:test", True)
    assert memory.remove(store.engine, entry.id) and not memory.remove(store.engine, entry.id)
    memory.refresh(checker, db_url, force=True)
    assert known(checker, NEAR) is None, "a removed entry matches no more"


def test_confirmed_review_reaches_a_second_process_and_reversal_removes_it(store, db_url, checker, tmp_path):
    cid = store.record_check(42, checker.check(LURE))
    rid = store.add_report(cid, 42, LURE)
    env = {"LURECHECK_DATABASE_URL": db_url, "LURECHECK_ENGINE": "auto", "LURECHECK_DATA_DIR": str(tmp_path),
           "LURECHECK_HMAC_SECRET": SECRET.decode()}

    def second_process() -> dict:
        r = lurecheck("check", "--json", NEAR, env=env)
        assert r.returncode == 0, r.stderr[-2000:]
        return json.loads(r.stdout)

    assert "KNOWN_LURE" not in second_process()["reasons"]
    assert admin.decide(store, ADMIN, "report", rid, "confirm") == "confirmed"
    [entry] = memory.entries(store.engine)
    assert entry.source == f"report:{rid}" and entry.has_vector
    assert "KNOWN_LURE" in second_process()["reasons"]

    assert admin.reverse(store, ADMIN, rid) == "rejected"
    assert memory.entries(store.engine) == []
    memory.refresh(checker, db_url, force=True)
    assert known(checker, NEAR) is None
