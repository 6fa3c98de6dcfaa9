"""Load the trained lure model once per process and score texts in batches.

Artifacts (small, in git): model.json (recipe, calibration, thresholds) and adapter.safetensors (LoRA
matrices and the head). The base (converted e5-small, not in git) is built by `lurecheck model build`.
LoRA deltas are merged into the base weights at load, so inference is a plain BertModel forward.
"""
from __future__ import annotations

import json
import math
import threading
from dataclasses import dataclass
from pathlib import Path

ARTIFACT_FILES = ("model.json", "adapter.safetensors")


class ModelMissing(RuntimeError):
    """The base model or the trained artifacts are not there: run `lurecheck model build`."""


@dataclass(frozen=True)
class ModelInfo:
    layers: int
    max_len: int
    lora_r: int
    lora_alpha: float
    calib_a: float
    calib_b: float
    thresholds: dict
    rule_boost: float
    raw: dict


def read_info(artifact_dir: Path) -> ModelInfo:
    raw = json.loads((Path(artifact_dir) / "model.json").read_text())
    return ModelInfo(layers=raw["layers"], max_len=raw["max_len"], lora_r=raw["lora"]["r"],
                     lora_alpha=raw["lora"]["alpha"], calib_a=raw["calibration"]["a"], calib_b=raw["calibration"]["b"],
                     thresholds=raw["thresholds"], rule_boost=raw["rule_boost"], raw=raw)


def merge_lora(encoder, tensors: dict, scale: float) -> int:
    """Add B @ A * scale into each adapted Linear of `encoder`; returns how many were merged."""
    import torch

    merged = 0
    modules = dict(encoder.named_modules())
    for key in tensors:
        if not key.endswith(".lora_A"):
            continue
        name = key[: -len(".lora_A")]
        a, b = tensors[key], tensors[name + ".lora_B"]
        with torch.no_grad():
            modules[name].weight += (b @ a) * scale
        merged += 1
    return merged


class TransformerLureModel:
    """Implements classifier.LureModel: calibrated lure probabilities for a batch of texts."""

    def __init__(self, base_dir: Path, artifact_dir: Path, batch_size: int = 16, threads: int | None = None):
        import torch
        from safetensors.torch import load_file

        from classifier.model.network import LureNet, load_encoder
        from classifier.model.tokenize import FastTokenizer

        base_dir, artifact_dir = Path(base_dir), Path(artifact_dir)
        if not (base_dir / "model.safetensors").is_file():
            raise ModelMissing(f"base model not built at {base_dir}: run `lurecheck model build`")
        if not all((artifact_dir / f).is_file() for f in ARTIFACT_FILES):
            raise ModelMissing(f"trained artifacts missing in {artifact_dir}: run `lurecheck train`")
        if threads:
            torch.set_num_threads(threads)
        self.info = read_info(artifact_dir)
        self.tokenizer = FastTokenizer(base_dir)
        encoder = load_encoder(base_dir, self.info.layers)
        tensors = load_file(str(artifact_dir / "adapter.safetensors"))
        merge_lora(encoder, {k: v for k, v in tensors.items() if ".lora_" in k},
                   self.info.lora_alpha / self.info.lora_r)
        self.net = LureNet(encoder)
        self.net.head.weight.data.copy_(tensors["head.weight"])
        self.net.head.bias.data.copy_(tensors["head.bias"])
        self.net.eval()
        self.ngram = None
        if self.info.raw.get("ngram"):
            from classifier.model.ngram import NgramModel

            self.ngram = NgramModel.load(artifact_dir / "ngram.npz")
        self.batch_size = batch_size
        self._lock = threading.Lock()  # torch releases the GIL; one forward at a time keeps memory flat

    def logits(self, texts: list[str]) -> list[float]:
        return self.logits_and_embeddings(texts)[0]

    def logits_and_embeddings(self, texts: list[str]):
        """The head's logits and the mean-pooled embeddings (numpy float32 rows) of one forward pass."""
        import numpy as np
        import torch

        from classifier.model.network import pad_batch

        ids = self.tokenizer.encode(texts, self.info.max_len)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))  # similar lengths together: less padding
        out = [0.0] * len(ids)
        embs: list = [None] * len(ids)
        with self._lock, torch.inference_mode():
            for start in range(0, len(order), self.batch_size):
                chunk = order[start : start + self.batch_size]
                input_ids, mask = pad_batch([ids[i] for i in chunk], self.tokenizer.pad_id)
                emb = self.net.embed(input_ids, mask)
                for i, v, e in zip(chunk, self.net.head(emb).squeeze(-1).tolist(), emb.numpy().astype(np.float32)):
                    out[i] = v
                    embs[i] = e
        return out, embs

    def predict_with_embeddings(self, texts: list[str], ngram_logits: list[float] | None = None):
        return predict_with_embeddings(self, texts, ngram_logits)

    def calibrate(self, logit: float) -> float:
        z = self.info.calib_a * logit + self.info.calib_b
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))

    def predict_proba(self, texts: list[str]) -> list[float]:
        if not texts:
            return []
        z = self.logits(texts)
        if self.ngram is not None:
            z = [(t + n) / 2 for t, n in zip(z, self.ngram.logits(texts))]
        return [self.calibrate(x) for x in z]


def predict_with_embeddings(model, texts: list[str], ngram_logits: list[float] | None = None):
    """Calibrated probabilities and embeddings from one pass, for either runtime (torch or ONNX): the encoder's
    logits averaged with the n-gram partner in logit space, then Platt-calibrated. `ngram_logits`: the n-gram
    partner's logits of these texts when the cascade already computed them."""
    if not texts:
        return [], []
    z, embs = model.logits_and_embeddings(texts)
    if model.ngram is not None:
        ng = ngram_logits if ngram_logits is not None else model.ngram.logits(texts)
        z = [(t + n) / 2 for t, n in zip(z, ng, strict=True)]
    a, b = model.info.calib_a, model.info.calib_b
    return [1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, a * x + b)))) for x in z], embs


def load_checker(base_dir: Path, artifact_dir: Path, **kwargs):
    """A Checker that combines the rules with the trained model, at the thresholds chosen in training."""
    from classifier.checker import Checker
    from classifier.scoring import Thresholds

    model = TransformerLureModel(base_dir, artifact_dir, **kwargs)
    t = model.info.thresholds
    checker = Checker(model=model, thresholds=Thresholds(high_risk=t["high_risk"], suspicious=t["suspicious"]),
                      rule_boost=model.info.rule_boost)
    checker.memory_config = memory_config(model.info)
    checker.cascade = cascade_config(model.info)
    return checker


def cascade_config(info: ModelInfo) -> dict | None:
    """The cascade's thresholds from model.json "cascade" (classifier/training/cascade.py), or None (every text
    reaches the transformer). LURECHECK_CASCADE=0 turns it off (benchmarks compare with the full model)."""
    import os

    cfg = info.raw.get("cascade")
    if not cfg or os.environ.get("LURECHECK_CASCADE", "1") == "0":
        return None
    return {"low": float(cfg["low"]), "high": float(cfg["high"])}


def memory_config(info: ModelInfo) -> dict | None:
    """What bot/ needs to build a classifier.memory.LureMemory for this model: the match threshold chosen by
    data, the centre vector (numpy) and the sketch size of the n-gram space; None for a model without them."""
    import numpy as np

    mem = info.raw.get("memory")
    if not mem or mem.get("space") != "ngram":  # an older model's settings were for the transformer's embedding
        return None
    return {"threshold": float(mem["threshold"]), "center": np.asarray(mem["center"], dtype=np.float32),
            "dim": int(mem["dim"]), "space": "ngram", "by_lang": dict(mem.get("by_lang") or {}),
            "model_version": model_version(info)}


def model_version(info: ModelInfo) -> str:
    """A stable id of the trained artifacts (memory vectors are only comparable within one encoder)."""
    import hashlib

    return hashlib.sha256(json.dumps(info.raw, sort_keys=True).encode()).hexdigest()[:12]
