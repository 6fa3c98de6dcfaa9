"""Look-ups for everyone through the fake Bot API (issue 17, item 5): a message that is only a contact gets the
registry's counts, or "no record" that does not mean safe; a per-user budget so the registry cannot be scraped."""
from __future__ import annotations

import pytest

from bot.ngo.registry import LOOKUP_BUDGET
from bot.storage.db import make_engine, upgrade
from bot.storage.sql_store import SqlStore
from tests.conftest import LURES
from tests.e2e.conftest import foreign
from tests.e2e.test_ngo_tools import send_file
from tests.fakes.harness import running_bot

NGO, ADMIN = 1500, 1501
NO_RECORD = {"vi": "KHÔNG có nghĩa là an toàn", "ko": "안전한 건 아니에요", "km": "មិនមែនមានន័យថាមានសុវត្ថិភាព",
             "en": "does NOT mean it is safe"}
FOUND = {"vi": "3 tin tuyển dụng đã được xác nhận là lừa đảo", "ko": "사기 구인 글로 확인된 글 3건",
         "km": "ប្រកាសការងារ 3 ដែលបានបញ្ជាក់ថាជាការបោកប្រាស់", "en": "3 job ad(s) confirmed as scam lures"}


@pytest.fixture
async def sql_bot(api, tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    upgrade(engine)
    store = SqlStore(engine, b"lookup-secret-0123456789", frozenset({ADMIN}))
    store.set_user_role(NGO, "ngo")
    try:
        async with running_bot(api, store) as bot:
            lures = "\n\n".join(f"{LURES['vi']} Đợt {i}. Telegram @hr_kh_2024" for i in range(3))
            await send_file(bot, api.user(NGO, language_code="en"), lures.encode(), "lures.txt", "text/plain")
            yield bot
    finally:
        engine.dispose()


@pytest.mark.parametrize("lang", ["vi", "ko", "km", "en"])
async def test_lookup_with_and_without_a_record(api, sql_bot, lang):
    user = api.user(1600 + ord(lang[0]) + ord(lang[1]), language_code=lang)
    for value in ("@hr_kh_2024", "t.me/hr_kh_2024"):
        (reply,) = await sql_bot.send(api.message(user, value))
        assert FOUND[lang] in reply["text"], reply["text"]
        assert LURES["vi"][:20] not in reply["text"]  # counts only, never the ads' text
        assert not foreign(reply["text"].replace(value, ""), lang), reply["text"]
    (reply,) = await sql_bot.send(api.message(user, "+84 912 345 678"))
    assert NO_RECORD[lang] in reply["text"]
    assert not foreign(reply["text"].replace("+84 912 345 678", ""), lang)


async def test_lookups_are_rate_limited(api, sql_bot):
    user = api.user(1700, language_code="en")
    for i in range(LOOKUP_BUDGET):
        (reply,) = await sql_bot.send(api.message(user, f"+84 912 345 {600 + i}"))
        assert reply["text"].startswith("🔎")
    (reply,) = await sql_bot.send(api.message(user, "@hr_kh_2024"))
    assert "many look-ups" in reply["text"] and "confirmed" not in reply["text"]


async def test_an_ad_with_a_contact_is_checked_not_looked_up(api, bot):
    user = api.user(1701, language_code="en")
    sent = await bot.send(api.message(user, LURES["en"] + " Telegram @hr_kh_2024"))
    assert not sent[0]["text"].startswith("🔎")
