"""Undo the tricks scammers use to dodge keyword filters, without damaging Khmer, Hangul or Vietnamese.

`normalize(text)` returns the cleaned text (shown as evidence) and `fold(text)` a lower-case,
accent-free copy of Latin letters used for matching, so that "luong cao" matches "lương cao".
Folding keeps string length (one char in, one char out) so spans found on the folded text
point at the same place in the normalized text.
"""
from __future__ import annotations

import re
import unicodedata

MAX_CHARS = 20_000  # longer input is cut: a real ad is never this long, and it bounds the work

_INVISIBLE = dict.fromkeys(
    map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064\u034f\u17b4\u17b5"
             # direction marks and embeddings/isolates: invisible, and they split words as well as a zero-width space
             "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c"), None
)
# Blank "letters" used as invisible spaces (Hangul fillers, braille blank): a space, not nothing.
_INVISIBLE.update(dict.fromkeys(map(ord, "\u3164\uffa0\u115f\u1160\u2800"), " "))
# Variation selectors and the keycap mark are dropped after keycap digits are resolved.
_VARIATION = dict.fromkeys(range(0xFE00, 0xFE10), None)

# Look-alike letters from Cyrillic and Greek that scammers put inside Latin words.
_HOMOGLYPHS = str.maketrans(
    "аеорсухіјѕԁһӏԛԝкАВЕКМНОРСТХІЈЅԌѴαβεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdhlqwkABEKMHOPCTXIJSGVaBeikvopTuxABEZHIKMNOPTYX",
)
# Greek Extended (U+1F00..): a look-alike alpha or omicron that carries a Vietnamese accent ("ὰ" for "à").
_CYR_GREEK = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u1f00-\u1fff]")
_LOOKALIKE = set("аеорсухіјѕԁһӏԛԝкАВЕКМНОРСТХІЈЅԌѴαβεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")

# Digits of other scripts, written to dodge number filters or simply native (Khmer, Thai...).
_DIGITS = {}
for _base in (0x17E0, 0x0E50, 0x0660, 0x06F0, 0x0966, 0x1040, 0x0ED0, 0xFF10, 0x1D7CE, 0x1D7D8, 0x1D7E2, 0x1D7EC, 0x1D7F6):
    for _i in range(10):
        _DIGITS[_base + _i] = str(_i)
for _i, _cp in enumerate(range(0x2460, 0x2469)):  # ① .. ⑨
    _DIGITS[_cp] = str(_i + 1)
for _i, _cp in enumerate(range(0x2776, 0x277F)):  # ❶ .. ❾
    _DIGITS[_cp] = str(_i + 1)
for _i, _cp in enumerate(range(0x2780, 0x2789)):  # ➀ .. ➈
    _DIGITS[_cp] = str(_i + 1)
for _i, _cp in enumerate(range(0x278A, 0x2793)):  # ➊ .. ➒
    _DIGITS[_cp] = str(_i + 1)
_DIGITS.update({0x24EA: "0", 0x24FF: "0", 0x1F10B: "0", 0x1F10C: "0", 0x1F100: "0"})
_KEYCAP = re.compile("([0-9#*])\ufe0f?\u20e3")

# Ranges whose compatibility forms are only disguises of ASCII: full-width, math letters, circled letters.
# NFKC is NOT applied globally: it would turn Hangul compatibility jamo (ㅋㅋ) into conjoining jamo.
_NFKC_RANGES = ((0xFF01, 0xFF5E), (0x1D400, 0x1D7FF), (0x24B6, 0x24E9), (0x1F130, 0x1F189), (0x2070, 0x209F), (0x3000, 0x3000))

# Single letters separated by dots, dashes, stars or spaces: "l.ư.ơ.n.g", "T e l e g r a m", "z-a-l-o".
_LETTER = r"[^\W\d_]"
# A letter as the reader sees it: a base letter with its combining marks (Vietnamese in NFD, Thai vowels, Khmer
# vowel signs, and Khmer subscript consonants written with the coeng sign U+17D2): "ក្រុ", "ងា".
_MARK = "\u0300-\u036f\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u17b4-\u17d1\u17d3\u17dd"
_CLUSTER = rf"{_LETTER}(?:[{_MARK}]|\u17d2{_LETTER})*"
# Scripts written without spaces between words (and Hangul, whose words are a few syllables): here two split
# letters are already a disguise ("텔.레", "高.薪", "ស្នា.ក់").
_CJK = "\uac00-\ud7a3\u3400-\u4dbf\u4e00-\u9fff\u1780-\u17b3\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46"
_NOSPACE = "\u3400-\u4dbf\u4e00-\u9fff\u1780-\u17b3\u0e01-\u0e30\u0e32\u0e33\u0e40-\u0e46"
_CJK_CLUSTER = rf"[{_CJK}](?:[{_MARK}]|\u17d2{_LETTER})*"
_NOSPACE_CLUSTER = rf"[{_NOSPACE}](?:[{_MARK}]|\u17d2{_LETTER})*"
_BEFORE = rf"(?<![^\W_])(?<![{_MARK}\u17d2])"
_AFTER = rf"(?![^\W_])(?![{_MARK}\u17d2])"
_SPLIT_PUNCT = re.compile(rf"{_BEFORE}{_CLUSTER}([.\-_·*•/|] ?)(?:{_CLUSTER}\1)+{_CLUSTER}{_AFTER}")
_SPLIT_PUNCT_CJK = re.compile(rf"{_BEFORE}{_CJK_CLUSTER}([.\-·*•] ?){_CJK_CLUSTER}{_AFTER}")
_SPLIT_SPACE = re.compile(rf"{_BEFORE}(?:{_CLUSTER} ){{3,}}{_CLUSTER}{_AFTER}")
_SPLIT_SPACE_HANGUL = re.compile(rf"{_BEFORE}(?:[\uac00-\ud7a3] ){{2,}}[\uac00-\ud7a3]{_AFTER}")
# Scripts without spaces: a digit may touch the letters ("1ម៉ោ ង").
_SPLIT_SPACE_NOSPACE = re.compile(
    rf"(?<![^\W\d_])(?<![{_MARK}\u17d2])(?:{_NOSPACE_CLUSTER} )+{_NOSPACE_CLUSTER}(?![^\W\d_])(?![{_MARK}\u17d2])")
# Two Hangul syllables split by a space ("부 업", "여 권을") are joined only when they spell a word of the lure
# vocabulary: "할 수" stays two words.
_SPLIT_SPACE_HANGUL2 = re.compile(r"(?<![\w])([\uac00-\ud7a3]) ([\uac00-\ud7a3])")
_HANGUL_WORDS = frozenset(
    "가능 감금 건당 경력 경험 고객 고액 관리 구매 구인 구직 귀국 근무 급구 급여 긴급 단기 단순 달러 대행 라인 리뷰 마감 "
    "만원 모집 목돈 무관 무료 미션 바로 바벳 번역 보장 부업 비용 비자 빠른 상담 선납 수당 수익 숙소 숙식 쉬운 시급 식사 "
    "아님 안전 알바 업무 없이 여권 여비 연봉 왓츠 월급 위챗 일급 일당 임박 입금 작업 잘로 재택 절대 제공 주급 즉시 지급 "
    "지원 직원 채용 채팅 초보 출국 취업 카톡 캄보 코인 큰돈 타자 태국 텔그 텔레 팀원 페북 편한 하루 학력 합법 해외 게임 "
    "환급 원금 항공 선입 리워 라오 미얀 필리".split())
# Three Latin letters split by spaces are joined only when they spell a word of the lure vocabulary ("c a o"):
# "a b c" stays a list.
_SPLIT_SPACE3 = re.compile(rf"{_BEFORE}{_CLUSTER} {_CLUSTER} {_CLUSTER}{_AFTER}")
_SHORT_WORDS = frozenset(
    "air anh bao bay ben big cam can cao chi coc con cpc ctv cty cuc dat don fee few fly gap hoa job lam lao lua "
    "mae may mkt nam nap nha nhe nop pay phi poi qua rut tai tay thu tim tro tuc uae ung vip app usd tin moi ban "
    "day win".split())
_SPLIT_SEP = re.compile(r"[\s.\-_·*•/|]")
# Links and handles written apart so that filters miss them: "t . me / abc", "t[.]me/abc", "t。me", "@ abc_123".
_LINK_DOT = re.compile(r"(?<=[A-Za-z0-9])\s*(?:\[\.\]|\(\.\)|\[dot\]|\(dot\)|。)\s*(?=[A-Za-z])", re.I)
_CHAT_LINK = re.compile(r"\b(t|wa|zalo|line|open\.kakao)\s+\.\s*(me|com)\s*/\s*|\b(t|wa|zalo|line)\s*\.\s+(me)\s*/\s*", re.I)
_SPACED_HANDLE = re.compile(r"(?<![\w@])(?:@|\(at\)|\[at\])\s+(?=[A-Za-z][A-Za-z0-9_]*[0-9_])", re.I)
_SPACES = re.compile(r"[^\S\n]+")
_NEWLINES = re.compile(r"\n{3,}")


def _is_latin_char(ch: str) -> bool:
    o = ord(ch)
    return o < 0x250 or 0x1E00 <= o <= 0x1EFF


_NFKC_RE = re.compile("[" + "".join(f"{re.escape(chr(lo))}-{re.escape(chr(hi))}" for lo, hi in _NFKC_RANGES) + "]")


def _nfkc_disguises(text: str) -> str:
    return _NFKC_RE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)


def _fix_homoglyphs(text: str) -> str:
    """Map Cyrillic/Greek look-alikes to Latin inside words that also hold Latin letters,
    or everywhere when the text is mostly Latin (a Russian ad keeps its letters)."""
    if not _CYR_GREEK.search(text):
        return text
    text = unicodedata.normalize("NFD", text)  # "ὰ" -> "α" + grave: the look-alike, then its accent
    foreign = _CYR_GREEK.findall(text)
    latin = len(_LATIN.findall(text))
    # Mostly Latin, or every Cyrillic/Greek letter is a look-alike (a real Russian or Greek text uses many others).
    if latin > len(foreign) or (latin and all(ch in _LOOKALIKE for ch in foreign)):
        text = text.translate(_HOMOGLYPHS)
    else:
        text = re.sub(r"\w+", lambda m: m.group(0).translate(_HOMOGLYPHS) if _LATIN.search(m.group(0)) else m.group(0),
                      text)
    return unicodedata.normalize("NFC", text)


def _join_split_letters(text: str) -> str:
    def joined(m: re.Match) -> str:
        return _SPLIT_SEP.sub("", m.group(0))

    def short_word(m: re.Match) -> str:
        word = m.group(0).replace(" ", "")
        return word if fold(word).lower() in _SHORT_WORDS else m.group(0)

    text = _SPLIT_PUNCT.sub(joined, text)
    text = _SPLIT_PUNCT_CJK.sub(joined, text)
    text = _SPLIT_SPACE.sub(joined, text)
    text = _SPLIT_SPACE_HANGUL.sub(joined, text)
    text = _SPLIT_SPACE_NOSPACE.sub(joined, text)
    text = _SPLIT_SPACE_HANGUL2.sub(lambda m: m.group(1) + m.group(2) if m.group(1) + m.group(2) in _HANGUL_WORDS
                                    else m.group(0), text)
    return _SPLIT_SPACE3.sub(short_word, text)


def normalize(text: str) -> str:
    """Clean `text` for matching and quoting. Idempotent."""
    text = text[:MAX_CHARS]
    text = unicodedata.normalize("NFC", text)
    text = text.translate(_INVISIBLE)
    text = _KEYCAP.sub(r"\1", text)
    text = text.translate(_VARIATION)
    text = _nfkc_disguises(text)
    text = text.translate(_DIGITS)
    text = _fix_homoglyphs(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _LINK_DOT.sub(".", text)
    text = _CHAT_LINK.sub(lambda m: f"{m.group(1) or m.group(3)}.{m.group(2) or m.group(4)}/", text)
    text = _SPACED_HANDLE.sub("@", text)
    text = _SPACES.sub(" ", text)  # first: "T  e l e" with a double space is split letters too (idempotence)
    text = _join_split_letters(text)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
    text = _NEWLINES.sub("\n\n", text)  # after stripping: "\n \n\n" is three newlines too (idempotence)
    return unicodedata.normalize("NFC", text.strip())


_FOLD_CACHE: dict[str, str] = {}


def _fold_char(ch: str) -> str:
    cached = _FOLD_CACHE.get(ch)
    if cached is not None:
        return cached
    low = ch.lower()
    if len(low) != 1:
        low = ch
    if _is_latin_char(low):
        if low in "đð":
            out = "d"
        else:
            base = "".join(c for c in unicodedata.normalize("NFD", low) if not unicodedata.combining(c))
            out = base[:1] if base else low
    else:
        out = low
    _FOLD_CACHE[ch] = out
    return out


# Only alphabets with case or Latin accents change when folded: one translate table covers them.
_FOLD_RANGES = ((0x0041, 0x024F), (0x0370, 0x052F), (0x1E00, 0x1FFF), (0x2C60, 0x2C7F), (0xA720, 0xA7FF), (0xFF21, 0xFF3A))
_FOLD_TABLE = {cp: _fold_char(chr(cp)) for lo, hi in _FOLD_RANGES for cp in range(lo, hi + 1)
               if _fold_char(chr(cp)) != chr(cp)}
# Emoji, pictographs, arrows and shapes fold to a space (still one character for one): an emoji glued between two
# words ("việc🔥nhẹ") must not hide the phrase "viec nhe" from the rules.
_EMOJI_RANGES = ((0x2190, 0x21FF), (0x2300, 0x23FF), (0x25A0, 0x27BF), (0x2B00, 0x2BFF), (0x1F000, 0x1FAFF))
_FOLD_TABLE.update({cp: " " for lo, hi in _EMOJI_RANGES for cp in range(lo, hi + 1)})


def fold(text: str) -> str:
    """Lower-case and strip Latin diacritics, one character for one: 'Lương' -> 'luong'."""
    return text.translate(_FOLD_TABLE)


# Leetspeak ("3asy w0rk", "7e1egram", "My@nm4r"): digits and symbols read as the letters they stand for, inside
# runs that also hold Latin letters. Numbers with a unit ("15tr", "50k", "1500usd", "24h") are amounts, not words.
_LEET_RUN = re.compile(r"[a-z0-9@$!|]+")
_LEET = str.maketrans("0345789@$!|", "oeastbgasil")
_AMOUNT_WORD = re.compile(
    r"\$?\d+(?:[.,]\d+)*(?:k|m|tr|trieu|ty|cu|d|h|g|gb|mb|usd|usdt|vnd|am|pm|st|nd|rd|th|x|cm|kg|km|p|s)?\$?")


def leet_views(folded: str) -> list[str]:
    """Extra copies of `folded` (same length) with leetspeak read as letters: "1" as "i", and as "l".
    Empty when nothing in the text looks like leetspeak (the usual case: no extra work)."""
    spans = []
    for m in _LEET_RUN.finditer(folded):
        run = m.group(0)
        if run.isalpha() or not any("a" <= ch <= "z" for ch in run) or _AMOUNT_WORD.fullmatch(run):
            continue
        spans.append(m.span())
    if not spans:
        return []
    views = []
    for one in "il":
        chars = list(folded)
        for start, end in spans:
            run = folded[start:end]
            # Trailing symbols are punctuation ("hurry!", "$"), and a leading "@" is a handle: keep them.
            core_end = len(run.rstrip("!$|"))
            core_start = 1 if run.startswith("@") else 0
            new = run[core_start:core_end].translate(_LEET).replace("1", one)
            chars[start + core_start:start + core_end] = new
        views.append("".join(chars))
    return [v for v in dict.fromkeys(views) if v != folded]
