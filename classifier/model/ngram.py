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

    def logits(self, texts: list[str]) -> list[float]:
        x = self.vec.transform([_prep(t) for t in texts])
        x.data = 1.0 + np.log(x.data)  # sublinear tf, as TfidfTransformer does
        x = x.multiply(self.idf).tocsr()
        norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        z = np.asarray(x @ self.coef).ravel() / norms + self.intercept
        return [float(v) for v in z]

    def predict_proba(self, texts: list[str]) -> list[float]:
        return [1 / (1 + math.exp(-max(-30.0, min(30.0, z)))) for z in self.logits(texts)]

    def save(self, path: Path) -> None:
        np.savez_compressed(path, idf=self.idf, coef=self.coef, intercept=np.array([self.intercept]))

    @classmethod
    def load(cls, path: Path) -> NgramModel:
        z = np.load(path)
        return cls(z["idf"], z["coef"], float(z["intercept"][0]))
