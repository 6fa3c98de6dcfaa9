"""Several replicas as one bot, measured: 3 `lurecheck serve` replicas and 2 workers on this machine, against the fake
Bot API (tests/fakes/fake_bot_api.py, in this process), the real PostgreSQL and Redis, with one replica and one worker
SIGKILLed in the middle.

Updates are offered round-robin to the replicas, as a load balancer would. An offer that gets no 200 (the replica is
gone: connection refused) is offered again to the next replica, as Telegram retries a webhook call it got no answer
to. An update a replica acknowledged (200 once it is in the Redis Stream, bot/telegram/intake.py) and then died with is
not offered again: Telegram would not either, so it counts as lost if nothing answers it (another replica takes it
over after LURECHECK_INTAKE_MIN_IDLE, INTAKE_MIN_IDLE here).

Traffic (each user does one thing, so a chat's replies are that thing's replies): pasted ads (one reply each), bursts
of forwards (one summary each), single photos and albums (one placeholder edited into one verdict; read by a worker:
tests/fakes/worker_process.py, a stand-in reader that sleeps READ_SECONDS and returns a fixed ad, since the fake
photos are not images), NGO files (CSV from an admin: one answer file; they run on the replica that received them).
The replicas check with the rules engine (LURECHECK_ENGINE=rules): three model copies do not fit two cores.

Prints one table: updates offered, re-offered, lost (no reply), duplicate replies, bursts with exactly one summary,
the highest send rate the fake Bot API saw (any 1-second window, overall and in one chat), reply latency p50/p95.

Usage: .venv/bin/python -m benchmarks.replicas [--users 200] [--rate 10] [--no-kill]
Needs Redis (LURECHECK_TEST_REDIS_URL, default redis://127.0.0.1:6379/0) and PostgreSQL
(LURECHECK_TEST_POSTGRES_URL, default postgresql+psycopg://root@127.0.0.1:5432/test).
"""
from __future__ import annotations

import argparse
import asyncio
import contextlib
import csv
import io
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
import uuid
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.fakes.fake_bot_api import FakeBotApi  # noqa: E402
from tests.fakes.replica_process import spawn_serve, wait_healthy  # noqa: E402

REDIS_URL = os.environ.get("LURECHECK_TEST_REDIS_URL", "redis://127.0.0.1:6379/0")
PG_URL = os.environ.get("LURECHECK_TEST_POSTGRES_URL", "postgresql+psycopg://root@127.0.0.1:5432/test")
SECRET = "replica-bench-secret"
HEADER = "X-Telegram-Bot-Api-Secret-Token"
FIRST_USER = 9_300_000
ADMINS = (9_399_001, 9_399_002)
READ_SECONDS = 0.3
FOLLOW_UP = "<blockquote expandable>"  # the official warning after a verdict (a second message by design)
SEND_METHODS = {"sendMessage", "sendDocument", "sendPhoto"}
ADS = [
    "Easy job in Thailand, salary {n} USD a month, no experience needed, free flight. Pay a deposit of 200 USD first.",
    "Tuyển gấp lao động đi Campuchia, lương {n} USD, bao vé máy bay, không cần kinh nghiệm, đóng phí 300 USD.",
    "Customer service job in Myanmar, {n} USD a month, visa free, send your passport copy to our agent on Telegram.",
    "Warehouse packing job in Poland, {n} EUR a month, contract via the employment office, interview in person.",
    "Casino typist wanted in Sihanoukville, {n} USD, housing free, we keep your passport for safety.",
]


@dataclass
class Unit:
    kind: str  # "pasted", "burst", "photo", "album", "file"
    user: dict
    updates: list[dict] = field(default_factory=list)
    gap: float = 0.0  # seconds between this unit's updates
    start: float = 0.0  # seconds after the start of offering
    last_offered: float | None = None  # monotonic time the last update was acknowledged


def ngo_file(rows: int, seed: int) -> bytes:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["text"])
    for i in range(rows):
        w.writerow([ADS[(i + seed) % len(ADS)].format(n=1000 + 17 * i + seed)])
    return out.getvalue().encode()


def plan(api: FakeBotApi, users: int, rate: float, files: int, seed: int = 16) -> list[Unit]:
    """The traffic: 70% pasted ads, 20% bursts of 4 forwards, 5% single photos, 5% albums of 3 photos, and `files`
    NGO files first; start times spread so that about `rate` updates a second are offered."""
    rnd = random.Random(seed)
    units: list[Unit] = []
    for i in range(files):
        admin = api.user(ADMINS[i % len(ADMINS)])
        doc = api.document(ngo_file(60, i), mime_type="text/csv", file_name=f"ads{i}.csv")
        units.append(Unit("file", admin, [{"message": api.message(admin, extra={"document": doc})}]))
    kinds = ["pasted", "burst", "pasted", "pasted", "photo", "pasted", "pasted", "burst", "pasted", "pasted",
             "pasted", "album", "pasted", "burst", "pasted", "pasted", "pasted", "burst", "pasted", "pasted"]
    for i in range(users):
        user = api.user(FIRST_USER + i, language_code=rnd.choice(["en", "vi", "km", "ko"]))
        kind = kinds[i % len(kinds)]  # 70% pasted, 20% bursts, 5% photos, 5% albums
        ad = ADS[i % len(ADS)].format(n=1000 + i)
        if kind == "pasted":
            unit = Unit(kind, user, [{"message": api.message(user, ad)}])
        elif kind == "burst":
            origin = api.channel_origin()
            unit = Unit(kind, user, [{"message": api.message(user, f"{ad} Ref {j}.", forward_origin=origin)}
                                     for j in range(4)], gap=0.3)
        elif kind == "photo":
            unit = Unit(kind, user, [{"message": api.message(user, extra={"photo": api.photo(
                f"\x89PNG bench photo {i}".encode())})}])
        else:
            unit = Unit(kind, user, [{"message": api.message(
                user, caption="Is this real?" if j == 0 else None,
                extra={"photo": api.photo(f"\x89PNG bench album {i} page {j}".encode()),
                       "media_group_id": f"album-{i}"})} for j in range(3)], gap=0.05)
        units.append(unit)
    at = 0.0
    for unit in units:
        unit.start = at
        at += len(unit.updates) / rate
    return units


@contextlib.contextmanager
def fresh_database():
    """A database of its own on the PostgreSQL server of PG_URL (created, migrated, dropped at the end): the tests'
    database holds another HMAC key's rows."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    from bot.storage.db import make_engine, upgrade

    name = f"lurecheck_bench_{uuid.uuid4().hex[:8]}"
    admin = create_engine(PG_URL, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    engine = make_engine(url)
    upgrade(engine)
    engine.dispose()
    try:
        yield url
    finally:
        with admin.connect() as c:
            c.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


DB_URL = PG_URL  # set by run(): the fresh database


INTAKE_MIN_IDLE = 5.0  # seconds before a live replica takes over the killed one's updates (default 30: the settle
# below waits for 8 quiet seconds, which must outlast it)


def env_for(api: FakeBotApi, prefix: str, data_dir: Path) -> dict[str, str]:
    return {**os.environ, "TELEGRAM_BOT_TOKEN": api.token, "TELEGRAM_API_BASE_URL": api.base_url,
            "TELEGRAM_WEBHOOK_SECRET": SECRET, "LURECHECK_DATABASE_URL": DB_URL, "LURECHECK_REDIS_URL": REDIS_URL,
            "LURECHECK_REDIS_PREFIX": prefix, "LURECHECK_HMAC_SECRET": "replica-bench-hmac-secret-0123456789",
            "LURECHECK_DATA_DIR": str(data_dir), "LURECHECK_ENGINE": "rules",
            "LURECHECK_CONTENT_DIR": str(ROOT / "warnings"), "LURECHECK_ADMIN_IDS": ",".join(map(str, ADMINS)),
            "LURECHECK_INTAKE_MIN_IDLE": str(INTAKE_MIN_IDLE)}


async def start_replicas(api: FakeBotApi, prefix: str, tmp: Path, n: int) -> tuple[list[subprocess.Popen], list[str]]:
    dirs = [tmp / f"replica{i}" for i in range(n)]
    for d in dirs:
        d.mkdir()
    procs, urls = map(list, zip(*(spawn_serve(env_for(api, prefix, d), d) for d in dirs)))
    await wait_healthy(procs, urls, dirs)
    return procs, urls


async def start_workers(api: FakeBotApi, prefix: str, tmp: Path, n: int) -> list[subprocess.Popen]:
    markers = tmp / "markers"
    markers.mkdir()
    procs = []
    for i in range(n):
        d = tmp / f"worker{i}"
        d.mkdir()
        procs.append(subprocess.Popen([sys.executable, "-m", "tests.fakes.worker_process", api.base_url, DB_URL,
                                       str(d), str(markers), str(READ_SECONDS)], cwd=ROOT,
                                      env=env_for(api, prefix, d), stdout=subprocess.PIPE,
                                      stderr=open(d / "stderr", "w"), text=True))  # noqa: SIM115
    for p in procs:
        line = await asyncio.wait_for(asyncio.to_thread(p.stdout.readline), 120)
        if line.strip() != "ready":
            raise RuntimeError(f"a worker did not start: {line!r}")
    return procs


class Offerer:
    """Round-robin over the replicas; an offer that gets no 200 goes to the next replica (Telegram's retry)."""

    def __init__(self, urls: list[str]):
        self.urls, self.next, self.offered, self.reoffered, self.failed = urls, 0, 0, 0, 0
        self.t0 = time.monotonic()
        self.client = httpx.AsyncClient(timeout=10.0)
        self.accepted: dict[int, tuple[int, float]] = {}  # update id -> (replica, when it answered 200)

    async def offer(self, update: dict) -> None:
        self.offered += 1
        i = self.next
        self.next = (self.next + 1) % len(self.urls)
        for attempt in range(len(self.urls) * 3):
            url = self.urls[(i + attempt) % len(self.urls)]
            with contextlib.suppress(httpx.HTTPError):
                r = await self.client.post(f"{url}/telegram", json=update, headers={HEADER: SECRET})
                if r.status_code == 200:
                    self.accepted[update["update_id"]] = ((i + attempt) % len(self.urls), time.monotonic())
                    return
            self.reoffered += 1
            await asyncio.sleep(0.2)
        self.failed += 1


def max_in_window(times: list[float], window: float = 1.0) -> int:
    times = sorted(times)
    best, lo = 0, 0
    for hi, t in enumerate(times):
        while t - times[lo] >= window:
            lo += 1
        best = max(best, hi - lo + 1)
    return best


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))] if ordered else float("nan")


async def run(users: int, rate: float, files: int, kill: bool) -> dict:
    prefix = f"lurecheck-bench-{uuid.uuid4().hex[:10]}:"
    load_before = os.getloadavg()
    tmp = Path(tempfile.mkdtemp(prefix="lurecheck-replicas-"))
    api = FakeBotApi()
    procs: list[subprocess.Popen] = []
    try:
        async with api.running():
            replicas, urls = await start_replicas(api, prefix, tmp, 3)
            procs += replicas
            workers = await start_workers(api, prefix, tmp, 2)
            procs += workers
            units = plan(api, users, rate, files)
            offerer = Offerer(urls)
            for unit in units:  # update ids in offering order
                for u in unit.updates:
                    u["update_id"] = api.new_update_id()
            t0 = offerer.t0 = time.monotonic()
            duration = units[-1].start + len(units[-1].updates) / rate
            killed: dict[str, float] = {}

            async def drive(unit: Unit) -> None:
                await asyncio.sleep(max(0.0, t0 + unit.start - time.monotonic()))
                for j, u in enumerate(unit.updates):
                    if j:
                        await asyncio.sleep(unit.gap)
                    await offerer.offer(u)
                unit.last_offered = time.monotonic()

            async def killer() -> None:
                await asyncio.sleep(duration / 2)
                replicas[1].send_signal(signal.SIGKILL)
                killed["replica"] = time.monotonic() - t0
                await asyncio.sleep(1.0)
                workers[0].send_signal(signal.SIGKILL)
                killed["worker"] = time.monotonic() - t0

            tasks = [asyncio.create_task(drive(u)) for u in units]
            if kill:
                tasks.append(asyncio.create_task(killer()))
            await asyncio.gather(*tasks)
            # settle: until nothing was sent for 8 s (past every burst and album window, a killed worker's job
            # taken again), at most 90 s
            deadline = time.monotonic() + 90
            while time.monotonic() < deadline:
                last = max((c.at for c in api.calls if c.method in SEND_METHODS | {"editMessageText"}), default=t0)
                if time.monotonic() - last > 8.0:
                    break
                await asyncio.sleep(0.5)
            if os.environ.get("BENCH_DUMP"):
                for ch in sorted({int(c.params.get("chat_id", 0) or 0) for c in api.calls if c.method in SEND_METHODS}):
                    msgs = [(round(c.at - t0, 2), c.method, str(c.params.get("text", ""))[:70]) for c in api.calls
                            if c.method in SEND_METHODS | {"editMessageText"} and str(c.params.get("chat_id")) == str(ch)]
                    if len(msgs) > 1:
                        print(ch, msgs)
            res = measure(api, units, offerer, killed, load_before, os.getloadavg(), duration)
            res["taken_over"] = sum((tmp / f"replica{i}" / "stderr").read_text().count("took over entry")
                                    for i in range(3))
            return res
    finally:
        for p in procs:
            if p.poll() is None:
                p.send_signal(signal.SIGINT)
        for p in procs:
            try:
                p.wait(10)
            except subprocess.TimeoutExpired:
                p.kill()
        import redis

        r = redis.Redis.from_url(REDIS_URL)
        for key in r.scan_iter(f"{prefix}*"):
            r.delete(key)


def measure(api: FakeBotApi, units: list[Unit], offerer: Offerer, killed: dict, load_before, load_after,
            duration: float) -> dict:
    ok = [c for c in api.calls if c.status == 200]
    sends: dict[int, list] = defaultdict(list)
    edits: dict[int, list] = defaultdict(list)
    docs: dict[int, list] = defaultdict(list)
    for c in ok:
        chat = int(c.params.get("chat_id", 0) or 0)
        if c.method in SEND_METHODS:
            sends[chat].append(c)
        if c.method == "sendDocument":
            docs[chat].append(c)
        if c.method == "editMessageText":
            edits[chat].append(c)
    lost, dup = defaultdict(int), defaultdict(int)
    latency: dict[str, list[float]] = defaultdict(list)
    bursts_one = bursts = 0
    lost_notes: list[str] = []
    for unit in units:
        chat = unit.user["id"]
        if unit.kind == "file":
            continue  # counted below per admin chat
        if unit.kind in ("pasted", "burst"):
            # a verdict may be followed by the official warning of the reader's country (its own message, by
            # design): the answer is the other messages; a warning sent twice counts as a duplicate too
            answers = [c for c in sends[chat] if not str(c.params.get("text", "")).startswith(FOLLOW_UP)]
            follow = [str(c.params.get("text", "")) for c in sends[chat] if c not in answers]
            dup[unit.kind] += len(follow) - len(set(follow))
        else:  # the placeholder's edit into the verdict
            answers = [c for c in edits[chat] if "RISK" in str(c.params.get("text", "")).upper()
                       or "SAFE" in str(c.params.get("text", "")).upper()] or edits[chat]
            if len(sends[chat]) > 1:
                dup[unit.kind] += len(sends[chat]) - 1
        if not answers:
            lost[unit.kind] += 1
            for u in unit.updates:
                replica, at = offerer.accepted.get(u["update_id"], (-1, 0.0))
                lost_notes.append(f"{unit.kind} update {u['update_id']} accepted by replica {replica} at "
                                  f"{at - offerer.t0:.2f} s")
        else:
            dup[unit.kind] += len(answers) - 1
            if unit.last_offered is not None:
                latency[unit.kind].append(answers[0].at - unit.last_offered)
        if unit.kind == "burst":
            bursts += 1
            bursts_one += len(answers) == 1
    file_units = [u for u in units if u.kind == "file"]
    by_admin = defaultdict(int)
    for u in file_units:
        by_admin[u.user["id"]] += 1
    for admin, n in by_admin.items():
        got = len(docs[admin])
        lost["file"] += max(0, n - got)
        dup["file"] += max(0, got - n)
    all_times = [c.at for c in ok if c.method in SEND_METHODS | {"editMessageText"}]
    per_chat = max((max_in_window([c.at for c in sends[ch] + edits[ch]]) for ch in set(sends) | set(edits)), default=0)
    gaps = [(b.at - a.at, ch) for ch in sends for a, b in zip(sends[ch], sends[ch][1:])]
    min_gap = min(gaps, default=(float("nan"), 0))
    per_chat_sends = max((max_in_window([c.at for c in sends[ch]]) for ch in sends), default=0)
    return {"units": units, "offered": offerer.offered, "reoffered": offerer.reoffered, "failed": offerer.failed,
            "lost": dict(lost), "dup": dict(dup), "bursts": bursts, "bursts_one": bursts_one,
            "max_overall": max_in_window(all_times), "max_chat": per_chat, "max_chat_sends": per_chat_sends,
            "min_gap": min_gap[0], "lost_notes": lost_notes, "min_gap_kind": next((u.kind for u in units if u.user["id"] == min_gap[1]), "?"),
            "latency": latency, "killed": killed, "load": (load_before, load_after), "duration": duration,
            "status429": sum(1 for c in api.calls if c.status == 429)}


def report(res: dict, users: int, rate: float) -> str:
    kinds = ["pasted", "burst", "photo", "album", "file"]
    count = defaultdict(int)
    for u in res["units"]:
        count[u.kind] += 1
    lat = res["latency"]
    every = [x for k in kinds for x in lat.get(k, [])]
    lines = [
        f"{users} users + {count['file']} NGO files, {res['offered']} updates offered at {rate:g}/s over "
        f"{res['duration']:.0f} s, round-robin over 3 replicas, 2 workers",
        f"killed (SIGKILL): {', '.join(f'{k} at {v:.1f} s' for k, v in res['killed'].items()) or 'none'}",
        f"load average (1/5/15 min) before {'/'.join(f'{x:.2f}' for x in res['load'][0])}, "
        f"after {'/'.join(f'{x:.2f}' for x in res['load'][1])}",
        "",
        "| what | measured |",
        "|---|---|",
        f"| updates offered | {res['offered']} (re-offered after no answer: {res['reoffered']}; "
        f"never accepted: {res['failed']}) |",
        "| things to answer (pasted / burst / photo / album / file) | "
        + " / ".join(str(count[k]) for k in kinds) + " |",
        f"| lost (no reply) | {sum(res['lost'].values())} ("
        + ", ".join(f"{k} {res['lost'].get(k, 0)}" for k in kinds) + ") |",
        f"| duplicate replies | {sum(res['dup'].values())} ("
        + ", ".join(f"{k} {res['dup'].get(k, 0)}" for k in kinds) + ") |",
        f"| bursts with exactly one summary | {res['bursts_one']}/{res['bursts']} |",
        f"| updates taken over from the killed replica (Redis Stream, after {INTAKE_MIN_IDLE:g} s idle) | "
        f"{res.get('taken_over', 0)} |",
        f"| max send rate seen by the fake Bot API, any 1 s window | overall {res['max_overall']}/s; one chat "
        f"{res['max_chat_sends']}/s (messages), {res['max_chat']}/s (messages + edits); 429s: {res['status429']} |",
        f"| shortest gap between two messages in one chat (as received) | {res['min_gap'] * 1000:.0f} ms "
        f"({res['min_gap_kind']}) |",
        f"| reply latency p50 / p95, all answers | {pct(every, .5) * 1000:.0f} / {pct(every, .95) * 1000:.0f} ms |",
    ]
    for k in kinds[:4]:
        if lat.get(k):
            lines.append(f"| reply latency p50 / p95, {k} | {pct(lat[k], .5) * 1000:.0f} / "
                         f"{pct(lat[k], .95) * 1000:.0f} ms |")
    lines += [f"lost: {note}" for note in res["lost_notes"]]
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--users", type=int, default=200)
    ap.add_argument("--rate", type=float, default=10.0, help="updates offered per second")
    ap.add_argument("--files", type=int, default=2, help="NGO files (CSV, 60 ads each)")
    ap.add_argument("--no-kill", action="store_true", help="kill nothing")
    args = ap.parse_args()
    global DB_URL
    with fresh_database() as DB_URL:
        res = asyncio.run(run(args.users, args.rate, args.files, not args.no_kill))
    print(report(res, args.users, args.rate))


if __name__ == "__main__":
    main()
