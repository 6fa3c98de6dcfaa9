"""Load test of the Telegram bot against the fake Bot API on 127.0.0.1, through python-telegram-bot's real stack.

500 simulated chats send 4 messages each (mixed languages, distinct ads from data/train so the verdict cache does not
help); 20% of the chats forward their 4 ads as one burst (one summary expected). Prints: messages lost (a pasted ad
with no reply, or a burst with no summary: must be 0), update-to-reply latency p50/p95/p99, sustained replies per
second, and the bot process's peak RSS.

Usage: python benchmarks/bot_load.py [--chats 500] [--per-chat 4] [--rate 25] [--engine auto|rules|onnx|torch]
"""
from __future__ import annotations

import argparse
import asyncio
import json
import os
import random
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _ads(n: int, seed: int = 7) -> list[str]:
    rows = []
    for path in sorted((ROOT / "data" / "train").glob("*.jsonl")):
        rows += [json.loads(x)["text"] for x in path.read_text(encoding="utf-8").split("\n") if x.strip()]
    random.Random(seed).shuffle(rows)
    return rows[:n]


def _pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


async def run(chats: int, per_chat: int, rate: float, forward_share: float) -> dict:
    from bot.telegram.services import BotOptions
    from tests.fakes.fake_bot_api import FakeBotApi
    from tests.fakes.harness import running_bot

    ads = _ads(chats * per_chat)
    rng = random.Random(11)
    langs = ("vi", "ko", "km", "en")
    options = BotOptions(rate_limit=10**6, burst_quiet=1.0, burst_max_wait=5.0, typing_after=30.0)
    latencies: list[float] = []  # pasted ads: update -> first reply message
    bursts: list[float] = []  # forwarded bursts: last forward -> the summary (includes the quiet window)
    lost = 0
    async with FakeBotApi().running() as api, running_bot(api, options=options) as bot:
        await bot.send(api.message(api.user(1), "Tuyển nhân viên bán hàng, lương 8 triệu/tháng"))  # warm-up
        start = time.monotonic()
        sent_before = len(api.sent)

        async def chat(k: int) -> None:
            nonlocal lost
            user = api.user(10_000 + k, language_code=langs[k % 4])
            texts = ads[k * per_chat : (k + 1) * per_chat]
            await asyncio.sleep(k * per_chat / rate)  # this chat's slot in the offered rate
            if rng.random() < forward_share:  # an NGO-style burst of forwards: one summary
                origin = api.channel_origin("Jobs channel", username="jobs_channel") \
                    if hasattr(api, "channel_origin") else {"type": "hidden_user", "date": int(time.time()),
                                                            "sender_user_name": "Recruiter"}
                msgs = [api.message(user, t, forward_origin=origin) for t in texts]
                t0 = time.monotonic()
                api.push_many(msgs)
                deadline = t0 + 30
                while time.monotonic() < deadline:
                    got = [c for c in api.calls if c.method == "sendMessage" and c.params.get("chat_id") == user["id"]]
                    if got:
                        bursts.append(got[0].at - t0)
                        return
                    await asyncio.sleep(0.05)
                lost += 1
                return
            for text in texts:
                t0 = time.monotonic()
                n_before = len([c for c in api.calls if c.method == "sendMessage" and c.params.get("chat_id") == user["id"]])
                try:
                    await bot.send(api.message(user, text))
                except TimeoutError:
                    lost += 1
                    continue
                got = [c for c in api.calls if c.method == "sendMessage" and c.params.get("chat_id") == user["id"]]
                if len(got) <= n_before:
                    lost += 1
                else:
                    latencies.append(got[n_before].at - t0)

        await asyncio.gather(*(chat(k) for k in range(chats)))
        wall = time.monotonic() - start
        replies = len(api.sent) - sent_before
    return {"latencies": latencies, "bursts": bursts, "lost": lost, "wall": wall, "replies": replies}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--chats", type=int, default=500)
    ap.add_argument("--per-chat", type=int, default=4)
    ap.add_argument("--rate", type=float, default=25.0, help="messages offered per second in all")
    ap.add_argument("--forward-share", type=float, default=0.2)
    ap.add_argument("--engine", default="auto", choices=["auto", "rules", "onnx", "torch"])
    args = ap.parse_args()
    os.environ["LURECHECK_ENGINE"] = args.engine
    res = asyncio.run(run(args.chats, args.per_chat, args.rate, args.forward_share))
    ms = [x * 1000 for x in res["latencies"]]
    bms = [x * 1000 for x in res["bursts"]] or [0.0]
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.chats} chats x {args.per_chat} messages, {args.rate:g}/s offered, {args.forward_share:.0%} of chats "
          f"forward a burst, engine {args.engine}, {res['wall']:.1f} s")
    print("| lost | pasted ad p50 / p95 / p99 ms | burst summary p50 / p95 ms (1 s quiet window) | replies/s sustained "
          "| peak RSS MB (bot + fake server + driver, one process) |")
    print("|---|---|---|---|---|")
    print(f"| {res['lost']} | {_pct(ms, 0.5):.0f} / {_pct(ms, 0.95):.0f} / {_pct(ms, 0.99):.0f} | "
          f"{_pct(bms, 0.5):.0f} / {_pct(bms, 0.95):.0f} | {res['replies'] / res['wall']:.1f} | {rss:.0f} |")


if __name__ == "__main__":
    main()
