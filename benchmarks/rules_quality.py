"""Per-language lure recall and legit false-positive rate of a checker on a labelled JSONL file.

Usage: python benchmarks/rules_quality.py [../shared/data/real/dev.jsonl] [--level suspicious|high_risk]
A text counts as flagged when its level is at least --level (default: suspicious).
"""
from __future__ import annotations

import argparse
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from classifier import Checker  # noqa: E402

RANK = {"low_risk": 0, "suspicious": 1, "high_risk": 2}


def measure(path: str, level: str = "suspicious", checker: Checker | None = None) -> dict:
    checker = checker or Checker()
    rows = [json.loads(line) for line in open(path, encoding="utf-8") if line.strip()]
    t0 = time.perf_counter()
    verdicts = checker.check_many([r["text"] for r in rows])
    elapsed = time.perf_counter() - t0
    stats: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for r, v in zip(rows, verdicts, strict=False):
        flagged = RANK[v.level] >= RANK[level]
        for lang in (r["lang"], "all"):
            s = stats[lang]
            s[r["label"]] += 1
            s[r["label"] + "_flagged"] += flagged
    return {"stats": stats, "n": len(rows), "seconds": elapsed}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", nargs="?", default=str(Path(__file__).resolve().parents[2] / "shared/data/real/dev.jsonl"))
    ap.add_argument("--level", default="suspicious", choices=["suspicious", "high_risk"])
    args = ap.parse_args()
    res = measure(args.path, args.level)
    print(f"file: {args.path}  flagged when level >= {args.level}  ({res['n']} texts, {res['n'] / res['seconds']:.0f} texts/s)")
    print(f"{'lang':<5} {'lures':>6} {'recall':>7} {'legit':>6} {'FP rate':>8} {'other_scam flagged':>19}")
    for lang in sorted(res["stats"], key=lambda k: (k == "all", k)):
        s = res["stats"][lang]
        rec = s["lure_flagged"] / s["lure"] if s["lure"] else float("nan")
        fpr = s["legit_flagged"] / s["legit"] if s["legit"] else float("nan")
        other = f"{s['other_scam_flagged']}/{s['other_scam']}" if s["other_scam"] else "-"
        print(f"{lang:<5} {s['lure']:>6} {rec:>7.3f} {s['legit']:>6} {fpr:>8.3f} {other:>19}")


if __name__ == "__main__":
    main()
