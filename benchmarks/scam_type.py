"""How well classifier/scam_type.py names the kind of lure: a confusion table per language against the labels in
data/scam_types/labels.jsonl (set by a person: see data/scam_types/README.md), on the real lures of
../shared/data/real/ (dev.jsonl and extra/). Texts are read from there and never printed.

    .venv/bin/python benchmarks/scam_type.py [--engine rules|model]

Every real lure is typed, whatever level the checker gives it (the reply shows the type only for a lure); the rows
are the labels, the columns what the module says.
"""
from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from classifier.scam_type import SCAM_TYPES, scam_type  # noqa: E402

REAL = ROOT.parent / "shared" / "data" / "real"
FILES = ["dev.jsonl", "extra/ko_kisa_sms.jsonl", "extra/th_sms.jsonl", "extra/km_translated.jsonl"]


def texts() -> dict[str, str]:
    out = {}
    for name in FILES:
        for line in (REAL / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                r = json.loads(line)
                out[r["id"]] = " ".join(r["text"].split())  # line breaks collapsed (km translations: see its README)
    return out


def table(pairs: list[tuple[str, str]]) -> str:
    cm = Counter(pairs)
    width = max(len(t) for t in SCAM_TYPES) + 2
    head = "label \\ said".ljust(width + 4) + "".join(t.rjust(width) for t in SCAM_TYPES) + "  recall".rjust(9)
    rows = [head]
    for gold in SCAM_TYPES:
        n = sum(cm[(gold, p)] for p in SCAM_TYPES)
        if not n:
            continue
        rec = cm[(gold, gold)] / n
        rows.append(gold.ljust(width + 4) + "".join(str(cm[(gold, p)]).rjust(width) for p in SCAM_TYPES)
                    + f"{rec:9.0%}")
    acc = sum(cm[(t, t)] for t in SCAM_TYPES) / max(1, len(pairs))
    rows.append(f"n={len(pairs)}  accuracy {acc:.0%}")
    return "\n".join(rows)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--engine", choices=("rules", "model"), default="rules",
                    help="the checker behind the verdicts (default rules: the type reads rule signals only)")
    args = ap.parse_args()
    if args.engine == "model":
        from bot.checking.engine import get_checker

        checker = get_checker(memory=False)
    else:
        from classifier import Checker

        checker = Checker()
    by_id = texts()
    labels = [json.loads(x) for x in (ROOT / "data" / "scam_types" / "labels.jsonl").read_text().splitlines() if x]
    per_lang: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for lab in labels:
        said = scam_type(checker.check(by_id[lab["id"]]))
        per_lang[lab["lang"]].append((lab["scam_type"], said))
    for lang in sorted(per_lang):
        print(f"\n## {lang}\n{table(per_lang[lang])}")
    print(f"\n## all\n{table([p for v in per_lang.values() for p in v])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
