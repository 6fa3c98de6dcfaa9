"""A forward joins its burst once, even when its update comes again (taken over from a killed replica)."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime

from telegram import Chat, Message, User

from bot.shared.state import MemoryState
from bot.telegram.offers import BurstItem, SharedBurstCollector
from bot.telegram.services import Profile


async def test_the_same_forward_twice_joins_the_burst_once():
    flushed: list[list[BurstItem]] = []

    async def flush(_chat_id, items):
        flushed.append(items)

    collector = SharedBurstCollector(MemoryState(), bot=None, flush=flush, quiet=0.05, max_wait=1.0, max_items=50)
    chat, user = Chat(7, "private"), User(7, "A", False)
    profile = Profile(7, None, "en", "user")
    for message_id in (1, 2, 1):  # message 1 comes again
        message = Message(message_id, datetime.now(UTC), chat, from_user=user, text=f"ad {message_id}")
        await collector.put(7, BurstItem(message, f"ad {message_id}", None, profile))
    for _ in range(100):
        if flushed:
            break
        await asyncio.sleep(0.02)
    assert [[i.text for i in items] for items in flushed] == [["ad 1", "ad 2"]]
