"""The rule-based checker on the real dev set: floors measured and written down (issue 2 note).

Measured with `python benchmarks/rules_quality.py` (level >= suspicious counts as flagged). The floors sit a
little under the measured figures so that a regression fails, not noise.
"""
from benchmarks.rules_quality import measure


def test_rules_recall_and_false_positive_floors(dev_path):
    s = measure(str(dev_path))["stats"]

    def recall(lang):
        return s[lang]["lure_flagged"] / s[lang]["lure"]

    def fpr(lang):
        return s[lang]["legit_flagged"] / s[lang]["legit"]

    assert recall("vi") >= 0.40
    assert recall("zh") >= 0.25
    assert recall("all") >= 0.28
    assert fpr("vi") <= 0.02
    assert fpr("ko") <= 0.02
    assert fpr("en") <= 0.07
    assert fpr("all") <= 0.04
    assert s["vi"]["other_scam_flagged"] <= 3  # bank/debt smishing is not a job lure
