"""The lure network: the first N layers of multilingual-e5-small, mean pooling, one logit.

Fine-tuned with LoRA (peft) on the encoder's linear layers plus a fully trained head; for inference the
LoRA deltas are merged into the base weights so it runs as a plain BertModel.
"""
from __future__ import annotations

import json
from pathlib import Path

import torch
from torch import nn


def load_encoder(base_dir: Path, layers: int):
    from safetensors.torch import load_file
    from transformers import BertConfig, BertModel

    cfg = BertConfig.from_dict(json.loads((Path(base_dir) / "config.json").read_text()))
    cfg.num_hidden_layers = layers
    cfg.add_pooling_layer = False
    model = BertModel(cfg, add_pooling_layer=False)
    sd = load_file(str(Path(base_dir) / "model.safetensors"))
    keep = {k: v for k, v in sd.items() if not k.startswith("encoder.layer.") or int(k.split(".")[2]) < layers}
    missing, unexpected = model.load_state_dict(keep, strict=False)
    missing = [k for k in missing if "position_ids" not in k]
    if missing or unexpected:
        raise RuntimeError(f"base model does not match: missing {missing[:3]}, unexpected {unexpected[:3]}")
    return model


class LureNet(nn.Module):
    def __init__(self, encoder, dropout: float = 0.1):
        super().__init__()
        self.encoder = encoder
        self.dropout = nn.Dropout(dropout)
        self.head = nn.Linear(encoder.config.hidden_size, 1)

    def embed(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        hidden = self.encoder(input_ids=input_ids, attention_mask=attention_mask).last_hidden_state
        mask = attention_mask.unsqueeze(-1).to(hidden.dtype)
        return (hidden * mask).sum(1) / mask.sum(1).clamp(min=1.0)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor) -> torch.Tensor:
        return self.head(self.dropout(self.embed(input_ids, attention_mask))).squeeze(-1)


def pad_batch(ids: list[list[int]], pad_id: int) -> tuple[torch.Tensor, torch.Tensor]:
    width = max(len(x) for x in ids)
    input_ids = torch.full((len(ids), width), pad_id, dtype=torch.long)
    mask = torch.zeros((len(ids), width), dtype=torch.long)
    for i, x in enumerate(ids):
        input_ids[i, : len(x)] = torch.tensor(x)
        mask[i, : len(x)] = 1
    return input_ids, mask
