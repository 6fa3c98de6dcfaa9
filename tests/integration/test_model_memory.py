"""The trained model with the lure memory (issue 14): one n-gram pass gives the cheap score and the memory vector; a near
duplicate of a stored lure matches, a legit ad that also names Cambodia does not; everyday messages stay low."""
from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from classifier.memory import LureMemory, prepare

ROOT = Path(__file__).resolve().parents[2]
BASE = Path(os.environ.get("LURECHECK_BASE_MODEL") or ROOT / "models" / "me5-small")
ART = Path(os.environ.get("LURECHECK_MODEL_ARTIFACTS") or ROOT / "data" / "model")

LURE = ("Tuyển gấp 20 bạn nam nữ đi Campuchia làm CSKH, việc nhẹ lương cao 1500$/tháng, bao vé máy bay, bao ăn ở. "
        "Không cần kinh nghiệm. Liên hệ Telegram @tuyendung_cpc hoặc Zalo 0912345678.")
NEAR = ("Tuyen gap 15 ban nam nu di Campuchia lam CSKH 🔥 viec nhe luong cao 1800$/thang, bao ve may bay, bao an o. "
        "Lien he Telegram @vieclam_kh hoac Zalo 0987654321 !!")
LEGIT = ("Công ty TNHH Dệt may An Phước tuyển kế toán tại chi nhánh Phnom Penh, Campuchia. Yêu cầu tốt nghiệp đại học, "
         "3 năm kinh nghiệm, lương 900 USD, đóng bảo hiểm xã hội. Nộp hồ sơ tại website công ty.")


@pytest.fixture(scope="module")
def checker():
    if not (BASE / "model.safetensors").is_file():
        pytest.skip("base model not built: `lurecheck model build`")
    from classifier.model.runtime import load_checker

    c = load_checker(BASE, ART)
    if c.memory_config is None:
        pytest.skip("a model trained before the lure memory")
    return c


def test_near_duplicate_matches_and_a_legit_cambodia_ad_does_not(checker):
    cfg = checker.memory_config
    emb = checker.check(LURE).embedding
    assert emb is not None and emb.shape == (cfg["dim"],)
    checker.set_memory(LureMemory(np.stack([prepare(emb, cfg["center"])]), ["seed-1"], ["2026-12-01"],
                                  cfg["threshold"], cfg["center"], by_lang=cfg["by_lang"]))
    try:
        near = checker.check(NEAR)
        assert "KNOWN_LURE" in near.reasons and near.level == "high_risk"
        assert "2026-12-01" in near.signals[0].explanation("vi") and near.signals[0].evidence == ""
        assert "KNOWN_LURE" not in checker.check(LEGIT).reasons
    finally:
        checker.set_memory(None)


def test_everyday_messages_are_not_raised_by_the_model(checker):
    for text in ("엄마 나 이번 주말에 못 내려갈 것 같아. 회사 일이 많아서 미안해. 아빠한테도 전해줘",
                 "សូមរំលឹកបងប្អូនទាំងអស់ ថ្ងៃអាទិត្យនេះមានពិធីបុណ្យខួបយាយនៅផ្ទះ សូមមកឲ្យបានទាន់ម៉ោង",
                 "Mẹ ơi con về tới nhà rồi, mai con gọi nhé"):
        v = checker.check(text)
        assert v.level == "low_risk", text


def test_diacritics_do_not_change_the_verdict(checker):
    pairs = [("Cứu tôi với, tôi bị giữ ở Campuchia, họ lấy hộ chiếu và đánh tôi",
              "Cuu toi voi, toi bi giu o Campuchia, ho lay ho chieu va danh toi"), (LURE, NEAR.replace("15", "20"))]
    a, b = checker.check(pairs[0][0]), checker.check(pairs[0][1])
    assert (a.level, a.score) == (b.level, b.score)
