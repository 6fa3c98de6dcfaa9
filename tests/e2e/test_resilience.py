"""Telegram's errors: a 429 is retried, a 400 is survived, a bad token is a clear error; slow checks block no one."""
from __future__ import annotations

import asyncio
import threading

import pytest
from telegram.error import InvalidToken

from bot.store import MemoryStore
from bot.telegram.app import TokenError, api_urls, build_application, check_token, lifecycle
from classifier import Checker
from tests.conftest import LEGIT, LURES
from tests.fakes.harness import TEST_OPTIONS, running_bot, settings_for


async def test_a_429_is_retried_after_retry_after(api, bot):
    api.fail_next("sendMessage", 429, retry_after=1)
    user = api.user(51, language_code="en")
    sent = await bot.send(api.message(user, LEGIT["en"]))
    assert sent and sent[0]["text"].startswith("ℹ️ LOW RISK")
    attempts = api.calls_of("sendMessage")
    assert [c.status for c in attempts] == [429, 200]
    assert attempts[1].at - attempts[0].at >= 1.0  # waited as Telegram asked
    assert attempts[0].params["text"] == attempts[1].params["text"]


async def test_a_400_is_survived_and_the_user_gets_an_apology(api, bot):
    api.fail_next("sendMessage", 400, "Bad Request: something odd")
    user = api.user(52, language_code="vi")
    (apology,) = await bot.send(api.message(user, LEGIT["vi"]))
    assert apology["text"] == "Xin lỗi, bên mình vừa gặp lỗi. Bạn hãy thử lại sau giây lát nhé."
    sent = await bot.send(api.message(user, LEGIT["vi"]))  # the bot goes on
    assert sent[0]["text"].startswith("ℹ️ RỦI RO THẤP")


async def test_a_wrong_token_is_refused_at_start(api):
    application = build_application(settings_for(api, telegram_token="999:wrong"), MemoryStore(), options=TEST_OPTIONS)
    with pytest.raises(InvalidToken):
        async with lifecycle(application, polling={"poll_interval": 0.0, "timeout": 1}):
            pass
    assert [c.status for c in api.calls_of("getMe")] == [401]


def test_token_and_url_checks():
    with pytest.raises(TokenError, match="not set"):
        check_token(None)
    with pytest.raises(TokenError, match="does not look like"):
        check_token("hello")
    assert check_token("123:abc") == "123:abc"
    assert api_urls("https://api.telegram.org/bot") == ("https://api.telegram.org/bot", "https://api.telegram.org/file/bot")
    assert api_urls("http://localhost:8081/") == ("http://localhost:8081/bot", "http://localhost:8081/file/bot")


class SlowChecker(Checker):
    """Blocks on a lure until released: a check that takes long must not hold up other chats."""

    def __init__(self):
        super().__init__()
        self.release = threading.Event()

    def check_many(self, texts):
        if any("Bavet" in str(t) for t in texts):
            self.release.wait(10)
        return super().check_many(texts)


async def test_a_slow_check_does_not_block_other_chats(api):
    checker = SlowChecker()
    async with running_bot(api) as bot:
        bot.application.bot_data["lurecheck"]._checker = checker
        slow_user, fast_user = api.user(53), api.user(54, language_code="ko")
        api.push_message(slow_user, LURES["en"])  # stuck in the classifier thread
        sent = await bot.send(api.message(fast_user, LEGIT["ko"]))
        assert sent[0]["text"].startswith("ℹ️ 위험 낮음") and api.sent_to(53) == []
        checker.release.set()
        await api.wait_for(lambda: api.sent_to(53))
        await asyncio.sleep(0)
