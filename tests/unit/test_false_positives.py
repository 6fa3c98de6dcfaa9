"""Legitimate texts that use the lures' words must not be flagged as lures (rule-based checker).

data/robustness/legit_lookalikes.jsonl: written for this test in vi, ko, km and en (licensed agencies, EPS Korea
notices, real customer-service jobs, NGO warnings that QUOTE lures, news articles about scams). What the rules give
them (issue 8): every one low risk; warnings and news are not flagged at all. The full checker (with the model) on the
same texts: `python benchmarks/adversarial.py --fp`.
"""
from __future__ import annotations

import json
from collections import Counter

import pytest

from bot.answer.replies import to_plain
from bot.checking.service import check_offer
from bot.config import PROJECT_ROOT
from classifier import Checker

SUITE = PROJECT_ROOT / "data" / "robustness" / "legit_lookalikes.jsonl"
ROWS = [json.loads(line) for line in SUITE.read_text(encoding="utf-8").splitlines() if line.strip()]
WARNING_KINDS = ("ngo_warning", "news")


def test_the_suite_covers_every_kind_and_language():
    kinds = Counter((r["lang"], r["kind"]) for r in ROWS)
    for lang in ("vi", "ko", "km", "en"):
        for kind in ("licensed_agency", "eps_notice", "customer_service", "ngo_warning", "news"):
            assert kinds[(lang, kind)] >= 1, (lang, kind)


@pytest.mark.parametrize("row", ROWS, ids=[r["id"] for r in ROWS])
def test_legitimate_lookalikes_are_not_flagged(row):
    v = Checker().check(row["text"])
    assert v.level != "high_risk", (row["id"], v.reasons)
    assert v.level == "low_risk", (row["id"], v.level, v.reasons)  # measured: all of them


@pytest.mark.parametrize("row", [r for r in ROWS if r["kind"] in WARNING_KINDS],
                         ids=[r["id"] for r in ROWS if r["kind"] in WARNING_KINDS])
def test_a_warning_that_quotes_a_lure_is_recognised_as_one(row):
    v = Checker().check(row["text"])
    assert v.extras["warning_words"] >= 2, row["id"]  # the score is damped because it warns


def test_the_same_lure_words_without_the_warning_are_still_flagged():
    """The warning context, not the quoted words, is what lowers the level: the quote alone is a lure."""
    quote = "Việc nhẹ lương cao, bao vé máy bay, không cần kinh nghiệm, tuyển gấp, lương 1500$/tháng, liên hệ Telegram"
    assert Checker().check(quote).level == "high_risk"
    assert Checker().check(f"CẢNH BÁO lừa đảo: đừng tin các tin \"{quote}\"").level == "low_risk"


def test_the_reply_to_a_warning_never_calls_it_a_lure():
    row = next(r for r in ROWS if r["kind"] == "ngo_warning" and r["lang"] == "en")
    text = to_plain("\n".join(check_offer(row["text"], ui_lang="en").messages))
    assert "HIGH RISK" not in text and "SUSPICIOUS" not in text
