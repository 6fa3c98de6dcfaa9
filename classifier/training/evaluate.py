"""Evaluation report: rules, TF-IDF baseline, frozen embeddings + logistic regression, and the fine-tuned checker.

Each engine gives a score per text; "flagged" means its operating point (the checker's `suspicious` level,
or for the baselines the threshold that gives the same false-positive rate on the validation split).
Per language: lure recall, legit false-positive rate, precision, F1, PR-AUC and the confusion matrix;
`other_scam` is reported apart. A second table compares the engines' recall at the SAME false-positive
rate on the evaluated file, so a baseline is not judged at a looser operating point.
"""
from __future__ import annotations

import json
import math
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from classifier.training.data import Example, load_examples, split

RANK = {"low_risk": 0, "suspicious": 1, "high_risk": 2}


@dataclass
class EngineResult:
    name: str
    scores: list[float]
    flagged: list[bool]
    seconds: float = 0.0
    notes: dict = field(default_factory=dict)


def _threshold_at_fp(scores: list[float], labels: list[int], fp: float) -> float:
    legit = sorted((s for s, y in zip(scores, labels) if y == 0), reverse=True)
    if not legit:
        return 0.5
    allowed = int(math.floor(fp * len(legit)))
    return legit[allowed] + 1e-9 if allowed < len(legit) else min(legit) - 1e-9


def tfidf_engine(train: list[Example], val: list[Example], texts: list[str], fp: float) -> EngineResult:
    import time

    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    t0 = time.perf_counter()
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(1, 4), min_df=2, sublinear_tf=True, max_features=300_000)
    x = vec.fit_transform([e.text for e in train])
    clf = LogisticRegression(C=10.0, max_iter=2000, class_weight="balanced")
    clf.fit(x, [e.label for e in train])
    t = _threshold_at_fp(list(clf.predict_proba(vec.transform([e.text for e in val]))[:, 1]), [e.label for e in val], fp)
    t1 = time.perf_counter()
    scores = list(clf.predict_proba(vec.transform(texts))[:, 1])
    return EngineResult("tfidf_char_lr", scores, [s >= t for s in scores], time.perf_counter() - t1,
                        {"threshold": round(float(t), 4), "fit_seconds": round(t1 - t0, 1)})


def frozen_engine(base_dir: Path, train: list[Example], val: list[Example], texts: list[str], fp: float,
                  progress: bool = True) -> EngineResult:
    import time

    import torch
    from sklearn.linear_model import LogisticRegression
    from tqdm import tqdm

    from classifier.model.network import LureNet, load_encoder, pad_batch
    from classifier.model.tokenize import FastTokenizer

    tok = FastTokenizer(base_dir)
    net = LureNet(load_encoder(base_dir, 12)).eval()

    def embed(batch_texts: list[str], desc: str) -> np.ndarray:
        ids = tok.encode(batch_texts, 256)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        out = np.zeros((len(ids), net.encoder.config.hidden_size), dtype=np.float32)
        with torch.inference_mode():
            for s in tqdm(range(0, len(order), 16), desc=desc, disable=not progress):
                chunk = order[s : s + 16]
                input_ids, mask = pad_batch([ids[i] for i in chunk], tok.pad_id)
                e = torch.nn.functional.normalize(net.embed(input_ids, mask), dim=-1)
                out[chunk] = e.numpy()
        return out

    t0 = time.perf_counter()
    clf = LogisticRegression(C=10.0, max_iter=3000, class_weight="balanced")
    clf.fit(embed([e.text for e in train], "frozen: embed train"), [e.label for e in train])
    t = _threshold_at_fp(list(clf.predict_proba(embed([e.text for e in val], "frozen: embed val"))[:, 1]),
                         [e.label for e in val], fp)
    t1 = time.perf_counter()
    scores = list(clf.predict_proba(embed(texts, "frozen: embed eval"))[:, 1])
    return EngineResult("frozen_e5_lr", scores, [s >= t for s in scores], time.perf_counter() - t1,
                        {"threshold": round(float(t), 4), "fit_seconds": round(t1 - t0, 1)})


def checker_engine(name: str, checker, texts: list[str]) -> EngineResult:
    import time

    t0 = time.perf_counter()
    verdicts = checker.check_many(texts)
    return EngineResult(name, [v.score for v in verdicts], [RANK[v.level] >= 1 for v in verdicts],
                        time.perf_counter() - t0)


def metrics(rows: list[dict], res: EngineResult) -> dict:
    from sklearn.metrics import average_precision_score

    out: dict = {}
    groups: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(rows):
        groups[r["lang"]].append(i)
        groups["all"].append(i)
    for lang, idx in groups.items():
        tp = sum(1 for i in idx if rows[i]["label"] == "lure" and res.flagged[i])
        fn = sum(1 for i in idx if rows[i]["label"] == "lure" and not res.flagged[i])
        fp = sum(1 for i in idx if rows[i]["label"] == "legit" and res.flagged[i])
        tn = sum(1 for i in idx if rows[i]["label"] == "legit" and not res.flagged[i])
        other = [i for i in idx if rows[i]["label"] == "other_scam"]
        bin_idx = [i for i in idx if rows[i]["label"] in ("lure", "legit")]
        y = [int(rows[i]["label"] == "lure") for i in bin_idx]
        prauc = float(average_precision_score(y, [res.scores[i] for i in bin_idx])) if 0 < sum(y) < len(y) else None
        recall = tp / (tp + fn) if tp + fn else None
        precision = tp / (tp + fp) if tp + fp else None
        f1 = 2 * precision * recall / (precision + recall) if precision and recall else (0.0 if recall is not None else None)
        out[lang] = {"lures": tp + fn, "legit": fp + tn, "recall": recall, "fp_rate": fp / (fp + tn) if fp + tn else None,
                     "precision": precision, "f1": f1, "pr_auc": prauc,
                     "confusion": {"tp": tp, "fn": fn, "fp": fp, "tn": tn},
                     "other_scam_flagged": f"{sum(res.flagged[i] for i in other)}/{len(other)}" if other else None}
    return out


def recall_at_fp(rows: list[dict], scores: list[float], fp: float) -> float | None:
    labels = [1 if r["label"] == "lure" else 0 for r in rows if r["label"] in ("lure", "legit")]
    sc = [s for s, r in zip(scores, rows) if r["label"] in ("lure", "legit")]
    if not sum(labels):
        return None
    t = _threshold_at_fp(sc, labels, fp)
    return sum(1 for s, y in zip(sc, labels) if y and s >= t) / sum(labels)


def _fmt(x) -> str:
    return "-" if x is None else f"{x:.3f}"


def render(report: dict) -> str:
    lines = [f"# Evaluation on {report['input']} ({report['n']} texts)", ""]
    lines.append("| engine | lang | lures | recall | legit | FP rate | precision | F1 | PR-AUC | TP/FN/FP/TN | other_scam flagged |")
    lines.append("|---|---|---|---|---|---|---|---|---|---|---|")
    for eng, per_lang in report["engines"].items():
        for lang in sorted(per_lang, key=lambda k: (k == "all", k)):
            m = per_lang[lang]
            c = m["confusion"]
            lines.append(f"| {eng} | {lang} | {m['lures']} | {_fmt(m['recall'])} | {m['legit']} | {_fmt(m['fp_rate'])} | "
                         f"{_fmt(m['precision'])} | {_fmt(m['f1'])} | {_fmt(m['pr_auc'])} | "
                         f"{c['tp']}/{c['fn']}/{c['fp']}/{c['tn']} | {m['other_scam_flagged'] or '-'} |")
    lines += ["", f"Recall at the same false-positive rate as the checker on this file ({_fmt(report['same_fp']['fp'])}), "
              "all languages:", "", "| engine | recall |", "|---|---|"]
    lines += [f"| {k} | {_fmt(v)} |" for k, v in report["same_fp"]["recall"].items()]
    if report.get("same_fp_by_lang"):
        langs = list(report["same_fp_by_lang"])
        lines += ["", "Per language, recall at the checker's own false-positive rate in that language:", "",
                  "| engine | " + " | ".join(f"{lg} (FP {_fmt(report['same_fp_by_lang'][lg]['fp'])})" for lg in langs) + " |",
                  "|---|" + "---|" * len(langs)]
        for eng in report["same_fp"]["recall"]:
            lines.append(f"| {eng} | " + " | ".join(_fmt(report["same_fp_by_lang"][lg]["recall"][eng]) for lg in langs) + " |")
    lines += ["", "| engine | seconds for the file | texts/s |", "|---|---|---|"]
    lines += [f"| {k} | {v:.1f} | {report['n'] / v if v else 0:.1f} |" for k, v in report["seconds"].items()]
    return "\n".join(lines) + "\n"


def pr_curve(rows: list[dict], results: list[EngineResult], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt
    from sklearn.metrics import precision_recall_curve

    keep = [i for i, r in enumerate(rows) if r["label"] in ("lure", "legit")]
    y = [int(rows[i]["label"] == "lure") for i in keep]
    fig, ax = plt.subplots(figsize=(6, 4.5), dpi=110)
    for res in results:
        p, r, _ = precision_recall_curve(y, [res.scores[i] for i in keep])
        ax.plot(r, p, label=res.name)
    ax.set_xlabel("lure recall")
    ax.set_ylabel("precision")
    ax.set_title("Precision-recall, lure vs legit")
    ax.grid(alpha=0.3)
    ax.legend(loc="lower left")
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)


def evaluate(input_path: Path, out_dir: Path, model_checker=None, base_dir: Path | None = None,
             engines: tuple[str, ...] = ("rules", "tfidf", "frozen", "model"), progress: bool = True) -> dict:
    from classifier import Checker

    rows = [json.loads(line) for line in Path(input_path).read_text(encoding="utf-8").split("\n") if line.strip()]
    texts = [r["text"] for r in rows]
    train, val = split(load_examples())
    fp_target = 0.02
    results: list[EngineResult] = []
    if "rules" in engines:
        results.append(checker_engine("rules", Checker(), texts))
    if "tfidf" in engines:
        results.append(tfidf_engine(train, val, texts, fp_target))
    if "frozen" in engines and base_dir is not None:
        results.append(frozen_engine(base_dir, train, val, texts, fp_target, progress))
    if "model" in engines and model_checker is not None:
        results.append(checker_engine("fine_tuned", model_checker, texts))
    report = {"input": str(input_path), "n": len(rows), "engines": {r.name: metrics(rows, r) for r in results},
              "seconds": {r.name: r.seconds for r in results}, "notes": {r.name: r.notes for r in results}}
    ref = results[-1]
    ref_fp = report["engines"][ref.name]["all"]["fp_rate"] or 0.0
    report["same_fp"] = {"fp": ref_fp, "reference": ref.name,
                         "recall": {r.name: recall_at_fp(rows, r.scores, ref_fp) for r in results}}
    # Per language too: the pooled figure is dominated by the Chinese postings, whose labels are not in the text.
    report["same_fp_by_lang"] = {}
    for lang in ("vi", "ko", "zh"):
        sub = [i for i, r in enumerate(rows) if r["lang"] == lang]
        m = report["engines"][ref.name].get(lang)
        if not sub or not m or m["fp_rate"] is None:
            continue
        report["same_fp_by_lang"][lang] = {
            "fp": m["fp_rate"],
            "recall": {r.name: recall_at_fp([rows[i] for i in sub], [r.scores[i] for i in sub], m["fp_rate"])
                       for r in results}}
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "report.json").write_text(json.dumps(report, indent=1, ensure_ascii=False))
    (out_dir / "report.md").write_text(render(report))
    pr_curve(rows, results, out_dir / "pr_curve.png")
    return report
