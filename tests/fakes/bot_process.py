"""The real bot in a process of its own, polling a fake Bot API, so that a test can kill it (SIGKILL) mid-work.

    python -m tests.fakes.bot_process API_BASE_URL DATABASE_URL DATA_DIR ADMIN_ID [SLOW_SECONDS]

The SQL store on DATABASE_URL, the data directory DATA_DIR (outbox, NGO job journal), ADMIN_ID an admin (a trusted
sender of files). With SLOW_SECONDS, every batch the checker runs takes that long (to be killed in the middle).
It prints "ready" when it polls.
"""
from __future__ import annotations

import asyncio
import dataclasses
import os
import sys
import time

os.environ.setdefault("LURECHECK_ENGINE", "rules")

from bot.storage.db import make_engine, upgrade  # noqa: E402
from bot.storage.sql_store import SqlStore  # noqa: E402
from bot.telegram.app import build_application, lifecycle  # noqa: E402
from classifier import Checker  # noqa: E402
from tests.fakes.fake_bot_api import TOKEN  # noqa: E402
from tests.fakes.harness import TEST_OPTIONS, settings_for  # noqa: E402

SECRET = b"bot-process-secret-0123456789ab"


class SlowChecker(Checker):
    def __init__(self, seconds: float):
        super().__init__()
        self.seconds = seconds

    def check_many(self, texts):
        if len(texts) > 1:  # the files' batches, not the warm-up
            time.sleep(self.seconds)
        return super().check_many(texts)


class _Api:  # what settings_for needs of a FakeBotApi
    def __init__(self, base_url: str):
        self.token, self.base_url = TOKEN, base_url


async def main(base_url: str, db_url: str, data_dir: str, admin: int, slow: float) -> None:
    engine = make_engine(db_url)
    upgrade(engine)
    store = SqlStore(engine, SECRET, frozenset({admin}))
    settings = settings_for(_Api(base_url), data_dir=__import__("pathlib").Path(data_dir), admin_ids=frozenset({admin}))
    checker = SlowChecker(slow) if slow else None
    application = build_application(settings, store, options=dataclasses.replace(TEST_OPTIONS), checker=checker)
    async with lifecycle(application, polling={"poll_interval": 0.0, "timeout": 10}):
        print("ready", flush=True)
        await asyncio.Event().wait()


if __name__ == "__main__":
    url, db, directory, admin_id = sys.argv[1:5]
    asyncio.run(main(url, db, directory, int(admin_id), float(sys.argv[5]) if len(sys.argv) > 5 else 0.0))
