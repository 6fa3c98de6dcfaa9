"""/forgetme, the retention purge and the logs, on SQLite and PostgreSQL."""
from __future__ import annotations

import logging
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

from sqlalchemy import select, update

from bot import admin
from bot.storage.models import (
    AuditEntry,
    Check,
    Contact,
    ContactLure,
    Feedback,
    Meta,
    Report,
    User,
    WarningText,
    utcnow,
)
from bot.storage.outbox import Outbox, forget_user
from bot.storage.sql_store import run_daily_purge
from bot.store import FORGOTTEN, text_key, user_hash
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

    result = store.forget_user(ME)

    assert (result.checks, result.feedback, result.reports_deleted, result.reports_kept) == (3, 1, 2, 1)
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
    # seen in 4 ads still; the 2 reports of ME that were deleted no longer count as reports
    assert store.contact_stats("phone", "+85512345678") == (4, 2)
    store.forget_user(ME)  # twice: nothing left, no error
    store.forget_user(123)  # never seen: no error


def test_forgetme_of_a_reviewer_removes_their_hash_from_reviews(store):
    store.set_user_role(NGO, "ngo")
    cid = store.record_check(ME, verdict())
    rid = store.add_report(cid, ME, "ad")
    admin.decide(store, NGO, "report", rid, "confirm")
    store.forget_user(NGO)
    assert rows(store, Report)[0].reviewed_by == FORGOTTEN and store.user_role(NGO) == "user"


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


def contact_value(store, value: str) -> str | None | bool:
    """The stored value of the contact whose code is that of `value` (False: no such contact)."""
    with store.read() as s:
        row = s.scalar(select(Contact).where(Contact.value_hash.in_(
            [registry_hash(kind, value) for kind in ("phone", "telegram")])))
        return False if row is None else row.value


def registry_hash(kind: str, value: str) -> str:
    from bot.storage.contacts import key_hash

    return key_hash(SECRET, kind, value)


def test_forgetme_hides_contacts_only_the_users_reports_revealed_and_their_hash_leaves_the_audit_log(content_store):
    store = content_store
    admin.grant(store, ADMIN, ME, "admin")  # audited: target "user <hash>"
    admin.set_warning(store, ME, "vn-gov-sms-111", "en", "A warning text written by ME.")  # author: ME's hash
    own = store.record_check(OTHER, verdict(contacts=(("phone", "+84912000111"),), ad="their ad"))
    cid = store.record_check(ME, verdict(contacts=(("phone", "+84912000111"),), ad="my ad"))
    store.add_report(cid, ME, "Việc nhẹ lương cao, gọi +84 912 000 111")
    assert contact_value(store, "+84912000111") == "+84912000111"  # revealed by ME's report

    result = store.forget_user(ME)

    h = user_hash(SECRET, ME)
    assert h not in all_text(store) and h[:12] not in all_text(store)
    assert contact_value(store, "+84912000111") is None, "back to its code: only ME's report had revealed it"
    assert store.contact_stats("phone", "+84912000111") == (2, 0) and store.get_check(own) is not None
    with store.read() as s:
        assert FORGOTTEN in {a.actor for a in s.scalars(select(AuditEntry))}
        assert f"user {FORGOTTEN}" in {a.target for a in s.scalars(select(AuditEntry))}
        assert FORGOTTEN in {t.author for t in s.scalars(select(WarningText))}
    assert (result.reports_deleted, result.contacts_hidden) == (1, 1) and result.audit_anonymised >= 3


def test_forgetme_of_an_ngo_member_removes_the_lure_links_only_their_ads_made(store):
    store.set_user_role(NGO, "ngo")
    ad = "Tuyển gấp, liên hệ @lure_recruiter"
    store.record_check(NGO, verdict(contacts=(("handle", "@lure_recruiter"),), ad=ad), text=ad)
    assert contact_value(store, "@lure_recruiter") == "@lure_recruiter"
    with store.read() as s:
        assert s.scalar(select(Contact.lure_count)) == 1

    result = store.forget_user(NGO)

    assert (result.checks, result.lures_removed, result.contacts_hidden) == (1, 1, 1)
    with store.read() as s:
        assert s.scalar(select(Contact.lure_count)) == 0 and list(s.scalars(select(ContactLure))) == []
    assert contact_value(store, "@lure_recruiter") is None and ad not in all_text(store)


def test_forgetme_drops_the_users_checks_waiting_in_the_outbox(store, tmp_path):
    outbox = Outbox(store, tmp_path / "outbox.jsonl")
    outbox.put_checks(ME, [(verdict(ad="mine 1"), None, None), (verdict(ad="mine 2"), None, None)])
    outbox.put_checks(OTHER, [(verdict(ad="theirs"), None, None)])
    store.record_check(ME, verdict(ad="stored"))

    result = forget_user(store, outbox, ME)

    assert (result.waiting_dropped, result.checks) == (2, 1)
    assert outbox.flush() == 1  # OTHER's check only: ME is not re-created by the replay
    h = user_hash(SECRET, ME)
    assert h not in all_text(store) and h not in (tmp_path / "outbox.jsonl").read_text()
    assert store.counts()["checks"] == 1 and store.counts()["users"] == 1


def test_a_job_seekers_check_stores_no_origin_and_a_keyed_text_code(store):
    import hashlib

    ad = "Việc nhẹ lương cao tại Campuchia"
    v = verdict(ad=ad)
    cid = store.record_check(ME, v, origin="@a_forwarded_person")
    store.set_user_role(NGO, "ngo")
    nid = store.record_check(NGO, v, text=ad, origin="Jobs Abroad 24h")
    rec = store.get_check(cid)
    assert rec.origin is None and store.get_check(nid).origin == "Jobs Abroad 24h"
    assert rec.text_hash == store.text_key(v.text_hash) == text_key(SECRET, v.text_hash) != v.text_hash
    stored = all_text(store)
    assert "@a_forwarded_person" not in stored and v.text_hash not in stored
    assert hashlib.sha256(ad.encode()).hexdigest() not in stored


def test_purge_expires_stale_reports_old_lure_links_idle_contacts_and_old_audit_entries(store):
    now = utcnow()
    store.set_user_role(NGO, "ngo")
    old_ad, new_ad = "old lure, call @old_recruiter", "new lure, call @new_recruiter"
    store.record_check(NGO, verdict(contacts=(("handle", "@old_recruiter"),), ad=old_ad), text=old_ad)
    store.record_check(NGO, verdict(contacts=(("handle", "@new_recruiter"),), ad=new_ad), text=new_ad)
    c1 = store.record_check(ME, verdict(contacts=(("phone", "+84912000222"),), ad="stale"))
    c2 = store.record_check(ME, verdict(contacts=(("phone", "+84912000333"),), ad="fresh"))
    stale = store.add_report(c1, ME, "a report nobody reviewed")
    fresh = store.add_report(c2, ME, "a recent report")

    def age(s):
        s.execute(update(Report).where(Report.id == stale).values(created=now - timedelta(days=200)))
        s.execute(update(ContactLure).where(ContactLure.contact_id.in_(
            select(Contact.id).where(Contact.value == "@old_recruiter"))).values(created=now - timedelta(days=800)))
        s.execute(update(Contact).where(Contact.value == "@old_recruiter")
                  .values(last_seen=now - timedelta(days=400)))
        s.execute(update(Check).where(Check.text == old_ad).values(created=now - timedelta(days=400)))
        s.execute(update(AuditEntry).values(at=now - timedelta(days=800)))
    store.write(age)
    admin.grant(store, ADMIN, OTHER, "ngo")  # a recent audit entry

    result = store.purge(90, now)

    assert [r.id for r in rows(store, Report)] == [fresh]
    assert (result.reports, result.lures, result.contacts, result.audit) == (1, 1, 1, 1)
    assert contact_value(store, "@old_recruiter") is False and contact_value(store, "@new_recruiter")
    assert store.contact_stats("phone", "+84912000222") == (1, 0), "the stale report no longer counts"
    assert [a.action for a in rows(store, AuditEntry)] == ["role.grant"]


def test_the_daily_purge_runs_once_a_day_whatever_the_number_of_callers(store, settings_for, db_url):
    settings = settings_for(db_url)
    store.record_check(ME, verdict())
    store.write(lambda s: s.execute(update(Check).values(created=utcnow() - timedelta(days=100))))
    now = utcnow()
    first = run_daily_purge(store, settings, now)
    assert first is not None and first.checks == 1
    assert run_daily_purge(store, settings, now + timedelta(hours=1)) is None  # another replica, the same day
    assert run_daily_purge(store, settings, now + timedelta(hours=25)) is not None  # the next day
    with store.read() as s:
        assert s.get(Meta, "purge.last") is not None


def test_database_errors_log_neither_parameters_nor_the_values_the_driver_quotes(store, caplog):
    from sqlalchemy.exc import IntegrityError

    ad = LURES["en"]
    cid = store.record_check(ME, verdict(ad=ad))
    store.add_report(cid, ME, ad)
    h = user_hash(SECRET, ME)
    caplog.set_level(logging.DEBUG)
    log = logging.getLogger("test.errors")
    for duplicate in (lambda s: s.add(User(user_hash=h, created=utcnow(), last_seen=utcnow(), role="user")),
                      lambda s: s.add(Report(check_id=cid, text=ad, text_hash="x" * 64, status="new",
                                             created=utcnow()))):
        try:
            store.write(duplicate)
        except IntegrityError:
            log.exception("storing failed")
        else:
            raise AssertionError("a duplicate must be refused")
    formatter = logging.Formatter()
    logged = "\n".join(formatter.format(r) for r in caplog.records)
    assert "storing failed" in logged and "IntegrityError" in logged
    for secret_thing in (h, h[:12], ad[:30], str(ME)):
        assert secret_thing not in logged
