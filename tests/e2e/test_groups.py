"""Group chats: the bot answers only when mentioned or replied to."""
from __future__ import annotations

from tests.conftest import LEGIT, LURES
from tests.fakes.fake_bot_api import BOT_USERNAME

MENTION = f"@{BOT_USERNAME}"
STICKER = {"sticker": {"file_id": "s", "file_unique_id": "s", "width": 512, "height": 512, "is_animated": False,
                       "is_video": False, "type": "regular"}}


async def test_the_bot_stays_silent_unless_addressed(api, bot):
    group = api.group_chat()
    alice = api.user(41, language_code="vi")
    assert await bot.send(api.message(alice, LURES["vi"], chat=group)) == []
    assert await bot.send(api.message(alice, chat=group, extra=STICKER)) == []
    assert await bot.send(api.message(alice, "/help", chat=group)) == []  # a bare command may be for another bot
    assert await bot.send(api.message(alice, "/start", chat=group)) == []
    assert await bot.send(api.message(alice, LURES["en"], chat=group, forward_origin=api.channel_origin())) == []
    assert await bot.send(api.message(alice, "@someone_else xem tin này", chat=group)) == []
    assert bot.store.checks == {}
    assert api.calls_of("sendMessage") == []


async def test_mention_with_the_ad_checks_it(api, bot):
    group = api.group_chat()
    alice = api.user(42, language_code="vi")
    asked = api.message(alice, f"{MENTION} {LURES['vi']}", chat=group)
    sent = await bot.send(asked)
    assert sent[0]["text"].startswith("🚨 RỦI RO CAO")
    assert all(m["reply_to_message"]["message_id"] == asked["message_id"] for m in sent)
    assert [b["callback_data"] for row in sent[-1]["reply_markup"]["inline_keyboard"] for b in row] == \
        ["fb:h:1", "fb:w:1", "rp:1"]


async def test_mention_in_reply_to_an_ad_checks_that_ad(api, bot):
    group = api.group_chat()
    poster, alice = api.user(43, language_code="ko"), api.user(44, language_code="en")
    ad = api.message(poster, LURES["ko"], chat=group)
    await bot.send(ad)  # the poster's ad alone: silence
    asked = api.message(alice, f"{MENTION} is this real?", chat=group, reply_to=ad)
    sent = await bot.send(asked)
    assert sent[0]["text"].startswith("🚨 HIGH RISK")  # the asker's language
    assert sent[0]["reply_to_message"]["message_id"] == asked["message_id"]
    # feedback only: the ad is someone else's message, so it cannot be reported from here
    assert [b["callback_data"] for row in sent[-1]["reply_markup"]["inline_keyboard"] for b in row] == \
        ["fb:h:1", "fb:w:1"]
    answer, _ = await bot.press(poster, sent[-1], "fb:w:1")  # another member's press changes nothing
    assert answer["text"] == "다른 사람의 확인 결과에 달린 버튼이에요." and bot.store.feedback == []  # in his language
    answer, _ = await bot.press(alice, sent[-1], "fb:h:1")
    assert bot.store.feedback == [(1, bot.store._h(44), "helpful")]


async def test_mention_alone_gets_a_hint_and_replies_to_the_bot_are_answered(api, bot):
    group = api.group_chat()
    alice = api.user(45, language_code="km")
    (hint,) = await bot.send(api.message(alice, MENTION, chat=group))
    assert hint["text"].startswith("ដើម្បីពិនិត្យប្រកាសមួយក្នុងក្រុម")
    reply = await bot.send(api.message(alice, LEGIT["km"], chat=group, reply_to=hint))
    assert reply[0]["text"].startswith("ℹ️ គ្រោះថ្នាក់ទាប")
    (helpmsg,) = await bot.send(api.message(alice, f"/help{MENTION}", chat=group))
    assert "/forgetme" in helpmsg["text"]
