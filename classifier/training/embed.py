"""Frozen-encoder features, computed once and cached: mean-pooled e5-small embeddings of every corpus text at
several depths in ONE pass (the hidden states of layers 4, 6, 8 and 12 come out of the same forward).

    python -m classifier.training.embed            # fills models/cache/embeddings.npz (git-ignored)

The cache is keyed by the sha1 of each model text (no text is stored). Light heads (logistic regression, the
lure memory) are then trained and cross-validated on the cached features in seconds.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np

from classifier.training.corpus import PROJECT_ROOT, collapse_lines, load_corpus, model_text

CACHE = PROJECT_ROOT / "models" / "cache" / "embeddings.npz"
BASE = PROJECT_ROOT / "models" / "me5-small"
DEPTHS = (4, 6, 8, 12)


def embed_texts(base_dir: Path, texts: list[str], depths: tuple[int, ...] = DEPTHS, max_len: int = 128,
                batch_size: int = 16, log=None) -> dict[int, np.ndarray]:
    import hashlib

    import torch

    from classifier.model.network import load_encoder, pad_batch
    from classifier.model.tokenize import FastTokenizer

    tok = FastTokenizer(base_dir)
    enc = load_encoder(base_dir, max(depths)).eval()
    ids = tok.encode(texts, max_len)
    order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
    out = {d: np.zeros((len(texts), enc.config.hidden_size), dtype=np.float32) for d in depths}
    t0 = time.perf_counter()
    with torch.inference_mode():
        for n, start in enumerate(range(0, len(order), batch_size)):
            chunk = order[start : start + batch_size]
            input_ids, mask = pad_batch([ids[i] for i in chunk], tok.pad_id)
            hs = enc(input_ids=input_ids, attention_mask=mask, output_hidden_states=True).hidden_states
            m = mask.unsqueeze(-1).float()
            for d in depths:
                pooled = (hs[d] * m).sum(1) / m.sum(1).clamp(min=1.0)
                out[d][chunk] = pooled.numpy()
            if log and n % 50 == 0:
                log(f"{start + len(chunk)}/{len(texts)} texts, {time.perf_counter() - t0:.0f}s")
    del hashlib
    return out


def corpus_texts() -> list[str]:
    """Every model text the experiments need: all records, and the Khmer translations with line breaks collapsed."""
    recs = load_corpus()
    texts = [model_text(r.text) for r in recs]
    texts += [model_text(collapse_lines(r.text)) for r in recs if r.translated]
    return list(dict.fromkeys(texts))


def key(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode("utf-8")).hexdigest()


def load_cache(path: Path = CACHE) -> tuple[dict[str, int], dict[int, np.ndarray]]:
    z = np.load(path)
    keys = [str(k) for k in z["keys"]]
    return {k: i for i, k in enumerate(keys)}, {d: z[f"l{d}"] for d in DEPTHS if f"l{d}" in z}


def main() -> int:
    texts = corpus_texts()
    have: dict[str, int] = {}
    old: dict[int, np.ndarray] = {}
    if CACHE.is_file():
        have, old = load_cache()
    todo = [t for t in texts if key(t) not in have]
    print(f"{len(texts)} texts, {len(todo)} to embed", file=sys.stderr, flush=True)
    if todo:
        new = embed_texts(BASE, todo, log=lambda m: print(m, file=sys.stderr, flush=True))
        keys = list(have) + [key(t) for t in todo]
        arrays = {f"l{d}": np.concatenate([old[d], new[d]]) if old else new[d] for d in DEPTHS}
        CACHE.parent.mkdir(parents=True, exist_ok=True)
        tmp = CACHE.with_suffix(".tmp.npz")
        np.savez(tmp, keys=np.array(keys), **arrays)
        tmp.replace(CACHE)
    print(f"cache: {CACHE}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
