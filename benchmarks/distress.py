"""Distress detection (classifier/distress.py) on the written set in data/distress/: recall and false alarms.

    python -m benchmarks.distress            # both halves, per language (and Vietnamese without accents)
    python -m benchmarks.distress --errors   # also list every miss and false alarm

The dev half was written first and the rules were tuned on it; the test half was written afterwards and the rules
were then changed once for its errors (first-run figures in data/distress/README.md).
"""
from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from classifier.distress import detect_distress

DATA = Path(__file__).resolve().parent.parent / "data" / "distress"
GROUPS = ("vi", "vi-unaccented", "ko", "km", "en", "th", "zh")


def load(split: str) -> list[dict]:
    path = DATA / f"{split}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def group(row: dict) -> str:
    if row["lang"] == "vi" and row.get("accents") is False:
        return "vi-unaccented"
    return row["lang"]


def evaluate(rows: list[dict]) -> tuple[dict, list[tuple[str, dict]]]:
    """Per group: [distress, found, negatives, false alarms]; and the errors."""
    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    errors = []
    for row in rows:
        hit = detect_distress(row["text"]) is not None
        s = stats[group(row)]
        if row["label"] == "distress":
            s[0] += 1
            s[1] += hit
            if not hit:
                errors.append(("miss", row))
        else:
            s[2] += 1
            s[3] += hit
            if hit:
                errors.append(("false alarm", row))
    return stats, errors


def figures(stats: dict) -> dict[str, tuple[float, float]]:
    out = {}
    for g, (p, tp, n, fp) in stats.items():
        out[g] = (tp / p if p else float("nan"), fp / n if n else float("nan"))
    return out


def table(title: str, stats: dict) -> str:
    lines = [title, f"{'lang':<15}{'distress':>9}{'recall':>8}{'negatives':>10}{'false alarms':>14}"]
    total = [0, 0, 0, 0]
    for g in GROUPS:
        if g not in stats:
            continue
        p, tp, n, fp = stats[g]
        total = [a + b for a, b in zip(total, stats[g])]
        lines.append(f"{g:<15}{p:>9}{tp / p if p else 0:>8.3f}{n:>10}{f'{fp / n if n else 0:.3f} ({fp})':>14}")
    p, tp, n, fp = total
    lines.append(f"{'all':<15}{p:>9}{tp / p if p else 0:>8.3f}{n:>10}{f'{fp / n if n else 0:.3f} ({fp})':>14}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list misses and false alarms")
    args = ap.parse_args(argv)
    for split, title in (("dev", "dev half (rules tuned on it)"), ("test", "test half (written after tuning on dev; one fix round since, see data/distress/README.md)")):
        path = DATA / f"{split}.jsonl"
        if not path.exists():
            continue
        stats, errors = evaluate(load(split))
        print(table(title, stats))
        if args.errors:
            for what, row in errors:
                print(f"  {what:<11} {row['id']:<18} {row['text']}")
        print()


if __name__ == "__main__":
    main()
