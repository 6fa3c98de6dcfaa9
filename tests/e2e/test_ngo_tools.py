"""NGO tools end to end through the fake Bot API: a file of 10,000 ads (progress in one edited message, the same file
type back), each file type, malformed files, the file limit, files from a job-seeker; /contact, /stats (a photo),
/export, and the registry raising the level of a job-seeker's check (SQL store on SQLite)."""
from __future__ import annotations

import csv
import io
import json
import time

import openpyxl
import pytest

from bot.ngo import files as ngo_files
from bot.storage.db import make_engine, upgrade
from bot.storage.sql_store import SqlStore
from bot.store import MemoryStore
from tests.conftest import LEGIT, LURES
from tests.e2e.conftest import foreign
from tests.fakes.harness import running_bot

NGO, SEEKER, ADMIN = 7001, 7002, 7003
SHORT = ["Tuyển phụ bếp nhà hàng quận 1, lương 8 triệu/tháng, gọi 0912 345 {n:03d}.",
         "편의점 야간 알바 구합니다. 시급 1만원. 010-2345-{n:04d}",
         "Việc nhẹ lương cao 2000$/tháng ở Campuchia, bao vé, Zalo 0987 654 {n:03d}",
         "Hiring warehouse staff in Phnom Penh, $400/month, call 012 345 {n:03d}"]


def ads(n: int) -> list[str]:
    """n distinct ads: the test lures and legit ads, and short ones, each with its own number."""
    pool = list(LURES.values()) + list(LEGIT.values())
    return [(pool[i % len(pool)] if i % 4 == 0 else SHORT[i % len(SHORT)].format(n=i % 1000)) + f" #{i}"
            for i in range(n)]


def document_message(api, user: dict, data: bytes, name: str, mime: str) -> dict:
    return api.message(user, extra={"document": api.document(data, mime_type=mime, file_name=name)})


async def send_file(bot, user: dict, data: bytes, name: str, mime: str = "text/csv", timeout: float = 30.0):
    """Send a file; wait for the bot's answer file; return (progress message as last edited, the file message)."""
    api = bot.api
    chat = user["id"]
    before = len(api.sent_to(chat))
    await bot.send(document_message(api, user, data, name, mime))
    back = await api.wait_for(lambda: [m for m in api.sent_to(chat)[before:] if "document" in m], timeout)
    progress = api.sent_to(chat)[before]
    await api.wait_for(lambda: not progress["text"].endswith("…"), 10)  # the last edit: the summary
    return progress, back[0]


@pytest.fixture
def ngo_store():
    store = MemoryStore()
    store.set_user_role(NGO, "ngo")
    return store


async def test_ten_thousand_ads_in_a_csv_end_to_end(api, ngo_store):
    rows = ads(10_000)
    src = io.StringIO()
    w = csv.writer(src)
    w.writerow(["id", "text"])
    for i, ad in enumerate(rows):
        w.writerow([i, ad])
    data = src.getvalue().encode()
    async with running_bot(api, ngo_store) as bot:
        user = api.user(NGO, language_code="en")
        started = time.perf_counter()
        progress, back = await send_file(bot, user, data, "ads.csv", timeout=120)
        elapsed = time.perf_counter() - started
    print(f"\n10,000-row CSV through the fake Bot API: {elapsed:.1f} s ({len(data) / 1e6:.1f} MB in)")
    edits = api.calls_of("editMessageText")
    assert len(edits) >= 3 and all(e.params["message_id"] == progress["message_id"] for e in edits)
    assert any("of 10000 ads" in e.params["text"] for e in edits[1:-1])
    assert progress["text"].startswith("Done: 10000 ads checked.")
    assert back["document"]["file_name"] == "ads.checked.csv" and back["caption"] == "ads.csv with the results added."
    out = list(csv.DictReader(io.StringIO(back["_data"].decode("utf-8-sig"))))
    assert len(out) == 10_000 and [r["id"] for r in out[:3]] == ["0", "1", "2"]
    assert {r["level"] for r in out} == {"high_risk", "suspicious", "low_risk"} or {r["level"] for r in out} >= {
        "high_risk", "low_risk"}
    assert all(r["error"] == "" for r in out)
    assert out[2]["contacts"].startswith("phone:+849876540")
    assert len(ngo_store.checks) >= 5_000  # the job offers are the NGO's checks, with their text
    assert elapsed < 90


@pytest.mark.parametrize("lang", ["vi", "ko"])
async def test_xlsx_jsonl_and_txt_come_back_in_their_type(api, ngo_store, lang):
    wb = openpyxl.Workbook()
    wb.active.append(["Nguồn", "Nội dung"])
    for ad in ads(5):
        wb.active.append(["fb", ad])
    wb.active.append(["fb", None])
    buf = io.BytesIO()
    wb.save(buf)
    jsonl = "\n".join(json.dumps({"text": ad}, ensure_ascii=False) for ad in ads(3)) + "\n{oops\n"
    txt = "\n\n".join(ads(4))
    async with running_bot(api, ngo_store) as bot:
        user = api.user(NGO, language_code=lang)
        progress, back = await send_file(bot, user, buf.getvalue(), "ads.xlsx", ngo_files.MIME_TYPES["xlsx"])
        assert not foreign(progress["text"], lang)
        sheet = openpyxl.load_workbook(io.BytesIO(back["_data"])).active
        values = [[c.value for c in r] for r in sheet.iter_rows()]
        assert values[0][:3] == ["Nguồn", "Nội dung", "lang"] and len(values) == 7
        assert values[6][-1]  # the empty ad is marked, in the NGO's language
        progress, back = await send_file(bot, user, jsonl.encode(), "ads.jsonl", "application/jsonl")
        lines = [json.loads(x) for x in back["_data"].decode().splitlines()]
        assert len(lines) == 4 and lines[3]["raw"] == "{oops" and lines[3]["error"]
        progress, back = await send_file(bot, user, txt.encode(), "ads.txt", "text/plain")
        assert back["document"]["file_name"] == "ads.checked.txt"
        assert back["_data"].decode().count("[LureCheck] level:") == 4


async def test_malformed_files_and_refusals(api, ngo_store):
    async with running_bot(api, ngo_store) as bot:
        user = api.user(NGO, language_code="vi")
        cases = [(b"\x89PNG\r\n\x1a\n\x00\x00\x00\x00", "image.csv", "text/csv"),
                 (b'id,text\n1,"never closed\n', "broken.csv", "text/csv"),
                 (b"", "empty.txt", "text/plain"),
                 (b"hello", "fake.xlsx", ngo_files.MIME_TYPES["xlsx"])]
        for data, name, mime in cases:
            before = len(api.sent_to(NGO))
            await bot.send(document_message(api, user, data, name, mime))
            progress = api.sent_to(NGO)[before]
            await api.wait_for(lambda p=progress: not p["text"].startswith("Đã nhận"), 10)
            assert not [m for m in api.sent_to(NGO)[before:] if "document" in m], name
            assert not foreign(progress["text"], "vi"), progress["text"]
        texts = [m.get("text", "") for m in api.sent_to(NGO)]
        assert any("UTF-8" not in t and "nhị phân" in t for t in texts)
        assert any("dòng 2" in t for t in texts) and any("trống" in t for t in texts)
        # a file over Telegram's 20 MB: refused before any download
        big = api.message(user, extra={"document": api.document(b"x", mime_type="text/csv", file_name="big.csv",
                                                                file_size=50 * 1024 * 1024)})
        downloads = len(api.calls_of("downloadFile"))
        sent = await bot.send(big)
        assert "50.0 MB" in sent[-1]["text"] and len(api.calls_of("downloadFile")) == downloads
        # more than 10,000 ads: a clear refusal with the limit
        many = ("text\n" + "\n".join(f"job {i}" for i in range(10_001))).encode()
        before = len(api.sent_to(NGO))
        await bot.send(document_message(api, user, many, "many.csv", "text/csv"))
        progress = api.sent_to(NGO)[before]
        await api.wait_for(lambda: "10000" in progress["text"] and "10001" in progress["text"], 20)
        # a spreadsheet of the old kind
        sent = await bot.send(document_message(api, user, b"\xd0\xcf\x11\xe0", "old.xls", "application/vnd.ms-excel"))
        assert ".xlsx" in sent[-1]["text"]


async def test_a_job_seekers_file_is_not_checked(api):
    async with running_bot(api, MemoryStore()) as bot:
        user = api.user(SEEKER, language_code="en")
        sent = await bot.send(document_message(api, user, b"text\nad\n", "ads.csv", "text/csv"))
        # the usual non-text reply (bot/telegram/nontext.py): only images among files are read
        assert len(sent) == 1 and "files other than images" in sent[0]["text"]
        assert not api.calls_of("getFile")


async def test_registry_commands_and_raised_level_with_the_sql_store(api, tmp_path):
    engine = make_engine(f"sqlite:///{tmp_path / 'bot.sqlite3'}")
    upgrade(engine)
    store = SqlStore(engine, b"e2e-secret-0123456789", frozenset({ADMIN}))
    store.set_user_role(NGO, "ngo")
    try:
        async with running_bot(api, store) as bot:
            ngo = api.user(NGO, language_code="en")
            lures = "\n\n".join(f"{LURES['vi']} Đợt {i}. Telegram @hr_kh_2024" for i in range(3))
            await send_file(bot, ngo, lures.encode(), "lures.txt", "text/plain")
            seeker = api.user(SEEKER, language_code="ko")
            sent = await bot.send(api.message(seeker, "사무직 구합니다. 자세한 내용은 텔레그램 @hr_kh_2024 로 연락 주세요."))
            text = "\n".join(m["text"] for m in sent)
            assert text.startswith("🚨") and "@hr_kh_2024" in text and "3건" in text, text
            assert not foreign(text, "ko")
            sent = await bot.send(api.message(ngo, "/contact t.me/hr_kh_2024"))
            assert "3 confirmed lures" in sent[-1]["text"]
            sent = await bot.send(api.message(seeker, "/contact @hr_kh_2024"))
            assert "NGO" in sent[-1]["text"]  # refused: for NGO staff and admins
            sent = await bot.send(api.message(ngo, "/legit @hr_kh_2024"))
            assert "admins" in sent[-1]["text"]
            admin = api.user(ADMIN, language_code="en")
            sent = await bot.send(api.message(admin, "/legit @hr_kh_2024 verified office in Phnom Penh"))
            assert "legitimate employer" in sent[-1]["text"]
            sent = await bot.send(api.message(seeker, "사무직 구합니다. 텔레그램 @hr_kh_2024"))
            assert not any("@hr_kh_2024" in m["text"] for m in sent)  # no registry block any more
            sent = await bot.send(api.message(ngo, "/stats 4"))
            photo = [m for m in sent if "photo" in m]
            assert photo and photo[0]["_data"].startswith(b"\x89PNG") and sent[0]["text"].startswith("Statistics")
            sent = await bot.send(api.message(ngo, "/export"))
            (doc,) = [m for m in sent if "document" in m]
            rows = list(csv.DictReader(io.StringIO(doc["_data"].decode("utf-8-sig"))))
            assert len(rows) == 3 and all(r["source"] == "submitted" for r in rows)
            sent = await bot.send(api.message(ngo, "/export 2026-13-01"))
            assert "YYYY-MM-DD" in sent[-1]["text"]
    finally:
        engine.dispose()


# ---------------------------------------------------------------- issue 13: items 5, 6, 23
def _csv(texts: list[str]) -> bytes:
    src = io.StringIO()
    w = csv.writer(src)
    w.writerow(["text"])
    w.writerows([t] for t in texts)
    return src.getvalue().encode()


async def test_a_failed_send_keeps_the_answer_and_the_same_file_again_stores_nothing_twice(api, ngo_store):
    data = _csv(ads(12))
    async with running_bot(api, ngo_store) as bot:
        user = api.user(NGO, language_code="en")
        api.fail_next("sendDocument", 400, "Bad Request: something went wrong")
        before = len(api.sent_to(NGO))
        await bot.send(document_message(api, user, data, "ads.csv", "text/csv"))
        progress = api.sent_to(NGO)[before]
        await api.wait_for(lambda: "could not send you the file" in progress["text"], 30)
        stored = len(ngo_store.checks)
        assert stored > 0 and not [m for m in api.sent_to(NGO)[before:] if "document" in m]
        jobs = bot.application.bot_data["lurecheck"].jobs
        (kept,) = jobs._entries()
        assert jobs.output(kept)  # the answer is kept until delivered
        progress, back = await send_file(bot, user, data, "ads.csv")
        assert back["document"]["file_name"] == "ads.checked.csv" and progress["text"].startswith("Done: 12 ads")
        assert len(list(csv.DictReader(io.StringIO(back["_data"].decode("utf-8-sig"))))) == 12
        assert len(ngo_store.checks) == stored  # nothing stored twice
        assert not jobs._entries()  # delivered: the answer is gone


async def test_a_failure_before_the_file_task_does_not_lock_the_chat_out(api, ngo_store, monkeypatch):
    from bot.ngo.jobs import Journal

    real, calls = Journal.start, []

    def start_failing_once(self, *args):
        calls.append(args)
        if len(calls) == 1:
            raise OSError("disk full")
        return real(self, *args)

    monkeypatch.setattr(Journal, "start", start_failing_once)
    async with running_bot(api, ngo_store) as bot:
        user = api.user(NGO, language_code="en")
        await bot.send(document_message(api, user, _csv(ads(3)), "ads.csv", "text/csv"))
        progress, back = await send_file(bot, user, _csv(ads(3)), "ads.csv")
        assert len(calls) == 2 and back["document"]["file_name"] == "ads.checked.csv"
        assert not any("still checking" in m.get("text", "") for m in api.sent_to(NGO))


async def test_a_files_checks_are_stored_in_chunks(api):
    class ChunkStore(MemoryStore):
        def record_checks(self, user_id, items, chunk=500):
            self.calls = [*getattr(self, "calls", []), len(items)]
            return [self.record_check(user_id, *item) for item in items]

    store = ChunkStore()
    store.set_user_role(NGO, "ngo")
    async with running_bot(api, store) as bot:
        user = api.user(NGO, language_code="en")
        await send_file(bot, user, _csv(ads(450)), "ads.csv", timeout=60)
    assert len(store.calls) >= 2 and max(store.calls) <= 200 and sum(store.calls) == len(store.checks) > 200
