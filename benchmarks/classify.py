"""Speed, memory and quality of every checker engine side by side, in ONE run.

Engines: rules only, the TF-IDF baseline (char n-grams + logistic regression, trained here on the training split),
the fine-tuned model in PyTorch, and the optimized deployment (ONNX Runtime, int8 dynamic quantization).
Each engine runs in its own fresh process, so cold start and peak RSS are its own.
Measured on ../shared/data/real/dev.jsonl and on a synthetic long-ad set (dev texts joined to ~2,000 characters):
batch texts/s (batches of 32, as `lurecheck classify`), single-message latency p50/p95/p99 (warm, one text at a
time), cold start to first verdict, peak RSS, dev quality (lure recall and legit false-positive rate at the
engine's `suspicious` level), and the cache hit path (the same ad again).

Issue 15 adds the cascade side by side (`--engines rules,ngram,full,cascade`): `full` is the ONNX checker with every
text through the transformer (LURECHECK_CASCADE=0), `cascade` the same checker with model.json "cascade" (the cheap
stages settle what they are sure of), `ngram` the rules plus the n-gram partner alone (calibrated, no transformer).
For these, texts/s end to end is `lurecheck classify` on dev in a fresh process (model load included; `ngram` has no
CLI engine: the same loop in a fresh Python process), plus the share of texts that reach the transformer, recall and
legit false-positive rate per language ON DEV AS LABELLED (the CV figures are in model.json "cascade"), and the
ratios cascade/rules and cascade/full (the machine is shared: the ratios hold better than the absolute figures).

Usage: python benchmarks/classify.py [--engines rules,ngram,full,cascade] [--single 300]
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


class _NgramOnly:
    """The n-gram partner alone as the checker's model (calibrated like the full model's averaged logit)."""

    def __init__(self, info, ngram):
        self.info, self.ngram = info, ngram

    def predict_proba(self, texts):
        import math

        a, b = self.info.calib_a, self.info.calib_b
        return [1 / (1 + math.exp(-max(-30.0, min(30.0, a * z + b)))) for z in self.ngram.logits(texts)]


def _ngram_checker():
    from classifier import Checker
    from classifier.model.ngram import NgramModel
    from classifier.model.runtime import read_info
    from classifier.scoring import Thresholds

    art = ROOT / "data" / "model"
    info = read_info(art)
    t = info.thresholds
    return Checker(model=_NgramOnly(info, NgramModel.load(art / "ngram.npz")),
                   thresholds=Thresholds(high_risk=t["high_risk"], suspicious=t["suspicious"]), rule_boost=info.rule_boost)


ENGINE_ENV = {"rules": {"LURECHECK_ENGINE": "rules"}, "full": {"LURECHECK_ENGINE": "onnx", "LURECHECK_CASCADE": "0"},
              "cascade": {"LURECHECK_ENGINE": "onnx", "LURECHECK_CASCADE": "1"}}


def end_to_end(engine: str) -> float:
    """texts/s of classifying dev.jsonl in a fresh process, process start and model load included."""
    import tempfile

    n = len(_rows())
    with tempfile.TemporaryDirectory() as tmp:
        if engine == "ngram":
            cmd = [sys.executable, __file__, "--classify-ngram", f"{tmp}/out.jsonl"]
        else:
            cmd = [str(Path(sys.executable).with_name("lurecheck")), "classify", "--input", str(DEV), "--output",
                   f"{tmp}/out.jsonl", "--quiet"]
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, env={**os.environ, **ENGINE_ENV.get(engine, {}), "LURECHECK_DATABASE_URL":
                                             os.environ.get("LURECHECK_DATABASE_URL", f"sqlite:///{tmp}/db.sqlite")},
                       capture_output=True, cwd=ROOT)
        return n / (time.perf_counter() - t0)


def _classify_ngram(out: str) -> None:
    sys.path.insert(0, str(ROOT))
    from bot.cli.batch import classify_stream

    with open(DEV, encoding="utf-8") as src, open(out, "w", encoding="utf-8") as dst:
        classify_stream(src, dst, _ngram_checker(), progress=False)


def worker(engine: str, single: int, side_by_side: bool = False) -> dict:
    t0 = time.perf_counter()
    sys.path.insert(0, str(ROOT))
    rows = _rows()
    texts = [r["text"] for r in rows]
    if engine in ("ngram", "full", "cascade") or side_by_side:
        return worker_cascade(engine, single, rows, texts, t0)
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


def worker_cascade(engine: str, single: int, rows: list[dict], texts: list[str], t0: float) -> dict:
    if engine == "ngram":
        checker = _ngram_checker()
    else:
        os.environ.update(ENGINE_ENV[engine])
        from bot.checking.engine import get_checker

        checker = get_checker(memory=False)
    checker.check(texts[0])
    cold = time.perf_counter() - t0
    checker.cache_size = 0
    checker.cache.clear()
    for i in range(0, 64, 32):
        checker.check_many(texts[i : i + 32])
    stats = getattr(checker, "cascade_stats", None)
    before = dict(stats) if stats else None
    t1 = time.perf_counter()
    verdicts = []
    for i in range(0, len(texts), 32):
        verdicts += checker.check_many(texts[i : i + 32])
    steady = len(texts) / (time.perf_counter() - t1)
    if engine == "ngram":
        share = 0.0
    elif engine == "full":
        share = 1.0
    else:
        share = (stats["transformer"] - before["transformer"]) / len(texts)
    lat = []
    for t in texts[:single]:
        s = time.perf_counter()
        checker.check(t)
        lat.append(time.perf_counter() - s)
    lat_ms = sorted(x * 1000 for x in lat)

    def pct(p):
        return lat_ms[min(len(lat_ms) - 1, int(p / 100 * len(lat_ms)))]

    per_lang = {}
    for lang in sorted({r.get("lang", "und") for r in rows}):
        lures = [v.level != "low_risk" for v, r in zip(verdicts, rows) if r.get("lang") == lang and r["label"] == "lure"]
        legit = [v.level != "low_risk" for v, r in zip(verdicts, rows) if r.get("lang") == lang and r["label"] == "legit"]
        per_lang[lang] = [sum(lures) / len(lures) if lures else None, sum(legit) / len(legit) if legit else None]
    return {"engine": engine, "steady": steady, "p50_ms": pct(50), "p95_ms": pct(95), "p99_ms": pct(99),
            "cold_start_s": cold, "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            "share": share, "per_lang": per_lang, "levels": [v.level for v in verdicts]}


def main_cascade(engines: list[str], single: int) -> None:
    results = {}
    for engine in engines:
        e2e = end_to_end(engine)
        out = subprocess.run([sys.executable, __file__, "--worker", engine, "--single", str(single), "--side-by-side"],
                             capture_output=True, text=True, cwd=ROOT)
        if out.returncode != 0:
            print(f"{engine}: failed\n{out.stderr[-2000:]}", file=sys.stderr)
            continue
        results[engine] = {**json.loads(out.stdout.strip().splitlines()[-1]), "e2e": e2e}
        print(json.dumps({k: v for k, v in results[engine].items() if k != "levels"}), file=sys.stderr)
    print(f"dev: {DEV} ({len(_rows())} texts); 2 CPU cores shared with other work; each engine in a fresh process;"
          " cache and lure memory off")
    head = ("engine", "classify e2e texts/s", "steady texts/s", "p50 ms", "p95 ms", "p99 ms", "cold start s",
            "peak RSS MB", "to transformer")
    print("| " + " | ".join(head) + " |")
    print("|" + "---|" * len(head))
    for r in results.values():
        print(f"| {r['engine']} | {r['e2e']:.1f} | {r['steady']:.1f} | {r['p50_ms']:.1f} | {r['p95_ms']:.1f} | "
              f"{r['p99_ms']:.1f} | {r['cold_start_s']:.2f} | {r['peak_rss_mb']:.0f} | {r['share']:.1%} |")
    langs = sorted({k for r in results.values() for k in r["per_lang"]})
    print("\nrecall / legit FP rate per language, ON DEV AS LABELLED (level suspicious or higher):")
    print("| engine | " + " | ".join(langs) + " |")
    print("|" + "---|" * (len(langs) + 1))

    def f(x):
        return "-" if x is None else f"{x:.3f}"

    for r in results.values():
        print(f"| {r['engine']} | " + " | ".join(f"{f(r['per_lang'][k][0])} / {f(r['per_lang'][k][1])}"
                                                 for k in langs) + " |")
    c = results.get("cascade")
    if c:
        for other in ("rules", "full"):
            if other in results:
                o = results[other]
                print(f"ratio cascade/{other}: end to end {c['e2e'] / o['e2e']:.2f}, steady {c['steady'] / o['steady']:.2f}")
        if "full" in results:
            same = sum(a == b for a, b in zip(c["levels"], results["full"]["levels"]))
            print(f"cascade level = full level on {same}/{len(c['levels'])} dev texts")
    info = json.loads((ROOT / "data" / "model" / "model.json").read_text()).get("cascade")
    if info:
        print("model.json cascade:", json.dumps({k: info[k] for k in ("low", "high", "cv") if k in info}))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engines", default="rules,ngram,full,cascade")
    ap.add_argument("--single", type=int, default=300, help="texts timed one at a time for latency")
    ap.add_argument("--worker", help=argparse.SUPPRESS)
    ap.add_argument("--classify-ngram", help=argparse.SUPPRESS)
    ap.add_argument("--side-by-side", action="store_true", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.classify_ngram:
        _classify_ngram(args.classify_ngram)
        return
    if args.worker:
        print(json.dumps(worker(args.worker, args.single, args.side_by_side)))
        return
    engines = args.engines.split(",")
    if set(engines) & {"ngram", "full", "cascade"}:
        main_cascade(engines, args.single)
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
