"""The dashboard's files of ads in progress: a small table in this process (one job per user at a time, as the bot
allows one file per chat), the work in a thread through bot/ngo/batch.py (the bot's own steps and storage), and the
annotated file kept for its sender until it is downloaded or an hour has passed. The page polls the job's JSON.

Kept in memory: behind several replicas the upload and its polling must reach the same one (sticky sessions), or
the page says the job is unknown and the file is sent again (the bot's NGO file handler serves meanwhile).
"""
from __future__ import annotations

import logging
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass

from bot.access import AdminError
from bot.ngo import batch
from bot.ngo.files import FileProblem

log = logging.getLogger(__name__)
KEEP = 3600.0  # seconds a finished job (and its file) is kept
WORKERS = 2  # files checked at the same time by this process


@dataclass
class Job:
    id: str
    user_id: int
    name: str
    lang: str
    created: float
    state: str = "reading"  # reading | checking | done | failed
    done: int = 0
    total: int = 0
    result: batch.Checked | None = None
    error: str | None = None  # the reason, in the sender's language


class Uploads:
    def __init__(self, store, checker_of):
        self.store, self._checker_of = store, checker_of
        self._jobs: dict[str, Job] = {}
        self._lock = threading.Lock()
        self._pool = ThreadPoolExecutor(max_workers=WORKERS, thread_name_prefix="lurecheck-dashboard-file")

    def _expire(self) -> None:
        now = time.time()
        for job_id in [j.id for j in self._jobs.values() if j.created + KEEP < now]:
            self._jobs.pop(job_id, None)

    def busy(self, user_id: int) -> bool:
        with self._lock:
            return any(j.user_id == user_id and j.state in ("reading", "checking") for j in self._jobs.values())

    def start(self, user_id: int, data: bytes, name: str, mime: str | None, lang: str) -> Job:
        job = Job(uuid.uuid4().hex, user_id, name, lang, time.time())
        with self._lock:
            self._expire()
            self._jobs[job.id] = job
        self._pool.submit(self._run, job, data, mime)
        return job

    def _run(self, job: Job, data: bytes, mime: str | None) -> None:
        def progress(done: int, total: int) -> None:
            job.state, job.done, job.total = "checking", done, total

        try:
            job.result = batch.check_file(self.store, job.user_id, data, job.name, job.lang, self._checker_of(),
                                          mime=mime, progress=progress)
            job.state = "done"
        except (FileProblem, AdminError) as e:
            job.error, job.state = e.text(job.lang), "failed"
        except Exception:
            log.exception("dashboard: checking a file of ads failed")
            job.error, job.state = None, "failed"

    def get(self, user_id: int, job_id: str) -> Job | None:
        """The job, for its own sender only."""
        with self._lock:
            job = self._jobs.get(job_id)
        return job if job is not None and job.user_id == user_id else None
