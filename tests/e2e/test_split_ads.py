"""An ad cut in two: a photo caption (or a pasted part) and a forwarded second part. The second part is also read
joined to the first (bot/checking/continuation.py): the pair gets the verdict the whole ad would get, and says so; an
unrelated ad sent after a lure is not tainted by it; parts too far apart are not joined."""
from __future__ import annotations

import dataclasses

from bot.ocr import reader as ocr
from bot.telegram.services import KEY
from tests.conftest import LEGIT, LURES
from tests.fakes.harness import TEST_OPTIONS, running_bot

PART1 = "Tuyển gấp 10 bạn nữ đánh máy, lương 1500$/tháng."
PART2 = "Làm tại Sihanoukville. Liên hệ Telegram @tuyendung_sv88"
NOTE = "Mình đọc tin nhắn này cùng với tin nhắn trước của bạn: gộp lại, chúng giống một tin tuyển dụng."


def _no_text(images, hint=None):
    raise ocr.OcrError("no text")


async def test_caption_then_forwarded_second_part(api, bot):
    user = api.user(1201, language_code="vi")
    bot.application.bot_data[KEY].read_images = lambda images, hint=None: ocr.OcrResult("", ())
    photo = api.message(user, caption=PART1, extra={"photo": api.photo(b"\x89PNG fake", 400, 300)})
    await bot.send(photo)
    first = await api.wait_for(lambda: [m for m in api.sent_to(1201) if "RỦI RO" in m["text"]], 10)
    assert "ℹ️ RỦI RO THẤP" in first[-1]["text"]  # the caption alone: no strong sign
    before = len(api.sent_to(1201))
    forwarded = api.message(user, PART2, forward_origin=api.channel_origin("Việc làm 24h", None))
    await bot.send(forwarded)  # a forward is answered when its burst ends
    await api.wait_for(lambda: any(m.get("reply_markup") for m in api.sent_to(1201)[before:]), 10)
    second = api.sent_to(1201)[before:]
    text = "\n".join(m["text"] for m in second)
    assert NOTE in text and "🚨 RỦI RO CAO" in text  # the two parts together: the whole ad's verdict
    assert second[-1].get("reply_markup")  # stored: buttons as usual


async def test_two_pasted_parts(api, bot):
    user = api.user(1202, language_code="vi")
    (alone,) = (await bot.send(api.message(user, PART1)))[:1]
    assert alone["text"].startswith("ℹ️ RỦI RO THẤP")
    joined = await bot.send(api.message(user, PART2))
    text = "\n".join(m["text"] for m in joined)
    assert joined[0]["text"].startswith(NOTE) and "🚨 RỦI RO CAO" in text


async def test_an_ordinary_ad_after_a_lure_is_not_tainted(api, bot):
    user = api.user(1203, language_code="vi")
    assert (await bot.send(api.message(user, LURES["vi"])))[0]["text"].startswith("🚨")
    after = await bot.send(api.message(user, LEGIT["vi"]))
    assert after[0]["text"].startswith("ℹ️ RỦI RO THẤP") and NOTE not in after[0]["text"]


async def test_parts_far_apart_are_not_joined(api):
    async with running_bot(api, options=dataclasses.replace(TEST_OPTIONS, join_window=0.0)) as bot:
        user = api.user(1204, language_code="vi")
        await bot.send(api.message(user, PART1))
        later = await bot.send(api.message(user, PART2))
    assert NOTE not in later[0]["text"] and not later[0]["text"].startswith("🚨 RỦI RO CAO")


async def test_another_chat_is_never_joined(api, bot):
    a, b = api.user(1205, language_code="vi"), api.user(1206, language_code="vi")
    await bot.send(api.message(a, PART1))
    other = await bot.send(api.message(b, PART2))
    assert NOTE not in other[0]["text"]
