"""The short answer first (issue 17, items 2-4), through python-telegram-bot's real stack and the fake Bot API.

What a reader sees before opening the details is everything outside the expandable blockquote: at most 700
characters and six lines, with the level, the scam type, one reason, three flags, one action and one or two numbers
that fit the case. The variants (compound lure, task scam, "I already paid") choose different contacts; a family
message is never "high risk".
"""
from __future__ import annotations

import re

import pytest

from bot.answer.replies import SHORT_LINES, SHORT_MAX
from tests.conftest import LURES
from tests.e2e.conftest import foreign
from tests.fakes.fake_bot_api import parse_html
from tests.unit.test_replies import PAID, TASK

UI = ("vi", "ko", "km", "en")
# The first number of the short answer, by case: the home reporting line before departure (111 / 112 / 117; an
# English reader's only known country is the ad's Cambodia), the scam-report line for a task scam, the police after
# a payment (the bank comes first, as the action).
FIRST_NUMBER = {
    ("compound", "vi"): "111", ("compound", "ko"): "112", ("compound", "km"): "117", ("compound", "en"): "117",
    ("task", "vi"): "156", ("task", "ko"): "118", ("task", "km"): "117",
    ("paid", "vi"): "113", ("paid", "ko"): "112", ("paid", "km"): "117",
}
SECOND_NUMBER = {("compound", "vi"): "+84 981 84 84 84", ("compound", "ko"): "+82-2-3210-0404",
                 ("compound", "km"): "+855 979 117 117", ("compound", "en"): "+855 979 117 117"}
BANK = {"vi": "ngân hàng", "ko": "은행", "km": "ធនាគារ", "en": "bank"}
FAMILY = {
    "vi": "Mẹ ơi con đến bến xe rồi, tối nay con về muộn, mẹ cứ ăn cơm trước nhé.",
    "ko": "엄마 나 이번 주말에 못 내려갈 것 같아. 회사 야근이 많아서. 김치는 택배로 보내줘 고마워",
    "km": "បង ថ្ងៃអាទិត្យនេះ ម៉ាក់ហៅឲ្យទៅផ្ទះធ្វើបុណ្យ កុំភ្លេចទិញនំយកទៅផង",
    "en": "Mum, I missed the bus, I'll be home late tonight. Don't wait for me for dinner, love you.",
}
CASES = {"compound": LURES, "task": TASK, "paid": PAID}


def visible(message: dict) -> str:
    """What Telegram shows before the reader expands the details: the text outside <blockquote expandable>."""
    html_text = message["_html"]
    before = html_text.split("<blockquote expandable>", 1)[0]
    return parse_html(before).strip()


def numbers_in(text: str) -> list[str]:
    return re.findall(r"(?:📞|✈️ Telegram) (\+?[\d\- ]+?) ·", text)


async def _first_reply(api, bot, user_id: int, lang: str, text: str) -> tuple[dict, list[dict]]:
    user = api.user(user_id, language_code=lang)
    sent = await bot.send(api.message(user, text))
    assert sent, "no reply"
    return sent[0], sent


@pytest.mark.parametrize("lang", UI)
async def test_the_short_first_message_fits_and_names_a_number_for_the_case(api, bot, lang):
    seen = {}
    for n, case in enumerate(("compound", "task", "paid")):
        first, sent = await _first_reply(api, bot, 300 + 10 * UI.index(lang) + n, lang, CASES[case][lang])
        short = visible(first)
        assert len(short) <= SHORT_MAX and len(short.splitlines()) <= SHORT_LINES, (case, len(short), short)
        assert short.startswith(("🚨", "⚠️")), short
        assert "<blockquote expandable>" in first["_html"], "the details are collapsed"
        assert "http" not in short and "://" not in short, "no source link in the first part"
        assert not foreign("\n".join(m["text"] for m in sent), lang)
        assert all(len(m["_params"]["text"]) <= 4096 for m in sent)
        numbers = numbers_in(short)
        if (case, lang) in FIRST_NUMBER:
            assert numbers and numbers[0] == FIRST_NUMBER[(case, lang)], (case, numbers, short)
        if (case, lang) in SECOND_NUMBER:
            assert numbers[1] == SECOND_NUMBER[(case, lang)], (case, numbers)
        if case == "paid":
            assert BANK[lang] in short.lower(), short  # stop the payment first
        whole = "\n".join(m["text"] for m in sent)
        for number in numbers:  # every number shown carries its source in the details
            line = next(x for x in whole.splitlines() if x.startswith("• ") and number in x)
            follow = whole.splitlines()[whole.splitlines().index(line) + 1]
            assert "(" in follow and re.search(r"\d{4}", follow), follow
        seen[case] = (tuple(numbers), short.splitlines()[3] if len(short.splitlines()) > 3 else "")
    # the three variants choose different contacts or, where the country has one line only, a different action
    assert len(set(seen.values())) == 3, seen
    if lang != "km":
        assert len({s[0] for s in seen.values()}) >= 2, seen


@pytest.mark.parametrize("lang", UI)
async def test_a_family_message_is_never_high_risk(api, bot, lang):
    first, sent = await _first_reply(api, bot, 400 + UI.index(lang), lang, FAMILY[lang])
    assert len(sent) == 1
    text = first["text"]
    assert not text.startswith(("🚨", "⚠️")), text  # "unsure" (❔) or "this does not look like a job offer"
    assert not foreign(text, lang)
    assert "reply_markup" not in first or text.startswith("❔")


async def test_ngo_staff_see_the_score_in_the_details_job_seekers_do_not(api, bot):
    first, _ = await _first_reply(api, bot, 450, "en", LURES["en"])
    assert "Risk score" not in first["text"] and "Language of the ad" not in first["text"]
    bot.store.set_user_role(451, "ngo")
    first, sent = await _first_reply(api, bot, 451, "en", LURES["en"])
    text = "\n".join(m["text"] for m in sent)
    assert "Risk score" in text and "Language of the ad" in text
    assert "Risk score" not in visible(first)  # in the details, not the short answer
