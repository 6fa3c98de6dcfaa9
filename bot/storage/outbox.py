"""What could not be stored waits here: the database unreachable, locked, or too slow while a user checks an ad.

The user gets the verdict at once either way; the record of the check goes to this outbox and is written to the
database by a retry loop (with backoff) as soon as the database answers again. The outbox is a JSON-lines spool in
the data directory (`outbox.jsonl`, mode 0600), so a restart in the middle of an outage loses nothing either; several
processes sharing the data directory take turns with an advisory file lock.

Privacy: an entry holds what the database row would hold and no more: the HMAC of the Telegram id (never the id),
the verdict's facts, and the ad text only when it may be kept (an NGO or admin sender).
"""
from __future__ import annotations

import contextlib
import dataclasses
import fcntl
import json
import logging
import os
import threading
import time
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from bot.store import ForgetResult, HashedUser
from classifier import Contact, Entities, Money, Place, Signal, Verdict

log = logging.getLogger(__name__)
SPOOL_NAME = "outbox.jsonl"
DEAD_NAME = "outbox.dead.jsonl"  # entries that can never be written (unreadable, refused by the database), 0600


def _transient(e: Exception) -> bool:
    """The database is down, locked or unreachable (wait and retry), as opposed to an entry it will never take."""
    from sqlalchemy.exc import DisconnectionError, InterfaceError, OperationalError
    from sqlalchemy.exc import TimeoutError as PoolTimeout

    from bot.storage.db import StorageError  # not migrated, wrong key: fixable, so the entries wait

    return isinstance(e, OperationalError | InterfaceError | DisconnectionError | PoolTimeout | OSError | StorageError)


# ---------------------------------------------------------------- a Verdict as JSON and back
def verdict_to_dict(v: Verdict) -> dict:
    d = dataclasses.asdict(v)
    d["extras"] = {k: val for k, val in (v.extras or {}).items() if _jsonable(val)}
    return d


def _jsonable(value: Any) -> bool:
    try:
        json.dumps(value)
    except (TypeError, ValueError):
        return False
    return True


def _build(cls, data: dict):
    names = {f.name for f in dataclasses.fields(cls)}
    values = {k: (tuple(v) if k == "span" else v) for k, v in data.items() if k in names}
    return cls(**values)


def verdict_from_dict(d: dict) -> Verdict:
    e = d.get("entities") or {}
    entities = Entities(money=tuple(_build(Money, m) for m in e.get("money", ())),
                        places=tuple(_build(Place, p) for p in e.get("places", ())),
                        channels=tuple(_build(Contact, c) for c in e.get("channels", ())),
                        contacts=tuple(_build(Contact, c) for c in e.get("contacts", ())))
    signals = tuple(_build(Signal, s) for s in d.get("signals", ()))
    names = {f.name for f in dataclasses.fields(Verdict)}
    rest = {k: v for k, v in d.items() if k in names and k not in ("entities", "signals")}
    return Verdict(**{**rest, "entities": entities, "signals": signals})


# ---------------------------------------------------------------- the spool
class Outbox:
    """A durable queue of check records for a store that failed; `flush()` writes them when the store answers."""

    def __init__(self, store, path: Path | None):
        self.store = store
        self.path = Path(path) if path is not None else None
        self._memory: list[dict] = []  # without a path (a store that keeps nothing on disk): this process only
        self._lock = threading.Lock()
        self.stored = 0  # entries written to the database by flush(), for the tests and the logs
        if self.path is not None:
            self.path.parent.mkdir(parents=True, exist_ok=True)

    # ------------------------------------------------------------ file access, one process at a time
    @contextlib.contextmanager
    def _locked(self) -> Iterator[None]:
        with self._lock:
            if self.path is None:
                yield
                return
            fd = os.open(self.path.with_suffix(".lock"), os.O_CREAT | os.O_RDWR, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX)
                yield
            finally:
                fcntl.flock(fd, fcntl.LOCK_UN)
                os.close(fd)

    def _read(self) -> list[dict]:
        if self.path is None:
            return list(self._memory)
        if not self.path.is_file():
            return []
        entries = []
        for line in self.path.read_text(encoding="utf-8", errors="replace").split("\n"):
            if not line.strip():
                continue
            try:
                entry = json.loads(line)
            except ValueError:  # a line cut by a crash while it was written: kept aside, never retried
                entry = None
            entries.append(entry if isinstance(entry, dict) else {"unreadable": line})
        return entries

    @property
    def dead_path(self) -> Path | None:
        return self.path.with_name(DEAD_NAME) if self.path is not None else None

    def _bury(self, entry: dict, why: str) -> None:
        """Move an entry that can never be written to the dead-letter file (beside the spool, 0600): the rest goes
        on. The file holds what the spool held (hashes, verdicts, texts only from NGO senders) and the reason."""
        log.error("outbox: an entry cannot be written (%s): moved to %s", why, DEAD_NAME)
        if self.dead_path is None:
            return
        fd = os.open(self.dead_path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
        with os.fdopen(fd, "a", encoding="utf-8") as f:
            f.write(json.dumps({"why": why, "at": time.time(), "entry": entry}, ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())

    def _write(self, entries: list[dict]) -> None:
        if self.path is None:
            self._memory = list(entries)
            return
        tmp = self.path.with_suffix(".tmp")
        fd = os.open(tmp, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            for e in entries:
                f.write(json.dumps(e, ensure_ascii=False) + "\n")
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp, self.path)

    # ------------------------------------------------------------ the API
    def put_checks(self, user_id: int, items: list[tuple[Verdict, str | None, str | None]]) -> None:
        """Keep checks of one sender for later: (verdict, text that may be kept or None, origin)."""
        hashed = self._hashed(user_id)
        entry = {"id": uuid.uuid4().hex, "op": "checks", "at": time.time(), "user": dataclasses.asdict(hashed),
                 "items": [[verdict_to_dict(v), text, origin] for v, text, origin in items]}
        with self._locked():
            if self.path is None:
                self._memory.append(entry)
            else:
                fd = os.open(self.path, os.O_CREAT | os.O_WRONLY | os.O_APPEND, 0o600)
                with os.fdopen(fd, "a", encoding="utf-8") as f:
                    f.write(json.dumps(entry, ensure_ascii=False) + "\n")
                    f.flush()
                    os.fsync(f.fileno())
        log.warning("the database did not answer: %d check record(s) kept in the outbox for later", len(items))

    def _hashed(self, user_id: int) -> HashedUser:
        hash_of = getattr(self.store, "hash", None) or getattr(self.store, "_h", None)
        admin = int(user_id) in getattr(self.store, "admin_ids", frozenset())
        return HashedUser(hash_of(user_id), admin)

    def pending(self) -> int:
        with self._locked():
            return sum(len(e.get("items", ())) if "unreadable" not in e else 1 for e in self._read())

    def forget(self, hashed: str) -> int:
        """/forgetme: drop every check of the user (by the HMAC of their id) waiting here, so that none is written
        back after their data was deleted. Call it BEFORE deleting from the database. Returns the checks dropped."""
        with self._locked():
            entries = self._read()
            keep = [e for e in entries if (e.get("user") or {}).get("hash") != hashed]
            dropped = sum(len(e.get("items", ())) for e in entries if e not in keep)
            if len(keep) != len(entries):
                self._write(keep)
        return dropped

    def flush(self) -> int:
        """Write what waits to the store, oldest first; stops at the first failure that says the store is still
        down. An entry that can never be written (unreadable, or refused by the database for what it holds) goes
        to the dead-letter file and the next one is tried. Returns how many check records were written."""
        written = 0
        with self._locked():
            entries = self._read()
            done = 0
            for entry in entries:
                try:
                    items = [(verdict_from_dict(v), text, origin) for v, text, origin in entry["items"]]
                    user = HashedUser(**entry["user"])
                except Exception as e:  # noqa: BLE001 - a line cut by a crash, a field renamed, garbage: set aside
                    self._bury(entry, f"unreadable: {type(e).__name__}")
                    done += 1
                    continue
                try:
                    record = getattr(self.store, "record_checks", None)
                    if record is not None:  # one transaction per entry: a crash writes all of it or nothing
                        record(user, items, chunk=max(1, len(items)))
                    else:
                        for item in items:
                            self.store.record_check(user, *item)
                except Exception as e:
                    if _transient(e):  # still down: keep this and everything after it
                        log.info("outbox: the database still fails (%s); %d entries wait", type(e).__name__,
                                 len(entries) - done)
                        break
                    self._bury(entry, f"refused: {type(e).__name__}")  # it would fail forever: set it aside
                    done += 1
                    continue
                done += 1
                written += len(items)
            if done:
                self._write(entries[done:])
        if written:
            self.stored += written
            log.info("outbox: %d check record(s) written to the database", written)
        return written


async def retry_loop(outbox: Outbox, first: float = 2.0, longest: float = 60.0) -> None:
    """Flush the outbox forever: every `first` seconds while it is empty or the last flush worked, backing off
    (doubling up to `longest`) while the database keeps failing."""
    import asyncio

    delay = first
    while True:
        await asyncio.sleep(delay)
        try:
            waiting = await asyncio.to_thread(outbox.pending)
            if not waiting:
                delay = first
                continue
            written = await asyncio.to_thread(outbox.flush)
            delay = first if written and written == waiting else min(longest, delay * 2)
        except Exception:  # never let the loop die: log and go on
            log.exception("outbox: flushing failed")
            delay = min(longest, delay * 2)


def forget_user(store, outbox: Outbox | None, user_id: int) -> ForgetResult:
    """/forgetme, in the one order that keeps it true: first the checks of the user still waiting in the outbox are
    dropped (so none is written back afterwards), then the database forgets the user (store.forget_user)."""
    dropped = outbox.forget(outbox._hashed(user_id).hash) if outbox is not None else 0
    result = store.forget_user(user_id) or ForgetResult()
    return dataclasses.replace(result, waiting_dropped=dropped)
