"""Khmer keyword boundaries: Khmer has no spaces between words, so a keyword can sit inside a longer word
("ឡាញ", LINE, inside "អនឡាញ", online). A Khmer match counts only when

1. it starts and ends on a grapheme-cluster boundary (not after a coeng or before a dependent vowel, sign or coeng:
   "ថៃ" must not match the first letters of a stacked cluster), and
2. it is not part of a known longer word that contains it (CONTAINING_WORDS: the words a real Khmer segmenter would
   keep whole; tested in tests/unit/test_signals_fixes.py).

Latin, Hangul and Han matches are not touched.
"""
from __future__ import annotations

import re

_KHMER = re.compile(r"[\u1780-\u17ff]")
# Dependent vowels, signs and the coeng (U+17B6..U+17D3) and U+17DD attach to the consonant before them.
_COMBINING = re.compile(r"[\u17b6-\u17d3\u17dd]")
COENG = "\u17d2"

# keyword -> longer words that contain it and mean something else.
CONTAINING_WORDS: dict[str, tuple[str, ...]] = {
    "ឡាញ": ("អនឡាញ", "អុនឡាញ", "អ៊ុនឡាញ", "អនលាញ", "អនឡាញន៍"),  # LINE inside "online"
    "ឡាវ": ("ឡាវឡាវ",),
    "ថៃ": ("ថៃឡង់",),
    "ផេក": ("ផេកខ្លួនឯង",),
}


def has_khmer(s: str) -> bool:
    return _KHMER.search(s) is not None


def on_cluster_boundaries(text: str, start: int, end: int) -> bool:
    if start > 0 and (text[start - 1] == COENG or _COMBINING.match(text[start] if start < len(text) else "")):
        return False
    return not (end < len(text) and _COMBINING.match(text[end]))


def inside_longer_word(text: str, start: int, end: int) -> bool:
    kw = text[start:end]
    for word in CONTAINING_WORDS.get(kw, ()):
        at = word.find(kw)
        while at >= 0:
            s = start - at
            if s >= 0 and text[s : s + len(word)] == word:
                return True
            at = word.find(kw, at + 1)
    return False


def khmer_match_ok(text: str, start: int, end: int) -> bool:
    """True for any non-Khmer match; for a Khmer one, True only on cluster boundaries and not inside a longer word."""
    if start >= end or not has_khmer(text[start:end]):
        return True
    return on_cluster_boundaries(text, start, end) and not inside_longer_word(text, start, end)
