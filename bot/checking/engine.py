"""Which checker this process uses: the rules plus the trained model when it is built, else the rules alone.

Built once per process. LURECHECK_ENGINE picks it: `auto` (default: the ONNX int8 export when
`lurecheck model build` made it, else the PyTorch model, else rules), `onnx`, `torch`, or `rules`
(fast tests, tiny machines).
"""
from __future__ import annotations

import logging
import os
import threading
from pathlib import Path

import classifier
from bot.config import PROJECT_ROOT
from classifier import Checker

log = logging.getLogger(__name__)
_lock = threading.Lock()
_checker: Checker | None = None


def base_dir() -> Path:
    return Path(os.environ.get("LURECHECK_BASE_MODEL") or PROJECT_ROOT / "models" / "me5-small")


def artifact_dir() -> Path:
    """The model's artifacts: LURECHECK_MODEL_ARTIFACTS, else the promoted version (`lurecheck model promote`), else
    the embedded default in data/model."""
    from classifier.model.versions import active_artifacts

    return Path(os.environ.get("LURECHECK_MODEL_ARTIFACTS") or active_artifacts() or PROJECT_ROOT / "data" / "model")


def onnx_dir() -> Path:
    return Path(os.environ.get("LURECHECK_ONNX_DIR") or PROJECT_ROOT / "models" / "lure-onnx")


def engine_name() -> str:
    name = os.environ.get("LURECHECK_ENGINE", "auto")
    return "torch" if name == "model" else name


def get_checker(memory: bool = True) -> Checker:
    """The process's checker, its lure memory in step with the database (bot/checking/memory.py). `memory=False`
    empties it (`lurecheck evaluate`: the memory holds the dev lures, so it would answer from memory)."""
    global _checker
    with _lock:
        built = _checker is None
        if built:
            _checker = _build()
            classifier.set_default(_checker)
        checker = _checker
    from bot.checking import memory as lure_memory

    if built:
        lure_memory.configure(checker, model_info())
    if memory:
        lure_memory.refresh(checker)
    elif checker.memory is not None:
        checker.set_memory(None)
        lure_memory.reset()
    return checker


def model_info() -> dict | None:
    """The trained model's model.json (thresholds, the lure memory's settings), or None without one."""
    import json

    for folder in (artifact_dir(), onnx_dir()):
        try:
            return json.loads((folder / "model.json").read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
    return None


def onnx_is_current() -> bool:
    """The export exists and was made from the artifacts now in place (a retrained model needs a new export)."""
    exported, current = onnx_dir() / "model.json", artifact_dir() / "model.json"
    return exported.is_file() and current.is_file() and exported.read_bytes() == current.read_bytes()


def _build() -> Checker:
    name = engine_name()
    if name == "rules":
        return Checker()
    try:
        from classifier.model.runtime import ModelMissing, load_checker
    except ImportError as e:  # model libraries not installed: the rules still work
        log.warning("model libraries missing (%s): using the rule-based checker", e)
        return Checker()
    try:
        if name == "onnx" or (name == "auto" and onnx_is_current()):
            from classifier.model.onnx_runtime import load_onnx_checker

            return load_onnx_checker(onnx_dir())
        return load_checker(base_dir(), artifact_dir())
    except ModelMissing as e:
        log.warning("%s; using the rule-based checker meanwhile", e)
        return Checker()


def reset() -> None:
    """Forget the built checker (tests switch engines)."""
    global _checker
    with _lock:
        _checker = None
    from bot.checking import memory as lure_memory

    lure_memory.reset()
