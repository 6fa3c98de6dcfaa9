"""Bot API faults from the fake server: 429 with retry_after, 5xx, timeouts and dropped connections are retried with
backoff (bot/telegram/retry.py); every reply arrives exactly once, none is lost, none is doubled."""
from __future__ import annotations

import dataclasses

import pytest

from tests.conftest import LEGIT, LURES
from tests.fakes.harness import TEST_OPTIONS, running_bot

FAST = dataclasses.replace(TEST_OPTIONS, request_timeout=0.5, api_retries=4)


def _delivered(api, chat_id: int) -> list[str]:
    return [m["text"] for m in api.sent_to(chat_id)]


@pytest.mark.parametrize("fault", ["500", "502x2", "429", "stall", "reset", "reset+500"])
async def test_send_message_faults_are_retried_once_delivered(api, fault):
    user = api.user(700 + len(fault), language_code="en")
    async with running_bot(api, options=FAST) as bot:
        if fault == "500":
            api.fail_next("sendMessage", 500, "Internal Server Error")
        elif fault == "502x2":
            api.fail_next("sendMessage", 502, "Bad Gateway", times=2)
        elif fault == "429":
            api.fail_next("sendMessage", 429, retry_after=1)
        elif fault == "stall":
            api.stall_next("sendMessage", 1.2)  # the bot gives up after 0.5 s; Telegram never acted on it
        elif fault == "reset":
            api.reset_next("sendMessage")
        else:
            api.reset_next("sendMessage")
            api.fail_next("sendMessage", 500, "Internal Server Error")
        sent = await bot.send(api.message(user, LEGIT["en"]))
    texts = _delivered(api, user["id"])
    assert len(texts) == 1 and texts[0].startswith("ℹ️ LOW RISK"), texts  # delivered, and only once
    assert [m["text"] for m in sent] == texts
    statuses = [c.status for c in api.calls_of("sendMessage")]
    assert statuses[-1] == 200 and statuses.count(200) == 1, statuses
    assert len(statuses) >= 2  # it did fail first, and was sent again


async def test_a_multi_part_reply_loses_and_doubles_nothing(api):
    """A long verdict (several messages) with faults in the middle: every part once, in order."""
    user = api.user(731, language_code="vi")
    async with running_bot(api, options=FAST) as bot:
        api.fail_next("sendMessage", 503, "Service Unavailable")
        api.reset_next("sendMessage")
        sent = await bot.send(api.message(user, LURES["vi"]))
        clean = await bot.send(api.message(user, LURES["vi"] + " "))  # the same answer without faults
    assert [m["text"] for m in sent] == [m["text"] for m in clean]
    assert sent[-1].get("reply_markup") and sent[0]["text"].startswith("🚨")


async def test_button_answers_survive_faults_too(api):
    user = api.user(732, language_code="en")
    async with running_bot(api, options=FAST) as bot:
        verdict = (await bot.send(api.message(user, LURES["en"])))[-1]
        api.fail_next("answerCallbackQuery", 500, "Internal Server Error")
        api.reset_next("editMessageReplyMarkup")
        answer, sent = await bot.press(user, verdict, "fb:h:1")
    assert answer["text"] == "Thank you for your feedback." and sent == []
    assert bot.store.feedback == [(1, bot.store._h(732), "helpful")]  # once, not twice
    assert [c.status for c in api.calls_of("editMessageReplyMarkup")] == [0, 200]


async def test_a_400_is_not_retried(api):
    """Telegram refused the request itself: sending it again would fail the same way (and could double a reply)."""
    user = api.user(733, language_code="en")
    async with running_bot(api, options=FAST) as bot:
        api.fail_next("sendMessage", 400, "Bad Request: something odd")
        await bot.send(api.message(user, LEGIT["en"]))
    statuses = [c.status for c in api.calls_of("sendMessage")]
    assert statuses == [400, 200]  # the refused verdict, then the apology: no retry of the refused one
