"""The arrows of the house (docs/architecture.md): import-linter's contracts in pyproject.toml must be kept.
Fails on an upward arrow between the rooms of bot/, on classifier importing bot, or on Telegram outside bot/telegram."""
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept():
    exe = Path(sys.executable).parent / "lint-imports"
    if not exe.exists():
        exe = shutil.which("lint-imports")
    if not exe:
        pytest.fail("lint-imports is missing: install the dev extras (import-linter)")
    r = subprocess.run([str(exe), "--no-cache"], cwd=ROOT, capture_output=True, text=True, timeout=600)
    assert r.returncode == 0, r.stdout[-4000:] + r.stderr[-2000:]
