"""The buttons under a verdict: feedback, report with consent, and presses forged by someone else."""
from __future__ import annotations

from tests.conftest import LURES


async def _verdict(api, bot, user: dict, ad: str = LURES["en"]) -> dict:
    sent = await bot.send(api.message(user, ad))
    return sent[-1]  # the buttons are under the last message


def _buttons(message: dict) -> list[str]:
    return [b["callback_data"] for row in message.get("reply_markup", {}).get("inline_keyboard", []) for b in row]


async def test_helpful_and_wrong_feedback(api, bot):
    user = api.user(31, language_code="en")
    verdict = await _verdict(api, bot, user)
    answer, sent = await bot.press(user, verdict, "fb:h:1")
    assert answer["text"] == "Thank you for your feedback." and sent == []
    assert bot.store.feedback == [(1, bot.store._h(31), "helpful")]
    assert _buttons(api.messages[(31, verdict["message_id"])]) == ["rp:1", "fw:1"]  # one vote; report and "warn a friend" stay

    verdict2 = await _verdict(api, bot, user, LURES["ko"])
    answer, _ = await bot.press(user, verdict2, "fb:w:2")
    assert answer["text"] == "Thank you. We will review this result."
    assert bot.store.feedback[-1] == (2, bot.store._h(31), "wrong")


async def test_report_asks_consent_then_stores_the_ad(api, bot):
    user = api.user(32, language_code="km")
    origin = api.channel_origin("Jobs KH", None)
    api.push_message(user, LURES["km"], forward_origin=origin)
    verdict = (await api.wait_for(lambda: api.sent_to(32)))[-1]

    answer, (question,) = await bot.press(user, verdict, "rp:1")
    assert question["text"].startswith("តើអ្នកចង់ចែករំលែកប្រកាសនេះ")
    assert question["reply_to_message"]["text"] == LURES["km"]  # the consent question answers the ad itself
    assert _buttons(question) == ["ry:1", "rn:1"]
    assert bot.store.reports == {}  # nothing stored before consent

    answer, sent = await bot.press(user, question, "ry:1")
    assert sent == []
    assert api.messages[(32, question["message_id"])]["text"].startswith("សូមអរគុណ។")
    ((check_id, _, text, kept_origin),) = bot.store.reports.values()
    assert (check_id, text, kept_origin) == (1, LURES["km"], "Jobs KH")


async def test_report_refused(api, bot):
    user = api.user(33, language_code="ko")
    verdict = await _verdict(api, bot, user, LURES["ko"])
    _, (question,) = await bot.press(user, verdict, "rp:1")
    await bot.press(user, question, "rn:1")
    assert api.messages[(33, question["message_id"])]["text"] == "알겠어요. 아무것도 저장하지 않았어요."
    assert bot.store.reports == {}


async def test_forged_presses_by_another_user_change_nothing(api, bot):
    owner, intruder = api.user(34, language_code="en"), api.user(35, language_code="en")
    verdict = await _verdict(api, bot, owner)
    edits_before = len(api.calls_of("editMessageReplyMarkup")) + len(api.calls_of("editMessageText"))

    # the intruder's own chat, with callback data naming the owner's check
    own = await _verdict(api, bot, intruder, LURES["vi"])
    for data in ("fb:h:1", "fb:w:1", "rp:1", "ry:1"):
        answer, sent = await bot.press(intruder, own, data)
        assert answer["text"] == "This button belongs to someone else's check." and sent == []
    # the intruder pressing under the owner's message (as in a group)
    for data in ("fb:w:1", "rp:1", "ry:1", "rn:1"):
        answer, sent = await bot.press(intruder, verdict, data)
        assert answer["text"] == "This button belongs to someone else's check." and sent == []

    assert bot.store.feedback == [] and bot.store.reports == {}
    assert len(api.calls_of("editMessageReplyMarkup")) + len(api.calls_of("editMessageText")) == edits_before
    assert _buttons(api.messages[(34, verdict["message_id"])]) == ["fb:h:1", "fb:w:1", "rp:1", "fw:1"]


async def test_unknown_button_is_answered_and_ignored(api, bot):
    user = api.user(36)
    verdict = await _verdict(api, bot, user)
    answer, sent = await bot.press(user, verdict, "old:format:1")
    assert answer is not None and sent == []


async def test_report_of_another_users_check_is_no_oracle(api, bot):
    """Issue 13.17: a stranger who sends the same ad and forges "rp:<id>" with another user's check id learns nothing:
    the same answer as for an id that does not exist, and no consent question."""
    owner, stranger = api.user(41, language_code="en"), api.user(42, language_code="en")
    await _verdict(api, bot, owner)  # check 1: the owner's
    mine = await _verdict(api, bot, stranger)  # check 2: the same text, the stranger's
    someone_elses, sent = await bot.press(stranger, mine, "rp:1")
    nobodys, sent2 = await bot.press(stranger, mine, "rp:999")
    assert sent == [] and sent2 == []  # no consent question either way
    assert someone_elses["text"] == nobodys["text"] == "This button belongs to someone else's check."
    own, question = await bot.press(stranger, mine, "rp:2")
    assert question  # the stranger's own check: asked as usual


async def test_consent_rechecks_that_the_check_is_this_ads(api, bot):
    """Issue 13.17: "ry:<id>" forged on a consent question with the user's OTHER check id (another text) stores
    nothing: the consent step checks the text against the check, as the report step does."""
    user = api.user(43, language_code="en")
    first = await _verdict(api, bot, user, LURES["en"])  # check 1
    await _verdict(api, bot, user, LURES["vi"])  # check 2: another ad of the same user
    _answer, (question,) = await bot.press(user, first, "rp:1")
    answer, _sent = await bot.press(user, question, "ry:2")
    assert answer["text"] == "This button belongs to someone else's check."
    assert bot.store.reports == {}
    await bot.press(user, question, "ry:1")
    ((check_id, _h, text, _origin),) = bot.store.reports.values()
    assert check_id == 1 and text == LURES["en"]
