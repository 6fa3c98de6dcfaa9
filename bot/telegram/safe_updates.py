"""One update this version cannot read must not stop the bot.

python-telegram-bot parses a whole getUpdates answer at once: one update it cannot read (a field a newer Bot API
added or dropped, a malformed object) makes it log the raw batch (users' messages included) and fetch the same batch
again, forever. Here every update of the answer is read on its own first; one that fails is replaced by an empty
update with the same id (so the offset moves on and no handler answers it) and logged by its id only.
The webhook route does the same for a single update (bot/telegram/webhook.py).
"""
from __future__ import annotations

import json
import logging

from telegram import Update
from telegram.request import HTTPXRequest

log = logging.getLogger(__name__)


def readable(data: dict) -> bool:
    try:
        Update.de_json(json.loads(json.dumps(data)), None)
    except Exception:
        return False
    return True


def sanitize(payload: bytes) -> bytes:
    """The getUpdates answer with each unreadable update emptied; unchanged when all of them read."""
    try:
        body = json.loads(payload)
    except ValueError:
        return payload
    result = body.get("result") if isinstance(body, dict) else None
    if not isinstance(result, list):
        return payload
    clean, changed = [], False
    for item in result:
        if isinstance(item, dict) and readable(item):
            clean.append(item)
            continue
        changed = True
        update_id = item.get("update_id") if isinstance(item, dict) else None
        if isinstance(update_id, int):
            log.warning("update %s could not be read: skipped", update_id)
            clean.append({"update_id": update_id})
        else:
            log.warning("an update without an id was dropped")
    if not changed:
        return payload
    return json.dumps({**body, "result": clean}).encode()


class SafeUpdatesRequest(HTTPXRequest):
    """The request object for getUpdates (one connection, as PTB's own), with sanitize() on its answers."""

    def __init__(self, **kwargs):
        kwargs.setdefault("connection_pool_size", 1)
        super().__init__(**kwargs)

    async def do_request(self, url: str, method: str, *args, **kwargs) -> tuple[int, bytes]:
        code, payload = await super().do_request(url, method, *args, **kwargs)
        if code == 200 and url.endswith("/getUpdates"):
            payload = sanitize(payload)
        return code, payload
