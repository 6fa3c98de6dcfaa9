"""Abuse and access, through the real bot and the fake Bot API, on the SQL store: every admin and NGO command is
refused to a user without the role (one test per command) and changes nothing; forged admin buttons are refused;
role changes are audited (who, before, after)."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.storage.db import make_engine, upgrade
from bot.storage.models import AuditEntry
from bot.storage.sql_store import SqlStore
from bot.telegram.admin import COMMANDS as ADMIN_COMMANDS
from bot.telegram.ngo import COMMANDS as NGO_COMMANDS
from tests.fakes.harness import running_bot

SECRET = b"access-secret-0123456789abcdef"
ADMIN, NGO, USER = 8801, 8802, 8803
REVIEWER_COMMANDS = {"reviews", "contact", "stats", "export"}  # NGO staff may use these; admins all
ARGS = {"warning": "vn-gov-sms-111 en", "setwarning": "vn-gov-sms-111 en New text", "history": "vn-gov-sms-111 en",
        "rollback": "vn-gov-sms-111 en 1", "sethotline": 'vn-x contact="+84 24 1234 5678"',
        "disablehotline": "vn-x", "enablehotline": "vn-x", "grant": f"{USER} admin", "revoke": str(NGO),
        "contact": "+84912345678", "legit": "+84912345678 ok", "unlegit": "+84912345678", "export": "2026-01-01"}
ALL = sorted({*ADMIN_COMMANDS, *(name for name, _fn in NGO_COMMANDS)})


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('access') / 'bot.sqlite3'}")
    upgrade(engine)
    store = SqlStore(engine, SECRET, frozenset({ADMIN}))
    store.set_user_role(NGO, "ngo")
    yield store
    engine.dispose()


def _snapshot(store: SqlStore) -> tuple:
    with store.read() as s:
        audit = s.scalars(select(AuditEntry.id)).all()
    return store.counts(), len(audit), store.user_role(USER), store.user_role(NGO)


@pytest.mark.parametrize("command", ALL)
async def test_command_is_refused_without_the_role(api, db, command):
    """A job-seeker (no role) gets one refusal and nothing changes; NGO staff are refused the admin-only ones."""
    senders = [USER] if command in REVIEWER_COMMANDS else [USER, NGO]
    before = _snapshot(db)
    async with running_bot(api, store=db) as bot:
        for who in senders:
            user = api.user(who, language_code="en")
            sent = await bot.send(api.message(user, f"/{command} {ARGS.get(command, '')}".strip()))
            assert len(sent) == 1, (command, who, sent)
            text = sent[0]["text"]
            assert "for admins only" in text or "for NGO staff and admins only" in text, (command, who, text)
    assert _snapshot(db) == before
    assert not api.calls_of("sendDocument") and not api.calls_of("sendPhoto")  # no export, no chart leaked


@pytest.mark.parametrize("data", ["adm:ok:1", "adm:no:1", "adm:rv:r:1:c", "adm:rv:d:1:x"])
async def test_forged_admin_buttons_are_refused(api, db, data):
    before = _snapshot(db)
    async with running_bot(api, store=db) as bot:
        user = api.user(USER, language_code="en")
        anchor = (await bot.send(api.message(user, "/help")))[-1]
        await bot.press(user, anchor, data)
    replies = [m["text"] for m in api.sent_to(USER)[1:]]
    assert replies and all("only" in r for r in replies), replies
    assert _snapshot(db) == before


async def test_a_file_from_a_job_seeker_is_not_read(api, db):
    async with running_bot(api, store=db) as bot:
        user = api.user(USER, language_code="en")
        doc = api.document(b"text\nViec nhe luong cao\n", mime_type="text/csv", file_name="ads.csv")
        (reply,) = await bot.send(api.message(user, extra={"document": doc}))
    assert "I cannot check voice messages" in reply["text"]
    assert not api.calls_of("getFile")


async def test_role_changes_are_audited(api, db):
    async with running_bot(api, store=db) as bot:
        admin = api.user(ADMIN, language_code="en")
        (granted,) = await bot.send(api.message(admin, f"/grant {USER} ngo"))
        (revoked,) = await bot.send(api.message(admin, f"/revoke {USER}"))
    assert "now has the role ngo" in granted["text"] and "now has the role user" in revoked["text"]
    with db.read() as s:
        rows = s.scalars(select(AuditEntry).order_by(AuditEntry.id)).all()[-2:]
    assert [(r.action, r.actor, r.before, r.after) for r in rows] == [
        ("role.grant", db.hash(ADMIN), {"role": "user"}, {"role": "ngo"}),
        ("role.revoke", db.hash(ADMIN), {"role": "ngo"}, {"role": "user"})]
    assert all(str(USER) not in (r.target or "") for r in rows)  # the audit names the user by hash only
    assert db.user_role(USER) == "user"
