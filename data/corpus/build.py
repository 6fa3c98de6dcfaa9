"""Rebuild data/train/*.jsonl from the texts in data/corpus/*.yaml, byte for byte.

    python -m data.corpus.build                 # writes data/train/*.jsonl
    python -m data.corpus.build --out DIR       # writes the same files into DIR

Each data/corpus/<name>.yaml holds the handwritten records (origin "handwritten") and the fragments that the seeded
composition rules in data/corpus/recipes/<name>.py combine into the templated records (origin "templated").
"""

import argparse
import json
from pathlib import Path

TRAIN = Path(__file__).resolve().parents[1] / "train"
FULL = ("en", "km", "ko", "vi", "zh")


def build() -> dict[str, list[dict]]:
    """Every training file's records, by file name; the short corpora are built last, against the full ones."""
    import importlib

    files = {f"{name}.jsonl": importlib.import_module(f"data.corpus.recipes.{name}").build() for name in FULL}
    existing: dict[str, list[str]] = {}
    for fname in sorted(files):
        for r in files[fname]:
            existing.setdefault(r["lang"], []).append(r["text"].strip())
    from data.corpus.recipes import short

    files.update(short.build_all({lang: existing.get(lang, []) for lang in ("ko", "vi")}))
    return files


def write(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for fname, rows in build().items():
        path = out / fname
        with open(path, "w", encoding="utf-8") as f:
            for r in rows:
                f.write(json.dumps(r, ensure_ascii=False) + "\n")
        written.append(path)
    return written


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--out", type=Path, default=TRAIN, help="folder for the .jsonl files (default: data/train)")
    args = ap.parse_args()
    for path in write(args.out):
        print(f"wrote {sum(1 for _ in open(path, encoding='utf-8'))} records to {path}")


if __name__ == "__main__":
    main()
