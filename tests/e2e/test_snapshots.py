"""Snapshots of the exact payloads the bot sends (sendMessage parameters as the Bot API receives them), for every
level and every UI language, plus /start and a burst summary: a wording change shows up as a reviewed diff.

Regenerate after an intended change, then review `git diff tests/e2e/snapshots/`:

    LURECHECK_UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/e2e/test_snapshots.py

Snapshots use the rule-based checker (tests/conftest.py sets LURECHECK_ENGINE=rules) and the content in warnings/.
"""
from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from tests.conftest import LEGIT, LURES
from tests.e2e.conftest import foreign
from tests.fakes.harness import running_bot
from tests.unit.test_replies import PAID, TASK

SNAPSHOTS = Path(__file__).parent / "snapshots"
UPDATE = os.environ.get("LURECHECK_UPDATE_SNAPSHOTS") == "1"
UI = ("vi", "ko", "km", "en")
SUSPICIOUS = {
    "vi": "Tuyển nhân viên làm việc tại nhà, thu nhập 500k/ngày, không cần kinh nghiệm. Liên hệ Zalo 0901234567",
    "ko": "물류센터 단기 알바 모집. 경력 무관. 텔레그램 문의",
    "km": "ការងារស្រួល ប្រាក់ខែខ្ពស់ ទាក់ទងតេឡេក្រាម @kh_jobs",
    "en": "Hiring now: online data entry, high salary, no experience needed. WhatsApp +84 90 123 4567",
}
CHAT = {"vi": "Hôm nay trời đẹp quá, đi cà phê không?", "ko": "오늘 날씨 정말 좋네요. 커피 마시러 갈래요?",
        "km": "ថ្ងៃនេះអាកាសធាតុល្អណាស់ ទៅញ៉ាំកាហ្វេទេ?", "en": "Lovely weather today, coffee later?"}


def _payloads(sent: list[dict]) -> list[dict]:
    return [dict(m["_params"]) for m in sent]


def _compare(name: str, payloads: list[dict]) -> None:
    path = SNAPSHOTS / f"{name}.json"
    text = json.dumps(payloads, ensure_ascii=False, indent=1, sort_keys=True) + "\n"
    if UPDATE:
        SNAPSHOTS.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
        return
    if not path.is_file():
        pytest.fail(f"no snapshot {path.name}: run LURECHECK_UPDATE_SNAPSHOTS=1 pytest {Path(__file__).name}")
    assert json.loads(text) == json.loads(path.read_text(encoding="utf-8")), \
        f"{path.name} changed: review, then regenerate (see this file's docstring)"


@pytest.mark.parametrize("lang", UI)
async def test_reply_payloads(api, lang):
    # high_risk is a compound lure; task_scam and already_paid are the other variants of the short answer (issue 17)
    cases = [("high_risk", LURES[lang]), ("suspicious", SUSPICIOUS[lang]), ("low_risk", LEGIT[lang]),
             ("not_an_offer", CHAT[lang]), ("task_scam", TASK[lang]), ("already_paid", PAID[lang])]
    async with running_bot(api) as bot:
        for i, (level, ad) in enumerate(cases):
            user = api.user(1000 + i, language_code=lang)
            sent = await bot.send(api.message(user, ad))
            if level in ("high_risk", "suspicious", "low_risk"):
                assert bot.store.get_check(i + 1).level == level, (lang, level)
            assert not foreign("\n".join(m["text"] for m in sent), lang)
            _compare(f"{level}-{lang}", _payloads(sent))

        user = api.user(2000, language_code=lang)
        _compare(f"start-{lang}", _payloads(await bot.send(api.message(user, "/start"))))

        before = len(api.sent_to(2000))
        ads = [LURES[lang], SUSPICIOUS[lang], LEGIT[lang], CHAT[lang]]
        api.push_many([api.message(user, ad, forward_origin=api.channel_origin(f"Channel {n}", f"chan{n}"))
                       for n, ad in enumerate(ads)])
        sent = await api.wait_for(lambda: api.sent_to(2000)[before:])
        _compare(f"burst_summary-{lang}", _payloads(sent))
