import pytest

from classifier import Checker, check
from classifier.scoring import Thresholds, combine, level_for, rule_score
from classifier.types import Signal
from tests.conftest import LEGIT, LURES


@pytest.mark.parametrize("lang", sorted(LURES))
def test_lures_are_high_risk(lang):
    v = check(LURES[lang])
    assert v.level == "high_risk", (lang, v.reasons)
    assert v.lang == lang and v.is_job_offer
    assert "HIGH_PAY_EASY_WORK" in v.reasons
    for s in v.signals:
        assert s.evidence == v.normalized[s.span[0] : s.span[1]]


@pytest.mark.parametrize("lang", sorted(LEGIT))
def test_legit_ads_are_low_risk(lang):
    v = check(LEGIT[lang])
    assert v.level == "low_risk", (lang, v.reasons)
    assert v.is_job_offer


def test_disguised_lure_is_still_caught():
    v = check("v.i.ệ.c n.h.ẹ l.ư.ơ.n.g c.a.o, bao vé máy bay sang Сampuchia, liên hệ T e l e g r a m")
    assert v.level == "high_risk"
    assert {"HIGH_PAY_EASY_WORK", "TRAVEL_PAID"} <= set(v.reasons)


def test_unaccented_vietnamese_and_accent_traps():
    assert "HIGH_PAY_EASY_WORK" in check("viec nhe luong cao, bao an o, ib zalo").reasons
    # "bảo vệ" is a security guard, not "bao vé" (tickets paid)
    assert "TRAVEL_PAID" not in check("Tuyển bảo vệ ca đêm, lương 8 triệu/tháng").reasons


def test_warning_that_quotes_a_lure_is_not_high_risk():
    v = check("Công an cảnh báo: thủ đoạn lừa đảo 'việc nhẹ lương cao' đưa người sang Campuchia, nạn nhân bị giam giữ.")
    assert v.level != "high_risk"


@pytest.mark.parametrize("raw,problem", [
    ("", "empty"), ("   \n\t ", "empty"), ("😀😀😀", "empty"), (b"\x00\x01\x02\xff\xfe" * 50, "binary"),
])
def test_bad_input_gives_a_clear_result(raw, problem):
    v = check(raw)
    assert v.problem == problem and v.level == "low_risk" and not v.is_job_offer


def test_only_a_url_is_not_a_job_offer():
    v = check("https://t.me/some_channel")
    assert v.problem is None and not v.is_job_offer and v.level == "low_risk"


def test_huge_input_is_truncated_not_crashed():
    v = check("việc nhẹ lương cao " * 60_000)  # ~1 MB
    assert v.truncated and v.level in ("high_risk", "suspicious")


def test_same_ad_disguised_hashes_the_same():
    assert check("Việc nhẹ lương cao").text_hash == check("V.i.ệ.c nhẹ lương cao").text_hash


def test_scoring_seam():
    sigs = [Signal("A", 0.5, "", (0, 0)), Signal("B", 0.5, "", (0, 0))]
    assert rule_score(sigs) == 0.75
    assert rule_score(sigs, warning_words=3) < 0.4
    assert combine(0.2, None) == 0.2
    assert combine(1.0, 0.0, rule_boost=0.5) == 0.5  # rules alone raise a zero model score halfway
    assert combine(0.0, 0.9) == 0.9  # no red flag: the model's probability
    assert combine(0.9, 0.2, rule_boost=0.5) == round(0.2 + 0.8 * 0.45, 4)
    t = Thresholds(high_risk=0.7, suspicious=0.4)
    assert level_for(0.75, True, t) == "high_risk"
    assert level_for(0.5, True, t) == "suspicious"
    assert level_for(0.99, False, t) == "low_risk"


class _FakeModel:
    def __init__(self, p):
        self.p = p
        self.calls = 0

    def predict_proba(self, texts):
        self.calls += 1
        return [self.p] * len(texts)


def test_model_joins_through_the_seam():
    model = _FakeModel(0.95)
    checker = Checker(model=model)
    vs = checker.check_many(["Tuyển nhân viên bán hàng, liên hệ cửa hàng", "", "work"])
    assert model.calls == 1  # one batched call
    assert vs[0].model_score == 0.95 and "MODEL_SIMILAR" in vs[0].reasons
    assert vs[1].problem == "empty" and vs[1].model_score is None


def test_repeated_ad_is_answered_from_the_cache_without_the_model():
    model = _FakeModel(0.9)
    checker = Checker(model=model)
    first = checker.check("Tuyển nhân viên bán hàng, liên hệ cửa hàng")
    again = checker.check("Tuyển  nhân viên bán hàng,\u200b liên hệ cửa hàng")  # same ad, disguised
    assert again is first and model.calls == 1 and checker.cache_hits == 1
    small = Checker(cache_size=2)
    for t in ("việc 1", "việc 2", "việc 3"):
        small.check(t)
    assert len(small.cache) == 2
