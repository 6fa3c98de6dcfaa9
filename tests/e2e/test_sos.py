"""SOS mode through the fake Bot API (issue 17, item 1): the card for first-person distress, in vi, ko, km and en,
and the guided report with a Telegram location share; nothing stored unless the user shares it with an NGO."""
from __future__ import annotations

import pytest

from bot.storage.db import make_engine, upgrade
from bot.storage.models import Report
from bot.storage.sql_store import SqlStore
from tests.e2e.conftest import foreign
from tests.fakes.harness import running_bot

DISTRESS = {
    "vi": ("cứu em với, họ giữ hộ chiếu, không cho em về, em đang ở Sihanoukville", "sos:go:KH", "+84 981 84 84 84"),
    "ko": ("살려주세요 여권 뺏겼어요. 캄보디아 단지에 갇혀 있어요", "sos:go:KH", "+82-2-3210-0404"),
    "km": ("ជួយខ្ញុំផង គេយកលិខិតឆ្លងដែនខ្ញុំ ហើយមិនឲ្យចេញ", "sos:go:-", "117"),
    "en": ("Help me, they took my passport and I am locked in a compound in Sihanoukville", "sos:go:KH",
           "+855 979 117 117"),
}
SKIP = {"vi": "Bỏ qua", "ko": "건너뛰기", "km": "រំលង", "en": "Skip"}


def _buttons(message: dict) -> list[str]:
    return [b["callback_data"] for row in message.get("reply_markup", {}).get("inline_keyboard", []) for b in row]


@pytest.mark.parametrize("lang", ["vi", "ko", "km", "en"])
async def test_sos_card_in_every_language(api, bot, lang):
    text, start, number = DISTRESS[lang]
    user = api.user(700 + len(lang) + ord(lang[0]), language_code=lang)
    (card,) = await bot.send(api.message(user, text))
    assert card["text"].startswith("🆘") and number in card["text"]
    assert _buttons(card) == [start]  # the guided report; no feedback or report buttons, no score
    visible = card["text"].split("\n" + {"vi": "Nguồn", "ko": "위 연락처", "km": "ប្រភព", "en": "Where these"}[lang])[0]
    assert not foreign(visible, lang), visible
    assert bot.store.checks == {} and bot.store.reports == {}  # nothing stored


@pytest.mark.parametrize("lang", ["vi", "ko", "km", "en"])
async def test_guided_report_with_a_location_share(api, bot, lang):
    text, start, _number = DISTRESS[lang]
    user = api.user(800 + ord(lang[0]) + ord(lang[1]), language_code=lang)
    (card,) = await bot.send(api.message(user, text))
    _, sent = await bot.press(user, card, start)
    intro, question = sent
    assert _buttons(question) == ["sos:skip"]
    assert question["reply_markup"]["inline_keyboard"][0][0]["text"].endswith(SKIP[lang])
    # 1. location: a Telegram location message (in Sihanoukville)
    sent = await bot.send(api.message(user, extra={"location": {"latitude": 10.627, "longitude": 103.522}}))
    assert _buttons(sent[-1]) == ["sos:skip"]
    # 2. building: skipped with the button
    _, sent = await bot.press(user, sent[-1], "sos:skip")
    # 3. people, 4. passport, 5. contact
    sent = await bot.send(api.message(user, "12"))
    sent = await bot.send(api.message(user, "NGUYEN VAN A, C1234567"))
    sent = await bot.send(api.message(user, "+84 90 123 4567"))
    english, khmer, ready = sent  # the place shared is in Cambodia: a Khmer copy for Cambodian police
    assert english["text"].startswith("HELP REQUEST")
    assert "maps.google.com/?q=10.627000,103.522000" in english["text"]
    assert "Building: (not given)" in english["text"] and "People held with me: 12" in english["text"]
    assert "C1234567" in english["text"] and "+84 90 123 4567" in english["text"]
    assert khmer["text"].startswith("សុំជំនួយ")
    # foreigners: Cambodian police's Telegram channel; Cambodians: the national police line 117
    assert ("+855 979 117 117" if lang != "km" else "📞 117 —") in ready["text"]
    assert _buttons(ready) == ["sos:ngo:y", "sos:ngo:n"]
    assert not foreign(ready["text"].split("\n")[0], lang)
    _, sent = await bot.press(user, ready, "sos:ngo:n")
    assert len(sent) == 1 and not foreign(sent[0]["text"], lang)
    assert bot.store.checks == {} and bot.store.reports == {}  # nothing stored
    # the report is over: the next message is an ordinary one again
    sent = await bot.send(api.message(user, "hello"))
    assert not sent or "HELP REQUEST" not in sent[-1]["text"]


async def test_sos_command_and_sharing_with_an_ngo(api, tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    upgrade(engine)
    store = SqlStore(engine, b"sos-secret-0123456789abcdef", frozenset({1}))
    try:
        async with running_bot(api, store) as bot:
            user = api.user(901, language_code="vi")
            intro, question = await bot.send(api.message(user, "/sos"))
            assert "5 câu" in intro["text"]
            for _ in range(5):
                _, sent = await bot.press(user, question, "sos:skip")
                question = sent[-1]
            assert question["text"].startswith("Tin đã viết xong")  # no place known: no Khmer copy
            _, (shared,) = await bot.press(user, question, "sos:ngo:y")
            assert shared["text"].startswith("Đã gửi cho tổ chức hỗ trợ")
            with store.read() as s:
                (report,) = s.query(Report).all()
                assert report.origin == "SOS report" and report.status == "new" and report.check_id is None
                assert report.text.startswith("HELP REQUEST")
    finally:
        engine.dispose()
