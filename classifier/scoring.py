"""Turn signals (and, when present, the model's probability) into a score and a level.

This is the seam where the fine-tuned model joins the rules: `combine` takes both.
"""
from __future__ import annotations

from dataclasses import dataclass

from classifier.types import Signal


@dataclass(frozen=True)
class Thresholds:
    high_risk: float = 0.70
    suspicious: float = 0.40


DEFAULT_THRESHOLDS = Thresholds()
WARNING_DAMPING = 0.45  # a text that warns about lures keeps this share of its rule score


def rule_score(signals: list[Signal], warning_words: int = 0) -> float:
    """Noisy-OR of the signal weights: each flag independently 'explains' a lure."""
    keep = 1.0
    for s in signals:
        keep *= 1.0 - s.weight
    score = 1.0 - keep
    if warning_words >= 2:
        score *= WARNING_DAMPING
    return round(score, 4)


def combine(rules: float, model: float | None, model_weight: float = 0.6) -> float:
    """Blend the rule score with the model's calibrated probability (rules alone when there is no model)."""
    if model is None:
        return rules
    return round(model_weight * model + (1.0 - model_weight) * rules, 4)


def level_for(score: float, is_job_offer: bool, t: Thresholds = DEFAULT_THRESHOLDS) -> str:
    if not is_job_offer:
        return "low_risk"
    if score >= t.high_risk:
        return "high_risk"
    if score >= t.suspicious:
        return "suspicious"
    return "low_risk"
