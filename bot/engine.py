"""Which checker this process uses: the rules plus the trained model when it is built, else the rules alone.

Built once per process. LURECHECK_ENGINE=rules forces the rule-based checker (fast tests, tiny machines).
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
    return Path(os.environ.get("LURECHECK_MODEL_ARTIFACTS") or PROJECT_ROOT / "data" / "model")


def get_checker() -> Checker:
    global _checker
    with _lock:
        if _checker is None:
            _checker = _build()
            classifier.set_default(_checker)
        return _checker


def _build() -> Checker:
    if os.environ.get("LURECHECK_ENGINE", "model") == "rules":
        return Checker()
    try:
        from classifier.model.runtime import ModelMissing, load_checker
    except ImportError as e:  # torch/transformers not installed: the rules still work
        log.warning("model libraries missing (%s): using the rule-based checker", e)
        return Checker()
    try:
        return load_checker(base_dir(), artifact_dir())
    except ModelMissing as e:
        log.warning("%s; using the rule-based checker meanwhile", e)
        return Checker()


def reset() -> None:
    """Forget the built checker (tests switch engines)."""
    global _checker
    with _lock:
        _checker = None
