"""Choose the cascade's thresholds on the real texts, by the recall they cost, and write them into model.json.

The cascade (classifier/checker.py) lets the cheap stages settle the texts they are sure of; only the uncertain
middle reaches the transformer:
- a text the rules do not take for a job offer is `low_risk` whatever the model says (scoring.level_for), unless
  the lure memory matches it: settled without the transformer unless its normalized-text hash is a memory entry;
- a job offer whose cheap score, combine(rule score, calibrate(n-gram logit)), is below `low` is settled `low_risk`;
- one whose cheap score is at or above `high` is settled `high_risk`;
- the rest run the full model (transformer + n-gram, calibrated, combined with the rules).

`low` and `high` are chosen on the real texts (../shared/data/real: dev, train pool, extra/; grouped 5-fold CV,
3 seeds, stratified by language and label as classifier/training/cv.py's folds): `low` just below the lowest cheap
score of a lure the full model flags, times the largest margin (1.0, 0.9, ...) that loses no such lure on the folds,
`high` just above the highest cheap score of a job offer the full model does not call `high_risk`. Each fold's
thresholds are chosen on the other four folds and judged on it (lures lost, levels changed); the thresholds written
are those chosen on all the real texts. The model is not retrained: its scores are computed once and cached in
models/cache/cascade_features.npz.

Usage: python -m classifier.training.cascade [--model-dir data/model] [--onnx-dir models/lure-onnx] [--dry-run]
"""
from __future__ import annotations

import argparse
import json
import math
from pathlib import Path

import numpy as np

from classifier import scoring

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / "models" / "cache" / "cascade_features.npz"
LEVELS = ("low_risk", "suspicious", "high_risk")
# keys of model.json written at run-time tuning, not by training (the export stays current when only they change)
RUNTIME_KEYS = ("cascade", "memory")


def cheap_score(rule_score: float, ngram_logit: float, calib_a: float, calib_b: float, rule_boost: float) -> float:
    """The full model's score with the n-gram logit standing in for the transformer's."""
    z = calib_a * ngram_logit + calib_b
    p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
    return scoring.combine(rule_score, p, rule_boost)


def features(onnx_dir: Path, cache: Path = CACHE) -> dict:
    """Per real record: label, language, group, rule score, job flag, cheap score and the full model's level."""
    from classifier.checker import Checker
    from classifier.model.onnx_runtime import load_onnx_checker
    from classifier.normalize import fold
    from classifier.training.corpus import load_corpus
    from classifier.training.cv import report_lang

    recs = [r for r in load_corpus(own=False) if r.origin == "real"]
    full = load_onnx_checker(onnx_dir)
    full.cache_size = 0
    full.cascade = None
    model = full.model
    rules = Checker(cache_size=0, thresholds=full.thresholds, rule_boost=full.rule_boost)
    texts = [r.text for r in recs]
    rv = rules.check_many(texts)
    ng = model.ngram.logits([fold(v.extras.get("model_text") or v.normalized) for v in rv])
    levels, embs = [], []
    for i in range(0, len(texts), 64):
        for v in full.check_many(texts[i : i + 64]):
            levels.append(v.level)
            e = v.extras.get("embedding")
            embs.append(np.zeros(384, np.float32) if e is None else np.asarray(e, np.float32))
    a, b = model.info.calib_a, model.info.calib_b
    out = {"y": np.array([r.label for r in recs]), "lang": np.array([report_lang(r) for r in recs]),
           "group": np.array([r.group for r in recs]), "rule": np.array([v.rule_score for v in rv]),
           "job": np.array([v.is_job_offer for v in rv]), "problem": np.array([v.problem is not None for v in rv]),
           "cheap": np.array([cheap_score(v.rule_score, n, a, b, full.rule_boost) for v, n in zip(rv, ng)]),
           "full": np.array([LEVELS.index(x) for x in levels]), "emb": np.stack(embs),
           "hash": np.array([v.text_hash for v in rv]),
           "model": np.array([json.dumps(model.info.raw.get("calibration"))])}
    cache.parent.mkdir(parents=True, exist_ok=True)
    np.savez(cache, **out)
    return out


MARGINS = (1.0, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.0)


def choose(cheap: np.ndarray, y: np.ndarray, job: np.ndarray, full: np.ndarray,
           margin: float = 1.0) -> tuple[float, float]:
    """(low, high): no lure the full model flags falls below `low` (times `margin`, <= 1: room for the lures of
    unseen groups); every job offer at or above `high` is one the full model calls high_risk."""
    caught = job & (y == 1) & (full >= 1)
    low = float(cheap[caught].min()) if caught.any() else 0.0
    not_high = job & (full < 2)
    high = float(cheap[not_high].max()) if not_high.any() else 0.0
    # halfway to the next value below / above, rounded outward, so a score equal to a chosen one is not settled
    below = cheap[job & (cheap < low)]
    low = (low + below.max()) / 2 if len(below) else low
    above = cheap[job & (cheap > high)]
    high = (high + above.min()) / 2 if len(above) else 1.01
    return math.floor(low * margin * 1e4) / 1e4, math.ceil(high * 1e4) / 1e4


def settle(cheap: np.ndarray, job: np.ndarray, low: float, high: float) -> np.ndarray:
    """-1 where the transformer is needed, else the settled level index."""
    out = np.full(len(cheap), -1)
    out[~job] = 0
    out[job & (cheap < low)] = 0
    out[job & (cheap >= high)] = 2
    return out


def _folds(f: dict, seed: int, k: int = 5) -> list[np.ndarray]:
    from sklearn.model_selection import StratifiedGroupKFold

    idx = np.arange(len(f["y"]))
    strata = np.array([f"{lang}{y}" for lang, y in zip(f["lang"], f["y"])])
    return [test for _, test in StratifiedGroupKFold(n_splits=k, shuffle=True, random_state=seed)
            .split(idx, strata, f["group"])]


def evaluate(f: dict, seeds=(0, 1, 2), margin: float = 1.0) -> dict:
    """Per seed and fold: thresholds from the other folds, judged on this one."""
    y, job, cheap, full = f["y"], f["job"], f["cheap"], f["full"]
    rows = []
    for seed in seeds:
        for test in _folds(f, seed):
            train = np.setdiff1d(np.arange(len(y)), test)
            low, high = choose(cheap[train], y[train], job[train], full[train], margin)
            s = settle(cheap[test], job[test], low, high)
            casc = np.where(s >= 0, s, full[test])
            yt, ft, lt = y[test], full[test], f["lang"][test]
            per_lang = {}
            for lang in sorted(set(lt)):
                m = lt == lang
                lures, legit = m & (yt == 1), m & (yt == 0)
                per_lang[lang] = {"lures": int(lures.sum()), "legit": int(legit.sum()),
                                  "full_caught": int((lures & (ft >= 1)).sum()),
                                  "cascade_caught": int((lures & (casc >= 1)).sum()),
                                  "full_fp": int((legit & (ft >= 1)).sum()),
                                  "cascade_fp": int((legit & (casc >= 1)).sum())}
            rows.append({"seed": seed, "low": low, "high": high, "n": int(len(test)),
                         "to_transformer": int((s < 0).sum()), "lost": int(((yt == 1) & (ft >= 1) & (casc == 0)).sum()),
                         "level_changed": int((casc != ft).sum()), "per_lang": per_lang})
    return {"folds": rows}


def summary(ev: dict) -> dict:
    rows = ev["folds"]
    seeds = sorted({r["seed"] for r in rows})
    per_lang: dict[str, dict] = {}
    for r in rows:
        for lang, c in r["per_lang"].items():
            acc = per_lang.setdefault(lang, {k: 0 for k in c})
            for k, v in c.items():
                acc[k] += v
    n = len(seeds)

    def rate(a, b):
        return round(a / b, 4) if b else None

    langs = {lang: {"lures": c["lures"] // n, "legit": c["legit"] // n,
                    "full_recall": rate(c["full_caught"], c["lures"]),
                    "cascade_recall": rate(c["cascade_caught"], c["lures"]),
                    "full_fp": rate(c["full_fp"], c["legit"]), "cascade_fp": rate(c["cascade_fp"], c["legit"])}
             for lang, c in per_lang.items()}
    total = sum(r["n"] for r in rows)
    return {"seeds": seeds, "folds": len(rows) // n, "lures_lost": sum(r["lost"] for r in rows),
            "lures_lost_per_seed": [sum(r["lost"] for r in rows if r["seed"] == s) for s in seeds],
            "level_changed_share": round(sum(r["level_changed"] for r in rows) / total, 4),
            "to_transformer_share": round(sum(r["to_transformer"] for r in rows) / total, 4),
            "per_lang": langs}


def write_key(model_json: Path, key: str, value) -> None:
    """Re-read model.json right before writing and replace only `key` (other keys may be written by others)."""
    raw = json.loads(model_json.read_text(encoding="utf-8"))
    raw[key] = value
    tmp = model_json.with_name(model_json.name + ".tmp")
    tmp.write_text(json.dumps(raw, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    tmp.replace(model_json)


def sync_export(model_json: Path, onnx_dir: Path) -> bool:
    """Copy model.json into the ONNX export when the two differ only in run-time keys (cascade, memory), so the
    export stays current (bot/checking/engine.py compares the files)."""
    exported = Path(onnx_dir) / "model.json"
    if not exported.is_file():
        return False
    a = json.loads(model_json.read_text(encoding="utf-8"))
    b = json.loads(exported.read_text(encoding="utf-8"))
    if {k: v for k, v in a.items() if k not in RUNTIME_KEYS} != {k: v for k, v in b.items() if k not in RUNTIME_KEYS}:
        return False
    exported.write_bytes(model_json.read_bytes())
    return True


def main() -> None:
    import warnings

    warnings.filterwarnings("ignore", message="The least populated class")
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model-dir", default=str(ROOT / "data" / "model"))
    ap.add_argument("--onnx-dir", default=str(ROOT / "models" / "lure-onnx"))
    ap.add_argument("--recompute", action="store_true", help="recompute the cached model scores")
    ap.add_argument("--dry-run", action="store_true", help="print, do not write model.json")
    args = ap.parse_args()
    model_json = Path(args.model_dir) / "model.json"
    calib = json.dumps(json.loads(model_json.read_text())["calibration"])
    f = None
    if CACHE.is_file() and not args.recompute:
        f = dict(np.load(CACHE))
        if str(f["model"][0]) != calib:
            f = None
    if f is None:
        f = features(Path(args.onnx_dir))
    f = {k: v for k, v in f.items() if k != "model"}
    keep = ~f["problem"]
    f = {k: v[keep] for k, v in f.items()}
    # the largest margin (fewest texts to the transformer) that loses no lure the full model catches on the folds
    for margin in MARGINS:
        s = summary(evaluate(f, margin=margin))
        print(f"low margin {margin}: lures lost {s['lures_lost']}, to transformer {s['to_transformer_share']:.1%}")
        if s["lures_lost"] == 0:
            break
    low, high = choose(f["cheap"], f["y"], f["job"], f["full"], margin)
    settled = settle(f["cheap"], f["job"], low, high)
    value = {"low": low, "high": high, "low_margin": margin, "not_job_offer": "low_risk",
             "chosen_on": f"real texts ({len(f['y'])}: dev, train pool, extra/), grouped 5-fold CV x 3 seeds",
             "cv": {k: s[k] for k in ("lures_lost", "lures_lost_per_seed", "level_changed_share",
                                     "to_transformer_share", "per_lang")},
             "to_transformer_share_all": round(float((settled < 0).mean()), 4)}
    print(json.dumps({"cascade": value}, indent=1))
    if not args.dry_run:
        write_key(model_json, "cascade", value)
        print("written:", model_json, "| export synced:", sync_export(model_json, Path(args.onnx_dir)))


if __name__ == "__main__":
    main()
