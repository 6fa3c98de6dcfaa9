"""Several writers at once (threads, each its own engine like a bot replica, and separate processes) on PostgreSQL
and on SQLite: no check, report or count is lost or counted twice."""
from __future__ import annotations

import multiprocessing
import threading
from concurrent.futures import ThreadPoolExecutor

from bot import admin
from bot.storage.db import make_engine
from bot.storage.sql_store import SqlStore
from tests.integration.storage.conftest import ADMIN, SECRET
from tests.integration.storage.helpers import verdict

REPLICAS, PER_REPLICA = 4, 15
SHARED = (("phone", "+85512345678"), ("handle", "@shared_recruiter"))


def replica_work(url: str, replica: int, n: int) -> list[int]:
    """What one replica does: n users each check an ad with shared contacts, report it, give feedback twice."""
    engine = make_engine(url)
    store = SqlStore(engine, SECRET, frozenset({ADMIN}))
    ids = []
    try:
        for i in range(n):
            user = 10_000 * (replica + 1) + i
            store.set_user_language(user, "vi")
            v = verdict(contacts=(*SHARED, ("phone", f"+8551{replica:02d}{i:05d}")), ad=f"ad {replica} {i}")
            cid = store.record_check(user, v)
            assert store.add_report(cid, user, f"ad {replica} {i}") is not None
            assert store.add_report(cid, user, f"ad {replica} {i}") is not None  # the double tap
            assert store.record_feedback(cid, user, "helpful") and store.record_feedback(cid, user, "wrong")
            store.set_user_language(77, "ko")  # one user that every replica touches
            ids.append(cid)
    finally:
        engine.dispose()
    return ids


def _process_main(url: str, replica: int, n: int, out) -> None:
    out.put(len(replica_work(url, replica, n)))


def check_totals(store: SqlStore, total: int) -> None:
    counts = store.counts()
    assert counts["checks"] == total and counts["reports"] == total and counts["feedback"] == total
    assert counts["users"] == total + 1
    assert store.contact_stats(*SHARED[0]) == (total, total)
    assert store.contact_stats(*SHARED[1]) == (total, total)
    assert counts["contacts"] == total + 2
    assert store.user_language(77) == "ko"


def test_replicas_in_threads_lose_and_double_count_nothing(store, db_url):
    barrier = threading.Barrier(REPLICAS)

    def run(replica: int) -> list[int]:
        barrier.wait()
        return replica_work(db_url, replica, PER_REPLICA)

    with ThreadPoolExecutor(REPLICAS) as pool:
        ids = [cid for chunk in pool.map(run, range(REPLICAS)) for cid in chunk]
    total = REPLICAS * PER_REPLICA
    assert len(set(ids)) == total
    check_totals(store, total)


def test_writers_in_separate_processes(store, db_url):
    """PostgreSQL: bot replicas; SQLite: the bot and a `lurecheck` command writing the same file."""
    ctx = multiprocessing.get_context("fork")
    out = ctx.Queue()
    procs = [ctx.Process(target=_process_main, args=(db_url, r, PER_REPLICA, out)) for r in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert sorted(out.get(timeout=5) for _ in procs) == [PER_REPLICA] * 3
    check_totals(store, 3 * PER_REPLICA)


def test_two_admins_saving_at_once_get_distinct_versions(content_store):
    start = threading.Barrier(4)

    def save(i: int):
        start.wait()
        return admin.set_warning(content_store, ADMIN, "vn-gov-sms-111", "en", f"Concurrent text {i}.")

    with ThreadPoolExecutor(4) as pool:
        versions = sorted(pool.map(save, range(4)))
    assert versions == [2, 3, 4, 5], "the writers queue on the warning's row: each gets its own version"
    history = admin.warning_history(content_store, ADMIN, "vn-gov-sms-111", "en")
    assert len(history) == 1 + len(versions) and sum(v.active for v in history) == 1
    assert history[0].active and history[0].version == max(versions)
