"""The SOS card, the guided report, look-ups and follow-ups as a user reads them (bot/answer/sos.py, lookup.py), and
the check service's SOS mode (bot/checking/service.py): issue 17, items 1, 5, 6."""
from __future__ import annotations

import re
from datetime import datetime
from types import SimpleNamespace

import pytest

from bot.answer import sos
from bot.answer.lookup import compose_followup, compose_friend_card, compose_lookup
from bot.answer.replies import to_plain
from bot.checking.service import check_offer, content_from
from bot.config import PROJECT_ROOT
from classifier import default_checker
from tests.unit.test_replies import foreign_parts

WARNINGS = PROJECT_ROOT / "warnings"
DISTRESS = {
    "vi": "cứu em với, họ giữ hộ chiếu, không cho em về, em đang ở Sihanoukville",
    "ko": "살려주세요 여권 뺏겼어요. 캄보디아 단지에 갇혀 있어요",
    "km": "ជួយខ្ញុំផង គេយកលិខិតឆ្លងដែនខ្ញុំ ហើយមិនឲ្យចេញ",
    "en": "Help me, they took my passport and I am locked in a compound in Sihanoukville",
}


@pytest.fixture(scope="module")
def texts():
    return sos.load_sos(WARNINGS)


@pytest.fixture(scope="module")
def content():
    return content_from(str(WARNINGS))


def _numbers(card_html: str) -> list[str]:
    return re.findall(r"<b>([+\d][\d \-]+)</b>", card_html)


@pytest.mark.parametrize("lang", ["vi", "ko", "km", "en"])
def test_distress_gets_the_sos_card_not_a_verdict(lang):
    result = check_offer(DISTRESS[lang], ui_lang=lang, checker=default_checker(), content=content_from(str(WARNINGS)))
    assert result.sos is not None and result.advice is None
    assert result.verdict.is_job_offer is False and result.verdict.signals == ()
    (card,) = result.messages
    plain = to_plain(card)
    assert plain.startswith("🆘")
    assert "%" not in plain and "score" not in plain.lower()  # no score, no red flags
    visible = re.sub(r"(?<![\w/:.])/[a-z]+\b", " ", plain.split("│")[0])  # /sos is a command in every language
    assert not foreign_parts(visible, lang), plain
    assert _numbers(card), card  # at least one number to call
    assert len(card) <= 4096 and len(to_plain(card.split("<blockquote")[0])) < 1500  # sources folded away


def test_contacts_fit_who_and_where(texts, content):
    vi = sos.compose_card(texts, content, "vi", ("Sihanoukville",))
    assert vi.first[:2] == ("vn-mofa-citizen-protection-1", "vn-mofa-citizen-protection-2")  # own ministry 24/7 first
    assert vi.police[0] == sos.POLICE_117_TELEGRAM and "kh-117-police" in vi.police
    card = vi.messages[0]
    assert card.index("+84 981 84 84 84") < card.index("+855 979 117 117")
    assert "Cảnh sát Campuchia nhận tin qua Telegram" in card  # what to send, and how
    ko = sos.compose_card(texts, content, "ko", ("Myawaddy",))
    assert ko.first == ("kr-mofa-consular-call-center",) and ko.police == ()  # Cambodian police not for Myanmar
    assert "텔레그램으로 영어 신고" not in ko.messages[0]
    unknown = sos.compose_card(texts, content, "en", ("Myawaddy",))
    assert unknown.first == () and "own country's embassy" in unknown.messages[0]


def test_every_number_comes_from_the_content_store(texts, content):
    known = {h.contact for h in content.hotlines}
    for lang, places in (("vi", ("Cambodia",)), ("vi", ("Myanmar",)), ("ko", ("Cambodia",)), ("km", ()), ("en", ())):
        card = sos.compose_card(texts, content, lang, places)
        assert set(_numbers(card.messages[0])) <= known
        for hid in card.first + card.police:
            assert content.hotline(hid).confidence not in sos.UNVERIFIED


def test_victim_not_criminal_in_every_language(texts, content):
    words = {"vi": "nạn nhân", "ko": "피해자", "km": "ជនរងគ្រោះ", "en": "victim, not a criminal"}
    for lang, word in words.items():
        assert word in sos.compose_card(texts, content, lang).messages[0]


def test_the_guided_report_in_english_and_khmer(texts, content):
    answers = {"location": sos.location_answer(10.627, 103.522), "building": "<photo>", "people": "12",
               "passport": None, "contact": "mother +84 90 000 0000"}
    english, khmer, ready = sos.compose_report(texts, content, answers, "vi", "KH", "VN")
    assert english.startswith("HELP REQUEST") and "maps.google.com/?q=10.627000,103.522000" in english
    assert "Passport (name, number): (not given)" in english and "(photo sent separately)" in english
    assert khmer.startswith("សុំជំនួយ") and "(មិនបានប្រាប់)" in khmer
    assert "+855 979 117 117" in ready and "+84 981 84 84 84" in ready and "NGO" in ready
    only_en = sos.compose_report(texts, content, answers, "ko", None, "KR")
    assert len(only_en) == 2  # no Khmer copy outside Cambodia
    assert sos.in_cambodia(11.55, 104.92) and not sos.in_cambodia(16.7, 98.5)  # Phnom Penh, Myawaddy


def test_not_distress_is_a_job_ad_answer():
    result = check_offer("Help me find a job in Korea, my passport expires next year", ui_lang="en",
                         checker=default_checker(), content=content_from(str(WARNINGS)))
    assert result.sos is None


@pytest.mark.parametrize("lang", ["vi", "ko", "km", "en"])
def test_lookup_with_and_without_a_record(texts, lang):
    found = SimpleNamespace(value="@hr_kh_2024", known=True, lures=3, reports=2, seen=9, legit=False,
                            first_seen=datetime(2026, 1, 5), first_lure=datetime(2026, 2, 1))
    text = to_plain(compose_lookup(texts, lang, found))
    assert "3" in text and "2026-02" in text and "@hr_kh_2024" in text
    assert not foreign_parts(text.replace("@hr_kh_2024", ""), lang), text
    none = to_plain(compose_lookup(texts, lang, SimpleNamespace(value="+84912345678", known=False)))
    safe = {"vi": "KHÔNG có nghĩa là an toàn", "ko": "안전한 건 아니에요", "km": "មិនមែនមានន័យថាមានសុវត្ថិភាព",
            "en": "does NOT mean it is safe"}
    assert safe[lang] in none


@pytest.mark.parametrize("lang", ["vi", "ko", "km", "en"])
def test_followups_and_the_friend_card(texts, lang):
    for kind in ("report", "look"):
        for outcome in ("confirmed", "rejected"):
            text = compose_followup(texts, SimpleNamespace(lang=lang, kind=kind, outcome=outcome))
            assert text.startswith("🔔") and not foreign_parts(text, lang), text
    intro, card = compose_friend_card(texts, lang, "@LureCheckBot")
    assert "@LureCheckBot" in card and not foreign_parts(card.replace("@LureCheckBot", ""), lang)


def test_text_read_from_an_image_gets_the_sos_card_too():
    from bot.checking.service import check_image

    def read(_images, _hint):
        return SimpleNamespace(text=DISTRESS["ko"])

    result = check_image([b"png"], None, ui_lang="ko", checker=default_checker(), content=content_from(str(WARNINGS)),
                         read=read)
    assert result.sos is not None and result.verdict.is_job_offer is False
    assert "🆘" in result.messages[0] and "+82-2-3210-0404" in result.messages[0]
