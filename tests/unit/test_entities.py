from classifier.entities import extract
from classifier.normalize import normalize


def ents(text, lang):
    return extract(normalize(text), lang)


def test_vietnamese_money_and_contacts():
    e = ents("Lương 15-20tr/tháng, thưởng 500k/ngày. Làm tại Sihanoukville, Zalo 0912 345 678, t.me/tuyendung_abc", "vi")
    money = {(m.currency, m.amount, m.period) for m in e.money}
    assert ("VND", 20_000_000, "month") in money and ("VND", 500_000, "day") in money
    assert [p.key for p in e.places] == ["SIHANOUKVILLE"] and e.places[0].hotspot
    assert {c.kind for c in e.channels} >= {"zalo", "telegram"}
    assert ("phone", "+84912345678") in {(c.kind, c.value) for c in e.contacts}
    assert any(c.kind == "link" and c.value == "t.me/tuyendung_abc" for c in e.contacts)


def test_korean_won_and_places():
    e = ents("캄보디아 프놈펜 월 800만원, 카톡 문의 010-1234-5678", "ko")
    assert [(m.currency, m.amount, m.period) for m in e.money] == [("KRW", 8_000_000, "month")]
    assert {p.country for p in e.places} == {"KH"}
    assert e.channels[0].kind == "kakaotalk"
    assert e.contacts[0].value == "+821012345678"


def test_usd_khr_cny():
    e = ents("Salary $1,500 - $2,000 per month in Bavet. WhatsApp +855 12 345 678 @hr_asia", "en")
    assert e.money[0].currency == "USD" and e.money[0].amount == 2000 and e.money[0].period == "month"
    assert ("handle", "@hr_asia") in {(c.kind, c.value) for c in e.contacts}
    km = ents("ប្រាក់ខែ ១២០០ ដុល្លារ នៅព្រះសីហនុ", "km")
    assert km.money[0].amount == 1200 and km.money[0].currency == "USD"
    assert km.places[0].key == "SIHANOUKVILLE"
    zh = ents("柬埔寨西港 月薪 8000元/月 加微信", "zh")
    assert zh.money[0].currency == "CNY" and {p.key for p in zh.places} == {"KH", "SIHANOUKVILLE"}
    assert zh.channels[0].kind == "wechat"


def test_places_in_every_script():
    for text in ("Myawaddy", "먀와디", "妙瓦底", "tam giác vàng", "ត្រីកោណមាស", "金三角", "Dubai", "두바이"):
        assert extract(normalize(text), "und").places, text


def test_destinations_put_hotspots_first():
    e = ents("Làm việc tại Campuchia, khu Bavet", "vi")
    assert e.destinations() == ["KH"]


def test_no_false_phone_from_amounts():
    e = ents("Lương 12.000.000 đồng", "vi")
    assert not [c for c in e.contacts if c.kind == "phone"]
