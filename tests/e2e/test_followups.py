"""Follow-ups through the fake Bot API (issue 17, item 6): a report confirmed by an NGO reaches the reporter in their
language (not after /forgetme); a human look under a `suspicious` verdict; the "warn a friend" card."""
from __future__ import annotations

import pytest
from sqlalchemy import select

from bot.storage.db import make_engine, upgrade
from bot.storage.models import Followup
from bot.storage.sql_store import SqlStore
from tests.conftest import LURES
from tests.e2e.conftest import foreign
from tests.fakes.harness import running_bot

NGO, ADMIN = 2500, 2501
CONFIRMED = {"vi": "xác nhận tin tuyển dụng bạn gửi là LỪA ĐẢO", "ko": "사기가 맞아요", "km": "ជាការបោកប្រាស់",
             "en": "confirmed it is a SCAM"}


def _buttons(message: dict) -> list[str]:
    return [b["callback_data"] for row in message.get("reply_markup", {}).get("inline_keyboard", []) for b in row]


@pytest.fixture
async def sql(api, tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    upgrade(engine)
    store = SqlStore(engine, b"followup-secret-0123456789", frozenset({ADMIN}))
    store.set_user_role(NGO, "ngo")
    try:
        async with running_bot(api, store) as bot:
            yield bot
    finally:
        engine.dispose()


async def _report(api, bot, user: dict, ad: str) -> dict:
    verdict = (await bot.send(api.message(user, ad)))[-1]
    check = next(d for d in _buttons(verdict) if d.startswith("rp:")).split(":")[1]
    _, (question,) = await bot.press(user, verdict, f"rp:{check}")
    await bot.press(user, question, f"ry:{check}")
    return verdict


async def _confirm_all(api, bot) -> list[dict]:
    ngo = api.user(NGO, language_code="en")
    items = await bot.send(api.message(ngo, "/reviews"))
    sent = []
    for item in items:
        for data in _buttons(item):
            if data.endswith(":c"):
                _, out = await bot.press(ngo, item, data)
                sent += out
    return sent


@pytest.mark.parametrize("lang", ["vi", "ko", "km", "en"])
async def test_a_report_confirmed_by_an_ngo_reaches_the_reporter(api, sql, lang):
    reporter = api.user(2600 + ord(lang[0]) + ord(lang[1]), language_code=lang)
    await _report(api, sql, reporter, LURES[lang])
    with sql.store.read() as s:
        (row,) = s.scalars(select(Followup)).all()
        assert row.sealed != reporter["id"] and row.outcome is None  # the chat id is sealed
    before = len(api.sent_to(reporter["id"]))
    await _confirm_all(api, sql)
    told = api.sent_to(reporter["id"])[before:]
    assert len(told) == 1 and CONFIRMED[lang] in told[0]["text"], told
    assert not foreign(told[0]["text"], lang)
    with sql.store.read() as s:
        assert s.scalars(select(Followup)).all() == []  # deleted once told


async def test_no_followup_after_forgetme(api, sql):
    reporter = api.user(2700, language_code="en")
    await _report(api, sql, reporter, LURES["en"])
    await sql.send(api.message(reporter, "/forgetme"))
    before = len(api.sent_to(reporter["id"]))
    await _confirm_all(api, sql)
    assert api.sent_to(reporter["id"])[before:] == []
    with sql.store.read() as s:
        assert s.scalars(select(Followup)).all() == []


async def test_warn_a_friend_card_under_a_high_risk_verdict(api, sql):
    user = api.user(2701, language_code="vi")
    verdict = (await sql.send(api.message(user, LURES["vi"])))[-1]
    (friend,) = [d for d in _buttons(verdict) if d.startswith("fw:")]
    _, (intro, card) = await sql.press(user, verdict, friend)
    assert card["text"].startswith("⚠️") and "@" in card["text"]
    assert str(user["id"]) not in card["text"] and user["first_name"] not in card["text"]  # no personal data
    assert not foreign(card["text"].split("@")[0], "vi")


async def test_human_look_under_a_suspicious_verdict(api, sql):
    user = api.user(2702, language_code="en")
    ad = "Office assistant needed in Phnom Penh. Good salary 1200 USD. Contact on Telegram @office_kh_job"
    verdict = (await sql.send(api.message(user, ad)))[-1]
    looks = [d for d in _buttons(verdict) if d.startswith("hl:")]
    if not looks:
        pytest.skip("this ad is not `suspicious` with the current checker")
    _, (sent,) = await sql.press(user, verdict, looks[0])
    assert "support organisation" in sent["text"]
    await _confirm_all(api, sql)
    assert "A person at a support organisation" in api.sent_to(user["id"])[-1]["text"]
