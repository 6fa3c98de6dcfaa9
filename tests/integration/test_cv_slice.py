"""Grouped cross-validation on a tiny slice of the real texts (issue 14): no group straddles folds, and every
variant's recall and false-positive counts are computed. Cheap stand-in embeddings: no model needed."""
from __future__ import annotations

import random

import numpy as np
import pytest

from classifier.training import corpus, cv


def _fake_embed(texts):
    from sklearn.feature_extraction.text import HashingVectorizer

    x = HashingVectorizer(analyzer="char_wb", ngram_range=(2, 3), n_features=384, alternate_sign=True).transform(texts)
    dense = np.asarray(x.todense(), dtype=np.float32)
    return {6: dense, 12: dense}


@pytest.fixture(scope="module")
def slice_records():
    if not (corpus.REAL_DIR / "dev.jsonl").is_file():
        pytest.skip("../shared/data/real is not there")
    recs = corpus.load_corpus()
    rng = random.Random(0)
    real = [r for r in recs if r.origin == "real"]
    lures = [r for r in real if r.label == 1]
    legit = [r for r in real if r.label == 0]
    own = [r for r in recs if r.origin == "own"]
    return rng.sample(lures, 120) + rng.sample(legit, 240) + rng.sample(own, 60)


def test_grouped_cv_on_a_slice(slice_records):
    data = cv.load_data(records=slice_records, embed_fn=_fake_embed)
    variants = ("rules", "tfidf", "emb6", "model", "memory", "model+memory")
    result = cv.run(variants=variants, seeds=(0,), k=5, data=data, log=lambda m: None)
    assert result["no_group_straddles"]
    rows = [r for r in result["rows"] if "variant" in r]
    assert {r["variant"] for r in rows} >= set(variants)
    assert sum(r["lures"] for r in rows if r["variant"] == "rules") == sum(r.label for r in slice_records
                                                                           if r.origin == "real")
    for r in rows:
        assert 0 <= r["caught"] <= r["lures"] and 0 <= r["fp"] <= r["legit"]
    assert "rules" in cv.table(result, variants)


def test_translations_share_their_original_group():
    recs = corpus.load_corpus(own=False) if (corpus.REAL_DIR / "dev.jsonl").is_file() else pytest.skip("no data")
    by_id = {r.rid: r for r in recs}
    tr = [r for r in recs if r.translated and r.rid[5:] in by_id]
    assert tr and all(r.group == by_id[r.rid[5:]].group for r in tr)


def test_near_duplicates_share_a_cluster():
    a = "Tuyen CTV lam viec tai nha, luong 500k/ngay, lien he Zalo 0912345678 ngay hom nay nhe ban"
    b = "Tuyển CTV làm việc tại nhà, lương 700k/ngày, liên hệ Zalo 0987654321 ngay hôm nay nhé bạn!!"
    c = "Chuc mung sinh nhat, khuyen mai 50% cho khach hang than thiet tai cua hang"
    g = corpus.near_duplicate_groups([a, b, c])
    assert g[0] == g[1] != g[2]
