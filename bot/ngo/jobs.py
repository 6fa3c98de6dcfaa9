"""A journal of the NGO files being checked, so that a process killed in the middle leaves no one waiting.

Each file gets an entry (`<data dir>/ngo-jobs/<id>.json`) that moves through three states:

- `received`: the file is being read and checked; nothing is stored yet;
- `ready`: the answer file is written beside the entry (`<id>.out`); still nothing stored;
- `recorded`: the file's checks were stored, all of them in ONE transaction (so never half of them).

When the answer is delivered the entry is deleted. A process that starts finds the entries of processes that are
gone, and finishes them: a `recorded` job gets its finished file sent; an earlier one gets a clear message to send
the file again (its checks were never stored, so sending it again stores nothing twice). Either way the entry goes.

What an entry holds: the chat to answer (an NGO staff member's private chat: the one id kept here, for the minutes a
file takes), the file's name and the reply language; never the ads themselves (the answer file, like the answer the
NGO gets, holds them until it is delivered).
"""
from __future__ import annotations

import json
import logging
import os
import uuid
from dataclasses import asdict, dataclass
from pathlib import Path

log = logging.getLogger(__name__)
RUN_ID = uuid.uuid4().hex  # this process; an entry of another run (even with the same pid, in a container) is old
STATES = ("received", "ready", "recorded")


@dataclass
class Job:
    id: str
    chat_id: int
    name: str
    lang: str
    state: str = "received"
    pid: int = 0
    run: str = ""
    out_name: str | None = None
    caption: str | None = None
    summary: str | None = None


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class Journal:
    def __init__(self, directory: Path | None):
        self.dir = Path(directory) if directory is not None else None  # None: keep nothing (an in-memory bot)

    def _path(self, job: Job, suffix: str = ".json") -> Path:
        return self.dir / f"{job.id}{suffix}"

    def _save(self, job: Job) -> None:
        if self.dir is None:
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        tmp = self._path(job, ".tmp")
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(asdict(job), f)
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self._path(job))  # atomic: an entry is always whole

    def start(self, chat_id: int, name: str, lang: str) -> Job:
        job = Job(uuid.uuid4().hex, int(chat_id), name, lang, pid=os.getpid(), run=RUN_ID)
        self._save(job)
        return job

    def ready(self, job: Job, data: bytes, out_name: str, caption: str, summary: str) -> None:
        """The answer file is complete: keep it beside the entry until it is delivered."""
        job.out_name, job.caption, job.summary = out_name, caption, summary
        if self.dir is not None:
            fd = os.open(self._path(job, ".out"), os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as f:
                f.write(data)
                f.flush()
                os.fsync(f.fileno())
        job.state = "ready"
        self._save(job)

    def recorded(self, job: Job) -> None:
        job.state = "recorded"
        self._save(job)

    def output(self, job: Job) -> bytes | None:
        path = self._path(job, ".out") if self.dir is not None else None
        return path.read_bytes() if path is not None and path.is_file() else None

    def finish(self, job: Job) -> None:
        if self.dir is None:
            return
        for suffix in (".out", ".json", ".tmp"):
            self._path(job, suffix).unlink(missing_ok=True)

    def orphans(self) -> list[Job]:
        """Entries left by processes that are gone (a kill, a crash, a restart)."""
        if self.dir is None or not self.dir.is_dir():
            return []
        out = []
        for path in sorted(self.dir.glob("*.json")):
            try:
                job = Job(**json.loads(path.read_text(encoding="utf-8")))
            except (ValueError, TypeError):
                log.warning("ngo jobs: an unreadable entry was removed")
                path.unlink(missing_ok=True)
                continue
            if job.run != RUN_ID and not (job.pid != os.getpid() and _alive(job.pid)):
                out.append(job)
        return out
