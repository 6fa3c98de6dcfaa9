"""The lure memory's settings for a model that is already trained (issue 14): the centre vector and the match
threshold, chosen on data with the checker's own memory vectors (n-gram sketches, classifier/memory.py), written into the "memory" section of its model.json
(every other key is left as it is: weights, thresholds and calibration do not change).

- Vectors come through the checker's own path (Checker.check_many -> Verdict.embedding) with the model's n-gram
  partner (the vectors are made in the n-gram pass; the transformer plays no part in them).
- Centre: the mean vector of every corpus text (real legit, real lures, the team corpus), as classifier/memory.py
  expects (texts of one language share many n-grams).
- Legit false matches: each real legit text (dev, train pool, extra, Khmer translations of legit texts) against the
  real lures of OTHER cross-validation groups (classifier/training/corpus.py: no lure of the text's own article,
  near-duplicate cluster or original); a false match is a best cosine at or above the threshold.
- Near duplicates: every real lure disguised `--variants` times (`perturb`: numbers, phone numbers, handles, links,
  e-mails, emoji and spacing changed, a sentence dropped or added) against a memory holding its original.
- Thresholds: the lowest cosine at which at most `--max-fp` of the legit texts of the product languages (vi, ko,
  km, en) falsely match, and per language with enough legit texts its own (never lower); the near-duplicate match
  rate of product-language lures must reach `--min-near` (else the script says so and exits 1 without writing).

    python -m classifier.training.memory_threshold [--artifacts data/model] [--max-fp F] [--min-near R] [--dry-run]

Prints counts and rates only, never a text.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path

import numpy as np

from classifier.memory import DIM, prepare_many
from classifier.training.corpus import PROJECT_ROOT, Record, load_corpus

ART = PROJECT_ROOT / "data" / "model"
ONNX = PROJECT_ROOT / "models" / "lure-onnx"
MAX_FP = 0.001
MIN_NEAR = 0.95

EMOJI = ("🔥", "💰", "✅", "👉", "⭐", "💯", "📞", "🌟", "‼️", "😍")
FILLERS = {  # a neutral sentence a reposter adds (written for this script)
    "vi": "Liên hệ ngay hôm nay để biết thêm chi tiết.",
    "ko": "자세한 내용은 오늘 바로 문의 주세요.",
    "km": "សូមទាក់ទងមកថ្ងៃនេះ ដើម្បីព័ត៌មានបន្ថែម។",
    "th": "ติดต่อวันนี้เพื่อสอบถามรายละเอียดเพิ่มเติม",
    "zh": "今天就联系我们了解更多详情。",
}
FILLER_EN = "Contact us today for more details."
_PHONE = re.compile(r"\+?\d[\d .\-]{6,}\d")
_HANDLE = re.compile(r"@[A-Za-z0-9_.]{3,}")
_URL = re.compile(r"https?://\S+|www\.\S+|\b[\w.-]+\.(?:com|net|vn|kr|kh|me|ly|cc|org)\b[/\w.?=&-]*", re.I)
_EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.]+\b")
_NUM = re.compile(r"\d+")
_SENT = re.compile(r"(?<=[.!?។。！？])\s+|\n+")


def _digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def perturb(text: str, rng: random.Random, lang: str = "") -> str:
    """A disguised near duplicate of a lure, as a scammer reposts it: the contacts (phone numbers, handles, links,
    e-mails) and the other numbers changed, emoji and spacing changed, and, for a text of two or more sentences,
    a sentence dropped or a neutral one added (one of the two, at random)."""
    t = _EMAIL.sub(lambda m: f"job{_digits(rng, 3)}@gmail.com", text)
    t = _URL.sub(lambda m: f"https://t.me/work{_digits(rng, 4)}", t)
    t = _HANDLE.sub(lambda m: "@" + rng.choice(("hr", "tuyendung", "job", "recruit")) + _digits(rng, 3), t)
    t = _PHONE.sub(lambda m: "0" + _digits(rng, 9), t)
    t = _NUM.sub(lambda m: str(max(1, int(m.group()) + rng.randint(1, 9) * (1 if rng.random() < .5 else -1)))
                 if len(m.group()) <= 6 else _digits(rng, len(m.group())), t)
    parts = [p for p in _SENT.split(t) if p.strip()]
    if len(parts) >= 2:
        if rng.random() < 0.5 and len(parts) >= 3:
            del parts[rng.randrange(1, len(parts))]
        else:
            parts.insert(rng.randrange(1, len(parts) + 1), FILLERS.get(lang, FILLER_EN))
    sep = rng.choice((" ", "  ", "\n", " \n"))
    t = sep.join(p.strip() for p in parts) if parts else t
    if rng.random() < 0.7:
        t = rng.choice(EMOJI) * rng.randint(1, 3) + " " + t
    if rng.random() < 0.7:
        t = t + " " + rng.choice(EMOJI) * rng.randint(1, 2)
    return t.replace(", ", rng.choice((", ", ",", " , ")))


class _NgramOnly:
    """The trained model's n-gram partner in the model's place: the checker computes the memory vectors in its own
    n-gram pass (classifier/checker.py), so no transformer pass is needed to choose the memory's settings."""

    def __init__(self, artifacts: Path):
        from classifier.model.ngram import NgramModel
        from classifier.model.runtime import read_info

        self.info = read_info(artifacts)
        self.ngram = NgramModel.load(Path(artifacts) / "ngram.npz")

    def predict_proba(self, texts: list[str]) -> list[float]:
        return self.ngram.predict_proba(texts)


def load_vector_checker(artifacts: Path = ART):
    """A checker that computes the lure-memory vectors exactly as the bot's does (Verdict.embedding)."""
    from classifier import Checker

    if not (Path(artifacts) / "ngram.npz").is_file():
        raise SystemExit(f"{artifacts} has no n-gram model (ngram.npz): the lure memory lives in its feature space")
    checker = Checker(model=_NgramOnly(artifacts), cache_size=0)
    checker.want_vectors = True
    return checker


def weights_key(info: dict) -> dict:
    """What decides a model's embeddings and scores: model.json without the keys computed after training."""
    return {k: v for k, v in info.items() if k not in ("memory", "cascade")}


def model_version(artifacts: Path) -> str:
    """The deployed model's id for its memory settings: its weights files and model.json (memory section aside)."""
    h = hashlib.sha256()
    info = json.loads((Path(artifacts) / "model.json").read_text(encoding="utf-8"))
    h.update(json.dumps(weights_key(info), sort_keys=True).encode())
    for name in ("adapter.safetensors", "ngram.npz"):
        p = Path(artifacts) / name
        if p.is_file():
            h.update(p.read_bytes())
    return h.hexdigest()[:12]


def embed(checker, texts: list[str], cache: Path | None = None, log=None) -> np.ndarray:
    """Verdict.embedding of each text (the checker's one forward pass), cached by sha1 of the text."""
    keys = [hashlib.sha1(t.encode("utf-8")).hexdigest() for t in texts]
    have: dict[str, np.ndarray] = {}
    if cache is not None and cache.is_file():
        z = np.load(cache)
        have = dict(zip((str(k) for k in z["keys"]), z["emb"]))
    todo = [i for i, k in enumerate(keys) if k not in have]
    t0 = time.perf_counter()
    for start in range(0, len(todo), 256):
        chunk = todo[start:start + 256]
        for i, v in zip(chunk, checker.check_many([texts[i] for i in chunk])):
            have[keys[i]] = (np.asarray(v.embedding, np.float32) if v.embedding is not None
                             else np.full(DIM, np.nan, np.float32))
        if log:
            log(f"embedded {start + len(chunk)}/{len(todo)} in {time.perf_counter() - t0:.0f}s")
        if cache is not None and (start // 256) % 8 == 7:
            _save(cache, have)
    if cache is not None and todo:
        _save(cache, have)
    return np.stack([have[k] for k in keys])


def _save(cache: Path, have: dict) -> None:
    cache.parent.mkdir(parents=True, exist_ok=True)
    tmp = cache.with_suffix(".tmp.npz")
    np.savez(tmp, keys=np.array(list(have)), emb=np.stack(list(have.values())))
    tmp.replace(cache)


def best_other_group(q: np.ndarray, q_groups: np.ndarray, m: np.ndarray, m_groups: np.ndarray) -> np.ndarray:
    """Each query's highest cosine with the memory vectors of another group."""
    sims = q @ m.T
    sims[q_groups[:, None] == m_groups[None, :]] = -1.0
    return sims.max(1) if sims.shape[1] else np.full(len(q), -1.0)


def lowest_threshold(legit_best: np.ndarray, max_fp: float) -> float:
    """The lowest cosine at which at most max_fp of the legit texts reach it (rounded up to 1e-4)."""
    s = np.sort(legit_best)[::-1]
    allowed = int(np.floor(max_fp * len(s)))  # this many legit texts may match
    t = float(s[allowed]) + 1e-4 if allowed < len(s) else float(s[-1])
    return float(np.ceil(t * 1e4) / 1e4)


PRODUCT_LANGS = ("vi", "ko", "km", "en")
MIN_OWN = 100  # legit texts a language needs for a threshold of its own


def thresholds(legit_best: np.ndarray, legit_lang: np.ndarray, max_fp: float) -> tuple[float, dict[str, float]]:
    """(default, {lang: own}) from each legit text's best cosine with a lure of another group (see `choose`)."""
    thr = lowest_threshold(legit_best[np.isin(legit_lang, PRODUCT_LANGS)], max_fp)
    by_lang = {}
    for lang in sorted(set(legit_lang.tolist())):
        m = legit_lang == lang
        if m.sum() >= MIN_OWN:
            by_lang[lang] = max(thr, lowest_threshold(legit_best[m], max_fp))
    return thr, by_lang


def choose(records: list[Record], emb: np.ndarray, near: np.ndarray, near_of: np.ndarray,
           max_fp: float = MAX_FP, min_near: float = MIN_NEAR) -> dict:
    """The centre, the thresholds and the rates (see the module docstring). `near[j]` disguises record near_of[j].

    The default threshold keeps the legit false matches of the product languages (vi, ko, km with its translations,
    en) pooled within max_fp; a language with at least MIN_OWN legit texts gets its own, never lower than the
    default, that keeps its own false matches within max_fp (the Chinese data sets are templated: one threshold for
    all would be set by them)."""
    ok = ~np.isnan(emb).any(1)
    center = emb[ok].mean(0).astype(np.float32)
    real = np.array([r.origin == "real" for r in records]) & ok
    y = np.array([r.label for r in records])
    groups = np.array([r.group for r in records])
    lure_i, legit_i = np.flatnonzero(real & (y == 1)), np.flatnonzero(real & (y == 0))
    lures = prepare_many(emb[lure_i], center)
    legit_best = best_other_group(prepare_many(emb[legit_i], center), groups[legit_i], lures, groups[lure_i])
    lang_of = np.array([r.lang for r in records])  # translations count as Khmer: the checker reads them so
    legit_lang = lang_of[legit_i]
    thr, by_lang = thresholds(legit_best, legit_lang, max_fp)
    t_legit = np.array([by_lang.get(x, thr) for x in legit_lang])
    nok = ~np.isnan(near).any(1)
    near_cos = (prepare_many(near[nok], center) * prepare_many(emb[near_of[nok]], center)).sum(1)
    t_near = np.array([by_lang.get(x, thr) for x in lang_of[near_of[nok]]])
    langs = np.array([("km_tr" if r.translated else r.lang) for r in records])

    def per_lang(idx, hit):
        out = {}
        for lang in sorted(set(langs[idx].tolist())):
            m = langs[idx] == lang
            out[lang] = {"n": int(m.sum()), "rate": round(float(hit[m].mean()), 4)}
        return out

    near_hit = near_cos >= t_near
    legit_hit = legit_best >= t_legit
    product = np.isin(legit_lang, PRODUCT_LANGS)
    return {
        "threshold": thr, "by_lang": by_lang, "center": center,
        "legit_false_match": round(float(legit_hit.mean()), 5), "legit_texts": int(len(legit_i)),
        "legit_false_match_product_langs": round(float(legit_hit[product].mean()), 5),
        "near_duplicate_match": round(float(near_hit.mean()), 4), "near_duplicates": int(nok.sum()),
        "real_lures": int(len(lure_i)),
        "legit_by_lang": per_lang(legit_i, legit_hit), "near_by_lang": per_lang(near_of[nok], near_hit),
        "ok": bool(near_hit[np.isin(lang_of[near_of[nok]], PRODUCT_LANGS)].mean() >= min_near),
    }


def write_memory(artifacts: Path, section: dict) -> None:
    """Set model.json's "memory" key only: re-read right before writing, every other key kept as it is."""
    path = Path(artifacts) / "model.json"
    info = json.loads(path.read_text(encoding="utf-8"))
    info["memory"] = section  # a new key goes last; an existing one keeps its place
    old = path.read_text(encoding="utf-8")
    path.write_text(json.dumps(info, indent=1, ensure_ascii=False) + ("\n" if old.endswith("\n") else ""),
                    encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--artifacts", default=str(ART))
    ap.add_argument("--variants", type=int, default=3, help="disguised copies of each real lure")
    ap.add_argument("--max-fp", type=float, default=MAX_FP)
    ap.add_argument("--min-near", type=float, default=MIN_NEAR)
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--dry-run", action="store_true", help="print the figures, write nothing")
    args = ap.parse_args(argv)

    def log(m: str) -> None:
        print(m, file=sys.stderr, flush=True)

    artifacts = Path(args.artifacts)
    checker = load_vector_checker(artifacts)
    version = model_version(artifacts)
    records = load_corpus()
    rng = random.Random(args.seed)
    lure_i = [i for i, r in enumerate(records) if r.origin == "real" and r.label == 1]
    near_of = np.array([i for i in lure_i for _ in range(args.variants)], dtype=int)
    near_texts = [perturb(records[i].text, rng, records[i].lang) for i in near_of]
    log(f"{len(records)} texts and {len(near_texts)} disguised lures through the checker's n-gram pass")
    emb = embed(checker, [r.text for r in records] + near_texts, None, log)
    res = choose(records, emb[:len(records)], emb[len(records):], near_of, args.max_fp, args.min_near)
    summary = {k: v for k, v in res.items() if k not in ("center",)}
    print(json.dumps({"space": "ngram", "dim": DIM, "model_version": version, **summary}, indent=1))
    if not res["ok"]:
        log(f"near duplicates match at {res['near_duplicate_match']:.3f} < {args.min_near} at the threshold that "
            f"keeps legit false matches within {args.max_fp}: not written")
        return 1
    if args.dry_run:
        return 0
    write_memory(artifacts, {
        "threshold": res["threshold"], "by_lang": res["by_lang"], "center": [round(float(v), 6) for v in res["center"]],
        "space": "ngram", "dim": DIM, "model_version": version,
        "chosen_by": {"rule": f"lowest cosine with legit false matches <= {args.max_fp} (real legit vs real lures "
                               f"of other CV groups), product languages pooled, and per language with >= {MIN_OWN} "
                               f"legit texts; near duplicates of product-language lures >= {args.min_near}",
                      "legit_false_match_product_langs": res["legit_false_match_product_langs"],
                      "legit_false_match": res["legit_false_match"], "legit_texts": res["legit_texts"],
                      "near_duplicate_match": res["near_duplicate_match"], "near_duplicates": res["near_duplicates"],
                      "command": "python -m classifier.training.memory_threshold"},
    })
    onnx_info = ONNX / "model.json"
    if onnx_info.is_file():
        try:
            same = weights_key(json.loads(onnx_info.read_text(encoding="utf-8"))) == weights_key(
                json.loads((artifacts / "model.json").read_text(encoding="utf-8")))
        except ValueError:
            same = False
        if same:  # the export's copy of model.json gets the settings too: the weights are the same, no new export
            import shutil

            shutil.copy2(artifacts / "model.json", onnx_info)
            log(f"memory settings also written to the ONNX export's copy in {ONNX}")
    log(f"memory threshold {res['threshold']} written to {artifacts / 'model.json'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
