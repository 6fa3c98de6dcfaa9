"""Batch classification of a JSONL file: every input line gives one output line, none is dropped.

An 'image' path is read only inside the input file's folder (`image_dir`), unless `allow_images_anywhere`: a path
that leads elsewhere (absolute, `../`, a link out) gives that line an error. A text over the checker's size limit is
checked in part only: its output line says `"truncated": true`."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import IO

from tqdm import tqdm

from classifier import Checker
from classifier.scam_type import scam_type

BATCH = 32


def _image_path(p: str, image_dir: Path | None, anywhere: bool) -> Path:
    folder = (image_dir or Path.cwd()).resolve()
    path = (folder / p).resolve()  # an absolute p stays itself
    if not anywhere and not path.is_relative_to(folder):
        raise ValueError(f"image {p}: outside the input file's folder ({folder}); images are read only there"
                         " (--allow-images-anywhere reads them from anywhere)")
    return path


def _image_text(row: dict, image_dir: Path | None, anywhere: bool = False) -> str:
    """The row's 'text' (a caption, may be absent) and the text read from its 'image' path(s), as one ad."""
    from bot.ocr import reader as ocr

    paths = row["image"] if isinstance(row["image"], list) else [row["image"]]
    if not paths or not all(isinstance(p, str) and p for p in paths):
        raise ValueError("'image' must be a path or a list of paths")
    blobs = []
    for p in paths:
        path = _image_path(p, image_dir, anywhere)
        try:
            blobs.append(path.read_bytes())
        except OSError as e:
            raise ValueError(f"image {p}: {e.strerror}") from None
    caption = row.get("text") if isinstance(row.get("text"), str) else ""
    try:
        read = ocr.read_images(blobs, ocr.lang_of_text(caption))
    except ocr.OcrError as e:
        raise ValueError(f"image {e.reason}: {e}") from None
    row["ocr_text"] = read.text
    return "\n\n".join(t for t in (caption.strip(), read.text) if t)


def _output(row: dict, verdict) -> dict:
    row.update(lang=verdict.lang, level=verdict.level, score=round(verdict.score, 4), reasons=verdict.reasons,
               is_job_offer=verdict.is_job_offer, truncated=bool(getattr(verdict, "truncated", False)),
               scam_type=scam_type(verdict))  # classifier/scam_type.py: compound, task, fee, courier, other
    if verdict.problem:
        row["error"] = f"input is {verdict.problem}"
    return row


def classify_stream(src: IO[str], dst: IO[str], checker: Checker, total: int | None = None,
                    progress: bool = True, image_dir: Path | None = None,
                    allow_images_anywhere: bool = False) -> dict[str, int]:
    """Read JSONL from `src`, write JSONL to `dst`. Returns counts of lines written and lines with errors.
    A line with an 'image' field (paths relative to `image_dir`) is read with OCR and checked with its text."""
    counts = {"lines": 0, "errors": 0}
    pending: list[tuple[str, dict]] = []  # (text to check, row) waiting for the batched model pass, in order
    bar = tqdm(total=total, unit="ad", desc="classify", file=sys.stderr, disable=not progress)

    def flush() -> None:
        if not pending:
            return
        verdicts = checker.check_many([text for text, _ in pending])
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
            if parsed.get("image") is not None:
                text = _image_text(parsed, image_dir, allow_images_anywhere)
            elif isinstance(parsed.get("text"), str):
                text = parsed["text"]
            else:
                raise ValueError("no 'text' field with a string")
        except ValueError as e:  # json.JSONDecodeError is a ValueError
            flush()  # keep the output in input order
            counts["errors"] += 1
            keep = parsed if isinstance(parsed, dict) else {}
            dst.write(json.dumps({**keep, "line": lineno, "error": str(e)}, ensure_ascii=False) + "\n")
            bar.update(1)
            continue
        pending.append((text, parsed))
        if len(pending) >= BATCH:
            flush()
    flush()
    bar.close()
    return counts


def classify_file(src: Path, dst: Path, checker: Checker, lang: str = "en", progress: bool = True) -> dict[str, int]:
    """A CSV or XLSX file (bot.ngo.files: the `text` column, else the first text column), written back as the type
    of `dst` (CSV or XLSX) with the columns lang, level, score, reasons, explanations (in `lang`), contacts,
    is_job_offer, truncated and error; every string cell neutralised against formulas (bot/ngo/spreadsheet.py). No row is dropped. Raises ngo_files.FileProblem for a file that cannot be read."""
    from bot.answer.i18n import translator
    from bot.ngo import files as ngo_files

    sheet = ngo_files.read(src.read_bytes(), src.name)
    out_fmt = ngo_files.format_of(dst.name)
    if out_fmt not in ("csv", "xlsx") or sheet.fmt not in ("csv", "xlsx"):
        raise ngo_files.FileProblem("The output must be a CSV or XLSX file, like the input.")
    texts = [r.text for r in sheet.rows if r.text is not None]
    verdicts = []
    bar = tqdm(total=len(texts), unit="ad", desc="classify", file=sys.stderr, disable=not progress)
    for i in range(0, len(texts), BATCH):
        verdicts += checker.check_many(texts[i : i + BATCH])
        bar.update(len(texts[i : i + BATCH]))
    bar.close()
    results = ngo_files.results_for(sheet, verdicts, lang)
    sheet.fmt = out_fmt
    data = ngo_files.write(sheet, results, translator(lang))
    tmp = dst.with_name(dst.name + ".partial")
    tmp.write_bytes(data)
    tmp.replace(dst)  # a finished file or none
    return {"lines": sheet.ads, "errors": sum(1 for r in results if r is not None and r["error"])}
