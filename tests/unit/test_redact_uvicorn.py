"""Issue 13.14: uvicorn's own loggers (their handlers do not propagate to the root) are redacted too."""
from __future__ import annotations

import dataclasses
import io
import logging

from starlette.applications import Starlette

from bot import redact
from bot.config import Settings
from bot.telegram.webhook import uvicorn_server

TOKEN = "123456:AAE-uvicorn-secret-token-xyz"
HOOK_SECRET = "hook-secret-for-uvicorn"


def test_uvicorn_loggers_are_redacted():
    settings = dataclasses.replace(Settings.from_env(), telegram_token=TOKEN, telegram_webhook_secret=HOOK_SECRET)
    uvicorn_server(settings, Starlette(), "127.0.0.1", 0)  # its Config sets up uvicorn's handlers
    out = io.StringIO()
    handlers = [h for name in redact.UVICORN_LOGGERS for h in logging.getLogger(name).handlers]
    assert handlers and not any(logging.getLogger(n).propagate for n in ("uvicorn", "uvicorn.access"))
    for h in handlers:
        h.setStream(out)
    logging.getLogger("uvicorn.error").error("startup failed for %s", TOKEN)
    logging.getLogger("uvicorn").warning("secret %s seen", HOOK_SECRET)
    logging.getLogger("uvicorn.access").info('%s - "%s %s HTTP/%s" %d', "10.0.0.1:5000", "POST",
                                             f"/bot{TOKEN}/hook?s={HOOK_SECRET}", "1.1", 200)
    text = out.getvalue()
    assert TOKEN not in text and TOKEN.split(":")[1] not in text and HOOK_SECRET not in text, text
    assert text.count(redact.MASK) >= 4
    assert '"POST /bot[redacted]/hook?s=[redacted] HTTP/1.1" 200' in text  # the access line still formats
