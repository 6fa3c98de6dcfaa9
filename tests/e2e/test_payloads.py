"""Odd Telegram payloads, through PTB's real stack and the fake Bot API: missing fields, unknown update types, edited
messages, huge texts and captions, malformed and forged callback data, and HTML/markdown injection in the ad text,
in a forward's origin and in admin-entered content. The bot never crashes, answers what it should, changes nothing
it must not, and every reply is valid Telegram HTML (the fake refuses what Telegram would) that shows the user's
characters literally."""
from __future__ import annotations

import time

import pytest

from bot.answer.content import load_content
from bot.storage import content_db
from bot.storage.db import make_engine, upgrade
from bot.storage.sql_store import SqlStore
from tests.conftest import LEGIT, LURES
from tests.fakes.harness import running_bot

INJECTION = ('Việc nhẹ lương cao <b>1500$</b> </i> <a href="http://evil.example/x">bấm</a> & <script>alert(1)</script> '
             "*bold* _it_ [link](http://evil.example) `code` bao vé máy bay đi Campuchia, ib tele @tuyen_dung88")


async def _still_answers(bot, api, user_id: int = 990) -> None:
    user = api.user(user_id, language_code="en")
    sent = await bot.send(api.message(user, LURES["en"]))
    assert sent and sent[0]["text"].startswith("🚨 HIGH RISK")


@pytest.mark.parametrize("update", [
    {"some_future_update_type": {"id": 1}},  # a type this PTB version does not know
    {"message_reaction": {"chat": {"id": 5, "type": "private", "first_name": "A"}, "message_id": 1, "date": 0,
                          "old_reaction": [], "new_reaction": [{"type": "emoji", "emoji": "👍"}]}},
    {"poll": {"id": "p", "question": "?", "options": [], "total_voter_count": 0, "is_closed": False,
              "is_anonymous": True, "type": "regular", "allows_multiple_answers": False}},
    {"my_chat_member": {"chat": {"id": 5, "type": "private", "first_name": "A"},
                        "from": {"id": 5, "is_bot": False, "first_name": "A"}, "date": 0,
                        "old_chat_member": {"status": "member", "user": {"id": 1, "is_bot": True, "first_name": "B"}},
                        "new_chat_member": {"status": "kicked", "until_date": 0,
                                            "user": {"id": 1, "is_bot": True, "first_name": "B"}}}},
    {"inline_query": {"id": "q", "from": {"id": 5, "is_bot": False, "first_name": "A"}, "query": LURES["vi"],
                      "offset": ""}},
    {"channel_post": {"message_id": 3, "date": 0, "chat": {"id": -100777, "type": "channel", "title": "Jobs"},
                      "text": LURES["vi"]}},
], ids=["unknown", "reaction", "poll", "my_chat_member", "inline_query", "channel_post"])
async def test_updates_the_bot_does_not_handle_are_ignored(api, bot, update):
    sent = await bot.send(update=update)
    assert sent == []
    await _still_answers(bot, api)


async def test_messages_with_missing_fields(api, bot):
    chat = {"id": 991, "type": "private", "first_name": "A"}
    api.chats[991] = chat
    # no "from" (as for anonymous senders), no text at all, only a date
    for msg in ({"message_id": 1, "date": 0, "chat": chat, "text": LEGIT["en"]},
                {"message_id": 2, "date": 0, "chat": chat},
                {"message_id": 3, "date": 0, "chat": chat, "from": {"id": 991, "is_bot": False, "first_name": "A"},
                 "text": ""}):
        sent = await bot.send(update={"message": msg})
        assert [m for m in sent if "went wrong" in m.get("text", "")] == []  # no crash apology
    # a group message sent on behalf of a channel (sender_chat, no from), mentioning the bot
    group = api.group_chat(-1009)
    api.chats[group["id"]] = group
    text = f"@{api.me['username']} {LURES['en']}"
    await bot.send(update={"message": {"message_id": 4, "date": 0, "chat": group, "text": text,
                                       "sender_chat": {"id": -100777, "type": "channel", "title": "Jobs"},
                                       "entities": [{"type": "mention", "offset": 0,
                                                     "length": len(api.me["username"]) + 1}]}})
    # no sender to answer, count or profile: ignored, without a crash apology in the group or the chat
    assert api.sent_to(group["id"]) == []
    assert not [m for m in api.sent_to(991) if "went wrong" in m["text"]]
    await _still_answers(bot, api)


async def test_a_broken_update_does_not_stop_the_bot(api, bot):
    """Malformed JSON objects in getUpdates (a message without a chat): skipped, and the update after it IN THE SAME
    getUpdates batch is answered (one bad object does not make the batch fail or be fetched again forever)."""
    user = api.user(992, language_code="en")
    broken = api.push_update({"message": {"message_id": 1, "date": 0, "text": "no chat"}})
    good = api.push_update({"message": api.message(user, LURES["en"])})
    assert good == broken + 1
    await bot.done(good)
    sent = api.sent_to(992)
    assert len([m for m in sent if m["text"].startswith("🚨 HIGH RISK")]) == 1  # answered once, not again
    assert not any("no chat" in m["text"] for m in api.sent)


async def test_edited_messages_are_not_answered(api, bot):
    user = api.user(993, language_code="en")
    msg = api.message(user, LURES["en"])
    sent = await bot.send(update={"edited_message": {**msg, "edit_date": int(time.time())}})
    assert sent == []
    await _still_answers(bot, api, 993)


@pytest.mark.parametrize("field", ["text", "caption"])
async def test_huge_text_and_caption(api, bot, field):
    user = api.user(994, language_code="vi")
    huge = (LURES["vi"] + " ") * 2500  # about 400,000 characters: far over Telegram's own limits
    extra = {"video": {"file_id": "v", "file_unique_id": "v", "width": 1, "height": 1, "duration": 1}}
    msg = api.message(user, huge) if field == "text" else api.message(user, caption=huge, extra=extra)
    t0 = time.monotonic()
    sent = await bot.send(msg)
    assert time.monotonic() - t0 < 5
    assert sent[0]["text"].startswith("🚨 RỦI RO CAO")
    assert all(len(m["text"]) <= 4096 for m in sent)
    assert any("20000" in m["text"] for m in sent)  # it says it read only the beginning


@pytest.mark.parametrize("data", ["fb:h:", "fb:x:1", "fb:h:99999999999999999999999", "rp:-1", "ry:abc", "rn:",
                                  "lang:xx", "lang:", "fb:h:1:extra", "💥", "x" * 64, "adm:ok:", "adm:rv:q:1:c"])
async def test_malformed_callback_data_changes_nothing(api, bot, data):
    owner = api.user(995, language_code="en")
    verdict = (await bot.send(api.message(owner, LURES["en"])))[-1]
    before = api.messages[(995, verdict["message_id"])].copy()
    answer, sent = await bot.press(owner, verdict, data)
    assert answer is not None  # the spinner stops
    assert [m for m in sent if "went wrong" in m.get("text", "")] == []  # no crash apology
    assert bot.store.feedback == [] and bot.store.reports == {} and bot.store.languages == {}
    assert api.messages[(995, verdict["message_id"])] == before


async def test_a_button_press_without_data_changes_nothing(api, bot):
    owner = api.user(996, language_code="en")
    verdict = (await bot.send(api.message(owner, LURES["en"])))[-1]
    update = api.callback_update(owner, verdict, "x")
    del update["callback_query"]["data"]
    update["callback_query"]["game_short_name"] = "nothing"
    sent = await bot.send(update=update)
    assert [m for m in sent if "went wrong" in m.get("text", "")] == []
    assert bot.store.feedback == []


async def test_forged_presses_do_not_change_another_users_verdict(api, bot):
    owner, intruder = api.user(997, language_code="en"), api.user(998, language_code="en")
    verdict = (await bot.send(api.message(owner, LURES["en"])))[-1]
    record = bot.store.get_check(1)
    shown = api.messages[(997, verdict["message_id"])].copy()
    for data in ("fb:w:1", "fb:h:1", "rp:1", "ry:1", "rn:1", "lang:vi"):
        await bot.press(intruder, verdict, data)
    assert bot.store.get_check(1) == record  # the verdict as stored: unchanged
    assert api.messages[(997, verdict["message_id"])] == shown  # the verdict as shown: unchanged
    assert bot.store.feedback == [] and bot.store.reports == {}
    assert bot.store.user_language(997) is None  # the intruder's language press changed only the intruder's


def _plain_has(messages: list[dict], *needles: str) -> None:
    plain = "\n".join(m["text"] for m in messages)
    for needle in needles:
        assert needle in plain, needle


async def test_html_and_markdown_in_an_ad_are_shown_literally(api, bot):
    user = api.user(1001, language_code="en")
    sent = await bot.send(api.message(user, INJECTION))  # the fake answers 400 to any HTML Telegram refuses
    assert sent[0]["text"].startswith("🚨 HIGH RISK")
    html = "".join(m["_html"] for m in sent)
    assert "<script>" not in html and '<a href="http://evil' not in html and "<b>1500$</b>" not in html
    # a forward whose channel title is HTML, in a burst summary
    origin = api.channel_origin('Jobs <b>&</b> "abroad" </a>', None)
    msgs = [api.message(user, INJECTION + f" #{i}", forward_origin=origin) for i in range(2)]
    api.push_many(msgs)
    # the summary quotes each ad and its origin (not the verdict above, whose scam type may say "Jobs like this")
    summary = await api.wait_for(lambda: [m for m in api.sent_to(1001) if "forwarded messages" in m["text"]], 10)
    _plain_has(summary, 'Jobs <b>&</b> "abroad" </a>', "Việc nhẹ lương cao <b>1500$</b> </i>")


async def test_html_in_a_group_ad_and_in_the_consent_flow(api, bot):
    user = api.user(1002, language_code="km")
    verdict = (await bot.send(api.message(user, INJECTION)))[-1]
    _answer, (question,) = await bot.press(user, verdict, "rp:1")
    _answer, _sent = await bot.press(user, question, "ry:1")
    ((_check, _h, text, _origin),) = bot.store.reports.values()
    assert text == INJECTION  # stored as written, shown escaped
    group = api.group_chat(-1002)
    asker = api.user(1003, language_code="en")
    ad = api.message(asker, INJECTION, chat=group)
    sent = await bot.send(api.message(asker, f"@{api.me['username']}", chat=group, reply_to=ad))
    assert sent and sent[0]["text"].startswith("🚨")


async def test_admin_entered_text_is_escaped_in_every_reply(api, tmp_path, monkeypatch):
    """An admin's warning text and a hotline's fields with HTML in them: escaped in the preview, in the admin lists
    and in every user's verdict."""
    url = f"sqlite:///{tmp_path / 'bot.sqlite3'}"
    monkeypatch.setenv("LURECHECK_DATABASE_URL", url)  # the content the replies show comes from this database
    monkeypatch.setenv("LURECHECK_DATA_DIR", str(tmp_path))
    engine = make_engine(url)
    upgrade(engine)
    store = SqlStore(engine, b"payload-secret-0123456789abcdef", frozenset({1100}))
    store.write(lambda s: content_db.import_content(s, load_content(_warnings_dir())))
    nasty = 'Gọi <b>111</b> & "công an" <a href="http://evil.example">đây</a> </i> *ngay*'
    name = 'Tổng đài <i>bảo hộ</i> & <script>x</script>'
    key, line = "vn-mofa-check-before-going", "vn-mofa-citizen-protection-1"  # what a Vietnamese user is shown
    async with running_bot(api, store=store, database_url=url, data_dir=tmp_path) as bot:
        admin = api.user(1100, language_code="vi")
        (preview,) = await bot.send(api.message(admin, f"/setwarning {key} vi\n{nasty}"))
        assert nasty in preview["text"]  # shown literally, the HTML escaped
        ok = preview["reply_markup"]["inline_keyboard"][0][0]["callback_data"]
        await bot.press(admin, preview, ok)
        (preview,) = await bot.send(api.message(admin, f'/sethotline {line} name.vi="{name}"'))
        assert name in preview["text"]
        await bot.press(admin, preview, preview["reply_markup"]["inline_keyboard"][0][0]["callback_data"])
        _plain_has(await bot.send(api.message(admin, f"/warning {key} vi")), nasty)
        _plain_has(await bot.send(api.message(admin, f"/history {key} vi")), nasty[:40])
        user = api.user(1101, language_code="vi")
        sent = await bot.send(api.message(user, LURES["vi"]))
        _plain_has(sent, nasty, name)  # the user's verdict shows both, literally
        html = "".join(m["_html"] for m in sent)
        # the admin's "<b>111</b>" escaped ("📞 <b>111</b> · …" is the short answer's own bold hotline number)
        assert "Gọi &lt;b&gt;111&lt;/b&gt;" in html and "Gọi <b>111</b>" not in html
        assert "<script>" not in html and "evil.example" not in html.split("href=")[0]
    engine.dispose()


def _warnings_dir():
    from bot.config import PROJECT_ROOT

    return PROJECT_ROOT / "warnings"
