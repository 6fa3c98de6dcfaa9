"""A flood from one user (100 messages in 10 s) against the real bot and the fake Bot API: is the flooder throttled,
and are the other users' replies delayed? Prints the other users' latency with and without the flood.

Usage: python benchmarks/flood.py [--messages 100] [--seconds 10] [--others 20]
Latency = from the update being available to the bot (getUpdates) to the first message of its reply.
"""
from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("LURECHECK_ENGINE", "rules")

from bot.telegram.services import BotOptions  # noqa: E402
from tests.conftest import LEGIT, LURES  # noqa: E402
from tests.fakes.fake_bot_api import FakeBotApi  # noqa: E402
from tests.fakes.harness import running_bot  # noqa: E402

FLOODER = 5000
WARNING = "You are sending messages very fast"


async def _latency(api: FakeBotApi, user_id: int, text: str) -> float:
    user = api.user(user_id, language_code="en")
    before = len(api.sent_to(user_id))
    t0 = time.perf_counter()
    api.push_message(user, text)
    await api.wait_for(lambda: len(api.sent_to(user_id)) > before, 30)
    return time.perf_counter() - t0


async def measure(messages: int = 100, seconds: float = 10.0, others: int = 20, flood: bool = True,
                  options: BotOptions | None = None) -> dict:
    """Other users send one ad each, spread over the flood; returns their latencies and what the flooder got."""
    options = options or BotOptions(typing_after=5.0)  # production limits: 20 checks a minute per user
    async with FakeBotApi().running() as api, running_bot(api, options=options):
        flooder = api.user(FLOODER, language_code="en")
        ads = list(LURES.values())

        async def flood_task() -> None:
            for i in range(messages):
                api.push_message(flooder, f"{ads[i % len(ads)]} #{i}")
                await asyncio.sleep(seconds / messages)

        async def others_task() -> list[float]:
            out = []
            pool = list(LURES.values()) + list(LEGIT.values())
            for k in range(others):
                await asyncio.sleep(seconds / (others + 1))
                out.append(await _latency(api, 6000 + k, f"{pool[k % len(pool)]} ({k})"))
            return out

        t0 = time.perf_counter()
        tasks = [asyncio.create_task(others_task())]
        if flood:
            tasks.append(asyncio.create_task(flood_task()))
        latencies = (await asyncio.gather(*tasks))[0]
        await asyncio.sleep(1.5)  # the flooder's last replies
        got = api.sent_to(FLOODER)
        answered = {m["reply_to_message"]["message_id"] for m in got if m.get("reply_to_message")}
        warnings = [m for m in got if WARNING in m["text"]]
        return {"latencies": latencies, "answered": len(answered), "warnings": len(warnings),
                "flooder_messages": len(got), "seconds": time.perf_counter() - t0}


def summary(latencies: list[float]) -> str:
    ordered = sorted(latencies)
    p95 = ordered[max(0, int(round(0.95 * len(ordered))) - 1)]
    return f"median {1000 * statistics.median(ordered):.0f} ms, p95 {1000 * p95:.0f} ms, max {1000 * ordered[-1]:.0f} ms"


async def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=100)
    ap.add_argument("--seconds", type=float, default=10.0)
    ap.add_argument("--others", type=int, default=20)
    args = ap.parse_args()
    quiet = await measure(args.messages, args.seconds, args.others, flood=False)
    loud = await measure(args.messages, args.seconds, args.others, flood=True)
    print(f"flood: {args.messages} messages from one user in {args.seconds:.0f} s; {args.others} other users, one ad"
          f" each, spread over the same time (rule-based checker, fake Bot API on 127.0.0.1)")
    print(f"  flooder: {loud['answered']} ads answered, {loud['warnings']} 'too fast' notice(s),"
          f" {args.messages - loud['answered']} dropped without an answer")
    print(f"  other users without the flood: {summary(quiet['latencies'])}")
    print(f"  other users during the flood:  {summary(loud['latencies'])}")


if __name__ == "__main__":
    asyncio.run(main())
