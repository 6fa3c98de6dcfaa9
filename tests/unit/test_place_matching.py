"""find_places matches with C-speed str.find and per-spelling patterns (classifier/entities.py): the matches must be
exactly those of the one big alternation it replaced (leftmost first, the earliest alternative, no overlaps)."""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from classifier import entities

SPELLINGS = sorted({s for _c, _h, sps in entities.PLACES.values() for s in sps})
PIECES = SPELLINGS + [" ", "  ", "\n", "x", "1", "chia", "cam", "កម្ពុជា", "អនឡាញ", "국민", " citizens", "ប"]


def reference(folded: str) -> list[tuple[str, int, int]]:
    return [(m.lastgroup.rsplit("_", 1)[0], *m.span()) for m in entities._PLACE_RE.finditer(folded)]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=12))
def test_same_matches_as_the_alternation(parts):
    text = "".join(parts)
    assert entities._place_matches(text) == reference(text)


def test_overlapping_and_spaced_spellings():
    for text in ("phnom  penh", "phnompenh campuchia", "cam pu chia", "kk park sihanoukville", "mae sot thai lan",
                 "đi lào", "sang lao lam viec", "ban ma lai", "bavet ba vet poipet", "캄보디아 프놈펜 대한민국 국민"):
        assert entities._place_matches(text) == reference(text), text
