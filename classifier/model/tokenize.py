"""Fast tokenization for the e5 model: identical ids to the converted tokenizer.json, about 13x faster.

The converted tokenizer normalizes with ~4,800 chained single-character Replace rules (one pass each).
We apply them as ONE str.translate table plus the space-collapsing regex in Python, then run the Rust
Unigram model with its normalizer removed (method and equality check: shared/reference/cpu-speed-calibration.md).
"""
from __future__ import annotations

import json
import re
from pathlib import Path

PREFIX = "query: "  # e5 was trained with this prefix on every input
_SPACES = re.compile(" {2,}")


class FastTokenizer:
    def __init__(self, model_dir: Path):
        from tokenizers import Tokenizer

        model_dir = Path(model_dir)
        self.tok = Tokenizer.from_file(str(model_dir / "tokenizer.json"))
        self.tok.normalizer = None
        table = json.loads((model_dir / "norm_map.json").read_text())
        self.table = str.maketrans({int(cp): out for cp, out in table.items()})
        cfg = json.loads((model_dir / "config.json").read_text())
        self.pad_id = cfg.get("pad_token_id", 1)
        self.bos_id = self.tok.token_to_id("<s>")
        self.eos_id = self.tok.token_to_id("</s>")
        self.unk_id = self.tok.token_to_id("<unk>")

    def normalize(self, text: str) -> str:
        return _SPACES.sub(" ", text.translate(self.table))

    def encode(self, texts: list[str], max_len: int = 128, head_share: float = 0.75) -> list[list[int]]:
        """Token ids with <s> ... </s>. A long ad keeps its head and its tail (pay and contacts often close an ad)."""
        encs = self.tok.encode_batch([self.normalize(PREFIX + t) for t in texts], add_special_tokens=False)
        body = max_len - 2
        out = []
        for e in encs:
            ids = e.ids
            if len(ids) > body:
                head = int(body * head_share)
                ids = ids[:head] + ids[len(ids) - (body - head):]
            out.append([self.bos_id, *ids, self.eos_id])
        return out
