"""The Telegram bot's pure parts: rate limiter, burst summary, origin line, callback data."""
from __future__ import annotations

import pytest

from bot.answer.replies import TELEGRAM_LIMIT, to_plain
from bot.answer.summary import SummaryEntry, compose_summary, with_origin
from bot.telegram.keyboards import CONSENT_PATTERN, FEEDBACK_PATTERN, REPORT_PATTERN, verdict_keyboard, without
from bot.telegram.ratelimit import Decision, RateLimiter
from classifier import check
from tests.conftest import LEGIT, LURES
from tests.unit.test_replies import foreign_parts


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self):
        return self.now


def test_rate_limiter_window_warns_once_and_recovers():
    clock = Clock()
    limiter = RateLimiter(3, 60, clock=clock)
    assert [limiter.hit(1) for _ in range(3)] == [Decision.OK] * 3
    assert limiter.hit(1) is Decision.WARN
    assert limiter.hit(1) is Decision.QUIET
    assert limiter.hit(2) is Decision.OK  # per user
    assert limiter.hit(1, factor=10) is Decision.OK  # a trusted sender has a higher limit
    clock.now += 61
    assert limiter.hit(1) is Decision.OK  # the window moved on
    assert [limiter.hit(1) for _ in range(2)] == [Decision.OK] * 2
    assert limiter.hit(1) is Decision.WARN  # warned again in a new window
    with pytest.raises(ValueError):
        RateLimiter(0)


def test_rate_limiter_forgets_idle_users():
    clock = Clock()
    limiter = RateLimiter(5, 10, clock=clock)
    for user in range(999):
        limiter.hit(user)
    clock.now += 11
    limiter.hit(5000)  # the 1000th hit sweeps
    assert set(limiter._events) == {5000}


@pytest.mark.parametrize("lang", ["vi", "ko", "km", "en"])
def test_summary_is_one_language_with_one_line_per_ad(lang):
    ads = [*LURES.values(), *LEGIT.values(), "hello there, coffee?"]
    entries = [SummaryEntry(check(ad), ad, "Channel <x> & co") for ad in ads]
    (message,) = compose_summary(entries, lang)
    plain = to_plain(message)
    assert len([line for line in plain.splitlines() if line[:1].isdigit()]) == len(ads)
    assert not foreign_parts(plain, lang), foreign_parts(plain, lang)
    assert "&lt;x&gt; &amp; co" in message


def test_a_huge_summary_is_split_within_the_limit():
    entries = [SummaryEntry(check(LURES["vi"]), LURES["vi"] * 3, "x" * 300) for _ in range(60)]
    messages = compose_summary(entries, "en")
    assert len(messages) > 1 and all(len(m) <= TELEGRAM_LIMIT for m in messages)
    assert sum(m.count("🚨 <b>High risk</b>") for m in messages) == 60


def test_origin_line_goes_above_or_apart():
    assert with_origin(["hello"], None, "en") == ["hello"]
    assert with_origin(["hello"], "Chan", "ko") == ["<i>전달 출처: “Chan”</i>\n\nhello"]
    full = ["x" * 4090]
    assert with_origin(full, "Chan", "en") == ["<i>Forwarded from: “Chan”</i>", "x" * 4090]


def test_callback_data_fits_and_parses():
    markup = verdict_keyboard(10**17, lambda s: s)
    data = [b.callback_data for row in markup.inline_keyboard for b in row]
    assert all(len(d.encode()) <= 64 for d in data)
    assert FEEDBACK_PATTERN.match(data[0]).groups() == ("h", str(10**17))
    assert REPORT_PATTERN.match(data[2]) and CONSENT_PATTERN.match("ry:5") and not FEEDBACK_PATTERN.match("fb:x:1")
    assert [b.callback_data for row in without(markup, "fb:").inline_keyboard for b in row] == [f"rp:{10**17}"]
    assert without(verdict_keyboard(1, lambda s: s, report=False), "fb:") is None
