"""LureCheck's classifier: text in, Verdict out. Pure: no Telegram, no database, no network."""
from __future__ import annotations

from classifier.checker import Checker, LureModel, text_hash
from classifier.types import LEVELS, Contact, Entities, Money, Place, Signal, Verdict

_default: Checker | None = None


def default_checker() -> Checker:
    """The process-wide checker, built once (rules only until a model is attached with `set_default`)."""
    global _default
    if _default is None:
        _default = Checker()
    return _default


def set_default(checker: Checker) -> None:
    global _default
    _default = checker


def check(text: str | bytes) -> Verdict:
    """Check one job offer with the process-wide checker."""
    return default_checker().check(text)


__all__ = ["LEVELS", "Checker", "Contact", "Entities", "LureModel", "Money", "Place", "Signal", "Verdict", "check",
           "default_checker", "set_default", "text_hash"]
