"""Shared fixtures: paths to the real data (read from ../shared, never copied) and sample ads."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

# Fast, deterministic replies for most tests: the rule-based checker. Tests of the model set
# LURECHECK_ENGINE=model themselves (tests/integration/test_model*.py).
os.environ.setdefault("LURECHECK_ENGINE", "rules")

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
DEV = SHARED / "data" / "real" / "dev.jsonl"

# Ads written for these tests (not taken from the real data).
LURES = {
    "vi": "Tuyển gấp 10 bạn nữ đánh máy tại Sihanoukville, Campuchia. Việc nhẹ lương cao 1500$/tháng, bao vé máy bay, "
          "bao ăn ở, không cần kinh nghiệm. Liên hệ Telegram @tuyendung_sv88",
    "ko": "캄보디아 프놈펜 고수익 해외취업! 단순 컴퓨터 작업, 월 800만원 보장, 항공권 제공, 경력 무관. 텔레그램 @job_kh77 문의",
    "km": "ការងារស្រួល ប្រាក់ខែខ្ពស់ 1500 ដុល្លារ នៅក្រុងព្រះសីហនុ មិនត្រូវការបទពិសោធន៍ ចេញថ្លៃសំបុត្រយន្តហោះ "
          "ទាក់ទងតេឡេក្រាម @kh_jobs_99",
    "en": "Easy work high salary! Customer service job in Bavet, Cambodia. $2000/month, free flight and visa, "
          "no experience needed. 100% legal. WhatsApp +855 12 345 678",
}
LEGIT = {
    "vi": "Công ty TNHH Minh Phát tuyển nhân viên kế toán tại Quận 3, TP.HCM. Yêu cầu tốt nghiệp đại học chuyên ngành "
          "kế toán, 2 năm kinh nghiệm. Lương 12-15 triệu/tháng. Nộp hồ sơ tại 25 Nguyễn Đình Chiểu.",
    "ko": "(주)한빛물류 물류센터 사무보조 채용. 근무지 경기 이천, 월 250만원, 4대보험, 주 5일. 이력서는 사람인으로 지원해 주세요.",
    "km": "ក្រុមហ៊ុន ABC ត្រូវការបុគ្គលិកគណនេយ្យ ១ នាក់ នៅភ្នំពេញ។ បទពិសោធន៍ ២ឆ្នាំ។ ប្រាក់ខែ 400-500 ដុល្លារ។ "
          "ដាក់ពាក្យនៅអាសយដ្ឋានផ្ទះលេខ ១២ ផ្លូវ ២៧១។",
    "en": "ACME Logistics Co., Ltd. is hiring a warehouse supervisor in Phnom Penh. 3 years experience, "
          "salary $700-900/month, contract and NSSF. Apply at our office, No. 45 Street 271.",
}


@pytest.fixture(scope="session")
def dev_path() -> Path:
    if not DEV.is_file():
        pytest.fail(f"the real dev set is missing: {DEV} (CI runs with ../shared beside the project)")
    return DEV
