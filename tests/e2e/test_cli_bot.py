"""`lurecheck run` and `lurecheck serve` as a user starts them: real subprocesses talking to the fake Bot API."""
from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

from tests.conftest import LURES, ROOT

EXE = Path(sys.executable).with_name("lurecheck")


async def _start(*args: str, env: dict[str, str]) -> asyncio.subprocess.Process:
    cmd = [str(EXE), *args] if EXE.exists() else [sys.executable, "-m", "bot.cli", *args]
    return await asyncio.create_subprocess_exec(*cmd, cwd=ROOT, env=env, stdin=asyncio.subprocess.DEVNULL,
                                                stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)


def err_of(proc: asyncio.subprocess.Process) -> str:
    return f"the server exited with {proc.returncode}" if proc.returncode is not None else "no answer"


def _env(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TELEGRAM_", "LURECHECK_"))}
    env.update(LURECHECK_ENGINE="rules", LURECHECK_DATA_DIR=str(tmp_path), PTB_TIMEDELTA="1", **extra)
    return env


async def test_run_polls_answers_and_stops_on_ctrl_c(api, tmp_path):
    proc = await _start("run", env=_env(tmp_path, TELEGRAM_BOT_TOKEN=api.token, TELEGRAM_API_BASE_URL=api.base_url))
    try:
        await api.wait_for(lambda: api.calls_of("getUpdates"), timeout=30)
        api.push_message(api.user(71, language_code="vi"), LURES["vi"])
        sent = await api.wait_for(lambda: api.sent_to(71), timeout=30)
        assert sent[0]["text"].startswith("🚨 RỦI RO CAO")
    finally:
        proc.send_signal(signal.SIGINT)
        _out, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 0, err.decode()[-2000:]
    assert api.token not in err.decode()  # the token is in every URL: never logged


async def test_run_with_a_rejected_token_is_a_clear_error(api, tmp_path):
    proc = await _start("run", env=_env(tmp_path, TELEGRAM_BOT_TOKEN="999:revoked", TELEGRAM_API_BASE_URL=api.base_url))
    _out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 2
    assert "Telegram rejected TELEGRAM_BOT_TOKEN" in err.decode()


async def test_run_and_serve_with_a_malformed_token_or_no_secret(tmp_path):
    proc = await _start("run", env=_env(tmp_path, TELEGRAM_BOT_TOKEN="not-a-token"))
    _out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 2 and "does not look like a bot token" in err.decode()
    proc = await _start("serve", env=_env(tmp_path, TELEGRAM_BOT_TOKEN="123:abc"))
    _out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 2 and "TELEGRAM_WEBHOOK_SECRET is not set" in err.decode()
    proc = await _start("serve", env=_env(tmp_path))
    _out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 2 and "TELEGRAM_BOT_TOKEN is not set" in err.decode()


async def test_serve_registers_the_webhook_and_answers_updates(api, tmp_path):
    from tests.fakes.fake_bot_api import listening_socket

    sock = listening_socket()
    port = sock.getsockname()[1]
    sock.close()  # a free port for the child to take
    url = f"http://127.0.0.1:{port}/telegram"
    env = _env(tmp_path, TELEGRAM_BOT_TOKEN=api.token, TELEGRAM_API_BASE_URL=api.base_url,
               TELEGRAM_WEBHOOK_SECRET="serve-secret")
    proc = await _start("serve", "--port", str(port), "--set-webhook", url, env=env)
    try:
        await api.wait_for(lambda: api.webhook, timeout=30)
        assert api.webhook["url"] == url and api.webhook["secret_token"] == "serve-secret"
        response = None
        for _ in range(100):  # set_webhook runs in the server's start-up: wait until it listens
            if proc.returncode is not None:
                break
            try:
                response = await api.deliver({"message": api.message(api.user(72, language_code="ko"), LURES["ko"])})
                break
            except OSError:
                await asyncio.sleep(0.1)
        assert response is not None and response.status_code == 200, err_of(proc)
        sent = await api.wait_for(lambda: api.sent_to(72), timeout=30)
        assert sent[0]["text"].startswith("🚨 위험 높음")
        assert (await api.deliver({"message": api.message(api.user(73), "x")}, secret="nope")).status_code == 403
    finally:
        proc.send_signal(signal.SIGINT)
        _out, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 0, err.decode()[-2000:]
