"""What the lure memory adds to a check: the nearest-entry search (classifier.memory) over N stored lures, and the
per-check refresh of bot/checking/memory.py (a throttled version read). Synthetic vectors: the cost does not depend
on what they hold.

    .venv/bin/python benchmarks/memory_lookup.py [--entries 10000] [--texts 2000]
"""
from __future__ import annotations

import argparse
import tempfile
import time

import numpy as np

from classifier import Checker
from classifier.memory import DIM, LureMemory, prepare_many


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--entries", type=int, default=10_000)
    ap.add_argument("--texts", type=int, default=2_000)
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    center = rng.normal(size=DIM).astype(np.float32)
    stored = prepare_many(rng.normal(size=(args.entries, DIM)).astype(np.float32), center)
    mem = LureMemory(stored, [str(i) for i in range(args.entries)], ["2026-12-03"] * args.entries, 0.9, center)
    queries = rng.normal(size=(args.texts, DIM)).astype(np.float32)
    for q in queries[:20]:
        mem.nearest(q)
    t0 = time.perf_counter()
    for q in queries:
        mem.nearest(q)
    one = (time.perf_counter() - t0) / args.texts
    t0 = time.perf_counter()
    for start in range(0, args.texts, 32):
        mem.nearest_many(queries[start:start + 32])
    batch = (time.perf_counter() - t0) / args.texts

    # the refresh every check goes through (bot.checking.engine.get_checker): throttled to one read per REFRESH_S
    from bot.checking import memory
    from bot.storage.db import make_engine, upgrade

    class _Model:
        def predict_proba(self, texts):
            return [0.0] * len(texts)

    with tempfile.TemporaryDirectory() as d:
        url = f"sqlite:///{d}/m.sqlite3"
        upgrade(make_engine(url))
        checker = Checker(model=_Model())
        memory.configure(checker, {"memory": {"threshold": 0.9}})
        memory.refresh(checker, url, force=True)
        n = 20_000
        t0 = time.perf_counter()
        for _ in range(n):
            memory.refresh(checker, url)
        throttled = (time.perf_counter() - t0) / n
        t0 = time.perf_counter()
        for _ in range(200):
            memory.refresh(checker, url, force=True)
        read = (time.perf_counter() - t0) / 200

    print(f"| what | cost per text |\n|---|---|\n"
          f"| nearest(), one text, {args.entries:,} entries | {one * 1e3:.3f} ms |\n"
          f"| nearest_many(), batches of 32, {args.entries:,} entries | {batch * 1e3:.3f} ms |\n"
          f"| refresh, throttled (no read) | {throttled * 1e6:.1f} us |\n"
          f"| refresh with the version read (SQLite, once per {memory.REFRESH_S:g} s) | {read * 1e3:.3f} ms |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
