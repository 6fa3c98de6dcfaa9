"""Batch classification of a JSONL file: every input line gives one output line, none is dropped."""
from __future__ import annotations

import json
import sys
from typing import IO

from tqdm import tqdm

from classifier import Checker

BATCH = 32


def _output(row: dict, verdict) -> dict:
    row.update(lang=verdict.lang, level=verdict.level, score=round(verdict.score, 4), reasons=verdict.reasons,
               is_job_offer=verdict.is_job_offer)
    if verdict.problem:
        row["error"] = f"input is {verdict.problem}"
    return row


def classify_stream(src: IO[str], dst: IO[str], checker: Checker, total: int | None = None,
                    progress: bool = True) -> dict[str, int]:
    """Read JSONL from `src`, write JSONL to `dst`. Returns counts of lines written and lines with errors."""
    counts = {"lines": 0, "errors": 0}
    pending: list[tuple[int, dict]] = []  # rows waiting for the batched model pass, in order
    bar = tqdm(total=total, unit="ad", desc="classify", file=sys.stderr, disable=not progress)

    def flush() -> None:
        if not pending:
            return
        verdicts = checker.check_many([row["text"] for _, row in pending])
        for (_, row), v in zip(pending, verdicts, strict=False):
            out = _output(row, v)
            counts["errors"] += "error" in out
            dst.write(json.dumps(out, ensure_ascii=False) + "\n")
        bar.update(len(pending))
        pending.clear()

    for lineno, line in enumerate(src, 1):
        if not line.strip():
            continue
        counts["lines"] += 1
        parsed = None
        try:
            parsed = json.loads(line)
            if not isinstance(parsed, dict):
                raise ValueError("a line must be a JSON object")
            if not isinstance(parsed.get("text"), str):
                raise ValueError("no 'text' field with a string")
        except ValueError as e:  # json.JSONDecodeError is a ValueError
            flush()  # keep the output in input order
            counts["errors"] += 1
            keep = parsed if isinstance(parsed, dict) else {}
            dst.write(json.dumps({**keep, "line": lineno, "error": str(e)}, ensure_ascii=False) + "\n")
            bar.update(1)
            continue
        pending.append((lineno, parsed))
        if len(pending) >= BATCH:
            flush()
    flush()
    bar.close()
    return counts
