"""Throughput of `lurecheck classify` on the real dev set, end to end (process start and model load included)
and steady state (the checker already loaded).

Usage: python benchmarks/classify_throughput.py [--input ../shared/data/real/dev.jsonl] [--engine auto|onnx|torch|rules]
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--input", default=str(ROOT.parent / "shared/data/real/dev.jsonl"))
    ap.add_argument("--engine", default="auto", choices=["auto", "onnx", "torch", "rules"])
    args = ap.parse_args()
    rows = [json.loads(line) for line in Path(args.input).read_text(encoding="utf-8").split("\n") if line.strip()]
    env = {**os.environ, "LURECHECK_ENGINE": args.engine}
    exe = Path(sys.executable).with_name("lurecheck")
    with tempfile.TemporaryDirectory() as tmp:
        t0 = time.perf_counter()
        subprocess.run([str(exe), "classify", "--input", args.input, "--output", f"{tmp}/out.jsonl", "--quiet"],
                       check=True, env=env, capture_output=True)
        end_to_end = time.perf_counter() - t0

    os.environ["LURECHECK_ENGINE"] = args.engine
    from bot.checking.engine import get_checker

    t0 = time.perf_counter()
    checker = get_checker()
    load = time.perf_counter() - t0
    checker.check_many([rows[0]["text"]])  # warm-up
    t0 = time.perf_counter()
    for i in range(0, len(rows), 32):  # the same batching as `lurecheck classify`
        checker.check_many([r["text"] for r in rows[i : i + 32]])
    steady = time.perf_counter() - t0
    print(f"engine: {args.engine}   texts: {len(rows)}   file: {args.input}")
    print(f"{'measure':<42} {'seconds':>8} {'texts/s':>8}")
    print(f"{'lurecheck classify, end to end':<42} {end_to_end:>8.1f} {len(rows) / end_to_end:>8.1f}")
    print(f"{'checker load':<42} {load:>8.1f}")
    print(f"{'steady state (loaded, batches of 32)':<42} {steady:>8.1f} {len(rows) / steady:>8.1f}")


if __name__ == "__main__":
    main()
