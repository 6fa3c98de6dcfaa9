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
STRONG_WARNING_DAMPING = 0.2  # ...and this share when it clearly is a warning or a news report
LEGIT_DAMPING = 0.6  # an ad that requires a degree or experience and pays social insurance (signals.legit_markers)


def rule_score(signals: list[Signal], warning_words: int = 0, legit_markers: int = 0) -> float:
    """Noisy-OR of the signal weights: each flag independently 'explains' a lure."""
    keep = 1.0
    for s in signals:
        keep *= 1.0 - s.weight
    score = 1.0 - keep
    if warning_words >= 4:  # a warning or a news report: several warning words, or one that quotes a lure
        score *= STRONG_WARNING_DAMPING
    elif warning_words >= 2:
        score *= WARNING_DAMPING
    if legit_markers >= 2:
        score *= LEGIT_DAMPING
    return round(score, 4)


def combine(rules: float, model: float | None, rule_boost: float = 0.5) -> float:
    """The model's calibrated probability, raised by the rules: p + (1 - p) * boost * rules.

    The model leads (it sees wording the rules do not know); red flags found by the rules can only add to it,
    so a weak rule hit on an ad the model finds ordinary stays low. Rules alone when there is no model.
    """
    if model is None:
        return rules
    return round(model + (1.0 - model) * rule_boost * rules, 4)


def level_for(score: float, is_job_offer: bool, t: Thresholds = DEFAULT_THRESHOLDS) -> str:
    if not is_job_offer:
        return "low_risk"
    if score >= t.high_risk:
        return "high_risk"
    if score >= t.suspicious:
        return "suspicious"
    return "low_risk"
