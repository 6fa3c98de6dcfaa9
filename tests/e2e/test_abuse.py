"""Abuse: a flood from one user is throttled without delaying anyone else (measured and printed); a webhook call with
a wrong or missing secret gets 403 and is never processed; no secret (bot token, webhook secret, HMAC key, database
password) appears in the logs of a representative run, with its failures, nor in any reply."""
from __future__ import annotations

import asyncio
import logging
import socket

import httpx
import pytest

from benchmarks.flood import measure, summary
from bot import redact
from bot.store import MemoryStore
from bot.telegram.app import build_application
from bot.telegram.services import BotOptions
from bot.telegram.webhook import create_webhook_app
from tests.conftest import LEGIT, LURES
from tests.fakes.fake_bot_api import TOKEN
from tests.fakes.harness import TEST_OPTIONS, running_bot, serving, settings_for

WEBHOOK_SECRET = "Webhook-Secret_0123456789abcdef"
HMAC_SECRET = "hmac-Secret-value-0123456789"
DB_PASSWORD = "Db-Passw0rd-qrstuvwxyz"


async def test_a_flood_is_throttled_and_delays_no_one_else(capsys):
    """100 ads from one user in 2 s (harsher than the 100 in 10 s of the issue; benchmarks/flood.py runs that)."""
    result = await measure(messages=100, seconds=2.0, others=8, options=BotOptions(typing_after=5.0))
    with capsys.disabled():
        print(f"\nflood of 100 ads in 2 s: the flooder got {result['answered']} verdicts and {result['warnings']}"
              f" notice; 8 other users meanwhile: {summary(result['latencies'])}")
    assert result["answered"] == 20 and result["warnings"] == 1  # 20 a minute, then one polite notice, then quiet
    assert max(result["latencies"]) < 1.0  # the others are answered as usual (about 15 ms without a flood)


@pytest.mark.parametrize("header", [None, "", "wrong", WEBHOOK_SECRET.upper(), WEBHOOK_SECRET + "x",
                                    WEBHOOK_SECRET[:-1], WEBHOOK_SECRET.lower(), "x" * len(WEBHOOK_SECRET)])
async def test_webhook_with_a_wrong_or_missing_secret_is_refused_and_ignored(api, header):
    store = MemoryStore()
    application = build_application(settings_for(api), store, options=TEST_OPTIONS, webhook=True)
    async with serving(create_webhook_app(application, WEBHOOK_SECRET)) as base:
        user = api.user(1301, language_code="en")
        headers = {} if header is None else {"X-Telegram-Bot-Api-Secret-Token": header}
        async with httpx.AsyncClient() as client:
            response = await client.post(f"{base}/telegram", json={"update_id": 1, "message": api.message(
                user, LURES["en"])}, headers=headers)
        assert response.status_code == 403 and response.text == "forbidden"
        assert application.update_queue.qsize() == 0
        await asyncio.sleep(0.2)
    assert api.calls_of("sendMessage") == [] and store.checks == {} and store.languages == {}


class FailingStore(MemoryStore):
    """Its first writes and a role lookup fail like a database that is down."""

    def __post_init__(self):
        self.failures = 2

    def user_role(self, user_id):
        if self.failures:
            self.failures -= 1
            raise ConnectionError("database unreachable")
        return super().user_role(user_id)

    def record_check(self, *args, **kwargs):
        if self.failures:
            self.failures -= 1
            raise ConnectionError("database unreachable")
        return super().record_check(*args, **kwargs)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


async def _representative_run(api, tmp_path, monkeypatch) -> list[str]:
    """The bot through its usual paths and its failures; returns every text it sent to users."""
    db_url = f"postgresql+psycopg://lurecheck:{DB_PASSWORD}@127.0.0.1:{_closed_port()}/lurecheck"
    monkeypatch.setenv("LURECHECK_DATABASE_URL", db_url)  # the content source fails on it, and says so
    monkeypatch.setenv("LURECHECK_HMAC_SECRET", HMAC_SECRET)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", WEBHOOK_SECRET)
    settings = dict(database_url=db_url, hmac_secret=HMAC_SECRET, telegram_webhook_secret=WEBHOOK_SECRET,
                    data_dir=tmp_path)
    store = FailingStore(secret=HMAC_SECRET.encode())
    async with running_bot(api, store=store, **settings) as bot:
        user = api.user(1401, language_code="vi")
        await bot.send(api.message(user, "/start"))
        await bot.send(api.message(user, LURES["vi"]))  # the store fails: profile defaults, outbox
        api.fail_next("sendMessage", 500, "Internal Server Error")
        api.reset_next("sendMessage")
        verdict = (await bot.send(api.message(user, LURES["en"])))[-1]
        api.fail_next("sendMessage", 400, "Bad Request: something odd")  # the apology path
        await bot.send(api.message(user, LEGIT["en"]))
        await bot.send(update={"poll": {"id": "broken"}})  # an update this version cannot read
        if verdict.get("reply_markup"):
            await bot.press(user, verdict, verdict["reply_markup"]["inline_keyboard"][0][0]["callback_data"])
        await bot.press(user, verdict, "fb:h:999")  # forged
        api.push_many([api.message(user, f"{LURES['km']} {i}", forward_origin=api.channel_origin()) for i in range(3)])
        await api.wait_for(lambda: any("3" in m["text"] and "km" not in m["text"] for m in api.sent_to(1401)[-1:]), 10)
        await asyncio.sleep(0.6)
    texts = [m["text"] for m in api.sent]
    texts += [a.get("text") or "" for a in api.callback_answers.values()]
    return texts


SECRETS = [TOKEN, TOKEN.split(":", 1)[1], WEBHOOK_SECRET, HMAC_SECRET, DB_PASSWORD]


async def test_no_secret_in_logs_or_replies(api, tmp_path, monkeypatch, caplog):
    """At the levels the bot logs in production (bot.telegram.app.configure_logging: INFO, httpx at WARNING)."""
    caplog.set_level(logging.INFO)
    logging.getLogger("httpx").setLevel(logging.WARNING)
    replies = await _representative_run(api, tmp_path, monkeypatch)
    logs = caplog.text
    assert "could not be read: skipped" in logs and "outbox" in logs  # the failures did happen and were logged
    for secret in SECRETS:
        assert secret not in logs, f"a secret is in the logs: {secret[:4]}…"
        assert not any(secret in r for r in replies), f"a secret is in a reply: {secret[:4]}…"


async def test_secrets_are_masked_even_in_debug_logs(api, tmp_path, monkeypatch, caplog):
    """With every logger at DEBUG (httpx logs each URL, and the URL holds the token), the filter that
    configure_logging installs (bot/redact.py) masks them."""
    caplog.set_level(logging.DEBUG)
    for name in ("httpx", "httpcore", "telegram"):
        logging.getLogger(name).setLevel(logging.DEBUG)
    settings = settings_for(api, hmac_secret=HMAC_SECRET, telegram_webhook_secret=WEBHOOK_SECRET,
                            database_url=f"postgresql+psycopg://lurecheck:{DB_PASSWORD}@127.0.0.1:1/lurecheck")
    filt = redact.install(settings)
    try:
        await _representative_run(api, tmp_path, monkeypatch)
        logging.getLogger("lurecheck.test").error("failed with %s and %s", settings.database_url, TOKEN)
    finally:
        for handler in logging.getLogger().handlers:
            handler.removeFilter(filt)
        for name in ("httpx", "httpcore", "telegram"):
            logging.getLogger(name).setLevel(logging.NOTSET)
    logs = caplog.text
    assert redact.MASK in logs  # there was something to mask (httpx's request lines)
    for secret in SECRETS:
        assert secret not in logs, f"a secret is in the debug logs: {secret[:4]}…"


QUERIES = {"user_language", "user_role", "set_user_language", "get_check", "record_feedback", "add_report",
           "forget_user", "record_check", "record_checks"}


class CountingStore(MemoryStore):
    """The in-memory store, counting every call of a store method (each would be a database query)."""

    def __getattribute__(self, name):
        if name in QUERIES:
            object.__getattribute__(self, "__dict__").setdefault("queries", []).append(name)
        return object.__getattribute__(self, name)


async def test_a_flood_of_commands_and_buttons_costs_no_query_beyond_the_limit(api):
    """Issue 13.20: commands, buttons and /forgetme count in the same per-user limit as ads, and the limit is decided
    before any database query: past it, a flood costs nothing but the one polite warning."""
    import dataclasses

    store = CountingStore()
    async with running_bot(api, store=store, options=dataclasses.replace(TEST_OPTIONS, rate_limit=3)) as bot:
        user = api.user(4242, language_code="ko")
        for _ in range(3):  # within the limit: answered, each reading the profile
            assert await bot.send(api.message(user, "/help"))
        within = len(store.__dict__["queries"])
        assert within > 0
        flood = []
        for text in ["/help", "/start", "/forgetme", "/privacy", "/language", "/nonsense"] * 3:
            flood += await bot.send(api.message(user, text))
        pressed = await bot.press(user, flood[0] if flood else api.message(user, "x"), "fb:h:1")
        assert len(store.__dict__["queries"]) == within  # not one query more
        assert len(flood) == 1 and "너무 빨리" in flood[0]["text"]  # one warning, in the user's language
        assert pressed[0] is not None  # the button's spinner still stops
        other = api.user(4243, language_code="en")
        assert await bot.send(api.message(other, "/help"))  # someone else is not limited
