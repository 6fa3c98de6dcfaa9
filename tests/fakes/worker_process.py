"""`lurecheck worker` in a process of its own, with a stand-in image reader, so that a test can kill it mid-job.

    python -m tests.fakes.worker_process API_BASE_URL DATABASE_URL DATA_DIR MARKER_DIR READ_SECONDS

The environment carries LURECHECK_REDIS_URL and LURECHECK_REDIS_PREFIX. The reader writes MARKER_DIR/<pid>.started
when it starts reading, sleeps READ_SECONDS, and returns a fixed scam ad. It prints "ready" when it takes jobs.
"""
from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("LURECHECK_ENGINE", "rules")

from bot.ocr.reader import OcrResult, PageText  # noqa: E402
from bot.storage.db import make_engine, upgrade  # noqa: E402
from bot.storage.sql_store import SqlStore  # noqa: E402
from bot.telegram.app import configure_logging  # noqa: E402
from bot.telegram.worker import make_worker  # noqa: E402
from tests.fakes.bot_process import SECRET, _Api  # noqa: E402
from tests.fakes.harness import TEST_OPTIONS, settings_for  # noqa: E402

AD = "Easy job in Thailand, salary 3000 USD, no experience, free flight and visa. Pay a 200 USD deposit first."


def main(base_url: str, db_url: str, data_dir: str, markers: str, seconds: float) -> None:
    def read(images, hint=None):
        Path(markers, f"{os.getpid()}.started").write_text("1")
        time.sleep(seconds)
        return OcrResult(AD, (PageText(AD, "Latn", "eng", 90.0, seconds),))

    engine = make_engine(db_url)
    upgrade(engine)
    # the replicas' key (LURECHECK_HMAC_SECRET) when given: a check the worker records is then the user's on every replica
    hmac_key = os.environ.get("LURECHECK_HMAC_SECRET")
    store = SqlStore(engine, hmac_key.encode() if hmac_key else SECRET)
    settings = settings_for(_Api(base_url), data_dir=Path(data_dir))
    configure_logging()
    asyncio.set_event_loop(asyncio.new_event_loop())
    worker = make_worker(settings, store, options=TEST_OPTIONS, read_images=read, job_timeout=10.0)
    worker.in_progress_timeout_s = 3.0  # a killed worker's job is taken again after 3 s (production: timeout + 5 s)
    worker.run()


if __name__ == "__main__":
    main(*sys.argv[1:5], float(sys.argv[5]))
