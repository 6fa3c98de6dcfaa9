"""Queue libraries on Redis for `lurecheck worker` (issue 16): arq against RQ, measured the same way.

    .venv/bin/python -m benchmarks.queue_compare [--jobs 200] [--redis redis://127.0.0.1:6379/0]

For each library, a worker runs in a process of its own:
- latency: JOBS trivial jobs are enqueued one after the other (5 ms apart, so this is not a backlog test); each job
  records when it started; enqueue-to-start p50 / p95 / max;
- a killed worker: one job that sleeps 60 s is enqueued, the worker is SIGKILLed (its whole process group) once the
  job started, a second worker is started at once: is the job run again, and how long after the kill (watched for
  KILL_WATCH seconds); the job's final state. arq is given a 5 s job timeout (its in-progress mark then lasts 5 s + 1 s
  of extra here; `lurecheck worker` uses 120 s + 5 s); RQ keeps its defaults apart from a short job timeout.
Keys use a random prefix and are removed at the end.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import subprocess
import sys
import time
import uuid

import redis

KILL_WATCH = 25.0
ARQ_TIMEOUT = 5
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


# ------------------------------------------------------------------------------------------------ the jobs
def _r() -> redis.Redis:
    return redis.Redis.from_url(os.environ["QC_REDIS"])


def rq_trivial(key: str, enqueued: float) -> None:
    _r().rpush(key, time.time() - enqueued)


def rq_slow(key: str) -> None:
    _r().rpush(key, time.time())
    time.sleep(60)


async def arq_trivial(ctx, key: str, enqueued: float) -> None:
    await ctx["redis"].rpush(key, time.time() - enqueued)


async def arq_slow(ctx, key: str) -> None:
    await ctx["redis"].rpush(key, time.time())
    await asyncio.sleep(60)


# ------------------------------------------------------------------------------------------------ the workers
def run_worker(lib: str, queue: str) -> None:
    if lib == "arq":
        from arq import func
        from arq.connections import RedisSettings
        from arq.worker import Worker

        asyncio.set_event_loop(asyncio.new_event_loop())
        w = Worker(functions=[func(arq_trivial, name="trivial"), func(arq_slow, name="slow", timeout=ARQ_TIMEOUT)],
                   queue_name=queue, redis_settings=RedisSettings.from_dsn(os.environ["QC_REDIS"]), poll_delay=0.05,
                   max_jobs=10, handle_signals=True)
        w.in_progress_timeout_s = ARQ_TIMEOUT + 1
        w.run()
    else:
        from rq import Queue, Worker

        conn = _r()
        Worker([Queue(queue, connection=conn)], connection=conn).work(logging_level="WARNING")


def start_worker(lib: str, queue: str, url: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "benchmarks.queue_compare", "--worker", lib, "--queue", queue],
                            cwd=ROOT, env={**os.environ, "QC_REDIS": url}, start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def stop(proc: subprocess.Popen, sig: int = signal.SIGTERM) -> None:
    try:
        os.killpg(proc.pid, sig)
    except ProcessLookupError:
        return
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


# ------------------------------------------------------------------------------------------------ enqueueing
class Client:
    def __init__(self, lib: str, queue: str, url: str):
        self.lib, self.queue, self.url = lib, queue, url
        self.loop = asyncio.new_event_loop()
        if lib == "arq":
            from arq.connections import RedisSettings, create_pool

            self.pool = self.loop.run_until_complete(create_pool(RedisSettings.from_dsn(url), default_queue_name=queue))
        else:
            from rq import Queue

            self.q = Queue(queue, connection=redis.Redis.from_url(url))

    def enqueue(self, name: str, *args) -> str:
        if self.lib == "arq":
            job = self.loop.run_until_complete(self.pool.enqueue_job(name, *args))
            return job.job_id
        return self.q.enqueue(f"benchmarks.queue_compare.rq_{name}", *args, job_timeout=300).id

    def state(self, job_id: str) -> str:
        if self.lib == "arq":
            from arq.jobs import Job

            return str(self.loop.run_until_complete(Job(job_id, self.pool).status()).value)
        from rq.job import Job

        return str(Job.fetch(job_id, connection=self.q.connection).get_status())

    def close(self) -> None:
        if self.lib == "arq":
            self.loop.run_until_complete(self.pool.aclose())
        self.loop.close()


def wait_ready(r: redis.Redis, c: Client, key: str) -> None:
    """Until a worker has taken a first job (workers take seconds to import and connect)."""
    c.enqueue("trivial", key, time.time())
    while r.llen(key) == 0:
        time.sleep(0.05)
    r.delete(key)


def measure(lib: str, url: str, jobs: int) -> dict:
    r = redis.Redis.from_url(url)
    prefix = f"qc-{uuid.uuid4().hex[:8]}:"
    queue, key, slow_key = prefix + "queue", prefix + "lat", prefix + "slow"
    c = Client(lib, queue, url)
    out: dict = {"lib": lib}
    w1 = start_worker(lib, queue, url)
    w2 = None
    try:
        wait_ready(r, c, key)
        for _ in range(jobs):
            c.enqueue("trivial", key, time.time())
            time.sleep(0.005)
        deadline = time.time() + 60
        while r.llen(key) < jobs and time.time() < deadline:
            time.sleep(0.05)
        lat = sorted(float(x) * 1000 for x in r.lrange(key, 0, -1))
        out.update(done=len(lat), p50=statistics.median(lat), p95=lat[int(len(lat) * 0.95) - 1], max=lat[-1])

        job_id = c.enqueue("slow", slow_key)
        while r.llen(slow_key) == 0:
            time.sleep(0.02)
        os.killpg(w1.pid, signal.SIGKILL)  # the worker and any child (RQ's work horse)
        w1.wait()
        killed = time.time()
        w2 = start_worker(lib, queue, url)
        while r.llen(slow_key) < 2 and time.time() < killed + KILL_WATCH:
            time.sleep(0.1)
        starts = [float(x) for x in r.lrange(slow_key, 0, -1)]
        out["rerun_after"] = starts[1] - killed if len(starts) > 1 else None
        out["state"] = c.state(job_id)
    finally:
        for w in (w1, w2):
            if w is not None:
                stop(w)
        c.close()
        for k in r.scan_iter(f"*{prefix}*"):
            r.delete(k)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--jobs", type=int, default=200)
    ap.add_argument("--redis", default=os.environ.get("LURECHECK_REDIS_URL", "redis://127.0.0.1:6379/0"))
    ap.add_argument("--libs", default="arq,rq")
    ap.add_argument("--worker")
    ap.add_argument("--queue")
    a = ap.parse_args()
    if a.worker:
        run_worker(a.worker, a.queue)
        return
    print(f"| library | jobs done | enqueue-to-start p50 / p95 / max (ms) | SIGKILLed worker's job | state after {KILL_WATCH:.0f} s |")
    print("|---|---|---|---|---|")
    for lib in a.libs.split(","):
        m = measure(lib, a.redis, a.jobs)
        rerun = (f"run again {m['rerun_after']:.1f} s after the kill" if m["rerun_after"] is not None
                 else f"not run again within {KILL_WATCH:.0f} s")
        print(f"| {lib} | {m['done']}/{a.jobs} | {m['p50']:.1f} / {m['p95']:.1f} / {m['max']:.1f} | {rerun} | "
              f"{m['state']} |", flush=True)


if __name__ == "__main__":
    main()
