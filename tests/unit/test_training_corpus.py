"""data/corpus/*.yaml + the generator rebuild data/train/*.jsonl byte for byte."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TRAIN = ROOT / "data" / "train"


def test_generator_rebuilds_train_files_byte_for_byte(tmp_path):
    subprocess.run([sys.executable, "-m", "data.corpus.build", "--out", str(tmp_path)], cwd=ROOT, check=True,
                   capture_output=True)
    built = sorted(p.name for p in tmp_path.glob("*.jsonl"))
    assert built == sorted(p.name for p in TRAIN.glob("*.jsonl"))
    for name in built:
        assert (tmp_path / name).read_bytes() == (TRAIN / name).read_bytes(), name
