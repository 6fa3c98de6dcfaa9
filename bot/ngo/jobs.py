"""A journal of the NGO files being checked, so that a process killed in the middle, or a send that fails, leaves no
one waiting and nothing stored twice.

Each file gets an entry (`<data dir>/ngo-jobs/<id>.json`) that moves through three states:

- `received`: the file is being read and checked; nothing is stored yet;
- `ready`: the answer file is written beside the entry (`<id>.out`); its checks are being stored, a transaction per
  chunk, `stored` of them so far;
- `recorded`: all of the file's checks are stored.

The answer file is kept until it is DELIVERED; then the entry and the answer are deleted. A send that fails keeps
both: the same file sent again by the same chat gets the kept answer, and nothing is stored again (the entry holds a
keyed hash of the file, `digest`). A process that starts finds the entries of processes that are gone and finishes
them: one with an answer file gets it sent (`ready` ones too: the answer is complete, only some of its checks may be
missing from the database); a `received` one gets a clear message to send the file again (nothing of it was stored).

What an entry holds: never the raw chat id. `chat` is the keyed hash of the chat id (the store's user hash when the
journal has the store's secret), to find a chat's entries (`forget_chat`, a file sent again); `sealed` is the chat id
encrypted with a pad derived from the key and the entry's id, so that a restarted process can still answer. Without
the key neither says who the NGO is. Also the file's name and the reply language; the ads are only in the answer
file, until it is delivered.
"""
from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import threading
import uuid
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from bot.store import user_hash

log = logging.getLogger(__name__)
RUN_ID = uuid.uuid4().hex  # this process; an entry of another run (even with the same pid, in a container) is old
STATES = ("received", "ready", "recorded")
_MASK = (1 << 64) - 1


@dataclass
class Job:
    id: str
    chat: str  # keyed hash of the chat id
    sealed: int  # the chat id, encrypted (Journal.chat_id opens it)
    name: str
    lang: str
    state: str = "received"
    pid: int = 0
    run: str = ""
    out_name: str | None = None
    caption: str | None = None
    summary: str | None = None
    digest: str | None = None  # keyed hash of the file's bytes
    total: int = 0  # checks to store
    stored: int = 0  # checks stored so far


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _write(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "wb") as f:
        f.write(data)
        f.flush()
        os.fsync(f.fileno())


class Journal:
    """`directory` None: entries in memory only (an in-memory bot: nothing survives a restart, but a failed send
    still keeps its answer for the same file sent again). `secret`: the store's HMAC key; without it a key is kept
    beside the directory (`ngo-jobs.key`), or in memory for a journal without a directory."""

    def __init__(self, directory: Path | None, secret: bytes | None = None):
        self.dir = Path(directory) if directory is not None else None
        self._mem: dict[str, tuple[dict, bytes | None]] = {}
        self._lock = threading.Lock()
        self._key = secret or self._own_key()

    def _own_key(self) -> bytes:
        if self.dir is None:
            return os.urandom(32)
        path = self.dir.with_name(self.dir.name + ".key")
        try:
            return path.read_bytes()
        except FileNotFoundError:
            path.parent.mkdir(parents=True, exist_ok=True)
            key = os.urandom(32)
            try:
                fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
            except FileExistsError:  # another replica made it first
                return path.read_bytes()
            with os.fdopen(fd, "wb") as f:
                f.write(key)
            return key

    # ------------------------------------------------------------ keys
    def chat_hash(self, chat_id: int) -> str:
        return user_hash(self._key, int(chat_id))

    def _pad(self, job_id: str) -> int:
        return int.from_bytes(hmac.new(self._key, b"ngo-job-chat:" + job_id.encode(), hashlib.sha256).digest()[:8])

    def chat_id(self, job: Job) -> int:
        """The chat to answer, opened from the entry's sealed id."""
        value = (job.sealed ^ self._pad(job.id)) & _MASK
        return value - (1 << 64) if value >= 1 << 63 else value  # group chats have negative ids

    def digest(self, data: bytes) -> str:
        return hmac.new(self._key, b"ngo-file:" + data, hashlib.sha256).hexdigest()

    # ------------------------------------------------------------ storage
    def _path(self, job: Job | str, suffix: str = ".json") -> Path:
        return self.dir / f"{job if isinstance(job, str) else job.id}{suffix}"

    def _save(self, job: Job, out: bytes | None = None) -> None:
        if self.dir is None:
            with self._lock:
                kept = self._mem.get(job.id, ({}, None))[1]
                self._mem[job.id] = (asdict(job), out if out is not None else kept)
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        if out is not None:
            _write(self._path(job, ".out"), out)
        _write(self._path(job, ".tmp"), json.dumps(asdict(job)).encode())
        os.replace(self._path(job, ".tmp"), self._path(job))  # atomic: an entry is always whole

    def start(self, chat_id: int, name: str, lang: str) -> Job:
        job_id = uuid.uuid4().hex
        job = Job(job_id, self.chat_hash(chat_id), (int(chat_id) & _MASK) ^ self._pad(job_id), name, lang,
                  pid=os.getpid(), run=RUN_ID)
        self._save(job)
        return job

    def ready(self, job: Job, data: bytes, out_name: str, caption: str, summary: str, digest: str | None = None,
              total: int = 0) -> None:
        """The answer file is complete: keep it beside the entry until it is delivered."""
        job.out_name, job.caption, job.summary, job.digest, job.total = out_name, caption, summary, digest, total
        job.state = "ready"
        self._save(job, data)

    def stored(self, job: Job, n: int) -> None:
        job.stored = n
        self._save(job)

    def recorded(self, job: Job) -> None:
        job.state = "recorded"
        self._save(job)

    def output(self, job: Job) -> bytes | None:
        if self.dir is None:
            with self._lock:
                return self._mem.get(job.id, ({}, None))[1]
        path = self._path(job, ".out")
        return path.read_bytes() if path.is_file() else None

    def finish(self, job: Job | str) -> None:
        """Delivered (or given up): the entry and its answer file go."""
        job_id = job if isinstance(job, str) else job.id
        if self.dir is None:
            with self._lock:
                self._mem.pop(job_id, None)
            return
        for suffix in (".out", ".json", ".tmp"):
            self._path(job_id, suffix).unlink(missing_ok=True)

    def _entries(self) -> list[Job]:
        if self.dir is None:
            with self._lock:
                return [Job(**entry) for entry, _out in self._mem.values()]
        if not self.dir.is_dir():
            return []
        out = []
        for path in sorted(self.dir.glob("*.json")):
            try:
                out.append(Job(**json.loads(path.read_text(encoding="utf-8"))))
            except (ValueError, TypeError):
                log.warning("ngo jobs: an unreadable entry was removed")
                self.finish(path.stem)
        return out

    def waiting(self, chat_id: int, digest: str) -> Job | None:
        """The answer of the same file from the same chat, stored but not delivered (a send that failed)."""
        h = self.chat_hash(chat_id)
        for job in self._entries():
            if job.chat == h and job.digest == digest and job.state == "recorded" and self.output(job) is not None:
                return replace(job)
        return None

    def forget_chat(self, chat_id: int) -> int:
        """/forgetme: every entry and answer file of this chat, gone. Returns how many entries."""
        h = self.chat_hash(chat_id)
        jobs = [job for job in self._entries() if job.chat == h]
        for job in jobs:
            self.finish(job)
        return len(jobs)

    def orphans(self) -> list[Job]:
        """Entries left by processes that are gone (a kill, a crash, a restart)."""
        if self.dir is None:
            return []
        return [job for job in self._entries()
                if job.run != RUN_ID and not (job.pid != os.getpid() and _alive(job.pid))]
