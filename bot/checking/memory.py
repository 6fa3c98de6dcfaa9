"""The lure memory, use cases: confirmed real lures in the database, matched at check time by the checker.

- Seeded from the real lures in ../shared/data/real (`build`), grown by files of confirmed lures (`add_items`), by a
  confirmed report (`remember`, called by bot/admin/reviews.py) and by confirmed NGO submissions; an entry goes with
  `remove` or when a review is reversed (`forget_source`).
- Vectors are what the checker's own n-gram pass computes for a text (Verdict.embedding, classifier/memory.py: no
  second model pass at check time), stored raw as float32 bytes with the fingerprint of the model that made them; at load they are
  centred and normalised (classifier.memory) with the centre and threshold the model carries in model.json "memory".
  Entries of another model are skipped until `lurecheck memory build` recomputes them.
- Every process loads the memory into its checker and reloads it when the database's memory_version moves
  (`refresh`, called by bot.checking.engine.get_checker, at most every REFRESH_S seconds), as content is reloaded.

The stored ad text never leaves the database towards a user: listings carry id, language, source and date only.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import sys
import threading
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

import numpy as np
from sqlalchemy import Engine
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.config import PROJECT_ROOT, Settings
from bot.storage import memory_repo as repo
from bot.storage.db import engine_for, read_session, sqlite_path, write
from classifier import Checker
from classifier.memory import LureMemory, prepare_many
from classifier.normalize import MAX_CHARS, normalize

log = logging.getLogger(__name__)
SHARED_REAL = PROJECT_ROOT.parent / "shared" / "data" / "real"
BATCH = 32
REFRESH_S = float(os.environ.get("LURECHECK_MEMORY_REFRESH_S") or 1.0)
RETRY_AFTER = 30.0


class MemoryProblem(RuntimeError):
    """The memory cannot do what was asked (no model, bad input file): the message says what to do."""


# ---------------------------------------------------------------- the model's side: settings and fingerprint
@dataclass(frozen=True)
class ModelMemory:
    threshold: float
    center: np.ndarray | None
    fingerprint: str  # which encoder made a vector: entries of another one are not comparable
    dim: int = 512
    by_lang: dict | None = None  # languages with their own threshold (measured apart: templated Chinese ads)


_settings: dict[int, ModelMemory | None] = {}


def configure(checker: Checker, info: dict | None) -> ModelMemory | None:
    """Tell the memory what the checker's model is: its model.json (bot.checking.engine.model_info), whose "memory"
    holds the match threshold, the centre and the vector space ("ngram", dim). Without a model or those settings the memory is not used."""
    mm = None
    mem = (info or {}).get("memory") or {}
    if checker.model is not None and "threshold" in mem and mem.get("space") == "ngram":
        center = mem.get("mean", mem.get("center"))
        # what makes a vector: the n-gram model and the sketch (the threshold and centre apply at load)
        identity = {k: v for k, v in (info or {}).items() if k not in ("memory", "cascade")}
        identity["memory_space"] = [mem.get("space"), mem.get("dim")]
        fp = hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()[:16]
        mm = ModelMemory(float(mem["threshold"]), None if center is None else np.asarray(center, np.float32), fp,
                         int(mem["dim"]), dict(mem.get("by_lang") or {}))
    elif checker.model is not None:
        log.warning("the model has no lure-memory settings (model.json \"memory\": threshold, mean): "
                    "the lure memory is not matched")
    _settings[id(checker)] = mm
    return mm


def model_memory(checker: Checker) -> ModelMemory | None:
    """The threshold, centre and fingerprint of the checker's model (configure()), or None."""
    return _settings.get(id(checker)) if checker.model is not None else None


def embeddings(checker: Checker, texts: list[str], progress: bool = False,
               desc: str = "lure memory") -> list[tuple[np.ndarray | None, str]]:
    """The checker's own embedding of each text (None where it has none: no model, empty text) and the text's
    language, in batches (the same pass as a check: what is stored is what a check compares)."""
    from tqdm import tqdm

    out: list[tuple[np.ndarray | None, str]] = []
    with tqdm(total=len(texts), desc=desc, unit="text", disable=not progress, file=sys.stderr) as bar:
        for start in range(0, len(texts), BATCH):
            chunk = texts[start:start + BATCH]
            for v in checker.check_many(chunk):
                e = v.embedding
                out.append((None if e is None else np.asarray(e, dtype=np.float32).reshape(-1), v.lang))
            bar.update(len(chunk))
    return out


def _hash(text: str) -> str:
    from classifier.checker import text_hash

    return text_hash(normalize(text))


# ---------------------------------------------------------------- adding and removing
@dataclass(frozen=True)
class Item:
    text: str
    source_kind: str
    source_ref: str
    confirmed: date
    lang: str | None = None


@dataclass
class AddReport:
    added: list[int] = field(default_factory=list)
    known: int = 0  # already in the memory (same text, however disguised)
    unusable: int = 0  # empty or unreadable texts
    without_vector: int = 0  # stored, but no model to embed them yet (`lurecheck memory build` does it later)

    def summary(self) -> str:
        parts = [f"{len(self.added)} added", f"{self.known} already in the memory"]
        if self.unusable:
            parts.append(f"{self.unusable} unusable (empty or unreadable)")
        if self.without_vector:
            parts.append(f"{self.without_vector} without a vector (no model: run `lurecheck memory build` later)")
        return ", ".join(parts)


def add_items(engine: Engine, checker: Checker, items: list[Item], progress: bool = False) -> AddReport:
    """Add confirmed lures; texts already in the memory are skipped before any model pass (idempotent)."""
    report = AddReport()
    fresh: dict[str, Item] = {}
    for it in items:
        text = (it.text or "").strip()
        if not any(ch.isalnum() for ch in text) or len(text) > MAX_CHARS:
            report.unusable += 1
            continue
        h = _hash(text)
        if h not in fresh:
            fresh[h] = Item(text, it.source_kind, it.source_ref, it.confirmed, it.lang)
        else:
            report.known += 1
    with read_session(engine) as s:
        have = repo.known_hashes(s, list(fresh))
    report.known += len(have)
    todo = [(h, it) for h, it in fresh.items() if h not in have]
    if not todo:
        return report
    mm = model_memory(checker)
    done = embeddings(checker, [it.text for _, it in todo], progress)
    entries = []
    for (h, it), (vec, lang) in zip(todo, done, strict=True):
        usable = vec is not None and mm is not None
        report.without_vector += not usable
        entries.append(repo.NewEntry(it.text, h, (it.lang or lang or "und")[:8], it.source_kind, it.source_ref,
                                     it.confirmed, vec.astype(np.float32).tobytes() if usable else None,
                                     mm.fingerprint if usable else None))
    report.added = write(engine, lambda s: repo.add(s, entries))
    report.known += len(entries) - len(report.added)
    _touch()
    return report


def embed_missing(engine: Engine, checker: Checker, progress: bool = False) -> int:
    """Compute the vectors the memory lacks (entries added without a model, or made by another model)."""
    mm = model_memory(checker)
    if mm is None:
        return 0
    with read_session(engine) as s:
        todo = repo.texts_to_embed(s, mm.fingerprint)
    if not todo:
        return 0
    done = embeddings(checker, [t for _, t in todo], progress, desc="lure memory (new model)")
    blobs = {i: v.astype(np.float32).tobytes() for (i, _), (v, _lang) in zip(todo, done, strict=True)
             if v is not None}
    n = write(engine, lambda s: repo.set_vectors(s, blobs, mm.fingerprint))
    _touch()
    return n


def remember(engine: Engine, checker: Checker, text: str, source_kind: str, source_ref: str | int,
             confirmed: date | None = None) -> AddReport:
    """A lure confirmed by a reviewer (a report) or an NGO (a submission) joins the memory."""
    return add_items(engine, checker, [Item(text, source_kind, str(source_ref), confirmed or _today())])


def forget_source(engine: Engine, source_kind: str, source_ref: str | int) -> int:
    """A reversed review: the entries that source brought leave the memory. Returns how many."""
    n = write(engine, lambda s: repo.remove_by_source(s, source_kind, str(source_ref)))
    _touch()
    return n


def remove(engine: Engine, entry_id: int) -> bool:
    ok = write(engine, lambda s: repo.remove(s, entry_id))
    _touch()
    return ok


def entries(engine: Engine) -> list[repo.EntryInfo]:
    with read_session(engine) as s:
        return repo.entries(s)


def stats(engine: Engine, checker: Checker | None = None) -> dict:
    with read_session(engine) as s:
        out = repo.counts(s)
        mm = model_memory(checker) if checker is not None else None
        out["stale"] = len(repo.texts_to_embed(s, mm.fingerprint)) if mm else None
    out["threshold"] = mm.threshold if mm else None
    out["by_lang"] = dict(mm.by_lang or {}) if mm else {}
    return out


# ---------------------------------------------------------------- seeds: the real lures in ../shared
def _today() -> date:
    return datetime.now(UTC).date()


def read_jsonl(path: Path, source_kind: str = "file", default_date: date | None = None,
               label: str | None = None, by_id: bool = False) -> Iterator[Item]:
    """Items from a JSONL file: `text` (required), optional `source`, `date` (YYYY-MM-DD), `lang`, `id`. With `label`,
    only the lines with that label; with `by_id`, the source is FILE:ID (a data set's record), else the line's
    `source` (FILE:LINE without one). Raises MemoryProblem naming the line of a problem."""
    default_date = default_date or _today()
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as e:
        raise MemoryProblem(f"cannot read {path}: {e}") from e
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except ValueError as e:
            raise MemoryProblem(f"{path}:{n}: not a JSON object ({e.msg})") from e
        if not isinstance(rec, dict) or not isinstance(rec.get("text"), str):
            raise MemoryProblem(f"{path}:{n}: each line needs a \"text\" string")
        if label is not None and rec.get("label") != label:
            continue
        try:
            when = date.fromisoformat(str(rec["date"])[:10]) if rec.get("date") else default_date
        except ValueError as e:
            raise MemoryProblem(f"{path}:{n}: \"date\" must be YYYY-MM-DD, not {rec['date']!r}") from e
        own = f"{path.name}:{rec.get('id') or n}"
        ref = own if by_id else str(rec.get("source") or own)
        yield Item(rec["text"], source_kind, ref, when, rec.get("lang") or None)


def seed_files(real_dir: Path = SHARED_REAL) -> list[Path]:
    return [p for p in [real_dir / "dev.jsonl", *sorted((real_dir / "extra").glob("*.jsonl"))] if p.is_file()]


def build(engine: Engine, checker: Checker, real_dir: Path = SHARED_REAL, progress: bool = False) -> AddReport:
    """Seed the memory from the real lures (label lure) of dev.jsonl and extra/*.jsonl, dated by their file (the day it
    reached the project), source FILE:ID; re-running adds only what is new; stale vectors are recomputed."""
    if checker.model is None or model_memory(checker) is None:
        raise MemoryProblem("the lure memory needs the trained model with its memory settings (model.json "
                            "\"memory\"): run `make setup` (or `lurecheck model build`), and do not set "
                            "LURECHECK_ENGINE=rules")
    files = seed_files(real_dir)
    if not files:
        raise MemoryProblem(f"no real data found in {real_dir} (dev.jsonl, extra/*.jsonl)")
    items = []
    for path in files:
        when = datetime.fromtimestamp(path.stat().st_mtime, UTC).date()
        items += read_jsonl(path, "dataset", when, label="lure", by_id=True)
    report = add_items(engine, checker, items, progress)
    embed_missing(engine, checker, progress)
    return report


# ---------------------------------------------------------------- loading into the checker, reloading on a version
@dataclass
class _Loaded:
    url: str | None = None
    version: int | None = None
    checked: float = -1e9


_state: dict[int, _Loaded] = {}
_state_lock = threading.Lock()


def _touch() -> None:
    """A change made in this process: the next refresh reads the version at once."""
    with _state_lock:
        for st in _state.values():
            st.checked = -1e9


def _engine_if_usable(url: str) -> Engine | None:
    try:
        u = make_url(url)
    except Exception:  # noqa: BLE001 - a malformed URL: the store reports it; the memory stays empty
        return None
    if u.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is None or not path.exists():
            return None  # never create a database file just to read the memory
    return engine_for(url)


def load(engine: Engine, checker: Checker) -> LureMemory | None:
    """The memory of the database for this checker's model (None: the checker has no model or no settings)."""
    mm = model_memory(checker)
    if mm is None:
        return None
    with read_session(engine) as s:
        version = repo.memory_version(s)
        rows = repo.vectors_for(s, mm.fingerprint)
    if not rows:
        return LureMemory(np.zeros((0, mm.dim), np.float32), [], [], mm.threshold, mm.center, version=version,
                          by_lang=mm.by_lang)
    raw = np.stack([np.frombuffer(r[1], dtype=np.float32) for r in rows])
    return LureMemory(prepare_many(raw, mm.center), [str(r[0]) for r in rows], [r[2].isoformat() for r in rows],
                      mm.threshold, mm.center, [f"{r[3]}:{r[4]}" for r in rows], version, mm.by_lang)


def refresh(checker: Checker, url: str | None = None, force: bool = False) -> LureMemory | None:
    """Keep the checker's memory in step with the database: one primary-key read at most every REFRESH_S seconds,
    a reload when the version moved. A database that is missing, not migrated or down leaves the memory as it is."""
    if checker.model is None:
        return None
    now = time.monotonic()
    with _state_lock:
        st = _state.setdefault(id(checker), _Loaded())
        if not force and now - st.checked < REFRESH_S:
            return checker.memory
        st.checked = now
    url = url or Settings.from_env().database_url
    engine = _engine_if_usable(url)
    if engine is None:
        if st.url is not None:
            checker.set_memory(None)
            st.url, st.version = None, None
        return checker.memory
    try:
        with read_session(engine) as s:
            version = repo.memory_version(s)
        if st.url == url and st.version == version:
            return checker.memory
        memory = load(engine, checker)
    except SQLAlchemyError as e:
        st.checked = now + RETRY_AFTER - REFRESH_S
        log.debug("lure memory: the database cannot be read (%s); keeping what is loaded", type(e).__name__)
        return checker.memory
    checker.set_memory(memory)
    st.url, st.version = url, version
    log.debug("lure memory loaded: %d entries (version %s)", len(memory) if memory else 0, version)
    return memory


def reset() -> None:
    """Forget what was loaded (tests)."""
    with _state_lock:
        _state.clear()


def iter_json_lines(infos: Iterable[repo.EntryInfo]) -> Iterator[str]:
    for e in infos:
        yield json.dumps({"id": e.id, "lang": e.lang, "source": e.source, "date": e.confirmed.isoformat(),
                          "has_vector": e.has_vector}, ensure_ascii=False)
