"""`lurecheck serve`: the Starlette webhook app behind uvicorn, fed by the fake Bot API as Telegram would."""
from __future__ import annotations

import threading

import httpx

from bot.store import MemoryStore
from bot.telegram.app import build_application
from bot.telegram.webhook import create_webhook_app
from classifier import Checker
from tests.conftest import LURES
from tests.fakes.harness import TEST_OPTIONS, serving, settings_for

SECRET = "s3cret-for_tests"


class GatedChecker(Checker):
    def __init__(self):
        super().__init__()
        self.gate = threading.Event()

    def check_many(self, texts):
        if any("Bavet" in str(t) for t in texts):  # the lure below; the start-up warm-up passes
            self.gate.wait(10)
        return super().check_many(texts)


async def test_webhook_with_good_and_bad_secret(api):
    checker = GatedChecker()
    store = MemoryStore()
    application = build_application(settings_for(api), store, options=TEST_OPTIONS, checker=checker, webhook=True)
    asgi = create_webhook_app(application, SECRET)
    async with serving(asgi) as base:
        url = f"{base}/telegram"  # known once the server listens: registered here as Telegram's setWebhook would be
        await application.bot.set_webhook(url, secret_token=SECRET)
        assert api.webhook == {"url": url, "secret_token": SECRET, "allowed_updates": None}
        user = api.user(61, language_code="en")
        update = {"message": api.message(user, LURES["en"])}

        # bad secret, no secret: 403 and nothing happens
        assert (await api.deliver(dict(update), secret="wrong")).status_code == 403
        async with httpx.AsyncClient() as client:
            assert (await client.post(url, json=update)).status_code == 403
            garbage = await client.post(url, content=b"{not json",
                                        headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
            assert garbage.status_code == 400
            not_an_update = await client.post(url, json=[1, 2],
                                              headers={"X-Telegram-Bot-Api-Secret-Token": SECRET})
            assert not_an_update.status_code == 400
            assert (await client.get(f"{base}/healthz")).text == "ok"

        # good secret: 200 at once, while the check is still running (it waits at the gate)
        response = await api.deliver(dict(update))
        assert response.status_code == 200 and api.sent_to(61) == []
        checker.gate.set()
        sent = await api.wait_for(lambda: api.sent_to(61))
        assert sent[0]["text"].startswith("🚨 HIGH RISK")
        assert len(store.checks) == 1  # the bad-secret deliveries were never processed


async def test_set_webhook_at_start(api):
    application = build_application(settings_for(api), MemoryStore(), options=TEST_OPTIONS, webhook=True)
    url = "https://bot.example.org/telegram"
    async with serving(create_webhook_app(application, SECRET, webhook_url=url)):
        assert api.webhook["url"] == url and api.webhook["secret_token"] == SECRET
        assert set(api.commands) == {None, "vi", "ko", "km"}  # post_init ran in webhook mode too


async def test_a_chunked_body_over_the_cap_is_refused_without_reading_it_all(api):
    """No Content-Length (Transfer-Encoding: chunked): the body is counted as it streams in and refused with 413
    once it passes MAX_BODY; the rest is never read. A small chunked update is still accepted."""
    from bot.telegram.webhook import MAX_BODY

    application = build_application(settings_for(api), MemoryStore(), options=TEST_OPTIONS, webhook=True)
    asgi = create_webhook_app(application, SECRET)
    chunk = b" " * 65536
    pulled = []

    async def endless():
        for _ in range(4 * MAX_BODY // len(chunk)):  # 4 MiB of whitespace, more than any update
            pulled.append(1)
            yield chunk

    headers = {"X-Telegram-Bot-Api-Secret-Token": SECRET}
    async with httpx.AsyncClient(transport=httpx.ASGITransport(app=asgi), base_url="http://bot") as client:
        big = await client.post("/telegram", content=endless(), headers=headers)
        assert big.status_code == 413
        assert len(pulled) <= MAX_BODY // len(chunk) + 2  # stopped at the cap, not at the end of the stream

        update = {"update_id": 5, "message": api.message(api.user(62), "hello")}

        async def small():
            import json

            yield json.dumps(update).encode()

        ok = await client.post("/telegram", content=small(), headers=headers)
        assert ok.status_code == 200
        assert application.update_queue.qsize() == 1
