"""Contact extraction on the formats recruiters really write, at least 30 per country (VN, KR, KH).

Each case: the ad's words, the ad's language, and one contact it must yield as (kind, value[, app]). The texts are
written for this test in the styles seen in lure ads (spaced, dotted, dashed, with or without a country code, letters
for digits, numbers in words, app ids without "@", links), not taken from real ads.
"""
from __future__ import annotations

import pytest

from classifier.entities import extract
from classifier.normalize import normalize

VN = "+84912345678"
VN2 = "+84987654321"
KR = "+821012345678"
KH = "+85512345678"
KH9 = "+855967654321"

VIETNAM = [
    ("Liên hệ 0912 345 678", VN),
    ("LH: 0912.345.678", VN),
    ("sđt 0912-345-678 gặp chị Lan", VN),
    ("Gọi ngay 0912345678", VN),
    ("Hotline +84 912 345 678", VN),
    ("hotline (+84) 912345678", VN),
    ("ĐT: +84-912-345-678", VN),
    ("84 912 345 678 (anh Tuấn)", VN),
    ("0084 912 345 678", VN),
    ("số 091 234 5678", VN),
    ("0912 3456 78 zalo", VN),
    ("09 12 34 56 78", VN),
    ("0 9 1 2 3 4 5 6 7 8", VN),
    ("o912345678 ib ngay", VN),
    ("O9I2.345.678", VN),
    ("Zalo: 0912 345 678", (VN, "zalo")),
    ("zalo 09.12.34.56.78", (VN, "zalo")),
    ("Za.lo 0912345678", (VN, "zalo")),
    ("Z a l o: 0912345678", (VN, "zalo")),
    ("kết bạn zalo.me/0912345678", (VN, "zalo")),
    ("Tele/Zalo: 0987.654.321", VN2),
    ("không chín một hai ba bốn năm sáu bảy tám", VN),
    ("khong chin mot hai ba bon nam sau bay tam", VN),
    ("０９１２３４５６７８", VN),
    ("0912 345 678 - 0987 654 321", VN2),
    ("0912345678/0987654321", VN2),
    ("+84 (0) 912 345 678", VN),
    ("SĐT/Zalo:0912345678.", VN),
    ("Telegram @tuyendung_vn88", ("handle", "@tuyendung_vn88", "telegram")),
    ("tele: tuyendung_vn88 inbox nhé", ("handle", "@tuyendung_vn88", "telegram")),
    ("ib tele tuyendungcpc nhanh", None),  # a Latin app name without ":" or "id" is not enough
    ("t.me/tuyendung_vn88", ("handle", "@tuyendung_vn88", "telegram")),
    ("https://t.me/ViecLamCPC_2024", ("handle", "@vieclamcpc_2024", "telegram")),
    ("email: tuyendung.cpc@gmail.com", ("email", "tuyendung.cpc@gmail.com")),
    ("tuyendung.cpc [at] gmail [dot] com", ("email", "tuyendung.cpc@gmail.com")),
    ("Fanpage facebook.com/vieclamnhanh88", ("link", "facebook.com/vieclamnhanh88")),
    ("WhatsApp: +84 912 345 678", (VN, "whatsapp")),
]

KOREA = [
    ("카톡 문의 010-1234-5678", KR),
    ("연락처 010 1234 5678", KR),
    ("010.1234.5678로 연락주세요", KR),
    ("01012345678", KR),
    ("+82 10-1234-5678", KR),
    ("+82-10-1234-5678", KR),
    ("+82 10 1234 5678", KR),
    ("(+82) 010-1234-5678", KR),
    ("82-10-1234-5678", KR),
    ("010ㅡ1234ㅡ5678", KR),
    ("010 - 1234 - 5678", KR),
    ("010/1234/5678", KR),
    ("O1O-1234-5678", KR),
    ("공일공-1234-5678", KR),
    ("010-일이삼사-오육칠팔", KR),
    ("공일공 일이삼사 오육칠팔", KR),
    ("전화번호010-1234-5678", KR),
    ("０１０－１２３４－５６７８", KR),
    ("문의: 010 - 1234 - 5678 (24시간)", KR),
    ("카톡 아이디 money77", ("kakaotalk", "money77", "kakaotalk")),
    ("카톡ID: job_kh", ("kakaotalk", "job_kh", "kakaotalk")),
    ("카카오톡 abc123 으로 연락", ("kakaotalk", "abc123", "kakaotalk")),
    ("카톡 : goodjob99", ("kakaotalk", "goodjob99", "kakaotalk")),
    ("Kakao ID: kh_job88", ("kakaotalk", "kh_job88", "kakaotalk")),
    ("KakaoTalk: easymoney1", ("kakaotalk", "easymoney1", "kakaotalk")),
    ("오픈채팅 open.kakao.com/o/sAbC123d", ("link", "open.kakao.com/o/sabc123d", "kakaotalk")),
    ("텔레그램 @job_kh77 문의", ("handle", "@job_kh77", "telegram")),
    ("텔레 아이디 jobkorea77", ("handle", "@jobkorea77", "telegram")),
    ("텔레: highpay_kr", ("handle", "@highpay_kr", "telegram")),
    ("라인 아이디 cambojob", ("line", "cambojob", "line")),
    ("Line ID: @cambojob", ("line", "@cambojob", "line")),
    ("line.me/ti/p/~cambojob", ("line", "cambojob", "line")),
    ("위챗: wx_kh2024", ("wechat", "wx_kh2024", "wechat")),
    ("왓츠앱 +82 10 1234 5678", (KR, "whatsapp")),
    ("메일 recruit.kh@naver.com", ("email", "recruit.kh@naver.com")),
]

CAMBODIA = [
    ("ទូរស័ព្ទ 012 345 678", KH),
    ("Tel: 012-345-678", KH),
    ("012.345.678", KH),
    ("012345678", KH),
    ("+855 12 345 678", KH),
    ("+855-12-345-678", KH),
    ("(+855) 12 345 678", KH),
    ("855 12 345 678", KH),
    ("00855 12 345 678", KH),
    ("+855 (0) 12 345 678", KH),
    ("០១២ ៣៤៥ ៦៧៨", KH),
    ("០១២៣៤៥៦៧៨", KH),
    ("096 765 432", None),  # too short for a Cambodian mobile: not a number to call
    ("096 7654 32", None),
    ("0967 654 32", None),
    ("096 76 54 32", None),
    ("+855 96 765 4321", KH9),
    ("Call 096-765-432", None),
    ("ទាក់ទង: 0 1 2 3 4 5 6 7 8", KH),
    ("សូន្យ មួយ ពីរ បី បួន ប្រាំ ប្រាំមួយ ប្រាំពីរ ប្រាំបី", KH),
    ("Telegram: 012 345 678", (KH, "telegram")),
    ("តេឡេក្រាម 012345678", (KH, "telegram")),
    ("WhatsApp +855 12 345 678", (KH, "whatsapp")),
    ("wa.me/85512345678", (KH, "whatsapp")),
    ("https://api.whatsapp.com/send?phone=85512345678", (KH, "whatsapp")),
    ("តេឡេក្រាម @kh_jobs_99", ("handle", "@kh_jobs_99", "telegram")),
    ("Telegram ID: kh_jobs_99", ("handle", "@kh_jobs_99", "telegram")),
    ("t.me/kh_jobs_99", ("handle", "@kh_jobs_99", "telegram")),
    ("telegram.me/kh_jobs_99", ("handle", "@kh_jobs_99", "telegram")),
    ("Line: khjob2024", ("line", "khjob2024", "line")),
    ("WeChat: kh_boss88", ("wechat", "kh_boss88", "wechat")),
    ("微信: kh_boss88", ("wechat", "kh_boss88", "wechat")),
    ("hr.sihanouk@gmail.com", ("email", "hr.sihanouk@gmail.com")),
    ("www.kh-jobs-asia.com/apply", ("link", "www.kh-jobs-asia.com/apply")),
    ("Tel: 012 345 678 / 096 765 4321", ("phone", "+855967654321")),
]

LANGS = {"VN": "vi", "KR": "ko", "KH": "km"}
CASES = [(c, t, e) for c, cases in (("VN", VIETNAM), ("KR", KOREA), ("KH", CAMBODIA)) for t, e in cases]


def contacts(text: str, lang: str):
    return extract(normalize(text), lang).contacts


def test_at_least_thirty_formats_per_country():
    for country, cases in (("VN", VIETNAM), ("KR", KOREA), ("KH", CAMBODIA)):
        assert len([e for _t, e in cases if e is not None]) >= 30, country


@pytest.mark.parametrize("country,text,expected", CASES)
def test_contact_format(country, text, expected):
    found = contacts(text, LANGS[country])
    if expected is None:
        assert not [c for c in found if c.kind == "phone" and c.value.startswith("+855") and len(c.value) < 12] \
            and not [c for c in found if c.kind == "handle"], found
        return
    if isinstance(expected, str):
        expected = ("phone", expected)
    elif isinstance(expected, tuple) and expected[0].startswith("+"):
        expected = ("phone", expected[0], expected[1])
    kind, value, *app = expected
    match = [c for c in found if (c.kind, c.value) == (kind, value)]
    assert match, (text, found)
    if app:
        assert match[0].app == app[0], (text, match[0])


def test_two_numbers_side_by_side_stay_two():
    found = {c.value for c in contacts("0912 345 678 - 0987 654 321", "vi") if c.kind == "phone"}
    assert found == {VN, VN2}


def test_amounts_dates_and_words_are_not_numbers():
    for text in ("Lương 12.000.000 đồng", "Thu nhập 15.000.000-20.000.000/tháng", "월급 3,500,000원",
                 "ngày 12/05/2024", "hai ba người", "line up for the job", "tele sale online",
                 "Mã đơn hàng ABC12345678", "1.500.000.000 VND"):
        assert not [c for c in contacts(text, "vi") if c.kind in ("phone", "line", "handle")], text


def test_spans_point_at_the_contact():
    text = normalize("Liên hệ ngay Zalo: 0912 345 678 nhé")
    (c,) = [c for c in extract(text, "vi").contacts if c.kind == "phone"]
    assert text[c.span[0] : c.span[1]] == "0912 345 678" == c.text
