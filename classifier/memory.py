"""The lure memory: the nearest confirmed real lures of a text, found with the embedding the checker already
computed (no second model pass). Pure: numpy in, matches out. Storage (database rows, vectors as bytes), loading,
reloading on a version counter and the CLI belong to bot/.

Vectors are the n-gram model's TF-IDF features of the text's skeleton (`skeleton`: what a scammer changes when
reposting taken out), sketched to 512 values (classifier.model.ngram.NgramModel.sketches; computed with the n-gram
score the cascade needs anyway), centred on the corpus mean stored with the model and L2-normalised; a match is a
cosine at or above the threshold chosen on data (python -m classifier.training.memory_threshold) for the text's
language ("by_lang"; "threshold" for the others) and stored in model.json ("memory": {"threshold", "by_lang",
"center", "space", "dim"}). The transformer's embedding was measured first and
dropped: at no threshold did it separate disguised copies from legit look-alikes (docs/model-and-data.md).

    mem = LureMemory.from_rows(rows, threshold=info["memory"]["threshold"], center=mean)
    mem.nearest(verdict_embedding)          -> [MemoryMatch(id, similarity, date, source), ...]
    prepare(embedding, center)              -> the float32 vector to store for a new entry (bytes: .tobytes())
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

DIM = 512
_LINKS = re.compile(r"https?://\S+|www\.\S+|\S+@\S+|@[\w.]+|\b[\w-]+\.(?:com|net|org|vn|kr|kh|me|ly|cc|io)\b\S*",
                    re.I)
_DIGIT_RUNS = re.compile(r"\d(?:[\d .,:/-]*\d)?")


def skeleton(text: str) -> str:
    """The words of an ad without what a reposter changes: links, e-mails and handles, numbers (phones, amounts,
    dates: any run of digits becomes "0"), emoji, punctuation and spacing. Reads normalized, folded text."""
    t = _DIGIT_RUNS.sub("0", _LINKS.sub(" ", text))
    t = "".join(ch if unicodedata.category(ch)[0] not in "PSC" else " " for ch in t)
    return " ".join(t.split())


@dataclass(frozen=True)
class MemoryMatch:
    id: str
    similarity: float
    date: str  # ISO date the lure was confirmed
    source: str = ""


def prepare(embedding: Sequence[float] | np.ndarray, center: np.ndarray | None = None) -> np.ndarray:
    """The stored form of an embedding: centred, unit length, float32 (store with `.tobytes()`)."""
    v = np.asarray(embedding, dtype=np.float32).reshape(-1)
    if center is not None:
        v = v - center.astype(np.float32)
    n = float(np.linalg.norm(v))
    return v / n if n > 0 else v


def prepare_many(embeddings: np.ndarray, center: np.ndarray | None = None) -> np.ndarray:
    x = np.asarray(embeddings, dtype=np.float32)
    if center is not None:
        x = x - center.astype(np.float32)
    n = np.linalg.norm(x, axis=1, keepdims=True)
    n[n == 0] = 1.0
    return (x / n).astype(np.float32)


def from_bytes(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype=np.float32)


class LureMemory:
    """An immutable snapshot: a (n, 384) float32 matrix of prepared vectors with ids, dates and sources."""

    def __init__(self, vectors: np.ndarray, ids: Sequence[str], dates: Sequence[str], threshold: float,
                 center: np.ndarray | None = None, sources: Sequence[str] | None = None, version: int = 0,
                 by_lang: dict[str, float] | None = None):
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if self.vectors.ndim != 2:
            self.vectors = self.vectors.reshape(len(ids), -1) if len(ids) else np.zeros((0, DIM), np.float32)
        if len(self.vectors) != len(ids) or len(ids) != len(dates):
            raise ValueError("vectors, ids and dates must have the same length")
        self.ids, self.dates = list(ids), list(dates)
        self.sources = list(sources) if sources is not None else [""] * len(self.ids)
        self.threshold = float(threshold)  # for a text of a language without its own threshold in by_lang
        self.by_lang = {k: float(v) for k, v in (by_lang or {}).items()}
        self.center = None if center is None else np.asarray(center, dtype=np.float32)
        self.version = version

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, bytes | np.ndarray, str, str]], threshold: float,
                  center: np.ndarray | None = None, version: int = 0,
                  by_lang: dict[str, float] | None = None) -> LureMemory:
        """From stored rows (id, vector as bytes or array (already prepared), date, source)."""
        ids, vecs, dates, sources = [], [], [], []
        for rid, vec, date, source in rows:
            ids.append(str(rid))
            vecs.append(from_bytes(vec) if isinstance(vec, (bytes, bytearray, memoryview)) else np.asarray(vec, np.float32))
            dates.append(str(date))
            sources.append(str(source or ""))
        matrix = np.stack(vecs) if vecs else np.zeros((0, DIM), dtype=np.float32)
        return cls(matrix, ids, dates, threshold, center, sources, version, by_lang)

    def __len__(self) -> int:
        return len(self.ids)

    def similarities(self, embeddings: np.ndarray) -> np.ndarray:
        """Cosine of each (raw, unprepared) embedding with every entry: shape (texts, entries)."""
        q = prepare_many(np.atleast_2d(embeddings), self.center)
        if not len(self):
            return np.zeros((len(q), 0), dtype=np.float32)
        with _one_blas_thread():
            return q @ self.vectors.T

    def threshold_for(self, lang: str | None) -> float:
        return self.by_lang.get(lang or "", self.threshold)

    def nearest(self, embedding: Sequence[float] | np.ndarray, k: int = 3, lang: str | None = None) -> list[MemoryMatch]:
        """The entries at or above the threshold (of the text's language), best first (at most k)."""
        return self.nearest_many(np.atleast_2d(np.asarray(embedding, dtype=np.float32)), k, [lang])[0]

    def nearest_many(self, embeddings: np.ndarray, k: int = 3,
                     langs: Sequence[str | None] | None = None) -> list[list[MemoryMatch]]:
        sims = self.similarities(embeddings)
        out: list[list[MemoryMatch]] = []
        for n, row in enumerate(sims):
            thr = self.threshold_for(langs[n]) if langs is not None else self.threshold
            hits = np.flatnonzero(row >= thr)  # filter first: almost every text has no match
            top = hits[np.argsort(-row[hits], kind="stable")[:k]] if len(hits) else hits
            out.append([MemoryMatch(self.ids[j], round(float(row[j]), 4), self.dates[j], self.sources[j])
                        for j in top])
        return out


_controller = None


def _one_blas_thread():
    """One BLAS thread for the search: a (texts x 384) by (384 x entries) product is too small to share between
    threads, and on a busy 2-core machine the hand-off costs more than the product (measured 3x slower with 2)."""
    global _controller
    if _controller is None:
        try:
            from threadpoolctl import ThreadpoolController

            _controller = ThreadpoolController()
        except ImportError:  # threadpoolctl comes with scikit-learn; without it, BLAS as it is
            _controller = False
    if _controller is False:
        from contextlib import nullcontext

        return nullcontext()
    return _controller.limit(limits=1, user_api="blas")


def best_similarity(queries: np.ndarray, stored: np.ndarray) -> np.ndarray:
    """For evaluation: each prepared query's highest cosine with the prepared stored vectors (-1 when none)."""
    if not len(stored):
        return np.full(len(queries), -1.0, dtype=np.float32)
    return (queries @ stored.T).max(axis=1)
