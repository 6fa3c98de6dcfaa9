"""Find money amounts, places, chat channels and contacts in a normalized ad.

All matching runs on the folded text (lower-case, Latin accents removed), which has the same length
as the normalized text, so spans and quoted evidence come from the normalized text.
"""
from __future__ import annotations

import re

import phonenumbers

from classifier.khmer import khmer_match_ok
from classifier.normalize import fold
from classifier.types import Contact, Entities, Money, Place

# Rough exchange rates to compare pay across currencies; precision does not matter for a red flag.
USD_RATE = {"USD": 1.0, "VND": 25_000.0, "KRW": 1_380.0, "KHR": 4_100.0, "CNY": 7.2, "THB": 35.0}
_PER_MONTH = {"year": 1 / 12, "month": 1.0, "day": 26.0, "hour": 26.0 * 8, "week": 4.3}

# Possessive (Python 3.11): a run of digits is never re-split while looking for a unit (no digit run is followed by
# a unit after a shorter prefix of it), which keeps "1111…" or "1.1.1…" from taking cubic time.
_NUM = r"\d++(?:[.,]\d++)*+"

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
    rf"(?<!\d)(?<!\d[.,])(?P<lo>{_NUM})(?:\s*(?:-|~|–|đến|den|to|à|a)\s*(?P<hi>{_NUM}))?\s*(?:"
    + "|".join(f"(?P<u{i}>{unit})" for i, (_c, unit, _m) in enumerate(_UNITS)) + ")"
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


MAX_AMOUNTS = 200  # an ad names a few amounts; a text of thousands must not make the overlap checks quadratic


def find_money(text: str, folded: str) -> list[Money]:
    found: list[Money] = []
    taken: list[tuple[int, int]] = []
    for m in _AMOUNT_UNIT.finditer(folded):
        if len(found) >= MAX_AMOUNTS:
            break
        idx = int(m.lastgroup[1:])
        currency, _unit, mult = _UNITS[idx]
        number = _parse_number(m.group("hi") or m.group("lo"), currency)
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
        if len(found) >= MAX_AMOUNTS:
            break
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
    # Mae Sot, the border town facing Myawaddy, is a compound transit point; Thailand as a whole is not.
    "MAE_SOT": ("TH", True, ("mae sot", "메솟", "ម៉ែសត", "湄索", "แม่สอด")),
    "TH": ("TH", False, ("thailand", "thai lan", "태국", "ថៃ", "泰国", "ประเทศไทย")),
    "PH": ("PH", False, ("philippines", "philippine", "manila", "필리핀", "ហ្វីលីពីន", "菲律宾")),
    "MY": ("MY", False, ("malaysia", "ma lai", "말레이시아", "ម៉ាឡេស៊ី", "马来西亚")),
    "VN": ("VN", False, ("viet nam", "vietnam", "베트남", "វៀតណាម", "越南")),
    "KR": ("KR", False, ("han quoc", "korea", "한국", "대한민국", "កូរ៉េ", "韩国")),
    "JP": ("JP", False, ("nhat ban", "japan", "일본", "ជប៉ុន", "日本")),
}


# A country named as the applicant's nationality ("대한민국 국민", "công dân Việt Nam" is before, see below) is an
# eligibility line, not a workplace.
_NATIONALITY = re.compile(r"\s*(?:국민|국적|시민|여권\s*소지자|citizens?|nationals?|nationality|passport holders?|"
                          r"ពលរដ្ឋ|សញ្ជាតិ|公民|国籍)")


def _place_pattern(spelling: str) -> str:
    esc = re.escape(spelling).replace(r"\ ", r"\s*")
    if spelling.isascii():
        return rf"(?<![a-z0-9]){esc}(?![a-z0-9])"
    return esc


_PLACE_RE = re.compile(  # the reference semantics; find_places gives the same matches faster (tests compare)
    "|".join(
        f"(?P<{key}_{i}>{_place_pattern(s)})"
        for key, (_c, _h, spellings) in PLACES.items()
        for i, s in enumerate(sorted(spellings, key=len, reverse=True))
    )
)
# The same alternatives one by one, in the alternation's order: (key, its first word, its pattern). Python's re
# tries a 150-way alternation at every position (about 3 ms a text, the rules' largest cost); C-speed str.find of
# each spelling's first word, then its own pattern where it occurs, is ~30x faster and gives the same matches.
_PLACE_ALTS = tuple(
    (key, s.split(" ")[0], re.compile(_place_pattern(s)))
    for key, (_c, _h, spellings) in PLACES.items()
    for s in sorted(spellings, key=len, reverse=True)
)


def _place_matches(folded: str) -> list[tuple[str, int, int]]:
    """(key, start, end) as _PLACE_RE.finditer finds them: leftmost first, the earliest alternative at a position,
    no overlaps."""
    cands: list[tuple[int, int, int, str]] = []  # (start, alternative's rank, end, key)
    for rank, (key, head, rx) in enumerate(_PLACE_ALTS):
        pos = folded.find(head)
        while pos != -1:
            m = rx.match(folded, pos)
            if m and m.end() > pos:
                cands.append((pos, rank, m.end(), key))
            pos = folded.find(head, pos + 1)
    cands.sort()
    out, taken = [], 0
    for start, _rank, end, key in cands:
        if start >= taken:
            out.append((key, start, end))
            taken = end
    return out


# "Grand Twins International (Cambodia) PLC", "Kyungshin (Cambodia) Corp.": the country in a company's name
_COMPANY_SUFFIX = re.compile(r"\)\s*(?:plc|co\b|co\.|corp|ltd|limited|inc\b|llc|company|group|bank)")


def find_places(text: str, folded: str) -> list[Place]:
    out = []
    for key, start, end in _place_matches(folded):
        if not khmer_match_ok(folded, start, end) or _NATIONALITY.match(folded, end):
            continue  # inside a longer Khmer word; "대한민국 국민", "Vietnamese citizens": who may apply, not where
        if folded[start - 1:start] == "(" and _COMPANY_SUFFIX.match(folded, end):
            continue  # part of a company's registered name, not where the work is
        country, hotspot, _ = PLACES[key]
        out.append(Place(key, country, hotspot, (start, end), text[start:end]))
    return out


# Chat channels named in the ad (not the contact itself).
CHANNELS = {
    "telegram": r"telegram|tele(?![a-z])|tele:|tlg|tg:|t\.me/|te le|텔레그램|텔레|텔그|តេឡេក្រាម|តេលេក្រាម|飞机|纸飞机|電報|电报",
    "zalo": r"zalo|za lo|za\.lo|zl:|잘로|ហ្សាឡូ",
    "kakaotalk": r"kakao|카톡|카카오톡|카카오|오픈채팅|오픈톡|open\.kakao",
    "whatsapp": r"whatsapp|whats app|wa\.me/|wsp|왓츠앱|왓츠|វ៉ាត់សាប|វ៉ាតសាប",
    "line": r"line id|line:|line\.me/|라인 아이디|라인id|ឡាញ",
    "wechat": r"wechat|we chat|微信|vx|v信|威信|위챗",
    "facebook": r"facebook|fanpage|messenger|inbox|(?<![a-z])ib(?![a-z])|(?<![a-z])fb(?![a-z])|페이스북|페북|ហ្វេសប៊ុក|ផេក|脸书",
    "signal": r"signal app|시그널",
}
_CHANNEL_RE = re.compile("|".join(f"(?P<{k}>{v})" for k, v in CHANNELS.items()))

_URL = re.compile(
    r"(?:https?://|www\.)[^\s<>\"')\]]+|(?<![\w@.-])(?:[a-z0-9-]++\.)+(?:com|me|net|org|vn|kh|kr|io|ly|cc|link|info|xyz|top|site|online|shop|vip|app|co)(?:/[^\s<>\"')\]]*)?",
    re.I,
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]++@[\w-]++(?:\.[\w-]++)+")  # possessive, from a word start: linear
# "name [at] gmail [dot] com", "name(at)gmail.com": the written-out forms that dodge e-mail filters
_EMAIL_WORDS = re.compile(r"(?<![\w.+-])([\w.+-]{2,64})\s*(?:\[at\]|\(at\)|\{at\})\s*([\w-]{2,63})\s*"
                          r"(?:\[dot\]|\(dot\)|\{dot\}|\.)\s*([a-z]{2,6})(?![\w])", re.I)
_HANDLE = re.compile(r"(?<![\w@.])@([a-z][a-z0-9_]{3,31})", re.I)
_PHONE_REGION = {"vi": "VN", "ko": "KR", "km": "KH", "th": "TH", "zh": "CN", "en": None}
_REGIONS = ("VN", "KR", "KH", "TH", "CN", "PH", "MY", "LA", "MM")
# Links that name an account of a chat app: the account is a contact of its own.
_TG_LINK = re.compile(r"(?:^|//|(?<![\w.]))(?:www\.)?(?:t|telegram)\.(?:me|dog)/(?:s/)?([a-z][a-z0-9_]{3,31})(?![\w])",
                      re.I)
_WA_LINK = re.compile(r"(?:wa\.me/|api\.whatsapp\.com/send\?phone=)\+?(\d{8,15})", re.I)
_ZALO_LINK = re.compile(r"zalo\.me/(\+?\d{9,15})(?!\d)", re.I)
_LINE_LINK = re.compile(r"line\.me/(?:r/)?ti/p/(~?@?)([a-z0-9_.\-]{3,32})", re.I)
_TG_RESERVED = {"joinchat", "share", "addstickers", "proxy", "socks", "iv", "setlanguage", "c", "s"}

# App ids written without "@": "카톡 아이디 abc123", "Line ID: abc", "ID Kakao: abc", "tele: abc_123", "微信: abc".
_APP_KEYWORDS = {
    "kakaotalk": (r"kakao\s*talk|kakaotalk|kakao|katalk|카카오톡|카카오|카톡|캌톡", True),
    "line": (r"line|라인|ឡាញ", False),
    "wechat": (r"wechat|we\s*chat|weixin|微信|vx|위챗", True),
    "telegram": (r"telegram|tele|tg|텔레그램|텔레|텔그|តេឡេក្រាម|តេលេក្រាម", True),
}
_ID_WORD = r"(?:id|i\.d|아이디|아디|អាយឌី)"


def _keyword_alternatives(kw: str) -> str:
    return "|".join(rf"(?<![a-z0-9]){k}(?![a-z])" if k.isascii() else k for k in kw.split("|"))


_APP_ID = re.compile(
    "|".join(
        rf"(?P<{app}>(?P<{app}_pre>(?<![a-z]){_ID_WORD}\s*[:：]?\s*)?(?P<{app}_kw>{_keyword_alternatives(kw)})"
        rf"(?P<{app}_mark>\s*{_ID_WORD}\s*[:：=\-]?\s*|\s*[:：=\-]\s*|\s*(?=@)|\s+))"
        rf"(?P<{app}_at>@)?(?P<{app}_id>[a-z0-9][a-z0-9_.\-]{{2,31}})"
        for app, (kw, _loose) in _APP_KEYWORDS.items()
    )
)
_ID_STOPWORDS = {"inbox", "chat", "now", "only", "group", "nhom", "app", "account", "acc", "contact", "lien", "the",
                 "and", "for", "with", "here", "below", "link", "open", "free", "hoac", "hay", "voi", "cho", "ngay",
                 "call", "text", "message", "nhan", "tin", "zalo", "telegram", "kakao", "line", "wechat", "whatsapp",
                 "viber", "facebook", "messenger", "phone", "tel", "sdt", "hotline", "email", "mail", "work", "job",
                 "jobs", "official", "quoc", "han", "korea", "viet", "nam", "cam", "chia", "campuchia", "please"}

# Phone numbers. Scanned on a "phone view" of the text, one character for one: dashes of other scripts (the Hangul
# vowel ㅡ is a popular one) become "-", and a letter O or l standing between digits becomes the digit it mimics.
_PHONE_SEPS = str.maketrans({"ㅡ": "-", "–": "-", "—": "-", "‐": "-", "−": "-", "·": ".", "•": ".", "_": " ",
                             "/": "/", "\u3000": " "})
_DIGIT_RUN = re.compile(r"\+?\d+")
_JOIN_GAP = re.compile(r"[ .\-()/~]{0,3}")
_THOUSANDS = re.compile(r"\d{1,3}(?:[.,]\d{3})+")

# Numbers written in words: "không chín một hai...", "공일공 일이삼사...", "សូន្យ ប្រាំបួន...", "zero nine one...".
_NUMBER_WORDS = {
    # folded Vietnamese
    "khong": "0", "mot": "1", "hai": "2", "ba": "3", "bon": "4", "tu": "4", "nam": "5", "lam": "5", "sau": "6",
    "bay": "7", "bey": "7", "tam": "8", "chin": "9", "linh": "0",
    # English
    "zero": "0", "oh": "0", "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9",
    # Sino-Korean (phone numbers are read this way)
    "공": "0", "영": "0", "일": "1", "이": "2", "삼": "3", "사": "4", "오": "5", "육": "6", "륙": "6", "칠": "7",
    "팔": "8", "구": "9",
    # Khmer (six to nine are five-and-one ... five-and-four)
    "សូន្យ": "0", "មួយ": "1", "ពីរ": "2", "បី": "3", "បួន": "4", "ប្រាំ": "5", "ប្រាំមួយ": "6", "ប្រាំពីរ": "7",
    "ប្រាំបី": "8", "ប្រាំបួន": "9",
    # Chinese
    "零": "0", "〇": "0", "一": "1", "幺": "1", "二": "2", "两": "2", "三": "3", "四": "4", "五": "5", "六": "6",
    "七": "7", "八": "8", "九": "9",
}
_WORD_TOKEN = "|".join(
    rf"(?<![a-z]){re.escape(w)}(?![a-z])" if w.isascii() else re.escape(w)
    for w in sorted(_NUMBER_WORDS, key=len, reverse=True)
) + r"|\d"
_WORD_RUN = re.compile(rf"(?:{_WORD_TOKEN})(?:[\s.,\-]*(?:{_WORD_TOKEN})){{6,}}")
_WORD_TOKEN_RE = re.compile(_WORD_TOKEN)


_CALLING_CODES = ("84", "82", "855", "66", "86", "63", "60", "856", "95")


def _phone(raw: str, lang: str) -> str | None:
    """E.164 of a written number, or None. Without "+" a number must start with the trunk 0, a calling code of the
    region, or be a Chinese mobile: an 8-digit run like 12345678 is not taken for a number to call."""
    digits = re.sub(r"\D", "", raw)
    if not 8 <= len(digits) <= 15:
        return None
    raw = raw.strip()
    if raw.startswith("00"):
        raw = "+" + raw[2:]
    if raw.startswith("+"):
        attempts = [(raw, None)]
    elif digits.startswith("0"):
        attempts = [(raw, r) for r in dict.fromkeys([_PHONE_REGION.get(lang), *_REGIONS]) if r]
    else:
        attempts = [("+" + digits, None)] if digits.startswith(_CALLING_CODES) else []
        if re.fullmatch(r"1[3-9]\d{9}", digits):
            attempts.append((digits, "CN"))
    for number, region in attempts:
        try:
            num = phonenumbers.parse(number, region)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.is_valid_number(num):
            return phonenumbers.format_number(num, phonenumbers.PhoneNumberFormat.E164)
    return None


def find_channels(text: str, folded: str) -> list[Contact]:
    return [Contact(m.lastgroup, m.lastgroup, m.span(), text[m.start() : m.end()]) for m in _CHANNEL_RE.finditer(folded)
            if khmer_match_ok(folded, *m.span())]


_APPS = ("telegram", "zalo", "kakaotalk", "whatsapp", "line", "wechat")


def _app_near(start: int, end: int, channels: list[Contact], text: str) -> str | None:
    """The chat app named just before a contact on the same line ("Zalo: 0912..."), or just after it."""
    before = [c for c in channels if c.kind in _APPS and c.span[1] <= start and start - c.span[1] <= 25
              and "\n" not in text[c.span[1] : start]]
    if before:
        return max(before, key=lambda c: c.span[1]).kind
    after = [c for c in channels if c.kind in _APPS and c.span[0] >= end and c.span[0] - end <= 8
             and "\n" not in text[end : c.span[0]]]
    return min(after, key=lambda c: c.span[0]).kind if after else None


def _phone_view(text: str) -> str:
    chars = list(text.translate(_PHONE_SEPS))
    for i, ch in enumerate(chars):
        if ch in "oOlI":
            prev = chars[i - 1] if i else " "
            nxt = chars[i + 1] if i + 1 < len(chars) else " "
            if (prev.isdigit() or nxt.isdigit()) and not prev.isalpha() and not nxt.isalpha():
                chars[i] = "0" if ch in "oO" else "1"
    return "".join(chars)


def _ascii_alnum(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


MAX_PHONE_TRIES = 400  # a real ad has a few numbers; junk made of digit groups must not cost seconds


def find_phones(text: str, lang: str, taken: list[tuple[int, int]] = ()) -> list[tuple[str, int, int]]:
    """(E.164, start, end) of the phone numbers in `text`: spaced, dotted, dashed, with a country code or without,
    letters for digits; digit groups are joined into the longest valid number, so two numbers side by side stay two."""
    view = _phone_view(text)
    if taken:  # spans already read as something else (money): one byte per character, so a megabyte of digit
        # groups is filtered in C, not by comparing every group with every span
        mark = bytearray(len(view) + 1)
        for s, e in taken:
            mark[s:e] = b"\x01" * (e - s)
        groups = [m for m in _DIGIT_RUN.finditer(view) if mark.find(1, m.start(), m.end()) == -1]
    else:
        groups = list(_DIGIT_RUN.finditer(view))
    out = []
    i = 0
    tries = 0  # libphonenumber calls: bounded, so that a text of 20,000 digits in groups stays fast
    while i < len(groups) and tries < MAX_PHONE_TRIES:
        first = groups[i]
        if first.start() > 0 and (_ascii_alnum(view[first.start() - 1]) or view[first.start() - 1] in "+.,"):
            i += 1
            continue
        best = None
        digits = 0
        for j in range(i, min(i + 15, len(groups))):
            if j > i and not _JOIN_GAP.fullmatch(view[groups[j - 1].end() : groups[j].start()]):
                break
            digits += len(groups[j].group(0).lstrip("+"))
            if digits > 15:
                break
            end = groups[j].end()
            if digits < 8 or (end < len(view) and (_ascii_alnum(view[end]) or view[end] in "%$")):
                continue
            raw = view[first.start() : end]
            if _THOUSANDS.fullmatch(raw) and not raw.startswith("0"):
                continue  # 12.000.000 is an amount, not a number to call
            tries += 1
            e164 = _phone(raw, lang)
            if e164:
                best = (e164, first.start(), end, j)
        if best:
            out.append(best[:3])
            i = best[3] + 1
        else:
            i += 1
    return out


def _word_phones(text: str, folded: str, lang: str, taken: list[tuple[int, int]]) -> list[tuple[str, int, int]]:
    out = []
    for m in _WORD_RUN.finditer(folded):
        if any(s < m.end() and m.start() < e for s, e in taken):
            continue
        tokens = _WORD_TOKEN_RE.findall(m.group(0))
        if all(t.isdigit() for t in tokens):
            continue  # plain digits: find_phones has them
        e164 = _phone("".join(_NUMBER_WORDS.get(t, t) for t in tokens), lang)
        if e164:
            out.append((e164, m.start(), m.end()))
    return out


def _app_ids(text: str, folded: str) -> list[Contact]:
    out = []
    for m in _APP_ID.finditer(folded):
        app = next(a for a in _APP_KEYWORDS if m.group(a) is not None)
        if not khmer_match_ok(folded, *m.span(f"{app}_kw")):
            continue
        ident = m.group(f"{app}_id").rstrip(".-")
        mark = m.group(f"{app}_mark")
        marked = bool(m.group(f"{app}_at") or mark.strip() or m.group(f"{app}_pre"))
        latin_keyword = m.group(f"{app}_kw").isascii()
        if ident in _ID_STOPWORDS or ident.replace(".", "").replace("-", "").isdigit() or len(ident) < 3:
            continue
        if latin_keyword and not marked:
            continue  # "line up", "tele sale": a Latin app name needs "id", ":" or "@" before the id
        start = m.start(f"{app}_id")
        span = (start, start + len(ident))
        if app == "telegram":
            if not re.fullmatch(r"[a-z][a-z0-9_]{4,31}", ident):
                continue
            out.append(Contact("handle", "@" + ident, span, text[span[0] : span[1]], "telegram"))
        else:
            value = ("@" + ident) if (app == "line" and m.group(f"{app}_at")) else ident
            out.append(Contact(app, value, span, text[span[0] : span[1]], app))
    return out


def find_contacts(text: str, folded: str, lang: str, money: list[Money] = (),
                  channels: list[Contact] | None = None) -> list[Contact]:
    """Phone numbers (E.164), @handles, links, e-mail addresses and chat-app ids, each with the app the ad names
    for it. Obfuscated forms count: spaced or dotted digits, letters for digits, numbers in words, "[at]"."""
    channels = find_channels(text, folded) if channels is None else channels
    out: list[Contact] = []
    taken: list[tuple[int, int]] = [m.span for m in money]

    def app_of(start: int, end: int) -> str | None:
        return _app_near(start, end, channels, text)

    for m in _EMAIL.finditer(text):
        out.append(Contact("email", m.group(0).lower(), m.span(), m.group(0)))
        taken.append(m.span())
    for m in _EMAIL_WORDS.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        out.append(Contact("email", f"{m.group(1)}@{m.group(2)}.{m.group(3)}".lower(), m.span(), m.group(0)))
        taken.append(m.span())
    for m in _URL.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        url = m.group(0).rstrip(".,;:!?")
        span = (m.start(), m.start() + len(url))
        link_app = None
        if (tg := _TG_LINK.search(url)) and tg.group(1).lower() not in _TG_RESERVED:
            link_app = "telegram"
            out.append(Contact("handle", "@" + tg.group(1).lower(), span, url, "telegram"))
        elif wa := _WA_LINK.search(url):
            link_app = "whatsapp"
            if e164 := _phone("+" + wa.group(1), lang):
                out.append(Contact("phone", e164, span, url, "whatsapp"))
        elif zl := _ZALO_LINK.search(url):
            link_app = "zalo"
            if e164 := _phone(zl.group(1), "vi"):
                out.append(Contact("phone", e164, span, url, "zalo"))
        elif ln := _LINE_LINK.search(url):
            link_app = "line"
            out.append(Contact("line", ("@" if "@" in ln.group(1) else "") + ln.group(2).lower(), span, url, "line"))
        elif "kakao" in url.lower():
            link_app = "kakaotalk"
        out.append(Contact("link", url.lower(), span, url, link_app))
        taken.append(span)
    for m in _HANDLE.finditer(text):
        if any(s <= m.start() < e for s, e in taken):
            continue
        app = app_of(*m.span())
        name = m.group(1).lower()
        if app == "line":  # LINE official accounts are written with their "@"
            out.append(Contact("line", "@" + name, m.span(), m.group(0), app))
        elif app in ("kakaotalk", "wechat"):
            out.append(Contact(app, name, m.span(), m.group(0), app))
        else:
            out.append(Contact("handle", "@" + name, m.span(), m.group(0), app))
        taken.append(m.span())
    mark = bytearray(len(text) + 1)  # characters already taken, so an overlap check is one C call, not a scan
    for s, e in taken:
        mark[s:e] = b"\x01" * (e - s)
    for c in _app_ids(text, folded):
        if mark.find(1, c.span[0], c.span[1]) != -1:
            continue
        out.append(c)
        taken.append(c.span)
        mark[c.span[0]:c.span[1]] = b"\x01" * (c.span[1] - c.span[0])
    phones = _word_phones(text, folded, lang, taken)
    phones += find_phones(text, lang, taken + [(s, e) for _v, s, e in phones])
    for e164, start, end in sorted(phones, key=lambda p: p[1]):
        out.append(Contact("phone", e164, (start, end), text[start:end], app_of(start, end)))
    seen: set[tuple[str, str]] = set()
    unique = []
    for c in out:
        if (c.kind, c.value) not in seen:
            seen.add((c.kind, c.value))
            unique.append(c)
    return unique


def extract(text: str, lang: str, folded: str | None = None) -> Entities:
    """All entities of a normalized text."""
    folded = fold(text) if folded is None else folded
    money = find_money(text, folded)
    channels = find_channels(text, folded)
    return Entities(
        money=tuple(money),
        places=tuple(find_places(text, folded)),
        channels=tuple(channels),
        contacts=tuple(find_contacts(text, folded, lang, money, channels)),
    )
