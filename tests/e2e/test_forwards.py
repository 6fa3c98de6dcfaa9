"""Forwarded ads: checked like pasted ones, origin kept; a burst of forwards gets ONE summary reply."""
from __future__ import annotations

import re

from tests.conftest import LEGIT, LURES
from tests.e2e.conftest import foreign


async def test_a_lone_forward_gets_the_full_reply_with_its_origin(api, bot):
    user = api.user(21, language_code="en")
    origin = api.channel_origin("Việc làm Campuchia", "vieclam_kh")
    api.push_message(user, LURES["vi"], forward_origin=origin)
    sent = await api.wait_for(lambda: api.sent_to(21))
    assert sent[0]["text"].startswith("Forwarded from: “Việc làm Campuchia @vieclam_kh”\n\n🚨 HIGH RISK")
    assert not foreign("\n".join(m["text"] for m in sent), "en")
    record = bot.store.get_check(1)
    assert record.origin == "Việc làm Campuchia @vieclam_kh" and record.text is None


async def test_a_burst_of_ten_forwards_gets_one_summary(api, bot):
    user = api.user(22, language_code="vi")
    ads = [LURES["vi"], LEGIT["vi"], LURES["ko"], LEGIT["ko"], LURES["km"], LEGIT["km"], LURES["en"], LEGIT["en"],
           "Hôm nay trời đẹp quá, đi cà phê không?", LURES["vi"] + " Gấp!"]
    origins = [api.channel_origin(f"Kênh {i}", f"kenh{i}") for i in range(10)]
    api.push_many([api.message(user, ad, forward_origin=o) for ad, o in zip(ads, origins, strict=True)])
    (summary,) = await api.wait_for(lambda: api.sent_to(22))
    text = summary["text"]
    assert text.startswith("Mình đã kiểm tra 10 tin được chuyển tiếp:")
    lines = [line for line in text.splitlines() if re.match(r"\d+\. ", line)]
    assert len(lines) == 10
    assert [line.split()[1] for line in lines] == ["🚨", "ℹ️", "🚨", "ℹ️", "🚨", "ℹ️", "🚨", "ℹ️", "▫️", "🚨"]
    assert "↪ “Kênh 0 @kenh0”" in lines[0]
    assert not foreign(text, "vi"), foreign(text, "vi")
    assert len(summary["_html"]) <= 4096
    assert len(bot.store.checks) == 9  # every job offer recorded (the chat message is not one)...
    assert all(r.text is None for r in bot.store.checks.values())  # ...without its text: not an NGO sender
    # one reply for the whole burst: nothing else arrives afterwards
    assert len(api.calls_of("sendMessage")) == 1


async def test_an_ngo_burst_keeps_the_ad_texts(api, bot):
    bot.store.set_user_role(23, "ngo")
    user = api.user(23, language_code="en")
    api.push_many([api.message(user, ad, forward_origin=api.channel_origin()) for ad in LURES.values()])
    (summary,) = await api.wait_for(lambda: api.sent_to(23))
    assert summary["text"].startswith("I checked 4 forwarded messages:")
    assert sorted(r.text for r in bot.store.checks.values()) == sorted(LURES.values())
