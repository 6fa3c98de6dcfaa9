"""The lure memory: the nearest confirmed real lures of a text, found with the embedding the checker already
computed (no second model pass). Pure: numpy in, matches out. Storage (database rows, vectors as bytes), loading,
reloading on a version counter and the CLI belong to bot/.

Vectors are the model's mean-pooled embedding, centred on the corpus mean stored with the model (e5 embeddings are
anisotropic: raw cosines of unrelated texts sit around 0.7-0.9) and L2-normalised; a match is a cosine at or above
the threshold chosen on data (python -m classifier.training.memory_threshold) and stored in model.json
("memory": {"threshold", "center", "model_version"}).

    mem = LureMemory.from_rows(rows, threshold=info["memory"]["threshold"], center=mean)
    mem.nearest(verdict_embedding)          -> [MemoryMatch(id, similarity, date, source), ...]
    prepare(embedding, center)              -> the float32 vector to store for a new entry (bytes: .tobytes())
"""
from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

DIM = 384


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
                 center: np.ndarray | None = None, sources: Sequence[str] | None = None, version: int = 0):
        self.vectors = np.ascontiguousarray(vectors, dtype=np.float32)
        if self.vectors.ndim != 2:
            self.vectors = self.vectors.reshape(len(ids), -1) if len(ids) else np.zeros((0, DIM), np.float32)
        if len(self.vectors) != len(ids) or len(ids) != len(dates):
            raise ValueError("vectors, ids and dates must have the same length")
        self.ids, self.dates = list(ids), list(dates)
        self.sources = list(sources) if sources is not None else [""] * len(self.ids)
        self.threshold = float(threshold)
        self.center = None if center is None else np.asarray(center, dtype=np.float32)
        self.version = version

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[str, bytes | np.ndarray, str, str]], threshold: float,
                  center: np.ndarray | None = None, version: int = 0) -> LureMemory:
        """From stored rows (id, vector as bytes or array (already prepared), date, source)."""
        ids, vecs, dates, sources = [], [], [], []
        for rid, vec, date, source in rows:
            ids.append(str(rid))
            vecs.append(from_bytes(vec) if isinstance(vec, (bytes, bytearray, memoryview)) else np.asarray(vec, np.float32))
            dates.append(str(date))
            sources.append(str(source or ""))
        matrix = np.stack(vecs) if vecs else np.zeros((0, DIM), dtype=np.float32)
        return cls(matrix, ids, dates, threshold, center, sources, version)

    def __len__(self) -> int:
        return len(self.ids)

    def similarities(self, embeddings: np.ndarray) -> np.ndarray:
        """Cosine of each (raw, unprepared) embedding with every entry: shape (texts, entries)."""
        q = prepare_many(np.atleast_2d(embeddings), self.center)
        if not len(self):
            return np.zeros((len(q), 0), dtype=np.float32)
        with _one_blas_thread():
            return q @ self.vectors.T

    def nearest(self, embedding: Sequence[float] | np.ndarray, k: int = 3) -> list[MemoryMatch]:
        """The entries at or above the threshold, best first (at most k)."""
        return self.nearest_many(np.atleast_2d(np.asarray(embedding, dtype=np.float32)), k)[0]

    def nearest_many(self, embeddings: np.ndarray, k: int = 3) -> list[list[MemoryMatch]]:
        sims = self.similarities(embeddings)
        out: list[list[MemoryMatch]] = []
        for row in sims:
            hits = np.flatnonzero(row >= self.threshold)  # filter first: almost every text has no match
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
