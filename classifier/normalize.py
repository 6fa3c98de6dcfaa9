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
    map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e\u2061\u2062\u2063\u2064\u034f\u17b4\u17b5"), None
)
# Variation selectors and the keycap mark are dropped after keycap digits are resolved.
_VARIATION = dict.fromkeys(range(0xFE00, 0xFE10), None)

# Look-alike letters from Cyrillic and Greek that scammers put inside Latin words.
_HOMOGLYPHS = str.maketrans(
    "аеорсухіјѕԁһӏԛԝАВЕКМНОРСТХІЈЅԌѴαβεικνορτυχΑΒΕΖΗΙΚΜΝΟΡΤΥΧ",
    "aeopcyxijsdhlqwABEKMHOPCTXIJSGVaBeikvopTuxABEZHIKMNOPTYX",
)
_CYR_GREEK = re.compile(r"[\u0370-\u03ff\u0400-\u04ff]")
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
_SPLIT_PUNCT = re.compile(rf"(?<![^\W_]){_LETTER}([.\-_·*•/|] ?)(?:{_LETTER}\1)+{_LETTER}(?![^\W_])")
_SPLIT_SPACE = re.compile(rf"(?<![^\W_])(?:{_LETTER} ){{3,}}{_LETTER}(?![^\W_])")
_SPLIT_SEP = re.compile(r"[\s.\-_·*•/|]")
_SPACES = re.compile(r"[^\S\n]+")
_NEWLINES = re.compile(r"\n{3,}")


def _is_latin_char(ch: str) -> bool:
    o = ord(ch)
    return o < 0x250 or 0x1E00 <= o <= 0x1EFF


def _nfkc_disguises(text: str) -> str:
    out = []
    for ch in text:
        o = ord(ch)
        if any(lo <= o <= hi for lo, hi in _NFKC_RANGES):
            ch = unicodedata.normalize("NFKC", ch)
        out.append(ch)
    return "".join(out)


def _fix_homoglyphs(text: str) -> str:
    """Map Cyrillic/Greek look-alikes to Latin inside words that also hold Latin letters,
    or everywhere when the text is mostly Latin (a Russian ad keeps its letters)."""
    if not _CYR_GREEK.search(text):
        return text
    foreign = len(_CYR_GREEK.findall(text))
    latin = len(_LATIN.findall(text))
    if latin > foreign:
        return text.translate(_HOMOGLYPHS)
    return re.sub(r"\w+", lambda m: m.group(0).translate(_HOMOGLYPHS) if _LATIN.search(m.group(0)) else m.group(0), text)


def _join_split_letters(text: str) -> str:
    text = _SPLIT_PUNCT.sub(lambda m: _SPLIT_SEP.sub("", m.group(0)), text)
    return _SPLIT_SPACE.sub(lambda m: m.group(0).replace(" ", ""), text)


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
    text = _join_split_letters(text)
    text = _SPACES.sub(" ", text)
    text = _NEWLINES.sub("\n\n", text)
    text = "\n".join(line.strip() for line in text.split("\n"))
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


def fold(text: str) -> str:
    """Lower-case and strip Latin diacritics, one character for one: 'Lương' -> 'luong'."""
    return "".join(_fold_char(ch) for ch in text)
