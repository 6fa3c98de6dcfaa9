"""Adversarial ads (benchmarks/adversarial.py): the disguises scammers use, applied to the real dev lures
(../shared/data/real/dev.jsonl, read from there) and to a fixed sample of our own lures (data/train), checked with
the rule-based checker. Each transformation may cost at most 5 points of lure recall against the same lures clean,
and recall stays above the floor measured when this test was written (floor = measured - 2 points).

Measured (154 dev + 299 own lures, 2026-11-22), recall clean -> transformed:
split_dots .574 -> .569, split_spaces .576 -> .565, split_dashes .573 -> .571, cyrillic .669 -> .669,
greek .669 -> .669, fullwidth .593 -> .593, emoji_digits .574 -> .570, unaccented_vi .596 -> .596,
zero_width .573 -> .573, mixed_scripts .567 -> .570, leetspeak .706 -> .691, contacts_out .758 -> .753,
caption+forward, parts alone .567 -> .494 (-7.3), as the bot answers (joined, bot/checking/continuation.py) .567 -> .570.
"""
from __future__ import annotations

import pytest

from benchmarks.adversarial import bot_join, dev_rows, measure, own_lures, recall
from classifier import Checker

OWN_SAMPLE = 300
FLOORS = {"split_dots": 0.549, "split_spaces": 0.545, "split_dashes": 0.551, "cyrillic": 0.649, "greek": 0.649,
          "fullwidth": 0.573, "emoji_digits": 0.550, "unaccented_vi": 0.576, "zero_width": 0.553,
          "mixed_scripts": 0.550, "leetspeak": 0.671, "contacts_out": 0.733, "caption_forward_bot": 0.550}
MAX_COST = 0.05


@pytest.fixture(scope="module")
def results(dev_path):
    rows = dev_rows(dev_path) + own_lures(OWN_SAMPLE)
    return measure(Checker(), rows, join=bot_join())


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_each_disguise_costs_at_most_five_points(results, name):
    cell = results[name]
    clean, adv = recall(cell, "clean"), recall(cell, "adv")
    assert cell["n"] >= 50, name  # the transformation did apply to enough lures
    assert clean - adv <= MAX_COST, f"{name}: {clean:.3f} -> {adv:.3f}"
    assert adv >= FLOORS[name], f"{name}: {adv:.3f} < floor {FLOORS[name]}"


def test_an_ad_cut_in_two_needs_the_join(results):
    """Each part alone loses lures; the bot's join of the two parts gives them back."""
    alone, joined = results["caption_forward"], results["caption_forward_bot"]
    assert recall(alone, "adv") < recall(joined, "adv")
    assert recall(joined, "clean") - recall(joined, "adv") <= MAX_COST
