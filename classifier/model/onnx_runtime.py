"""The optimized deployment of the lure model: the merged network exported to ONNX, int8 dynamic quantization,
run with ONNX Runtime on 2 threads. Same interface and the same calibration, n-gram partner and thresholds as
the PyTorch model (classifier/model/runtime.py); built by `lurecheck model build` into models/lure-onnx/.
"""
from __future__ import annotations

import json
import shutil
import threading
from pathlib import Path

import numpy as np

ONNX_FILE = "lure-int8.onnx"


def _WithEmbedding(net):
    """The network with a second output: the mean-pooled embedding the lure memory matches on."""
    import torch

    class Both(torch.nn.Module):
        def __init__(self, inner):
            super().__init__()
            self.inner = inner

        def forward(self, input_ids, attention_mask):
            emb = self.inner.embed(input_ids, attention_mask)
            return self.inner.head(emb).squeeze(-1), emb

    return Both(net)


def export(base_dir: Path, artifact_dir: Path, out_dir: Path, quantize: bool = True) -> Path:
    """Export the merged PyTorch model to ONNX (and int8); copy the small artifacts beside it."""
    import torch

    from classifier.model.runtime import TransformerLureModel

    model = TransformerLureModel(base_dir, artifact_dir)
    net = _WithEmbedding(model.net).eval()
    out_dir = Path(out_dir)
    tmp = out_dir.with_name(out_dir.name + ".tmp")
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    ids = torch.tensor([model.tokenizer.encode(["xin chào, tuyển nhân viên"], 32)[0]] * 2)
    mask = torch.ones_like(ids)
    fp32 = tmp / "lure-fp32.onnx"
    torch.onnx.export(net, (ids, mask), str(fp32), input_names=["input_ids", "attention_mask"],
                      output_names=["logits", "embedding"], opset_version=17, dynamo=False,
                      dynamic_axes={"input_ids": {0: "batch", 1: "seq"}, "attention_mask": {0: "batch", 1: "seq"},
                                    "logits": {0: "batch"}, "embedding": {0: "batch"}})
    final = tmp / ONNX_FILE
    if quantize:
        from onnxruntime.quantization import QuantType, quantize_dynamic

        # Per-channel scales: measured closest to the PyTorch logits (mean |difference| 0.15 vs 0.22 per-tensor).
        quantize_dynamic(str(fp32), str(final), weight_type=QuantType.QInt8, per_channel=True)
        fp32.unlink()
    else:
        fp32.rename(final)
    for name in ("model.json", "ngram.npz"):
        if (Path(artifact_dir) / name).is_file():
            shutil.copy2(Path(artifact_dir) / name, tmp / name)
    for name in ("tokenizer.json", "norm_map.json", "config.json"):
        shutil.copy2(Path(base_dir) / name, tmp / name)
    (tmp / "SOURCE.txt").write_text(json.dumps({"artifacts": str(artifact_dir), "quantized": quantize}) + "\n")
    shutil.rmtree(out_dir, ignore_errors=True)
    tmp.rename(out_dir)
    return out_dir


def has_embedding_output(onnx_dir: Path) -> bool:
    """The export has the `embedding` output the lure memory needs (exports made before it have only `logits`)."""
    path = Path(onnx_dir) / ONNX_FILE
    if not path.is_file():
        return False
    import onnx

    try:
        return "embedding" in [o.name for o in onnx.load(str(path), load_external_data=False).graph.output]
    except Exception:  # noqa: BLE001 - an unreadable export is rebuilt
        return False


class OnnxLureModel:
    """Implements classifier.LureModel with ONNX Runtime. Needs only the exported folder (tokenizer included)."""

    # One text per run: int8 dynamic quantization scales each activation tensor by its range over the whole batch, so a
    # text's score moved with its neighbours (up to 1.0 logit between batches of 16 and alone, measured on dev): the
    # same ad must get the same verdict pasted alone or in an NGO's file. Batches of 16 ran ~2x faster per text.
    def __init__(self, onnx_dir: Path, threads: int = 2, batch_size: int = 1):
        import onnxruntime as ort

        from classifier.model.runtime import ModelMissing, read_info
        from classifier.model.tokenize import FastTokenizer

        onnx_dir = Path(onnx_dir)
        if not (onnx_dir / ONNX_FILE).is_file():
            raise ModelMissing(f"no exported model in {onnx_dir}: run `lurecheck model build`")
        self.info = read_info(onnx_dir)
        self.tokenizer = FastTokenizer(onnx_dir)
        opts = ort.SessionOptions()
        opts.intra_op_num_threads = threads
        opts.inter_op_num_threads = 1
        opts.graph_optimization_level = ort.GraphOptimizationLevel.ORT_ENABLE_ALL
        self.session = ort.InferenceSession(str(onnx_dir / ONNX_FILE), opts, providers=["CPUExecutionProvider"])
        self.ngram = None
        if self.info.raw.get("ngram"):
            from classifier.model.ngram import NgramModel

            self.ngram = NgramModel.load(onnx_dir / "ngram.npz")
        self.batch_size = batch_size
        self._lock = threading.Lock()

    def logits(self, texts: list[str]) -> list[float]:
        return self.logits_and_embeddings(texts)[0]

    def predict_with_embeddings(self, texts: list[str], ngram_logits: list[float] | None = None):
        from classifier.model.runtime import predict_with_embeddings

        return predict_with_embeddings(self, texts, ngram_logits)

    def logits_and_embeddings(self, texts: list[str]):
        ids = self.tokenizer.encode(texts, self.info.max_len)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        out = [0.0] * len(ids)
        embs: list = [None] * len(ids)
        names = [o.name for o in self.session.get_outputs()]
        pad = self.tokenizer.pad_id
        for start in range(0, len(order), self.batch_size):
            chunk = order[start : start + self.batch_size]
            width = max(len(ids[i]) for i in chunk)
            input_ids = np.full((len(chunk), width), pad, dtype=np.int64)
            mask = np.zeros((len(chunk), width), dtype=np.int64)
            for row, i in enumerate(chunk):
                input_ids[row, : len(ids[i])] = ids[i]
                mask[row, : len(ids[i])] = 1
            with self._lock:
                res = self.session.run(names, {"input_ids": input_ids, "attention_mask": mask})
            for row, (i, v) in enumerate(zip(chunk, res[0].reshape(-1).tolist())):
                out[i] = v
                if len(res) > 1:
                    embs[i] = res[1][row].astype(np.float32)
        return out, embs

    def predict_proba(self, texts: list[str]) -> list[float]:
        import math

        if not texts:
            return []
        z = self.logits(texts)
        if self.ngram is not None:
            z = [(t + n) / 2 for t, n in zip(z, self.ngram.logits(texts))]
        a, b = self.info.calib_a, self.info.calib_b
        return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, a * x + b)))) for x in z]


def load_onnx_checker(onnx_dir: Path, **kwargs):
    from classifier.checker import Checker
    from classifier.model.runtime import cascade_config, memory_config
    from classifier.scoring import Thresholds

    model = OnnxLureModel(onnx_dir, **kwargs)
    t = model.info.thresholds
    checker = Checker(model=model, thresholds=Thresholds(high_risk=t["high_risk"], suspicious=t["suspicious"]),
                      rule_boost=model.info.rule_boost)
    checker.memory_config = memory_config(model.info)
    checker.cascade = cascade_config(model.info)
    return checker
