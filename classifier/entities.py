"""Find money amounts, places, chat channels and contacts in a normalized ad.

All matching runs on the folded text (lower-case, Latin accents removed), which has the same length
as the normalized text, so spans and quoted evidence come from the normalized text.
"""
from __future__ import annotations

import re

import phonenumbers

from classifier.normalize import fold
from classifier.types import Contact, Entities, Money, Place

# Rough exchange rates to compare pay across currencies; precision does not matter for a red flag.
USD_RATE = {"USD": 1.0, "VND": 25_000.0, "KRW": 1_380.0, "KHR": 4_100.0, "CNY": 7.2, "THB": 35.0}
_PER_MONTH = {"year": 1 / 12, "month": 1.0, "day": 26.0, "hour": 26.0 * 8, "week": 4.3}

_NUM = r"\d+(?:[.,]\d+)*"
_RANGE = rf"(?:{_NUM}\s*(?:-|~|–|đến|den|to|à|a)\s*)?"

# (currency, unit regex, multiplier). Units are written folded.
_UNITS = [
    ("VND", r"(?:trieu|tr|cu)(?![a-z])", 1_000_000),
    ("VND", r"(?:ty|ti)(?![a-z])", 1_000_000_000),
    ("VND", r"(?:k|nghin|ngan)(?![a-z])", 1_000),
    ("VND", r"(?:vnd|vnđ|dong|đ)(?![a-z])", 1),
    ("KRW", r"억\s*원?", 100_000_000),
    ("KRW", r"만\s*원?", 10_000),
    ("KRW", r"천\s*원", 1_000),
    ("KRW", r"원", 1),
    ("USD", r"(?:usd|usdt|\$|do la|đo la|dollars?|đô|đo|ដុល្លារ|달러|美元|美金|刀)(?![a-z])", 1),
    ("KHR", r"(?:៛|riels?|រៀល)", 1),
    ("CNY", r"万\s*元?", 10_000),
    ("CNY", r"千\s*元?", 1_000),
    ("CNY", r"(?:元|块|rmb|cny)", 1),
    ("THB", r"(?:บาท|baht|thb)", 1),
]
_AMOUNT_UNIT = re.compile(
    "|".join(rf"(?P<a{i}>{_RANGE}(?P<n{i}>{_NUM}))\s*(?P<u{i}>{unit})" for i, (_c, unit, _m) in enumerate(_UNITS))
)
_DOLLAR_FIRST = re.compile(rf"(?:\$|usd)\s*(?P<n>{_NUM})(?:\s*(?:-|~|–|to)\s*\$?\s*(?P<n2>{_NUM}))?")

_PERIODS = [
    ("day", r"ngay|/day|per day|a day|daily|일당|하루|일급|/일|日结|每天|日薪|一天|/天|ថ្ងៃ|วัน"),
    ("hour", r"gio|/h\b|per hour|an hour|hourly|시급|시간당|小时|时薪|ម៉ោង|ชั่วโมง"),
    ("week", r"tuan|per week|a week|weekly|주급|每周|周薪|សប្តាហ៍"),
    ("year", r"/nam|moi nam|per year|a year|annual|yearly|연봉|年薪|ឆ្នាំ"),
    ("month", r"thang|/month|per month|a month|monthly|월급|월\s|월 |/월|연봉|月薪|每月|月入|/月|ខែ|เดือน"),
]
_PERIOD_RE = [(name, re.compile(pat)) for name, pat in _PERIODS]


def _parse_number(raw: str, currency: str) -> float | None:
    raw = raw.strip()
    if re.fullmatch(r"\d{1,3}(?:[.,]\d{3})+", raw):  # thousands separators: 1.000.000 / 1,000,000
        return float(re.sub(r"[.,]", "", raw))
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        return None


def _period_near(folded: str, start: int, end: int) -> str | None:
    before = folded[max(0, start - 12) : start]
    after = folded[end : end + 14]
    for name, rx in _PERIOD_RE:
        if rx.search(after) or rx.search(before):
            return name
    return None


def find_money(text: str, folded: str) -> list[Money]:
    found: list[Money] = []
    taken: list[tuple[int, int]] = []
    for m in _AMOUNT_UNIT.finditer(folded):
        idx = next(i for i in range(len(_UNITS)) if m.group(f"n{i}") is not None)
        currency, _unit, mult = _UNITS[idx]
        number = _parse_number(m.group(f"n{idx}"), currency)
        if number is None or number == 0:
            continue
        amount = number * mult
        if currency == "USD" and "usdt" in m.group(0):
            currency = "USD"
        start, end = m.span()
        period = _period_near(folded, start, end)
        found.append(_money(amount, currency, period, start, end, text))
        taken.append((start, end))
    for m in _DOLLAR_FIRST.finditer(folded):
        start, end = m.span()
        if any(s <= start < e for s, e in taken):
            continue
        number = _parse_number(m.group("n2") or m.group("n"), "USD")
        if not number:
            continue
        found.append(_money(number, "USD", _period_near(folded, start, end), start, end, text))
    return found


def _money(amount: float, currency: str, period: str | None, start: int, end: int, text: str) -> Money:
    usd = amount / USD_RATE[currency]
    monthly = usd * _PER_MONTH[period] if period else None
    return Money(amount, currency, period, monthly, (start, end), text[start:end])


# Places: key -> (country, hotspot, spellings). Spellings are folded (lower-case, no Latin accents).
PLACES: dict[str, tuple[str, bool, tuple[str, ...]]] = {
    "SIHANOUKVILLE": ("KH", True, ("sihanoukville", "sihanouk", "shv", "kampong som", "kompong som", "xihanuk",
                                   "xi-ha-nuc", "xihanouk", "시아누크빌", "시하누크빌", "시아눅빌", "ព្រះសីហនុ", "សីហនុ",
                                   "西港", "西哈努克")),
    "BAVET": ("KH", True, ("bavet", "ba vet", "바벳", "바벨시", "បាវិត", "巴域", "巴韦")),
    "POIPET": ("KH", True, ("poipet", "poi pet", "포이펫", "ប៉ោយប៉ែត", "波贝")),
    "BOKOR": ("KH", True, ("bokor", "보코", "보꼬", "បូកគោ", "波哥")),
    "PHNOM_PENH": ("KH", False, ("phnom penh", "phnompenh", "nam vang", "프놈펜", "ភ្នំពេញ", "金边")),
    "KH": ("KH", False, ("cambodia", "campuchia", "cam pu chia", "cambot", "cam bot", "cpc", "캄보디아", "캄보",
                          "កម្ពុជា", "柬埔寨", "柬国", "กัมพูชา")),
    "MYAWADDY": ("MM", True, ("myawaddy", "myawadi", "먀와디", "미야와디", "មីយ៉ាវ៉ាឌី", "មៀវ៉ាឌី", "妙瓦底")),
    "KK_PARK": ("MM", True, ("kk park", "kkpark", "kk园区", "kk 파크")),
    "SHAN": ("MM", True, ("shan state", "bang shan", "샨주", "掸邦", "缅北")),
    "MM": ("MM", False, ("myanmar", "burma", "mien dien", "미얀마", "មីយ៉ាន់ម៉ា", "ភូមា", "缅甸", "พม่า")),
    "GOLDEN_TRIANGLE": ("LA", True, ("golden triangle", "tam giac vang", "골든트라이앵글", "황금삼각지대",
                                     "ត្រីកោណមាស", "金三角", "สามเหลี่ยมทองคำ")),
    "LA": ("LA", False, ("laos", "lao pdr", "nuoc lao", "sang lao", "ben lao", "라오스", "ឡាវ", "老挝", "ลาว")),
    "AE": ("AE", False, ("dubai", "uae", "두바이", "ឌូបៃ", "ដុបៃ", "迪拜", "ดูไบ")),
    "TH": ("TH", False, ("thailand", "thai lan", "mae sot", "태국", "메솟", "ម៉ែសត", "ថៃ", "泰国", "ประเทศไทย")),
    "PH": ("PH", False, ("philippines", "philippine", "manila", "필리핀", "ហ្វីលីពីន", "菲律宾")),
    "MY": ("MY", False, ("malaysia", "ma lai", "말레이시아", "ម៉ាឡេស៊ី", "马来西亚")),
    "VN": ("VN", False, ("viet nam", "vietnam", "베트남", "វៀតណាម", "越南")),
    "KR": ("KR", False, ("han quoc", "korea", "한국", "កូរ៉េ", "韩国")),
    "JP": ("JP", False, ("nhat ban", "japan", "일본", "ជប៉ុន", "日本")),
}


def _place_pattern(spelling: str) -> str:
    esc = re.escape(spelling).replace(r"\ ", r"\s*")
    if spelling.isascii():
        return rf"(?<![a-z0-9]){esc}(?![a-z0-9])"
    return esc


_PLACE_RE = re.compile(
    "|".join(
        f"(?P<{key}_{i}>{_place_pattern(s)})"
        for key, (_c, _h, spellings) in PLACES.items()
        for i, s in enumerate(sorted(spellings, key=len, reverse=True))
    )
)


def find_places(text: str, folded: str) -> list[Place]:
    out = []
    for m in _PLACE_RE.finditer(folded):
        key = m.lastgroup.rsplit("_", 1)[0]
        country, hotspot, _ = PLACES[key]
        out.append(Place(key, country, hotspot, m.span(), text[m.start() : m.end()]))
    return out


# Chat channels named in the ad (not the contact itself).
CHANNELS = {
    "telegram": r"telegram|tele(?![a-z])|tele:|tlg|tg:|t\.me/|te le|텔레그램|텔레|텔그|តេឡេក្រាម|តេលេក្រាម|飞机|纸飞机|電報|电报",
    "zalo": r"zalo|za lo|zl:|잘로|ហ្សាឡូ",
    "kakaotalk": r"kakao|카톡|카카오톡|카카오|오픈채팅|오픈톡|open\.kakao",
    "whatsapp": r"whatsapp|whats app|wa\.me/|wsp|왓츠앱|왓츠|វ៉ាត់សាប|វ៉ាតសាប",
    "line": r"line id|line:|line\.me/|라인 아이디|라인id|ឡាញ",
    "wechat": r"wechat|we chat|微信|vx|v信|威信|위챗",
    "facebook": r"facebook|fanpage|messenger|inbox|(?<![a-z])ib(?![a-z])|(?<![a-z])fb(?![a-z])|페이스북|페북|ហ្វេសប៊ុក|ផេក|脸书",
    "signal": r"signal app|시그널",
}
_CHANNEL_RE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in CHANNELS.items()))

_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"')\]]+|(?<![\w@.])(?:[a-z0-9-]+\.)+(?:com|me|net|org|vn|kh|kr|io|ly|cc|link|info|xyz|top|site|online|shop|vip|app|co)(?:/[^\s<>\"')\]]*)?",
    re.I,
)
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_HANDLE = re.compile(r"(?<![\w@.])@([a-z][a-z0-9_]{3,31})", re.I)
_PHONE = re.compile(r"(?<![\w+])(?:\+|00)?\d[\d .\-()]{6,18}\d(?!\w)")
_PHONE_REGION = {"vi": "VN", "ko": "KR", "km": "KH", "th": "TH", "zh": "CN", "en": None}


def _phone(raw: str, lang: str) -> str | None:
    digits = re.sub(r"\D", "", raw)
    if not 8 <= len(digits) <= 15:
        return None
    candidates = [_PHONE_REGION.get(lang)] + ["VN", "KR", "KH", "TH", "CN"]
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    for region in dict.fromkeys(candidates):
        try:
            num = phonenumbers.parse(raw, None if raw.startswith("+") else region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    return None


def find_channels(text: str, folded: str) -> list[Contact]:
    return [Contact(m.lastgroup, m.lastgroup, m.span(), text[m.start() : m.end()]) for m in _CHANNEL_RE.finditer(folded)]


_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")


def find_contacts(text: str, folded: str, lang: str, money: list[Money] = ()) -> list[Contact]:
    out: list[Contact] = []
    taken: list[tuple[int, int]] = [m.span for m in money]
    for m in _EMAIL.finditer(text):
        out.append(Contact("email", m.group(0).lower(), m.span(), m.group(0)))
        taken.append(m.span())
    for m in _URL.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        url = m.group(0).rstrip(".,;:!?")
        out.append(Contact("link", url.lower(), (m.start(), m.start() + len(url)), url))
        taken.append(m.span())
    for m in _HANDLE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        out.append(Contact("handle", "@" + m.group(1).lower(), m.span(), m.group(0)))
    for m in _PHONE.finditer(text):
        if any(s <= m.start() < e or m.start() <= s < m.end() for s, e in taken):
            continue
        if _THOUSANDS.fullmatch(m.group(0).strip()):  # 12.000.000 is an amount, not a number to call
            continue
        e164 = _phone(m.group(0), lang)
        if e164:
            out.append(Contact("phone", e164, m.span(), m.group(0)))
    return out


def extract(text: str, lang: str, folded: str | None = None) -> Entities:
    """All entities of a normalized text."""
    folded = fold(text) if folded is None else folded
    money = find_money(text, folded)
    return Entities(
        money=tuple(money),
        places=tuple(find_places(text, folded)),
        channels=tuple(find_channels(text, folded)),
        contacts=tuple(find_contacts(text, folded, lang, money)),
    )
