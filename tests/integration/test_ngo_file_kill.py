"""The bot process killed (SIGKILL) in the middle of an NGO's file. On restart the NGO gets either the finished file
or a clear message to send it again, and the database holds all of the file's checks or none of them."""
from __future__ import annotations

import asyncio
import csv
import io
import os
import signal
import subprocess
import sys

import pytest
from sqlalchemy import func, select

from bot.config import PROJECT_ROOT
from bot.storage.db import make_engine, upgrade
from bot.storage.models import Check
from bot.storage.sql_store import SqlStore
from tests.conftest import LEGIT, LURES
from tests.fakes.bot_process import SECRET
from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.harness import running_bot

ADMIN = 9100
ROWS = 60


@pytest.fixture
async def api():
    async with FakeBotApi().running() as fake:
        yield fake


def _file() -> bytes:
    pool = list(LURES.values()) + list(LEGIT.values())
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["text"])
    for i in range(ROWS):
        w.writerow([f"{pool[i % len(pool)]} #{i}"])
    return out.getvalue().encode()


async def _start(api, db_url: str, data_dir, slow: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-m", "tests.fakes.bot_process", api.base_url, db_url, str(data_dir),
                             str(ADMIN), str(slow)], cwd=PROJECT_ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, text=True, env={**os.environ, "LURECHECK_ENGINE": "rules"})
    line = await asyncio.wait_for(asyncio.to_thread(proc.stdout.readline), 60)
    assert line.strip() == "ready"
    return proc


def _checks(db_url: str) -> int:
    engine = make_engine(db_url)
    with engine.connect() as c:
        n = c.execute(select(func.count()).select_from(Check)).scalar()
    engine.dispose()
    return n


async def _send_file(api, user: dict) -> None:
    doc = api.document(_file(), mime_type="text/csv", file_name="ads.csv")
    api.push_message(user, extra={"document": doc})


@pytest.mark.parametrize("when", ["while checking", "before the answer was delivered"])
async def test_killed_in_the_middle_of_a_file(api, tmp_path, when):
    db_url = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    upgrade(make_engine(db_url))
    user = api.user(ADMIN, language_code="en")
    api.chats[ADMIN] = api.private_chat(user)
    if when == "while checking":
        proc = await _start(api, db_url, tmp_path, slow=30.0)  # every batch takes 30 s: killed in the first
        await _send_file(api, user)
        await api.wait_for(lambda: any("Reading the file" in m.get("text", "") for m in api.sent_to(ADMIN)), 30)
        await asyncio.sleep(1.0)
    else:
        api.stall_next("sendDocument", 30.0)  # the finished file never gets through: killed while sending it
        proc = await _start(api, db_url, tmp_path, slow=0.0)
        await _send_file(api, user)
        await api.wait_for(lambda: api.calls_of("sendDocument"), 60)
    proc.send_signal(signal.SIGKILL)
    proc.wait(10)
    proc.stdout.close()
    stored = _checks(db_url)
    assert stored in (0, ROWS), stored  # all of the file or nothing: never half of it
    assert list((tmp_path / "ngo-jobs").glob("*.json"))  # the journal remembers the interrupted file

    before = len(api.sent_to(ADMIN))
    engine = make_engine(db_url)
    store = SqlStore(engine, SECRET, frozenset({ADMIN}))
    async with running_bot(api, store=store, data_dir=tmp_path, admin_ids=frozenset({ADMIN})):
        if when == "while checking":
            msgs = await api.wait_for(lambda: api.sent_to(ADMIN)[before:], 30)
            assert msgs[0]["text"] == ("I was restarted while I was checking your file ads.csv, and nothing of it was"
                                       " saved. Please send the file again.")
            assert stored == 0
        else:
            docs = await api.wait_for(lambda: [m for m in api.sent_to(ADMIN)[before:] if "document" in m], 30)
            assert docs[0]["document"]["file_name"] == "ads.checked.csv"
            rows = list(csv.DictReader(io.StringIO(docs[0]["_data"].decode("utf-8-sig"))))
            assert len(rows) == ROWS and {r["level"] for r in rows} >= {"high_risk", "low_risk"}
            await api.wait_for(lambda: any(m.get("text", "").startswith("Done: 60 ads checked")
                                           for m in api.sent_to(ADMIN)[before:]), 10)
            assert stored == _checks(db_url) and stored > 0  # delivered from the journal: nothing stored twice
    assert not list((tmp_path / "ngo-jobs").glob("*"))  # answered: the entry is gone
    engine.dispose()
