"""A character n-gram logistic regression that runs beside the transformer (about 1 ms a text).

Hashed features (no vocabulary to ship: 2 x 256k floats), TF-IDF weighted, on the normalized and folded text.
On our validation split and on dev its errors differ from the transformer's, so the two are averaged
(in logit space) before calibration; see classifier/training/train.py.
"""
from __future__ import annotations

import math
from pathlib import Path

import numpy as np

from classifier.normalize import fold, normalize

N_FEATURES = 2**18
SKETCH_DIM = 512
_SKETCH_SEED, _SKETCH_NNZ = 20261203, 4  # fixed: stored vectors stay comparable (part of the memory's fingerprint)
_projections: dict = {}


def _projection(dim: int):
    """A sparse random sign projection (N_FEATURES x dim, _SKETCH_NNZ entries of +-1/sqrt(nnz) per row): inner
    products are kept in expectation (Achlioptas / sparse Johnson-Lindenstrauss), at the cost of a sparse product."""
    if dim not in _projections:
        from scipy.sparse import csr_matrix

        rng = np.random.default_rng(_SKETCH_SEED)
        cols = rng.integers(0, dim, size=(N_FEATURES, _SKETCH_NNZ))
        vals = rng.choice(np.array([-1.0, 1.0], np.float32), size=(N_FEATURES, _SKETCH_NNZ)) / np.sqrt(_SKETCH_NNZ)
        rows = np.repeat(np.arange(N_FEATURES), _SKETCH_NNZ)
        _projections[dim] = csr_matrix((vals.ravel().astype(np.float32), (rows, cols.ravel())),
                                       shape=(N_FEATURES, dim))
    return _projections[dim]


def _vectorizer():
    from sklearn.feature_extraction.text import HashingVectorizer

    return HashingVectorizer(analyzer="char_wb", ngram_range=(1, 4), n_features=N_FEATURES, alternate_sign=False,
                             norm=None)


def _prep(text: str) -> str:
    return fold(normalize(text))


class NgramModel:
    def __init__(self, idf: np.ndarray, coef: np.ndarray, intercept: float):
        self.idf, self.coef, self.intercept = idf, coef, intercept
        self.vec = _vectorizer()

    @classmethod
    def fit(cls, texts: list[str], labels: list[int], c: float = 10.0) -> NgramModel:
        from sklearn.feature_extraction.text import TfidfTransformer
        from sklearn.linear_model import LogisticRegression

        x = _vectorizer().transform([_prep(t) for t in texts])
        tfidf = TfidfTransformer(sublinear_tf=True).fit(x)
        clf = LogisticRegression(C=c, max_iter=3000, class_weight="balanced").fit(tfidf.transform(x), labels)
        return cls(tfidf.idf_.astype(np.float32), clf.coef_[0].astype(np.float32), float(clf.intercept_[0]))

    def _tfidf(self, prepped: list[str]):
        x = self.vec.transform(prepped)
        x.data = 1.0 + np.log(x.data)  # sublinear tf, as TfidfTransformer does
        return x.multiply(self.idf).tocsr()

    def logits(self, texts: list[str]) -> list[float]:
        x = self._tfidf([_prep(t) for t in texts])
        norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        z = np.asarray(x @ self.coef).ravel() / norms + self.intercept
        return [float(v) for v in z]

    def logits_and_sketches(self, texts: list[str], dim: int = SKETCH_DIM) -> tuple[list[float], np.ndarray]:
        return self.logits(texts), self.sketches(texts, dim)

    def sketches(self, texts: list[str], dim: int = SKETCH_DIM) -> np.ndarray:
        """The lure memory's vectors (classifier/memory.py): this model's TF-IDF features of each text's skeleton
        (digits, contacts, links, emoji and spacing taken out: what a scammer changes when reposting) projected to
        `dim` dense values by a fixed sparse sign projection, unit length. Near duplicates land close, and the
        features are the n-gram model's own, so no second model is needed."""
        from classifier.memory import skeleton

        x = self._tfidf([skeleton(_prep(t)) for t in texts])
        out = np.asarray((x @ _projection(dim)).todense(), dtype=np.float32)
        n = np.linalg.norm(out, axis=1, keepdims=True)
        n[n == 0] = 1.0
        return out / n

    def predict_proba(self, texts: list[str]) -> list[float]:
        return [1 / (1 + math.exp(-max(-30.0, min(30.0, z)))) for z in self.logits(texts)]

    def save(self, path: Path) -> None:
        np.savez_compressed(path, idf=self.idf, coef=self.coef, intercept=np.array([self.intercept]))

    @classmethod
    def load(cls, path: Path) -> NgramModel:
        z = np.load(path)
        return cls(z["idf"], z["coef"], float(z["intercept"][0]))
