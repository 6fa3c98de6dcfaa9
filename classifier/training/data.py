"""Training data: the project's own labelled corpus (data/train/*.jsonl) plus the real train pool.

Never reads dev.jsonl: that file is only for measuring. Labels become 1 (lure) or 0 (legit, other_scam:
a bank or debt scam is not a job lure). The validation split is made from the training sources only and is
what thresholds and calibration are chosen on.
"""
from __future__ import annotations

import hashlib
import json
import random
from dataclasses import dataclass
from pathlib import Path

PROJECT_ROOT = Path(__file__).resolve().parents[2]

OWN_DIR = PROJECT_ROOT / "data" / "train"
POOL = PROJECT_ROOT.parent / "shared" / "data" / "real" / "train_pool.jsonl"
FORBIDDEN = "dev.jsonl"
# The pool has 2,354 Vietnamese legit SMS/IT posts: keep a share so they do not swamp the other languages.
POOL_CAP = {("vi", "legit"): 900}


@dataclass(frozen=True)
class Example:
    text: str
    label: int  # 1 = lure
    lang: str
    source: str  # "own" or "pool"
    kind: str


def _read(path: Path) -> list[dict]:
    if path.name == FORBIDDEN:
        raise ValueError("dev.jsonl is for measuring only: never train on it")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line.strip()]


def load_examples(own_dir: Path = OWN_DIR, pool: Path | None = POOL, seed: int = 13) -> list[Example]:
    out: list[Example] = []
    for path in sorted(Path(own_dir).glob("*.jsonl")):
        for r in _read(path):
            if r.get("label") in ("lure", "legit") and r.get("text", "").strip():
                out.append(Example(r["text"], int(r["label"] == "lure"), r.get("lang", "und"), "own", r.get("kind", "")))
    if pool is not None and Path(pool).is_file():
        rng = random.Random(seed)
        rows = _read(Path(pool))
        rng.shuffle(rows)
        taken: dict[tuple[str, str], int] = {}
        for r in rows:
            key = (r["lang"], r["label"])
            if taken.get(key, 0) >= POOL_CAP.get(key, 10**9):
                continue
            taken[key] = taken.get(key, 0) + 1
            out.append(Example(r["text"], int(r["label"] == "lure"), r["lang"], "pool", r.get("kind", "")))
    return out


def split(examples: list[Example], val_share: float = 0.15) -> tuple[list[Example], list[Example]]:
    """A deterministic split by text hash, stratified by (source, lang, label)."""
    train, val = [], []
    for ex in examples:
        h = int(hashlib.sha256(f"{ex.source}|{ex.lang}|{ex.label}|{ex.text}".encode()).hexdigest()[:8], 16)
        (val if (h % 1000) < val_share * 1000 else train).append(ex)
    return train, val


def fingerprint(examples: list[Example]) -> str:
    h = hashlib.sha256()
    for ex in examples:
        h.update(f"{ex.label}|{ex.text}\n".encode())
    return h.hexdigest()[:16]


def _segments(text: str) -> list[str]:
    import re

    parts = [p.strip() for p in re.split(r"\n+|(?<=[.!?。！？])\s+", text) if p.strip()]
    return [p for p in parts if len(p) >= 8]


def augment_crops(examples: list[Example], seed: int = 13, share: float = 0.5) -> list[Example]:
    """Short crops of our own multi-line ads: real lures are often a headline or one SMS-length line.

    A lure crop is kept only when the rules still see a lure signal in it (a crop of a lure's closing line,
    "call us on Telegram", is not a lure by itself); legit crops are always kept, so short is not 'lure'.
    """
    from classifier import Checker

    rng = random.Random(seed)
    checker = Checker()
    out: list[Example] = []
    for ex in examples:
        if ex.source != "own" or rng.random() > share:
            continue
        segs = _segments(ex.text)
        if len(segs) < 2:
            continue
        start = rng.randrange(len(segs))
        crop = " ".join(segs[start : start + rng.choice((1, 1, 2, 3))])
        if ex.label == 1:
            v = checker.check(crop)
            if not any(s.code in ("HIGH_PAY_EASY_WORK", "TASK_COMMISSION", "TRAVEL_PAID", "RISKY_ROLE_ABROAD",
                                  "HOTSPOT_DESTINATION", "PAY_ABOVE_NORM", "NO_REQUIREMENTS", "ILLEGAL_CROSSING",
                                  "UPFRONT_FEE", "REASSURANCE") for s in v.signals):
                continue
        out.append(Example(crop, ex.label, ex.lang, "crop", ex.kind))
    return out
