"""The SQL store: the Store protocol on SQLite and PostgreSQL, the HMAC rule, consent, counters."""
from __future__ import annotations

import inspect
import os
import stat

import pytest

from bot.storage import StorageError, open_store
from bot.storage.secret import load_secret
from bot.storage.sql_store import SqlStore
from bot.store import MemoryStore, Store, user_hash
from tests.conftest import LURES
from tests.integration.storage.conftest import ADMIN, SECRET
from tests.integration.storage.helpers import all_text, audit_entries, verdict

USER, OTHER, NGO = 987654321, 123456789, 555000111


def test_implements_the_store_protocol_exactly():
    for name, proto in inspect.getmembers(Store, inspect.isfunction):
        if name.startswith("_"):
            continue
        mine = getattr(SqlStore, name)
        assert inspect.signature(mine) == inspect.signature(proto), name
        assert inspect.signature(getattr(MemoryStore, name)) == inspect.signature(proto), name


def test_language_and_role(store):
    assert store.user_language(USER) is None and store.user_role(USER) == "user"
    store.set_user_language(USER, "vi")
    store.set_user_language(USER, "km")
    assert store.user_language(USER) == "km"
    store.set_user_role(USER, "ngo", by=ADMIN)
    assert store.user_role(USER) == "ngo" and store.user_language(USER) == "km"
    assert store.user_role(ADMIN) == "admin"  # by configuration
    with pytest.raises(ValueError):
        store.set_user_role(USER, "king")
    assert store.counts()["users"] == 1
    grant = audit_entries(store)[-1]
    assert grant.action == "role.grant" and grant.actor == user_hash(SECRET, ADMIN)
    assert grant.before == {"role": "user"} and grant.after == {"role": "ngo"}


def test_ids_are_stored_only_as_hmac(store):
    cid = store.record_check(USER, verdict())
    store.set_user_language(USER, "ko")
    store.record_feedback(cid, USER, "wrong")
    rec = store.get_check(cid)
    assert rec.user_hash == user_hash(SECRET, USER) != user_hash(b"another key", USER)
    dump = all_text(store)
    assert str(USER) not in dump and user_hash(SECRET, USER) in dump


def test_check_round_trip_and_consent_rule(store):
    v = verdict(ad=LURES["en"])
    cid = store.record_check(USER, v, text=LURES["en"], origin="Jobs Abroad 24h")
    rec = store.get_check(cid)
    assert (rec.level, rec.lang, rec.reasons, rec.text_hash) == ("high_risk", "en", ("HIGH_PAY_EASY_WORK",),
                                                                 store.text_key(v.text_hash))
    assert rec.origin is None and rec.created.tzinfo is not None, "where a job-seeker's ad came from: not stored"
    assert rec.text is None, "a job-seeker's text is kept only through the report button"
    store.set_user_role(NGO, "ngo")
    ngo = store.get_check(store.record_check(NGO, v, text=LURES["en"], origin="Jobs Abroad 24h"))
    assert (ngo.text, ngo.origin) == (LURES["en"], "Jobs Abroad 24h")
    assert store.get_check(store.record_check(ADMIN, v, text="kept")).text == "kept"
    assert store.get_check(10**9) is None


def test_feedback_and_reports_refuse_other_users_checks(store):
    cid = store.record_check(USER, verdict())
    assert store.record_feedback(cid, OTHER, "wrong") is False
    assert store.add_report(cid, OTHER, "text") is None
    assert store.record_feedback(cid, USER, "bogus") is False
    assert store.record_feedback(10**9, USER, "helpful") is False
    assert store.record_feedback(cid, USER, "helpful") and store.record_feedback(cid, USER, "wrong")
    assert store.counts()["feedback"] == 1, "a changed mind updates the feedback, it does not add one"
    rid = store.add_report(cid, USER, LURES["vi"], origin="channel")
    assert rid is not None and store.add_report(cid, USER, LURES["vi"]) == rid
    assert store.counts()["reports"] == 1


def test_contacts_counted_per_check_and_report(store):
    a = store.record_check(USER, verdict())
    store.record_check(OTHER, verdict(contacts=(("phone", "+85512345678"),)))
    assert store.contact_stats("phone", "+85512345678") == (2, 0)
    assert store.contact_stats("handle", "@job_kh77") == (1, 0)
    store.add_report(a, USER, "ad text")
    store.add_report(a, USER, "ad text")  # a double tap
    assert store.contact_stats("phone", "+85512345678") == (2, 1)
    assert store.contact_stats("handle", "@job_kh77") == (1, 1)
    assert store.contact_stats("phone", "+10000000000") is None


def test_open_store_migrates_the_embedded_sqlite_and_seeds_content(settings_for, tmp_path):
    settings = settings_for(f"sqlite:///{tmp_path / 'new' / 'bot.sqlite3'}")
    store = open_store(settings)
    assert store.counts()["users"] == 0
    from bot.storage.content_source import database_content

    content = database_content(settings)
    assert content is not None and len(content.hotlines) >= 15
    key = tmp_path / "hmac.key"
    assert stat.S_IMODE(os.stat(key).st_mode) == 0o600
    assert store.secret == key.read_text().strip().encode()
    assert store.secret.decode() not in all_text(store), "the key never goes into the database"
    again = open_store(settings)  # the same key file: accepted
    assert again.secret == store.secret


def test_wrong_key_and_unmigrated_database_are_refused(backend, settings_for, tmp_path):
    url = backend.new_url()
    settings = settings_for(url, hmac_secret="first-secret-0123456789")
    if backend.name == "postgresql":
        with pytest.raises(StorageError, match="lurecheck db upgrade"):
            open_store(settings)  # a server database is migrated on purpose, not by whichever replica starts
        settings = settings_for(url, hmac_secret="first-secret-0123456789", db_auto_upgrade=True)
    open_store(settings)
    from dataclasses import replace

    with pytest.raises(StorageError, match="another HMAC key"):
        open_store(replace(settings, hmac_secret="second-secret-0123456789"))
    with pytest.raises(StorageError, match="too short"):
        load_secret("short", tmp_path)
