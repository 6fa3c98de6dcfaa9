"""The database fails while users check ads: PostgreSQL stopped and started again (a server of this test's own),
SQLite locked by another process. The user still gets the verdict at once; the record goes to the outbox
(bot/storage/outbox.py) and is written, exactly once, when the database answers again. Nothing is lost across a restart."""
from __future__ import annotations

import asyncio
import dataclasses
import sqlite3
import time

import pytest
from sqlalchemy import event, func, select

from bot.storage.db import make_engine, upgrade
from bot.storage.models import Check
from bot.storage.outbox import Outbox, verdict_from_dict, verdict_to_dict
from bot.storage.sql_store import SqlStore
from classifier import check
from tests.conftest import LEGIT, LURES
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.harness import TEST_OPTIONS, running_bot
from tests.integration import pg_server

SECRET = b"faults-secret-0123456789abcdef"
OPTIONS = dataclasses.replace(TEST_OPTIONS, db_wait=0.5, outbox_retry=0.2)


@pytest.fixture
async def api():
    async with FakeBotApi().running() as fake:
        yield fake


def _checks(store: SqlStore) -> int:
    with store.read() as s:
        return s.scalar(select(func.count()).select_from(Check))


async def _until(predicate, timeout: float = 15.0, step: float = 0.05):
    deadline = time.monotonic() + timeout
    while not (value := predicate()):
        if time.monotonic() > deadline:
            raise AssertionError("timed out waiting")
        await asyncio.sleep(step)
    return value


def test_a_verdict_survives_the_trip_through_json():
    v = check(LURES["vi"])
    back = verdict_from_dict(verdict_to_dict(v))
    # everything but the lure-memory vector (512 floats nobody reads back from JSON)
    assert back == dataclasses.replace(v, extras={k: x for k, x in v.extras.items() if k != "embedding"})
    assert back.entities.destinations() == v.entities.destinations()


def test_the_outbox_keeps_its_entries_across_a_restart(tmp_path):
    """A process that dies in an outage leaves its spool; the next one writes it, once; the spool holds no id."""
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    upgrade(engine)
    store = SqlStore(engine, SECRET)
    first = Outbox(store, tmp_path / "outbox.jsonl")
    first.put_checks(4242, [(check(LURES["en"]), None, "Jobs channel"), (check(LURES["km"]), None, None)])
    spool = (tmp_path / "outbox.jsonl").read_text()
    assert "4242" not in spool and store.hash(4242) in spool  # the HMAC, never the Telegram id
    assert (tmp_path / "outbox.jsonl").stat().st_mode & 0o777 == 0o600
    again = Outbox(store, tmp_path / "outbox.jsonl")  # "after the restart"
    assert again.pending() == 2
    assert again.flush() == 2 and again.flush() == 0
    assert _checks(store) == 2 and again.pending() == 0
    rec = store.get_check(1)
    # a job-seeker's check: where the ad came from is not stored (privacy rules), nor the text
    assert rec.user_hash == store.hash(4242) and rec.origin is None and rec.level == "high_risk"
    engine.dispose()


def test_an_unreadable_outbox_entry_goes_to_the_dead_letter_file_and_the_rest_is_written(tmp_path):
    """One entry that can never be written (cut by a crash, garbage, refused by the database) no longer blocks
    every later one: it is moved to outbox.dead.jsonl (0600) and the next entries are written."""
    engine = make_engine(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    upgrade(engine)
    store = SqlStore(engine, SECRET)
    spool = tmp_path / "outbox.jsonl"
    box = Outbox(store, spool)
    box.put_checks(1, [(check(LURES["en"]), None, None)])
    with spool.open("a") as f:
        f.write('{"id": "cut", "op": "checks", "items": [[{"level": "hi\n')  # a line cut by a crash
        f.write('{"id": "bad", "op": "checks", "user": {"hash": "h"}, "items": [[{"no": "verdict"}, null, null]]}\n')
    box.put_checks(2, [(check(LURES["vi"]), None, None), (check(LEGIT["ko"]), None, None)])

    assert box.flush() == 3 and box.pending() == 0 and _checks(store) == 3
    dead = (tmp_path / "outbox.dead.jsonl")
    lines = dead.read_text().splitlines()
    assert len(lines) == 2 and dead.stat().st_mode & 0o777 == 0o600
    assert 'cut' in lines[0] and '"bad"' in lines[1] and all('"why": "unreadable' in line for line in lines)
    engine.dispose()


async def test_sqlite_locked_by_another_process(api, tmp_path):
    path = tmp_path / "bot.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    upgrade(engine)

    @event.listens_for(engine, "connect")
    def _short_busy_timeout(dbapi_conn, _record):  # after the store's own 30 s: the test waits 0.3 s a try
        dbapi_conn.execute("PRAGMA busy_timeout=300")

    engine.dispose()  # the connections opened by the migration had the long timeout
    store = SqlStore(engine, SECRET)
    user = api.user(801, language_code="en")
    async with running_bot(api, store=store, options=OPTIONS, data_dir=tmp_path) as bot:
        await bot.send(api.message(user, LEGIT["en"]))  # the user row exists; the database works
        assert _checks(store) == 1
        locker = sqlite3.connect(path, isolation_level=None, timeout=1)
        locker.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
        try:
            t0 = time.monotonic()
            sent = await bot.send(api.message(user, LURES["en"]))
            waited = time.monotonic() - t0
            assert sent[0]["text"].startswith("🚨 HIGH RISK") and waited < 3.0  # the verdict, at once
            assert "reply_markup" not in sent[-1]  # no check id yet: no buttons this time
            outbox = bot.application.bot_data["lurecheck"].outbox
            await _until(lambda: outbox.pending() == 1)  # the write gave up: kept in the outbox
            assert _checks(store) == 1
        finally:
            locker.execute("COMMIT")
            locker.close()
        await _until(lambda: _checks(store) == 2)  # written once the lock is gone
        await _until(lambda: outbox.pending() == 0)
        sent = await bot.send(api.message(user, LURES["ko"]))
        assert sent[-1].get("reply_markup")  # and the bot is back to normal
    await asyncio.sleep(0.5)
    assert _checks(store) == 3  # nothing written twice
    engine.dispose()


@pytest.mark.skipif(not pg_server.available(), reason="PostgreSQL's initdb/pg_ctl are not installed")
async def test_postgresql_stopped_and_started_again(api, tmp_path):
    with pg_server.own_postgres() as server:
        engine = make_engine(server.url)
        upgrade(engine)
        store = SqlStore(engine, SECRET)
        user, other = api.user(811, language_code="vi"), api.user(812, language_code="ko")
        async with running_bot(api, store=store, options=OPTIONS, data_dir=tmp_path) as bot:
            await bot.send(api.message(user, LEGIT["vi"]))
            assert _checks(store) == 1
            await asyncio.to_thread(server.stop)
            t0 = time.monotonic()
            sent = await bot.send(api.message(user, LURES["vi"]))
            sent2 = await bot.send(api.message(other, LURES["ko"]))
            waited = time.monotonic() - t0
            assert sent[0]["text"].startswith("🚨 RỦI RO CAO") and sent2[0]["text"].startswith("🚨")
            assert waited < 6.0 and "reply_markup" not in sent[-1]
            outbox = bot.application.bot_data["lurecheck"].outbox
            await _until(lambda: outbox.pending() == 2)
            await asyncio.sleep(0.5)  # a few retries fail meanwhile: still 2, nothing dropped
            assert outbox.pending() == 2
            await asyncio.to_thread(server.start)
            await _until(lambda: outbox.pending() == 0, timeout=30)
            assert _checks(store) == 3
            levels = sorted(store.get_check(i).level for i in (2, 3))
            assert levels == ["high_risk", "high_risk"]
            sent = await bot.send(api.message(user, LURES["en"]))
            assert sent[-1].get("reply_markup")
        assert _checks(store) == 4
        engine.dispose()
