"""/forgetme, the retention purge and the logs, on SQLite and PostgreSQL."""
from __future__ import annotations

import logging
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, update

from bot import admin
from bot.storage.models import Check, Feedback, Report, User, utcnow
from bot.store import user_hash
from tests.conftest import LURES
from tests.integration.storage.conftest import ADMIN, SECRET
from tests.integration.storage.helpers import all_text, verdict

ME, OTHER, NGO = 700000001, 700000002, 700000003


def rows(store, model):
    with store.read() as s:
        return list(s.scalars(select(model)))


def test_forgetme_deletes_the_user_and_unlinks_confirmed_reports(store):
    store.set_user_language(ME, "vi")
    c1 = store.record_check(ME, verdict(ad="first"), origin="Jobs Abroad 24h")
    c2 = store.record_check(ME, verdict(ad="second"))
    c3 = store.record_check(ME, verdict(ad="third"))
    store.record_feedback(c1, ME, "wrong")
    confirmed = store.add_report(c1, ME, LURES["vi"], origin="Jobs Abroad 24h")
    pending = store.add_report(c2, ME, LURES["ko"])
    store.add_report(c3, ME, LURES["km"])
    admin.decide(store, ADMIN, "report", confirmed, "confirm")
    admin.decide(store, ADMIN, "report", pending + 1, "reject")
    theirs = store.record_check(OTHER, verdict(ad="other"))
    store.add_report(theirs, OTHER, "someone else's ad")
    store.record_feedback(theirs, OTHER, "helpful")

    store.forget_user(ME)

    h = user_hash(SECRET, ME)
    assert store.user_language(ME) is None and store.get_check(c1) is None and store.get_check(c2) is None
    assert h not in all_text(store)
    reports = {r.text: r for r in rows(store, Report)}
    assert set(reports) == {LURES["vi"], "someone else's ad"}, "only the confirmed report stays"
    kept = reports[LURES["vi"]]
    assert kept.reporter_id is None and kept.check_id is None and kept.status == "confirmed"
    assert kept.origin == "Jobs Abroad 24h"  # where the ad came from is about the ad, not about the user
    # the other user is untouched; contacts are counts about ads, not about users
    assert store.get_check(theirs) is not None and len(rows(store, Feedback)) == 1
    assert store.contact_stats("phone", "+85512345678") == (4, 4)
    store.forget_user(ME)  # twice: nothing left, no error
    store.forget_user(123)  # never seen: no error


def test_forgetme_of_a_reviewer_removes_their_hash_from_reviews(store):
    store.set_user_role(NGO, "ngo")
    cid = store.record_check(ME, verdict())
    rid = store.add_report(cid, ME, "ad")
    admin.decide(store, NGO, "report", rid, "confirm")
    store.forget_user(NGO)
    assert rows(store, Report)[0].reviewed_by is None and store.user_role(NGO) == "user"


def test_purge_removes_old_checks_and_idle_users_only(store):
    old = utcnow() - timedelta(days=120)
    store.set_user_role(NGO, "ngo")
    c_old = store.record_check(ME, verdict(ad="old"))
    c_old2 = store.record_check(OTHER, verdict(ad="old2"))
    c_new = store.record_check(OTHER, verdict(ad="new"))
    store.record_feedback(c_old, ME, "wrong")
    r_old = store.add_report(c_old2, OTHER, "old reported ad")
    r_rej = store.add_report(c_old, ME, "rejected ad")
    admin.decide(store, ADMIN, "report", r_rej, "reject")

    def age(s):
        s.execute(update(Check).where(Check.id.in_([c_old, c_old2])).values(created=old))
        s.execute(update(Report).values(created=old))
        s.execute(update(User).where(User.user_hash.in_([user_hash(SECRET, u) for u in (ME, NGO)]))
                  .values(last_seen=old))
    store.write(age)

    result = store.purge(90)

    assert (result.checks, result.reports, result.users) == (2, 1, 1)
    assert store.get_check(c_old) is None and store.get_check(c_old2) is None and store.get_check(c_new)
    assert rows(store, Feedback) == []
    reports = rows(store, Report)
    assert [(r.id, r.check_id, r.text) for r in reports] == [(r_old, None, "old reported ad")]
    assert store.user_role(NGO) == "ngo", "an NGO member is not purged for being quiet"
    assert store.counts()["users"] == 2  # OTHER (recent check) and NGO; ME was idle and had nothing left
    assert store.purge(90).checks == 0


def test_purge_command(db_url, store, tmp_path):
    store.record_check(ME, verdict())
    store.write(lambda s: s.execute(update(Check).values(created=utcnow() - timedelta(days=40))))
    exe = Path(sys.executable).with_name("lurecheck")
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "bot.cli"]
    env = {"LURECHECK_DATABASE_URL": db_url, "LURECHECK_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin",
           "LURECHECK_HMAC_SECRET": SECRET.decode()}
    r = subprocess.run([*cmd, "db", "purge"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0 and "0 checks" in r.stdout, r.stdout + r.stderr  # default: 90 days
    r = subprocess.run([*cmd, "db", "purge", "--days", "30"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0 and "1 checks" in r.stdout, r.stdout + r.stderr
    assert store.counts()["checks"] == 0


def test_nothing_logs_raw_ids_or_ad_texts(store, caplog):
    caplog.set_level(logging.DEBUG)
    ad = LURES["en"]
    store.set_user_role(NGO, "ngo")
    cid = store.record_check(ME, verdict(ad=ad), text=ad)
    store.record_check(NGO, verdict(ad=ad), text=ad)
    store.record_feedback(cid, ME, "wrong")
    rid = store.add_report(cid, ME, ad)
    admin.decide(store, NGO, "report", rid, "confirm")
    store.purge(90)
    store.forget_user(ME)
    logged = "\n".join(r.getMessage() for r in caplog.records)
    for secret_thing in (str(ME), str(NGO), ad, ad[:30]):
        assert secret_thing not in logged
    assert not [r for r in caplog.records if r.levelno >= logging.INFO and user_hash(SECRET, ME)[:8] in
                r.getMessage()]
