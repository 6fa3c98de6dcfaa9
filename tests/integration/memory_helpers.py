"""Shared by the lure-memory tests: the real model's checker (the memory matches on its embeddings), a lure and
its disguised near duplicate, a legit ad naming the same country, and the `lurecheck` subprocess."""
from __future__ import annotations

import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest

from tests.conftest import ROOT

EXE = Path(sys.executable).with_name("lurecheck")

# Written for these tests (not taken from the real data).
LURE = ("Tuyển gấp 5 bạn nữ làm việc tại Sihanoukville, Campuchia. Lương 1500$/tháng, bao ăn ở, bao vé máy bay, "
        "không cần kinh nghiệm, không cần hộ chiếu. Liên hệ Zalo 0912 345 678 để được phỏng vấn ngay!")
# the same ad with its numbers, contact, emoji and spacing changed
NEAR = ("🔥🔥 Tuyển  gấp 3 bạn nữ làm việc tại Sihanoukville,Campuchia.  Lương 2000$/tháng, bao ăn ở, bao vé máy bay,"
        " không cần kinh nghiệm, không cần hộ chiếu. Liên hệ Telegram @tuyendung_kh88 để được phỏng vấn ngay!!! 💰")
LEGIT = ("Công ty TNHH Minh Phát tuyển kế toán trưởng làm việc tại văn phòng Phnom Penh, Campuchia. Yêu cầu tốt nghiệp "
         "đại học chuyên ngành kế toán, 3 năm kinh nghiệm, tiếng Anh giao tiếp. Hồ sơ gửi email tuyendung@minhphat.vn,"
         " phỏng vấn trực tiếp tại văn phòng Hà Nội.")


@contextmanager
def model_engine():
    """The process's checker with the trained model (tests default to LURECHECK_ENGINE=rules), put back after."""
    from bot.checking import engine

    before = os.environ.get("LURECHECK_ENGINE")
    os.environ["LURECHECK_ENGINE"] = "auto"
    engine.reset()
    try:
        checker = engine.get_checker(memory=False)
        from bot.checking.memory import model_memory

        if checker.model is None:
            pytest.fail("the lure memory needs the trained model: `make setup` builds it", pytrace=False)
        if checker.check(LURE).embedding is None or model_memory(checker) is None:
            # The deployed model's embedding does not separate near duplicates from look-alikes at any threshold
            # (measured: python -m classifier.training.memory_threshold --dry-run), so it ships without "memory"
            # settings; these tests run as soon as a model that has them is active.
            pytest.skip("the active model has no lure-memory settings (model.json \"memory\"): see "
                        "docs/model-and-data.md", allow_module_level=True)
        yield checker
    finally:
        if before is None:
            os.environ.pop("LURECHECK_ENGINE", None)
        else:
            os.environ["LURECHECK_ENGINE"] = before
        engine.reset()


def lurecheck(*args, env: dict, stdin: str | None = None, timeout: int = 300) -> subprocess.CompletedProcess:
    cmd = [str(EXE), *args] if EXE.exists() else [sys.executable, "-m", "bot.cli", *args]
    full = {k: v for k, v in os.environ.items() if not k.startswith("LURECHECK_")}
    full.update(env)
    return subprocess.run(cmd, input=stdin, capture_output=True, text=True, timeout=timeout, cwd=ROOT, env=full)
