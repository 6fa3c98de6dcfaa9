"""Turn LoRA + head tensors trained on the GPU (run.py --save) into the model artifacts, exactly as
`lurecheck train` finishes its own CPU training: same split, n-gram partner, calibration and thresholds.
Usage: python benchmarks/sweep/finish.py TENSORS.safetensors OUT_DIR [TRAIN_SECONDS]
"""
from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from safetensors.torch import load_file  # noqa: E402

from classifier.training.card import write_card  # noqa: E402
from classifier.training.data import load_examples, split  # noqa: E402
from classifier.training.train import Recipe, finalize  # noqa: E402

if __name__ == "__main__":
    tensors = load_file(sys.argv[1])
    examples = load_examples()
    train_set, val_set = split(examples)
    seconds = float(sys.argv[3]) if len(sys.argv) > 3 else 0.0
    finalize(ROOT / "models" / "me5-small", Path(sys.argv[2]), Recipe(), tensors, train_set, val_set, examples, seconds,
             trained_on="one NVIDIA H100 (benchmarks/sweep/run.py --save, recipe L6-lora16-e3), finished on CPU")
    write_card(Path(sys.argv[2]))
