"""Several replicas as one bot, with real processes: two `lurecheck serve` replicas and `lurecheck worker`s against a
fake Bot API, the real Redis (LURECHECK_REDIS_URL, default redis://127.0.0.1:6379/0) and PostgreSQL
(LURECHECK_TEST_POSTGRES_URL). Each test uses a random key prefix in Redis and removes its keys at the end."""
from __future__ import annotations

import asyncio
import contextlib
import json
import os
import re
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import httpx
import pytest

from tests.fakes.fake_bot_api import FakeBotApi
from tests.fakes.replica_process import spawn_serve, wait_healthy

REDIS_URL = os.environ.get("LURECHECK_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
PG_URL = os.environ.get("LURECHECK_TEST_POSTGRES_URL", "postgresql+psycopg://root@127.0.0.1:5432/test")
SECRET = "replica-secret"
ROOT = Path(__file__).resolve().parents[2]
AD = "Easy job in Thailand, salary 3000 USD a month, no experience needed, free flight. Pay a deposit of 200 USD first."


def _reachable() -> str | None:
    import redis
    from sqlalchemy import create_engine, text

    try:
        redis.Redis.from_url(REDIS_URL, socket_connect_timeout=1).ping()
    except Exception as e:  # noqa: BLE001
        return f"Redis not reachable at {REDIS_URL} ({type(e).__name__}): replica tests skipped"
    try:
        with create_engine(PG_URL).connect() as c:
            c.execute(text("SELECT 1"))
    except Exception as e:  # noqa: BLE001
        return f"PostgreSQL not reachable at {PG_URL} ({type(e).__name__}): replica tests skipped"
    return None


pytestmark = pytest.mark.skipif(bool(why := _reachable()), reason=why or "")


@pytest.fixture
def prefix():  # one per test: each test's fake Bot API numbers its updates from 1, and handled update_ids are kept
    import redis

    value = f"lurecheck-test-{uuid.uuid4().hex[:10]}:"
    yield value
    r = redis.Redis.from_url(REDIS_URL)
    for key in r.scan_iter(f"{value}*"):
        r.delete(key)


@pytest.fixture(scope="module", autouse=True)
def migrated():
    from bot.storage.db import make_engine, upgrade

    upgrade(make_engine(PG_URL))


def env_for(api: FakeBotApi, prefix: str, tmp: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_BASE_URL": api.base_url,
            "TELEGRAM_WEBHOOK_SECRET": SECRET, "LURECHECK_DATABASE_URL": PG_URL, "LURECHECK_REDIS_URL": REDIS_URL,
            "LURECHECK_REDIS_PREFIX": prefix, "LURECHECK_HMAC_SECRET": "replica-test-hmac-secret-0123456789",
            "LURECHECK_DATA_DIR": str(tmp), "LURECHECK_ENGINE": "rules", "LURECHECK_CONTENT_DIR": str(ROOT / "warnings"),
            **extra}


@contextlib.asynccontextmanager
async def replicas(api: FakeBotApi, prefix: str, tmp: Path, n: int = 2, **extra: str):
    """n `lurecheck serve` processes; yields their webhook URLs once each answers /healthz."""
    dirs = [tmp / f"replica{i}" for i in range(n)]
    for d in dirs:
        d.mkdir(exist_ok=True)
    procs, urls = map(list, zip(*(spawn_serve(env_for(api, prefix, d, **extra), d) for d in dirs)))
    try:
        await wait_healthy(procs, urls, dirs)
        yield urls
    finally:
        for p in procs:
            p.send_signal(signal.SIGINT)
        for p in procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()


async def post(url: str, update: dict) -> None:
    async with httpx.AsyncClient() as client:
        r = await client.post(f"{url}/telegram", json=update, headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
        assert r.status_code == 200


async def test_burst_split_across_two_replicas_gets_one_summary(prefix, tmp_path):
    async with FakeBotApi().running() as api, replicas(api, prefix, tmp_path) as (a, b):
        user = api.user(7001)
        channel = api.channel_origin()
        for i in range(6):  # forwards of one burst, round-robin over the replicas
            msg = api.message(user, f"{AD} Ref {i}.", forward_origin=channel)
            await post((a, b)[i % 2], {"update_id": api.new_update_id(), "message": msg})
            await asyncio.sleep(0.1)
        await api.wait_for(lambda: api.sent_to(user["id"]), timeout=15)
        await asyncio.sleep(2.5)  # past the burst window: a second summary would have come by now
        sent = api.sent_to(user["id"])
        assert len(sent) == 1, [m.get("text", "")[:80] for m in sent]


async def test_per_user_limit_holds_across_replicas(prefix, tmp_path):
    async with FakeBotApi().running() as api, replicas(api, prefix, tmp_path, LURECHECK_RATE_LIMIT="4") as urls:
        user = api.user(7002)
        for i in range(10):
            msg = api.message(user, f"{AD} Number {i}.")
            await post(urls[i % 2], {"update_id": api.new_update_id(), "message": msg})
        # 4 verdicts and 1 notice: at most one message a second in one chat (the shared send budget)
        await api.wait_for(lambda: len(api.sent_to(user["id"])) >= 5, timeout=15)
        await asyncio.sleep(1.5)
        texts = [m.get("text", "") for m in api.sent_to(user["id"])]
        notices = [t for t in texts if "very fast" in t]
        assert len(notices) == 1, texts
        assert len(texts) - len(notices) == 4, texts  # 4 verdicts in all, not 4 per replica


async def test_healthz_and_metrics(prefix, tmp_path):
    async with FakeBotApi().running() as api, replicas(api, prefix, tmp_path, n=1) as (url,):
        user = api.user(7003)
        await post(url, {"update_id": api.new_update_id(), "message": api.message(user, AD)})
        await api.wait_for(lambda: api.sent_to(user["id"]), timeout=10)
        async with httpx.AsyncClient() as client:
            health = await client.get(f"{url}/healthz", params={"detail": "1"})
            assert health.status_code == 200 and health.text == "database: ok\nredis: ok\n"
            m = (await client.get(f"{url}/metrics")).text
        assert "lurecheck_updates_total 1.0" in m
        assert 'lurecheck_checks_total{level="' in m and "lurecheck_check_seconds_bucket" in m
        assert "lurecheck_queue_depth" in m and "lurecheck_outbox_depth 0.0" in m


def start_worker(api: FakeBotApi, prefix: str, tmp: Path, markers: Path, seconds: float) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.fakes.worker_process", api.base_url, PG_URL, str(tmp),
                             str(markers), str(seconds)], cwd=ROOT, env=env_for(api, prefix, tmp),
                            stdout=subprocess.PIPE, stderr=open(tmp / f"worker-{seconds}.stderr", "w"), text=True)  # noqa: SIM115


async def test_image_job_of_a_killed_worker_is_answered_once(prefix, tmp_path):
    markers = tmp_path / "markers"
    markers.mkdir()
    async with FakeBotApi().running() as api, replicas(api, prefix, tmp_path, n=1) as (url,):
        slow = start_worker(api, prefix, tmp_path, markers, 30.0)
        try:
            assert (await asyncio.to_thread(slow.stdout.readline)).strip() == "ready"
            user = api.user(7004)
            msg = api.message(user, extra={"photo": api.photo(b"\x89PNG fake image bytes")})
            await post(url, {"update_id": api.new_update_id(), "message": msg})
            await api.wait_for(lambda: any(markers.iterdir()), timeout=10)  # the slow worker is reading it
            slow.kill()  # SIGKILL mid-job
            slow.wait()
        finally:
            if slow.poll() is None:
                slow.kill()
        fast = start_worker(api, prefix, tmp_path, markers, 0.1)
        try:
            await api.wait_for(lambda: api.calls_of("editMessageText"), timeout=20)
            await asyncio.sleep(1.0)
            edits = api.calls_of("editMessageText")
            assert len(edits) == 1
            assert len(list(markers.iterdir())) == 2  # read by the killed worker, then by the other one
            sent = api.sent_to(user["id"])  # the placeholder, edited into the verdict: one answer
            assert len(sent) == 1 and "HIGH RISK" in sent[0].get("text", "")
        finally:
            stop(fast)


def stop(proc: subprocess.Popen) -> None:
    proc.send_signal(signal.SIGINT)
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()


@contextlib.asynccontextmanager
async def worker(api: FakeBotApi, prefix: str, tmp: Path, markers: Path, seconds: float = 0.1):
    proc = start_worker(api, prefix, tmp, markers, seconds)
    try:
        assert (await asyncio.to_thread(proc.stdout.readline)).strip() == "ready"
        yield proc
    finally:
        stop(proc)


async def test_album_split_across_replicas_is_one_ad_and_its_read_text_can_be_reported(prefix, tmp_path):
    markers = tmp_path / "markers"
    markers.mkdir()
    async with FakeBotApi().running() as api, replicas(api, prefix, tmp_path) as (a, b):
        async with worker(api, prefix, tmp_path, markers):
            user = api.user(7005)
            for i in range(3):  # one album, its photos round-robin over the replicas
                extra = {"photo": api.photo(f"\x89PNG page {i}".encode()), "media_group_id": "album-7005"}
                msg = api.message(user, caption="Is this real?" if i == 0 else None, extra=extra)
                await post((a, b, a)[i], {"update_id": api.new_update_id(), "message": msg})
            await api.wait_for(lambda: api.calls_of("editMessageText"), timeout=20)
            await asyncio.sleep(2.0)  # past the album window: a second reply would have come by now
            sent = api.sent_to(user["id"])
            assert len(sent) == 1 and len(api.calls_of("editMessageText")) == 1, [m.get("text", "")[:60] for m in sent]
            assert len(api.calls_of("getFile")) == 3  # one job read the three photos together
            assert "HIGH RISK" in sent[0]["text"]
            # "Report this ad" on the other replica: the text the worker read is in the shared state
            check_id = re.search(r"rp:(\d+)", json.dumps(sent[0].get("reply_markup"))).group(1)
            await post(b, api.callback_update(user, sent[0], f"rp:{check_id}") | {"update_id": api.new_update_id()})
            await api.wait_for(lambda: api.callback_answers, timeout=10)
            assert not api.callback_answers.popitem()[1].get("text")  # not "I can no longer read this ad"
            await api.wait_for(lambda: len(api.sent_to(user["id"])) == 2, timeout=10)
            assert "Share this ad" in api.sent_to(user["id"])[1]["text"]


async def test_verdict_cache_is_shared_by_the_replicas(prefix, tmp_path):
    async with FakeBotApi().running() as api, replicas(api, prefix, tmp_path) as (a, b):
        ad = f"{AD} Cached {uuid.uuid4().hex[:6]}."
        first, second = api.user(7006), api.user(7007)
        await post(a, {"update_id": api.new_update_id(), "message": api.message(first, ad)})
        await api.wait_for(lambda: api.sent_to(first["id"]), timeout=10)
        await post(b, {"update_id": api.new_update_id(), "message": api.message(second, ad)})
        await api.wait_for(lambda: api.sent_to(second["id"]), timeout=10)
        assert api.sent_to(first["id"])[0]["text"] == api.sent_to(second["id"])[0]["text"]
        async with httpx.AsyncClient() as client:
            pages = [(await client.get(f"{r}/metrics")).text for r in (a, b)]
        # the updates reach the replicas through the shared intake stream, so either may handle either ad: the
        # second one, whoever handled it, was answered from the shared cache
        hits = sum(float(m.group(1)) for page in pages
                   for m in re.finditer(r'lurecheck_verdict_cache_total\{result="hit"\} ([0-9.]+)', page))
        assert hits == 1.0


async def test_update_accepted_by_a_killed_replica_is_answered_once_by_another(prefix, tmp_path):
    """Replica A answers Telegram 200 and starts on the update (its ad handler hangs: tests/fakes/replica_process.py),
    then is SIGKILLed. The update was in the Redis Stream before the 200: replica B takes it over once it has been
    idle for LURECHECK_INTAKE_MIN_IDLE and answers it, once; the same update sent again is not answered again."""
    hold, dead = tmp_path / "hold", tmp_path / "killed"
    hold.mkdir()
    dead.mkdir()
    async with FakeBotApi().running() as api:
        user = api.user(7008)
        update = {"update_id": api.new_update_id(), "message": api.message(user, f"{AD} Kill {uuid.uuid4().hex[:6]}.")}
        a, url_a = spawn_serve(env_for(api, prefix, dead, LURECHECK_INTAKE_MIN_IDLE="1"), dead, hold=hold)
        try:
            await wait_healthy([a], [url_a], [dead])
            await post(url_a, update)
            for _ in range(300):  # until A is handling it
                if any(hold.iterdir()):
                    break
                await asyncio.sleep(0.05)
            assert any(hold.iterdir())
            a.kill()  # SIGKILL mid-update, after the 200
            a.wait()
        finally:
            if a.poll() is None:
                a.kill()
        assert not api.sent_to(user["id"])
        async with replicas(api, prefix, tmp_path, n=1, LURECHECK_INTAKE_MIN_IDLE="1") as (b,):
            await api.wait_for(lambda: api.sent_to(user["id"]), timeout=20)
            await post(b, update)  # Telegram resending it: already answered
            await asyncio.sleep(2.5)  # past min-idle: a second answer would have come by now
            sent = api.sent_to(user["id"])
            assert len(sent) == 1 and "HIGH RISK" in sent[0].get("text", ""), [m.get("text", "")[:80] for m in sent]
