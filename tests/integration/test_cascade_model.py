"""The cascade with the deployed ONNX model (issue 15): on a fixed sample of real dev texts, every text the cheap
stages settle gets the level the full model gives it; the thresholds are read from model.json "cascade"."""
from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ONNX = ROOT / "models" / "lure-onnx"
DEV = ROOT.parent / "shared" / "data" / "real" / "dev.jsonl"


@pytest.fixture(scope="module")
def checker():
    if not (ONNX / "lure-int8.onnx").is_file() or not DEV.is_file():
        pytest.skip("no ONNX export (lurecheck model build) or no dev set")
    from classifier.model.onnx_runtime import load_onnx_checker

    c = load_onnx_checker(ONNX)
    if c.cascade is None:
        pytest.skip("model.json has no cascade key (python -m classifier.training.cascade)")
    c.cache_size = 0
    return c


def _sample(n=160):
    rows = [json.loads(x) for x in DEV.read_text(encoding="utf-8").split("\n") if x.strip()]
    return [r["text"] for r in rows[::max(1, len(rows) // n)]][:n]


def test_settled_texts_keep_the_full_models_level(checker):
    texts = _sample()
    cascade = checker.cascade
    casc = checker.check_many(texts)
    checker.cascade = None
    try:
        full = checker.check_many(texts)
    finally:
        checker.cascade = cascade
    settled = [(c, f) for c, f in zip(casc, full, strict=True) if c.extras.get("cascade")]
    assert len(settled) >= len(texts) // 3
    assert [c.level for c, _ in settled] == [f.level for _, f in settled]


def test_thresholds_come_from_the_copied_model_json(checker, tmp_path):
    from classifier.model.runtime import cascade_config, read_info

    shutil.copy2(ONNX / "model.json", tmp_path / "model.json")
    raw = json.loads((tmp_path / "model.json").read_text())
    assert cascade_config(read_info(tmp_path)) == checker.cascade
    raw["cascade"] = {**raw["cascade"], "low": 0.0, "high": 1.01}  # nothing settled by the n-gram model
    (tmp_path / "model.json").write_text(json.dumps(raw))
    texts = _sample(60)
    before = [v.extras.get("cascade") for v in checker.check_many(texts)]
    cascade = checker.cascade
    checker.cascade = cascade_config(read_info(tmp_path))
    try:
        after = [v.extras.get("cascade") for v in checker.check_many(texts)]
    finally:
        checker.cascade = cascade
    assert before != after
    assert set(after) <= {None, "rules"}
