"""An ad cut in two: a photo caption and a forwarded second part, or one ad pasted as two messages.

Each part alone may look harmless ("Việc nhẹ lương cao 1500$" / "bao vé máy bay, ib tele @abc"). The bot keeps,
in process memory only and for a short time, the last text each chat sent; the next text is checked alone AND
joined to that one. The joined verdict is used only when it is strictly higher than both parts alone: the two
together make the lure, while a lure followed by an unrelated ordinary ad does not taint the second ad.
Nothing of this is stored: the memory forgets a chat after `window` seconds and holds at most `max_chats` chats.
"""
from __future__ import annotations

import dataclasses
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from classifier import Checker, Verdict

RANK = {"low_risk": 0, "suspicious": 1, "high_risk": 2}
JOIN_WINDOW = 90.0  # seconds: a caption and its forwarded second part arrive within moments of each other
MAX_PART = 4096  # characters of the previous part kept (one Telegram message)


def joined_verdict(checker: Checker, previous: str, text: str, verdict: Verdict,
                   previous_level: str | None = None) -> Verdict:
    """The verdict of `text` given the chat's previous part: the joined one when it is higher than both alone."""
    if not previous or verdict.problem is not None:
        return verdict
    if previous_level is None:
        previous_level = checker.check(previous).level
    joined = checker.check(f"{previous}\n{text}")
    if joined.problem is None and RANK[joined.level] > max(RANK[verdict.level], RANK[previous_level]):
        # The record keeps this part's hash: the report button compares it with the message it is under.
        return dataclasses.replace(joined, text_hash=verdict.text_hash,
                                   extras={**joined.extras, "joined_with_previous": True})
    return verdict


@dataclass
class _Part:
    text: str
    level: str
    at: float


class RecentParts:
    """The last checked text of each chat, for `window` seconds (thread-safe; memory only)."""

    def __init__(self, window: float = JOIN_WINDOW, max_chats: int = 10_000,
                 clock: Callable[[], float] = time.monotonic):
        self.window, self.max_chats, self.clock = window, max_chats, clock
        self._parts: OrderedDict[int, _Part] = OrderedDict()
        self._lock = threading.Lock()

    def previous(self, chat_id: int) -> _Part | None:
        with self._lock:
            part = self._parts.get(chat_id)
            if part is None or self.clock() - part.at > self.window:
                return None
            return part

    def remember(self, chat_id: int, text: str, level: str) -> None:
        with self._lock:
            self._parts.pop(chat_id, None)
            self._parts[chat_id] = _Part(text[:MAX_PART], level, self.clock())
            while len(self._parts) > self.max_chats:
                self._parts.popitem(last=False)

    def forget(self, chat_id: int) -> None:
        with self._lock:
            self._parts.pop(chat_id, None)

    def check(self, checker: Checker, chat_id: int, text: str, verdict: Verdict) -> Verdict:
        """`verdict` (of `text` alone), or the joined verdict; then remembers `text` as the chat's last part."""
        prev = self.previous(chat_id)
        result = verdict
        if prev is not None and verdict.problem is None:
            result = joined_verdict(checker, prev.text, text, verdict, prev.level)
        if verdict.problem is None:
            self.remember(chat_id, text, verdict.level)
        return result
