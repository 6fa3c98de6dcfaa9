"""The admin commands in Telegram (bot/telegram/admin.py), light: PTB's real dispatch and (de)serialisation with a
request object that answers like the Bot API and records what the bot sent. No sockets. SQLite only: the admin
service underneath is tested on both databases in test_admin.py."""
from __future__ import annotations

import asyncio
import itertools
import json

import pytest

pytest.importorskip("telegram")

from telegram import Update  # noqa: E402
from telegram.ext import ApplicationBuilder  # noqa: E402
from telegram.request import BaseRequest  # noqa: E402

from bot.storage import content_db  # noqa: E402
from bot.storage.db import make_engine, upgrade  # noqa: E402
from bot.storage.sql_store import SqlStore  # noqa: E402
from bot.telegram.admin import COMMANDS, handlers  # noqa: E402
from tests.integration.storage.conftest import ADMIN, SECRET, small_content  # noqa: E402
from tests.integration.storage.helpers import verdict  # noqa: E402

USER, NGO = 31337, 42424
BOT = {"id": 99, "is_bot": True, "first_name": "LureCheck", "username": "lurecheck_test_bot"}


class RecordingRequest(BaseRequest):
    """Answers every Bot API method like Telegram would, and keeps (method, parameters) of each call."""

    def __init__(self):
        self.calls: list[tuple[str, dict]] = []
        self._ids = itertools.count(500)

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    @property
    def read_timeout(self) -> float:
        return 1.0

    async def do_request(self, url, method, request_data=None, read_timeout=None, write_timeout=None,
                         connect_timeout=None, pool_timeout=None):
        name = url.rsplit("/", 1)[-1]
        params = request_data.parameters if request_data else {}
        self.calls.append((name, params))
        if name == "getMe":
            result = BOT
        elif name in ("sendMessage", "editMessageText", "editMessageReplyMarkup"):
            result = {"message_id": params.get("message_id") or next(self._ids), "date": 0,
                      "chat": {"id": params.get("chat_id", 1), "type": "private"}, "text": params.get("text", "x")}
        else:
            result = True
        return 200, json.dumps({"ok": True, "result": result}).encode()

    def sent(self) -> list[dict]:
        return [p for name, p in self.calls if name == "sendMessage"]


@pytest.fixture(scope="module")
def store(tmp_path_factory, project_content):
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('tg') / 'admin.sqlite3'}")
    upgrade(engine)
    st = SqlStore(engine, SECRET, frozenset({ADMIN}))
    st.write(lambda s: content_db.import_content(s, small_content(project_content)))
    st.set_user_role(NGO, "ngo")
    yield st
    engine.dispose()


class Chat:
    """One private chat with the bot: send commands, press buttons, read replies."""

    def __init__(self, store, user_id: int, lang: str = "en"):
        self.store, self.request = store, RecordingRequest()
        self.user = {"id": user_id, "is_bot": False, "first_name": "Tester", "language_code": lang}
        self.app = ApplicationBuilder().token("123:TEST").request(self.request) \
            .get_updates_request(self.request).updater(None).build()
        self.app.add_handlers(handlers(store))
        self._update_ids = itertools.count(1)

    async def __aenter__(self):
        await self.app.initialize()
        return self

    async def __aexit__(self, *exc):
        await self.app.shutdown()

    async def _process(self, data: dict) -> list[dict]:
        before = len(self.request.sent())
        await self.app.process_update(Update.de_json({"update_id": next(self._update_ids), **data}, self.app.bot))
        return self.request.sent()[before:]

    async def send(self, text: str) -> list[dict]:
        command = text.split()[0]
        msg = {"message_id": next(self._update_ids), "date": 0, "text": text, "from": self.user,
               "chat": {"id": self.user["id"], "type": "private"},
               "entities": [{"type": "bot_command", "offset": 0, "length": len(command)}]}
        return await self._process({"message": msg})

    async def press(self, data: str) -> list[dict]:
        msg = {"message_id": 7, "date": 0, "text": "preview", "chat": {"id": self.user["id"], "type": "private"}}
        return await self._process({"callback_query": {"id": "1", "from": self.user, "chat_instance": "c",
                                                       "data": data, "message": msg}})


def buttons(reply: dict) -> list[str]:
    markup = reply.get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    return [b["callback_data"] for row in markup.get("inline_keyboard", []) for b in row]


def run(coro):
    return asyncio.run(coro)


def test_every_admin_command_is_refused_for_a_plain_user(store):
    async def scenario():
        async with Chat(store, USER) as chat:
            for command in COMMANDS:
                replies = await chat.send(f"/{command} vn-gov-sms-111 en some text")
                expected = "NGO staff and admins" if command == "reviews" else "for admins only"
                assert len(replies) == 1 and expected in replies[0]["text"], command
            (reply,) = await chat.press("adm:ok:1")
            assert "admins only" in reply["text"]
    before = store.counts()
    run(scenario())
    assert store.counts() == before


def test_setwarning_shows_the_preview_and_saves_only_on_confirm(store):
    async def scenario():
        async with Chat(store, ADMIN) as chat:
            (reply,) = await chat.send("/setwarning vn-gov-sms-111 vi\nMọi người hãy báo ngay cho 111 & công an.")
            assert "Nothing is saved until you confirm" in reply["text"]
            assert "Cảnh báo chính thức" in reply["text"] and "&amp; công an" in reply["text"]
            assert reply["parse_mode"] == "HTML"
            ok, cancel = buttons(reply)
            assert ok.startswith("adm:ok:") and cancel.startswith("adm:no:")
            assert "version 1" in (await chat.send("/warning vn-gov-sms-111 vi"))[0]["text"]
            (saved,) = await chat.press(ok)
            assert "is now version 2" in saved["text"]
            (again,) = await chat.press(ok)
            assert "expired or was already used" in again["text"]
            (history,) = await chat.send("/history vn-gov-sms-111 vi")
            assert "version 2" in history["text"] and "version 1" in history["text"]
            (back,) = await chat.send("/rollback vn-gov-sms-111 vi 1")
            assert "is active again" in back["text"]
    run(scenario())


def test_sethotline_validates_and_cancel_changes_nothing(store):
    async def scenario():
        async with Chat(store, ADMIN, lang="ko") as chat:  # the admin reads Korean
            (bad,) = await chat.send('/sethotline vn-111-anti-trafficking contact="+84 12" '
                                     'source=https://example.gov.vn source_date=2026-11-01')
            assert "+84 12" in bad["text"] and "올바른 전화번호가 아닙니다" in bad["text"]
            (usage,) = await chat.send("/sethotline vn-111-anti-trafficking contact")
            assert "사용법" in usage["text"]
            (preview,) = await chat.send("/sethotline vn-111-anti-trafficking purpose.ko=“111에 바로 전화하세요.”")
            assert "111에 바로 전화하세요." in preview["text"]
            (cancelled,) = await chat.press(buttons(preview)[1])
            assert "취소됨" in cancelled["text"]
    before = store.counts()
    run(scenario())
    with store.read() as s:
        assert content_db.load_from_db(s).hotline("vn-111-anti-trafficking").purpose["ko"] != "111에 바로 전화하세요."
    assert store.counts()["audit"] == before["audit"]


def test_lists_hotline_switches_roles_and_reviews(store):
    cid = store.record_check(USER, verdict())
    rid = store.add_report(cid, USER, "a reported ad")

    async def scenario():
        async with Chat(store, ADMIN) as chat:
            (menu,) = await chat.send("/admin")
            assert "Admin menu:" in menu["text"] and "/sethotline" in menu["text"]
            assert "translations" in menu["text"]
            assert "vn-gov-sms-111" in (await chat.send("/warnings VN"))[0]["text"]
            assert "kh-117-police" in (await chat.send("/hotlines KH"))[0]["text"]
            assert "disabled" in (await chat.send("/disablehotline kh-117-police"))[0]["text"]
            assert "(disabled)" in (await chat.send("/hotlines KH"))[0]["text"]
            assert "shown again" in (await chat.send("/enablehotline kh-117-police"))[0]["text"]
            assert "role ngo" in (await chat.send(f"/grant {USER + 1} ngo"))[0]["text"]
            assert "role user" in (await chat.send(f"/revoke {USER + 1}"))[0]["text"]
        async with Chat(store, NGO) as chat:
            items = await chat.send("/reviews")
            report = next(r for r in items if "a reported ad" in r["text"])
            reject = next(b for b in buttons(report) if b.endswith(":x"))
            (done,) = await chat.press(reject)
            assert f"Report #{rid} rejected." in done["text"]
    run(scenario())
