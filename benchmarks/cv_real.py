"""Grouped cross-validation on the real texts (issue 14): the CV table per language.

    python -m classifier.training.embed     # once: caches the frozen e5 embeddings (models/cache, git-ignored)
    python benchmarks/cv_real.py [--seeds 3] [--folds 5] [--fp 0.015] [--real-weight 5]

Cells: lure recall mean±std over seeds (each seed pooled over its folds) / legit false-positive rate. Languages:
km = real Khmer texts (legit job-board ads only: no real Khmer lure exists); km_tr = Khmer translations of real
texts (proxies), km_tr_1line = the same with line breaks collapsed. Variants: rules (level >= suspicious),
tfidf (char n-gram LR), emb6 / emb12 (logistic regression on the frozen e5 mean embedding of 6 / 12 layers),
model (emb6 and n-gram averaged, the deployed head), memory (nearest training-fold real lure in the n-gram sketch
space of classifier/memory.py, above the thresholds chosen on the training folds), model+memory, tfidf+memory.
`--variants rules,tfidf,memory,tfidf+memory` runs without the embedding cache. A head flags a text when the rules see a job offer and its score reaches the threshold chosen on
the training folds (inner out-of-fold scores, legit FP <= --fp in each of vi, ko, km, en).
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from classifier.training import cv  # noqa: E402

VARIANTS = ("rules", "tfidf", "emb6", "emb12", "model", "memory", "model+memory", "tfidf+memory")


def memory_cost(n: int = 10_000, runs: int = 2000) -> float:
    from classifier.memory import DIM, LureMemory, prepare_many

    rng = np.random.default_rng(0)
    mem = LureMemory(prepare_many(rng.normal(size=(n, DIM))), [str(i) for i in range(n)], ["2026-12-03"] * n, 0.9)
    q = rng.normal(size=DIM).astype(np.float32)
    mem.nearest(q)
    t0 = time.perf_counter()
    for _ in range(runs):
        mem.nearest(q)
    return (time.perf_counter() - t0) / runs * 1000


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seeds", type=int, default=3)
    ap.add_argument("--folds", type=int, default=5)
    ap.add_argument("--fp", type=float, default=0.015)
    ap.add_argument("--real-weight", type=float, default=5.0)
    ap.add_argument("--variants", default=",".join(VARIANTS))
    args = ap.parse_args()
    variants = tuple(args.variants.split(","))
    needs = {"emb6", "emb12", "model", "model+memory"} & set(variants)
    data = cv.load_data(depths=(6, 12) if needs else ())
    for own, weight in ((True, args.real_weight), (True, 1.0), (False, 1.0)):
        t0 = time.perf_counter()
        res = cv.run(variants=variants, seeds=tuple(range(args.seeds)), k=args.folds, fp_target=args.fp,
                     real_weight=weight, own=own, data=data, log=lambda m: print(m, file=sys.stderr, flush=True))
        label = f"{'with' if own else 'without'} the team corpus, real lures weighted x{weight:g}"
        print(f"\n## {label}: {args.folds} folds x {args.seeds} seeds, no group straddles folds: "
              f"{res['no_group_straddles']} ({time.perf_counter() - t0:.0f}s)")
        print("recall mean±std / legit FP rate")
        print(cv.table(res, variants))
        frag = [r for r in res["rows"] if r.get("variant") == "model" and r["frag_lures"]]
        if frag:
            print(f"model on fragments (quoted lines/titles of real lures): "
                  f"{sum(r['frag_caught'] for r in frag)}/{sum(r['frag_lures'] for r in frag)} over seeds")
        thr = [r["memory_threshold"] for r in res["rows"] if "memory_threshold" in r]
        if thr:
            print(f"memory threshold chosen on training folds: {np.mean(thr):.3f} ± {np.std(thr):.3f}")
    print(f"\nlure-memory look-up with 10,000 entries: {memory_cost():.3f} ms per text")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
