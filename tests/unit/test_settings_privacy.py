"""Settings keep their secrets out of reprs (issue 13, item 15); the checking service reads the Settings it was
given, once, not the environment on every check (item 24)."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from bot.checking import service
from bot.config import PROJECT_ROOT, Settings
from tests.conftest import LURES

TOKEN, HOOK, KEY, PASSWORD = "123456:AAE-secret-token", "hook-secret-xyz", "hmac-key-secret-abc", "pw-Secret-987"


def settings(tmp_path: Path, **kw) -> Settings:
    base = Settings(telegram_token=TOKEN, telegram_api_base_url="http://127.0.0.1:9/bot", data_dir=tmp_path,
                    content_dir=PROJECT_ROOT / "warnings", database_url=f"postgresql://lc:{PASSWORD}@db:5432/lc",
                    hmac_secret=KEY, telegram_webhook_secret=HOOK)
    return replace(base, **kw)


def test_settings_repr_hides_the_token_the_webhook_secret_the_key_and_the_database_password(tmp_path):
    s = settings(tmp_path)
    for shown in (repr(s), str(s), f"{s}", repr([s])):
        for secret in (TOKEN, HOOK, KEY, PASSWORD):
            assert secret not in shown
    assert "postgresql://lc:***@db:5432/lc" in repr(s) and "retention_days=90" in repr(s)
    assert "telegram_token=***" in repr(s) and "telegram_webhook_secret=***" in repr(s)
    assert "telegram_token=None" in repr(replace(s, telegram_token=None))


@pytest.fixture
def no_configured_settings():
    saved = service._settings
    service._settings = None
    yield
    service._settings = saved


def test_default_content_reads_the_configured_settings_once(tmp_path, monkeypatch, no_configured_settings):
    calls = []
    real = Settings.from_env

    def counted():
        calls.append(1)
        return real()

    monkeypatch.setattr(Settings, "from_env", staticmethod(counted))
    for _ in range(3):
        service.check_offer(LURES["en"], ui_lang="en")
    assert len(calls) <= 1, "the environment is read once, not on every check"

    calls.clear()
    # The application's Settings win: their content folder is the one read, and the environment is not read.
    read = []
    monkeypatch.setattr(service, "content_from", lambda d: read.append(d) or service.load_content(Path(real_dir)))
    real_dir = str(PROJECT_ROOT / "warnings")
    service.configure(settings(tmp_path, content_dir=tmp_path / "their-warnings",
                               database_url=f"sqlite:///{tmp_path / 'none.sqlite3'}"))
    service.check_offer(LURES["en"], ui_lang="en")
    assert calls == [] and read == [str(tmp_path / "their-warnings")]
