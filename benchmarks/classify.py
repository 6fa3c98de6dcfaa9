"""Speed, memory and quality of every checker engine side by side, in ONE run.

Engines: rules only, the TF-IDF baseline (char n-grams + logistic regression, trained here on the training split),
the fine-tuned model in PyTorch, and the optimized deployment (ONNX Runtime, int8 dynamic quantization).
Each engine runs in its own fresh process, so cold start and peak RSS are its own.
Measured on ../shared/data/real/dev.jsonl and on a synthetic long-ad set (dev texts joined to ~2,000 characters):
batch texts/s (batches of 32, as `lurecheck classify`), single-message latency p50/p95/p99 (warm, one text at a
time), cold start to first verdict, peak RSS, dev quality (lure recall and legit false-positive rate at the
engine's `suspicious` level), and the cache hit path (the same ad again).

Usage: python benchmarks/classify.py [--engines rules,tfidf,torch,onnx] [--single 300]
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "real" / "dev.jsonl"


def _rows() -> list[dict]:
    return [json.loads(x) for x in DEV.read_text(encoding="utf-8").split("\n") if x.strip()]


def _long_set(rows: list[dict], n: int = 200, size: int = 2000) -> list[str]:
    out, cur = [], ""
    for r in rows * 3:
        cur += r["text"] + "\n\n"
        if len(cur) >= size:
            out.append(cur[:size])
            cur = ""
        if len(out) >= n:
            break
    return out


class _Tfidf:
    """The baseline as an engine, fitted once: flagged at the threshold giving 2% FP on the validation split."""

    def __init__(self):
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression

        from classifier.training.data import load_examples, split
        from classifier.training.evaluate import _threshold_at_fp

        train, val = split(load_examples())
        self.vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), min_df=2, sublinear_tf=True,
                                   max_features=300_000)
        self.clf = LogisticRegression(C=10.0, max_iter=2000, class_weight="balanced")
        self.clf.fit(self.vec.fit_transform([e.text for e in train]), [e.label for e in train])
        self.t = _threshold_at_fp(self.scores([e.text for e in val]), [e.label for e in val], 0.02)

    def scores(self, texts):
        return list(self.clf.predict_proba(self.vec.transform(texts))[:, 1])

    def flagged(self, texts):
        return [s >= self.t for s in self.scores(texts)]


def worker(engine: str, single: int) -> dict:
    t0 = time.perf_counter()
    sys.path.insert(0, str(ROOT))
    rows = _rows()
    texts = [r["text"] for r in rows]
    if engine == "tfidf":
        t0 = time.perf_counter()
        model = _Tfidf()  # cold start includes fitting it: the baseline ships no artifact
        model.flagged(texts[:1])
        cold = time.perf_counter() - t0
        t1 = time.perf_counter()
        flagged = []
        for i in range(0, len(texts), 32):
            flagged += model.flagged(texts[i : i + 32])
        batch = time.perf_counter() - t1
        lat = []
        for t in texts[:single]:
            s = time.perf_counter()
            model.flagged([t])
            lat.append(time.perf_counter() - s)
        long_s = None
        cache = None
    else:
        os.environ["LURECHECK_ENGINE"] = engine
        from bot.checking.engine import get_checker

        checker = get_checker()
        checker.check(texts[0])
        cold = time.perf_counter() - t0
        checker.cache_size = 0  # measure the model, not the cache
        checker.cache.clear()
        for i in range(0, 64, 32):  # warm-up
            checker.check_many(texts[i : i + 32])
        t1 = time.perf_counter()
        verdicts = []
        for i in range(0, len(texts), 32):
            verdicts += checker.check_many(texts[i : i + 32])
        batch = time.perf_counter() - t1
        flagged = [v.level != "low_risk" for v in verdicts]
        lat = []
        for t in texts[:single]:
            s = time.perf_counter()
            checker.check(t)
            lat.append(time.perf_counter() - s)
        longs = _long_set(rows)
        t2 = time.perf_counter()
        for i in range(0, len(longs), 32):
            checker.check_many(longs[i : i + 32])
        long_s = len(longs) / (time.perf_counter() - t2)
        checker.cache_size = 20_000
        checker.check(texts[5])
        hits = []
        for _ in range(200):
            s = time.perf_counter()
            checker.check(texts[5])
            hits.append(time.perf_counter() - s)
        cache = statistics.median(hits) * 1000
    lures = [f for f, r in zip(flagged, rows) if r["label"] == "lure"]
    legit = [f for f, r in zip(flagged, rows) if r["label"] == "legit"]
    lat_ms = sorted(x * 1000 for x in lat)

    def pct(p):
        return lat_ms[min(len(lat_ms) - 1, int(p / 100 * len(lat_ms)))]

    return {"engine": engine, "texts_per_s": len(texts) / batch, "long_texts_per_s": long_s,
            "p50_ms": pct(50), "p95_ms": pct(95), "p99_ms": pct(99), "cold_start_s": cold,
            "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "recall": sum(lures) / len(lures), "fp_rate": sum(legit) / len(legit), "cache_hit_ms": cache,
            "median_chars": statistics.median(len(t) for t in texts)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engines", default="rules,tfidf,torch,onnx")
    ap.add_argument("--single", type=int, default=300, help="texts timed one at a time for latency")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.worker:
        print(json.dumps(worker(args.worker, args.single)))
        return
    results = []
    for engine in args.engines.split(","):
        out = subprocess.run([sys.executable, __file__, "--worker", engine, "--single", str(args.single)],
                             capture_output=True, text=True, cwd=ROOT)
        if out.returncode != 0:
            print(f"{engine}: failed\n{out.stderr[-2000:]}", file=sys.stderr)
            continue
        results.append(json.loads(out.stdout.strip().splitlines()[-1]))
    print(f"dev: {DEV} (median {results[0]['median_chars']:.0f} characters); 2 CPU cores; cache off except 'cache hit'")
    head = ("engine", "texts/s", "long ads/s", "p50 ms", "p95 ms", "p99 ms", "cold start s", "peak RSS MB",
            "recall", "FP rate", "cache hit ms")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))

    def f(x, d=1):
        return "-" if x is None else f"{x:.{d}f}"

    for r in results:
        print(f"| {r['engine']} | {f(r['texts_per_s'])} | {f(r['long_texts_per_s'])} | {f(r['p50_ms'])} | "
              f"{f(r['p95_ms'])} | {f(r['p99_ms'])} | {f(r['cold_start_s'], 2)} | {f(r['peak_rss_mb'], 0)} | "
              f"{f(r['recall'], 3)} | {f(r['fp_rate'], 3)} | {f(r['cache_hit_ms'], 3)} |")


if __name__ == "__main__":
    main()
