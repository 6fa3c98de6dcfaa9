"""The shipped checker (rules + the committed model, in its deployed ONNX int8 form) on the real dev set.

Floors sit a little under the figures measured with `lurecheck evaluate` / benchmarks/classify.py (issue 3 and 7
notes), so a regression fails, not noise. The model is built by `make setup` (`lurecheck model build`).
"""
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from bot.checking.engine import artifact_dir, base_dir, onnx_dir
from tests.conftest import ROOT

pytest.importorskip("onnxruntime")


@pytest.fixture(scope="module")
def built():
    if not (onnx_dir() / "lure-int8.onnx").is_file() or not (base_dir() / "model.safetensors").is_file():
        pytest.fail("models not built: `make setup` runs `lurecheck model build`")
    return True


def test_onnx_int8_agrees_with_pytorch(built):
    from classifier.model.onnx_runtime import OnnxLureModel
    from classifier.model.runtime import TransformerLureModel
    from tests.conftest import LEGIT, LURES

    texts = [*LURES.values(), *LEGIT.values()]
    torch_p = TransformerLureModel(base_dir(), artifact_dir()).predict_proba(texts)
    onnx_p = OnnxLureModel(onnx_dir()).predict_proba(texts)
    assert max(abs(a - b) for a, b in zip(torch_p, onnx_p)) < 0.1
    assert all(p > 0.5 for p in onnx_p[: len(LURES)]) and all(p < 0.5 for p in onnx_p[len(LURES):])


def test_classify_with_the_shipped_model_on_dev(built, dev_path, tmp_path):
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "LURECHECK_ENGINE": "auto"}
    exe = Path(sys.executable).with_name("lurecheck")
    r = subprocess.run([str(exe), "classify", "--input", str(dev_path), "--output", str(out), "--quiet"],
                       capture_output=True, text=True, env=env, cwd=ROOT, timeout=600)
    assert r.returncode == 0, r.stderr
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert len(rows) == 1304

    def rate(lang, label):
        sel = [x for x in rows if x["label"] == label and (lang == "all" or x["lang"] == lang)]
        return sum(x["level"] != "low_risk" for x in sel) / len(sel)

    assert rate("vi", "lure") >= 0.85 and rate("vi", "legit") <= 0.03
    # 11 of 17: the 12th that the floor of 0.70 counted was a fragment scored 0.26 in a batch of 16 and 0.21 alone
    # (int8 activations were scaled over the batch); scores no longer depend on the batch (test below)
    assert rate("ko", "lure") >= 0.64 and rate("ko", "legit") <= 0.03
    assert rate("zh", "lure") >= 0.80
    assert rate("en", "legit") <= 0.05


def test_a_text_gets_the_same_score_alone_and_in_a_batch(built, dev_path):
    """int8 dynamic quantization scales activations over the batch: the ONNX model runs one text at a time, so an ad
    pasted alone and the same ad in an NGO's file of a thousand get the same verdict."""
    from classifier.model.onnx_runtime import load_onnx_checker

    texts = [json.loads(x)["text"] for x in dev_path.read_text(encoding="utf-8").splitlines()[:48]]
    checker = load_onnx_checker(onnx_dir())
    checker.cache_size, checker.cascade = 0, None  # every text through the transformer
    batch = checker.check_many(texts)
    alone = [checker.check(t) for t in texts]
    assert [(v.score, v.level) for v in batch] == [(v.score, v.level) for v in alone]
