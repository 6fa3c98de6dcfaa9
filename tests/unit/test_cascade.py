"""The cascade (issue 15) with a stand-in model: the cheap stages settle what they are sure of, at the level the full
model gives; the thresholds come from model.json "cascade", not from code."""
from __future__ import annotations

import json
import math

from classifier import Checker
from classifier.model.runtime import cascade_config, read_info
from classifier.scoring import Thresholds
from classifier.training.cascade import cheap_score, choose, settle, write_key

LURE = "Tuyển nhân viên làm việc tại Campuchia, lương 2000 USD/tháng, bao ăn ở, liên hệ Telegram @abc"
PLAIN_JOB = "Cần tuyển kế toán có kinh nghiệm 2 năm, lương thỏa thuận, đóng BHXH đầy đủ"
OTHER_JOB = "Hiring data entry staff, salary 1500 USD per month, no experience needed"
NOT_JOB = "Mẹ ơi tối nay con về muộn"
MODEL_JSON = {"layers": 6, "max_len": 128, "lora": {"r": 16, "alpha": 32.0}, "calibration": {"a": 1.2, "b": -0.3},
              "thresholds": {"suspicious": 0.255, "high_risk": 0.56}, "rule_boost": 0.5,
              "cascade": {"low": 0.1, "high": 0.9}}


class _Ngram:
    def logits(self, texts):  # folds its input itself, as classifier/model/ngram.py does
        texts = [t.lower() for t in texts]
        return [3.0 if "campuchia" in t or "telegram" in t else (-4.0 if "bhxh" in t else 0.0) for t in texts]


class _Model:
    """Transformer logit = the n-gram logit: the full model's probability is then exactly the cheap one."""

    def __init__(self, info):
        self.info, self.ngram, self.calls = info, _Ngram(), []

    def predict_with_embeddings(self, texts, ngram_logits=None):
        self.calls.append(list(texts))
        z = ngram_logits if ngram_logits is not None else self.ngram.logits(texts)
        a, b = self.info.calib_a, self.info.calib_b
        return [1 / (1 + math.exp(-(a * x + b))) for x in z], [None] * len(texts)


def _checker(tmp_path, cascade):
    raw = dict(MODEL_JSON, cascade=cascade)
    (tmp_path / "model.json").write_text(json.dumps(raw))
    info = read_info(tmp_path)
    c = Checker(model=_Model(info), thresholds=Thresholds(**{k: v for k, v in info.thresholds.items()}),
                rule_boost=info.rule_boost, cache_size=0)
    c.cascade = cascade_config(info)
    return c


def test_settled_texts_get_the_full_models_level(tmp_path):
    texts = [LURE, PLAIN_JOB, OTHER_JOB, NOT_JOB]
    full = _checker(tmp_path, None)
    casc = _checker(tmp_path, {"low": 0.1, "high": 0.9})
    fv, cv = full.check_many(texts), casc.check_many(texts)
    assert [v.level for v in cv] == [v.level for v in fv]
    how = [v.extras.get("cascade") for v in cv]
    assert how[3] == "rules" and how[1] == "low"  # not a job offer; a job offer the n-gram finds plain
    reached = [t for c in casc.model.calls for t in c]
    assert len(reached) == sum(h is None for h in how)  # only the unsettled middle reaches the model


def test_thresholds_come_from_model_json(tmp_path):
    texts = [LURE, PLAIN_JOB, OTHER_JOB, NOT_JOB]
    wide = _checker(tmp_path, {"low": 0.1, "high": 0.9}).check_many(texts)
    narrow = _checker(tmp_path, {"low": 0.0, "high": 1.01}).check_many(texts)
    high = _checker(tmp_path, {"low": 0.0, "high": 0.5}).check_many(texts)
    assert [v.extras.get("cascade") for v in narrow] == [None, None, None, "rules"]
    assert [v.extras.get("cascade") for v in wide] != [v.extras.get("cascade") for v in narrow]
    assert high[0].extras.get("cascade") == "high" and high[0].level == "high_risk"


def test_no_cascade_key_means_every_text_reaches_the_model(tmp_path):
    raw = {k: v for k, v in MODEL_JSON.items() if k != "cascade"}
    (tmp_path / "model.json").write_text(json.dumps(raw))
    assert cascade_config(read_info(tmp_path)) is None


def test_choose_loses_no_caught_lure_and_settles_high_only_what_the_full_model_calls_high():
    import numpy as np

    cheap = np.array([0.01, 0.05, 0.2, 0.3, 0.5, 0.8, 0.95, 0.97])
    y = np.array([0, 0, 1, 0, 1, 0, 1, 1])
    job = np.ones(8, dtype=bool)
    full = np.array([0, 0, 1, 0, 2, 1, 2, 2])
    low, high = choose(cheap, y, job, full)
    s = settle(cheap, job, low, high)
    assert not ((s == 0) & (y == 1) & (full >= 1)).any()
    assert ((s == 2) <= (full == 2)).all()
    assert 0.05 < low <= 0.2 and 0.8 < high <= 0.95
    assert cheap_score(0.0, 0.0, 1.0, 0.0, 0.5) == 0.5


def test_write_key_touches_only_its_key(tmp_path):
    path = tmp_path / "model.json"
    path.write_text(json.dumps({"a": 1, "memory": {"threshold": 0.9}}))
    write_key(path, "cascade", {"low": 0.1, "high": 0.9})
    assert json.loads(path.read_text()) == {"a": 1, "memory": {"threshold": 0.9}, "cascade": {"low": 0.1, "high": 0.9}}


def test_a_text_matching_the_lure_memory_is_never_settled_by_the_cheap_stages(tmp_path):
    import numpy as np

    from classifier.memory import LureMemory

    c = _checker(tmp_path, {"low": 0.1, "high": 0.5})
    c.memory_config = {"dim": 4}
    # memory vectors: one per text, the plain job's equal to the stored entry; the others orthogonal to it
    c.model.ngram.logits_and_sketches = lambda texts, dim: (
        c.model.ngram.logits(texts), np.array([[1, 0, 0, 0] if "bhxh" in t.lower() else [0, 1, 0, 0] for t in texts],
                                              np.float32))
    c.memory = LureMemory(np.array([[1, 0, 0, 0]], np.float32), ["1"], ["2026-01-01"], threshold=0.9)
    vs = c.check_many([LURE, PLAIN_JOB, NOT_JOB])
    assert [v.extras.get("cascade") for v in vs] == ["high", None, "rules"]  # the plain job reaches the model
    assert vs[1].reasons[0] == "KNOWN_LURE" and vs[1].level == "high_risk"
    assert [t for call in c.model.calls for t in call] == [PLAIN_JOB]
    assert vs[0].embedding is not None and vs[2].embedding is not None  # settled verdicts carry their vector too
