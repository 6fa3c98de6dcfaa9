"""Update-to-reply latency of the Telegram bot, through the fake Bot API and python-telegram-bot's real HTTP stack.

Usage: python benchmarks/bot_latency.py [--messages 200] [--rate 10] [--users 1] [--engine rules|model]

Each message is pushed to the fake server while the bot long-polls it; "first" is the time until the first reply
message reaches the server, "complete" until the bot has sent the whole reply (buttons included). Messages are
offered at --rate per second (default 10, under Telegram's global 30 messages/s that AIORateLimiter enforces; 0 = as
fast as the bot answers, which measures that limiter instead), spread over --users users sending at once.
The classifier is the rule-based one unless --engine model.
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


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def run(messages: int, users: int, rate: float) -> dict[str, list[float]]:
    from bot.telegram.services import BotOptions
    from tests.conftest import LEGIT, LURES
    from tests.fakes.fake_bot_api import FakeBotApi
    from tests.fakes.harness import running_bot

    ads = [*LURES.values(), *LEGIT.values()]
    options = BotOptions(rate_limit=10**6, typing_after=30.0)
    first: list[float] = []
    complete: list[float] = []
    async with FakeBotApi().running() as api, running_bot(api, options=options) as bot:
        # warm up: the first check loads the language model and the content
        await bot.send(api.message(api.user(1), ads[0]))

        async def lane(user_id: int, count: int) -> None:
            user = api.user(user_id, language_code=("vi", "ko", "km", "en")[user_id % 4])
            for i in range(count):
                if rate:  # this user's next slot in the offered rate
                    await asyncio.sleep(max(0.0, started + (i * users + user_id - 100) / rate - time.monotonic()))
                msg = api.message(user, ads[(user_id + i) % len(ads)])
                calls_before = len(api.calls)
                start = time.perf_counter()
                t0 = time.monotonic()
                await bot.send(msg)
                complete.append(time.perf_counter() - start)
                replies = [c for c in api.calls[calls_before:] if c.method == "sendMessage"
                           and c.params.get("chat_id") == user_id]
                first.append(replies[0].at - t0)

        started = time.monotonic()
        per_lane = [messages // users + (1 if i < messages % users else 0) for i in range(users)]
        await asyncio.gather(*(lane(100 + i, n) for i, n in enumerate(per_lane)))
    return {"first": first, "complete": complete}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--messages", type=int, default=200)
    ap.add_argument("--rate", type=float, default=10.0, help="messages offered per second (0: no pause)")
    ap.add_argument("--users", type=int, default=1, help="users sending at the same time (default 1)")
    ap.add_argument("--engine", choices=["rules", "model", "auto", "onnx", "torch"], default="rules")
    args = ap.parse_args()
    os.environ["LURECHECK_ENGINE"] = args.engine
    t0 = time.perf_counter()
    result = asyncio.run(run(args.messages, args.users, args.rate))
    wall = time.perf_counter() - t0
    rate = f"{args.rate:g}/s offered" if args.rate else "no pause"
    print(f"{args.messages} messages, {rate}, {args.users} user(s), engine {args.engine}, {wall:.1f} s in all")
    print("| update -> reply | median ms | p95 ms | max ms |")
    print("|---|---|---|---|")
    for name, values in result.items():
        ms = [v * 1000 for v in values]
        print(f"| {name} message | {statistics.median(ms):.1f} | {_pct(ms, 0.95):.1f} | {max(ms):.1f} |")


if __name__ == "__main__":
    main()
