"""A job-seeker's conversation with the bot, over HTTP through python-telegram-bot's real stack and a fake Bot API."""
from __future__ import annotations

import pytest

from bot.checking.service import check_offer
from bot.telegram.services import BotOptions
from tests.conftest import LEGIT, LURES
from tests.e2e.conftest import foreign
from tests.fakes.harness import TEST_OPTIONS, running_bot

UI = ("vi", "ko", "km", "en")
# Contacts that must be in the reply: the user's own consulate and lines for a lure, the home lines for a legit ad.
HOTLINES = {
    ("lure", "vi"): ["+855 34 934 039", "111"],  # Vietnam's consulate in Sihanoukville; the anti-trafficking line
    ("lure", "ko"): ["+82-2-3210-0404", "112"],  # Korea's consular call centre; Korean police
    ("lure", "km"): ["117"],
    ("lure", "en"): ["117"],
    ("legit", "vi"): ["111"],
    ("legit", "ko"): ["112"],
    ("legit", "km"): ["117"],
    ("legit", "en"): ["117"],
}
HEADLINE = {"lure": "🚨", "legit": "ℹ️"}


async def test_start_then_choose_a_language(api, bot):
    user = api.user(11, language_code="ko-KR")
    (welcome,) = await bot.send(api.message(user, "/start"))
    assert welcome["text"].startswith("LureCheck에 오신 걸 환영해요")  # Telegram's language first
    assert "/privacy" in welcome["text"] and not foreign(welcome["text"], "ko")
    buttons = [b["text"] for row in welcome["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons == ["Tiếng Việt", "한국어", "ខ្មែរ", "English"]

    answer, sent = await bot.press(user, welcome, "lang:km")
    assert answer is not None and sent == []
    edited = api.messages[(11, welcome["message_id"])]
    assert edited["text"].startswith("បានកំណត់ជាភាសាខ្មែរ។") and "reply_markup" not in edited
    assert not foreign(edited["text"], "km")
    assert bot.store.user_language(11) == "km"

    # From now on every reply is in Khmer, whatever Telegram's language and the ad's language.
    (reply,) = await bot.send(api.message(user, LEGIT["ko"]))
    assert reply["text"].startswith("ℹ️ គ្រោះថ្នាក់ទាប") and not foreign(reply["text"], "km")


async def test_language_command_and_help_privacy(api, bot):
    user = api.user(12, language_code="vi")
    (menu,) = await bot.send(api.message(user, "/language"))
    assert menu["text"] == "Chọn ngôn ngữ của bạn:" and "reply_markup" in menu
    (helpmsg,) = await bot.send(api.message(user, "/help"))
    assert "/forgetme" in helpmsg["text"] and not foreign(helpmsg["text"], "vi")
    assert "ảnh chụp màn hình" in helpmsg["text"]  # screenshots are read
    assert "🆘 Nếu bạn đang bị giữ trái ý muốn" in helpmsg["text"]  # the SOS line
    (privacy,) = await bot.send(api.message(user, "/privacy"))
    assert privacy["text"].startswith("LureCheck giữ những gì về bạn")
    (unknown,) = await bot.send(api.message(user, "/frobnicate"))
    assert unknown["text"] == "Mình không hiểu lệnh này. Hãy gõ /help."


@pytest.mark.parametrize("lang", UI)
@pytest.mark.parametrize("kind", ["lure", "legit"])
async def test_an_ad_in_each_language_gets_a_one_language_reply_with_its_hotlines(api, bot, kind, lang):
    ad = (LURES if kind == "lure" else LEGIT)[lang]
    user = api.user(100 + UI.index(lang), language_code=lang)
    sent = await bot.send(api.message(user, ad))
    assert sent, "no reply"
    text = "\n\n".join(m["text"] for m in sent)
    assert text.startswith(HEADLINE[kind])
    assert not foreign(text, lang), foreign(text, lang)
    for contact in HOTLINES[(kind, lang)]:
        assert contact in text, contact
    expected = check_offer(ad, ui_lang=lang)  # the same service the console uses: the same hotlines
    assert all(h.contact in text for h in expected.advice.hotlines)
    assert all(len(m["_params"]["text"]) <= 4096 for m in sent)
    assert all(m["reply_to_message"]["message_id"] == sent[0]["reply_to_message"]["message_id"] for m in sent)
    buttons = [b["callback_data"] for row in sent[-1]["reply_markup"]["inline_keyboard"] for b in row]
    assert buttons[:3] == ["fb:h:1", "fb:w:1", "rp:1"]  # (a "send to a friend" card may follow: issue 17.6)
    assert all("reply_markup" not in m for m in sent[:-1])
    record = bot.store.get_check(1)
    assert record.level == expected.verdict.level and record.text is None  # a job-seeker's ad is not kept


async def test_photo_caption_is_checked_and_html_in_the_ad_is_escaped(api, bot):
    user = api.user(13, language_code="en")
    ad = LURES["en"] + " <b>apply</b> & <script>x</script>"
    (reply,) = await bot.send(api.message(user, caption=ad, extra={"photo": [
        {"file_id": "p1", "file_unique_id": "u1", "width": 90, "height": 90}]}))
    # The photo itself cannot be fetched (the fake has no such file): the caption is checked alone
    # (photos read with OCR: tests/e2e/test_photos.py).
    assert reply["text"].startswith("I could not read the image, so I checked only its caption.\n\n🚨 HIGH RISK")
    assert "<script>" not in reply["_html"]


@pytest.mark.parametrize("lang", UI)
async def test_non_text_and_non_offers_get_a_short_friendly_reply(api, bot, lang):
    user = api.user(200 + UI.index(lang), language_code=lang)
    sticker = {"sticker": {"file_id": "s", "file_unique_id": "s", "width": 512, "height": 512, "is_animated": False,
                           "is_video": False, "type": "regular"}}
    voice = {"voice": {"file_id": "v", "file_unique_id": "v", "duration": 3}}
    photo = {"photo": [{"file_id": "p", "file_unique_id": "p", "width": 90, "height": 90}]}
    replies = []
    for extra in (sticker, voice, photo):
        (reply,) = await bot.send(api.message(user, extra=extra))
        replies.append(reply)
    (chat,) = await bot.send(api.message(user, "Hôm nay trời đẹp quá, đi cà phê không?"))
    for reply in [*replies, chat]:
        assert len(reply["text"]) < 400 and not foreign(reply["text"], lang), reply["text"]
        assert "reply_markup" not in reply  # nothing to give feedback on
    assert replies[0]["text"] == replies[1]["text"] != replies[2]["text"]
    assert "📷" not in replies[0]["text"] and len(replies[0]["text"].split()) > 5  # says what is read: photos, screenshots
    assert bot.store.checks == {}


async def test_rate_limit_gets_one_polite_reply(api):
    options = BotOptions(**{**TEST_OPTIONS.__dict__, "rate_limit": 3})
    async with running_bot(api, options=options) as bot:
        user = api.user(14, language_code="en")
        replies = [await bot.send(api.message(user, LEGIT["en"])) for _ in range(3)]
        assert all(r and r[0]["text"].startswith("ℹ️ LOW RISK") for r in replies)
        (polite,) = await bot.send(api.message(user, LEGIT["en"]))
        assert polite["text"].startswith("You are sending messages very fast.")
        assert await bot.send(api.message(user, LEGIT["en"])) == []  # told once, then quiet
        other = api.user(15, language_code="en")  # the limit is per user
        assert (await bot.send(api.message(other, LEGIT["en"])))[0]["text"].startswith("ℹ️ LOW RISK")


async def test_forgetme_deletes_what_the_bot_holds(api, bot):
    user = api.user(16, language_code="en")
    await bot.send(api.message(user, "/start"))
    bot.store.set_user_language(16, "vi")
    await bot.send(api.message(user, LURES["vi"]))
    assert bot.store.checks
    (done,) = await bot.send(api.message(user, "/forgetme"))
    assert done["text"].startswith("Xong.")  # in the language chosen before
    assert "Vẫn giữ lại: số lần" in done["text"], "the reply says what is kept, too"
    assert bot.store.checks == {} and bot.store.user_language(16) is None


async def test_command_menus_are_set_in_every_language(api, bot):
    assert set(api.commands) == {None, "vi", "ko", "km"}
    assert [c["command"] for c in api.commands["km"]] == ["start", "language", "help", "privacy", "forgetme"]
    assert api.commands["ko"][0]["description"] == "시작하고 언어 선택하기"
    for lang in ("vi", "ko", "km"):
        assert not foreign(" ".join(c["description"] for c in api.commands[lang]), lang)
