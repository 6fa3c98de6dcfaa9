"""Secrets never reach a log line: the bot token, the webhook secret, the HMAC key and the database password are
replaced by "[redacted]" in every record, whatever library logged it (an HTTP client's URL holds the token, a driver's
error may hold a connection string). Installed by bot.telegram.app.configure_logging on the root handlers, and by
`lurecheck serve` on uvicorn's own loggers and handlers (they do not propagate to the root).
"""
from __future__ import annotations

import logging
from collections.abc import Iterable

from sqlalchemy.engine import make_url

MASK = "[redacted]"
_MIN_LEN = 6  # shorter values would mask ordinary words


def secrets_of(settings) -> list[str]:
    """The secret strings in the settings, longest first (a token's secret part is masked on its own too)."""
    out: list[str] = []
    token = getattr(settings, "telegram_token", None)
    if token:
        out += [token, token.split(":", 1)[-1]]
    for name in ("telegram_webhook_secret", "hmac_secret"):
        value = getattr(settings, name, None)
        if value:
            out.append(value)
    url = getattr(settings, "database_url", None)
    if url:
        try:
            password = make_url(url).password
        except Exception:  # not a URL SQLAlchemy can read: nothing to take from it
            password = None
        if password:
            out.append(str(password))
    return sorted({s for s in out if len(s) >= _MIN_LEN}, key=len, reverse=True)


def redact(text: str, secrets: Iterable[str]) -> str:
    for s in secrets:
        if s in text:
            text = text.replace(s, MASK)
    return text


class RedactingFilter(logging.Filter):
    def __init__(self, secrets: Iterable[str]):
        super().__init__("lurecheck-redact")
        self.secrets = list(secrets)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self.secrets:
            return True
        if isinstance(record.args, tuple):  # masked argument by argument: formatters that read the args (uvicorn's
            # access lines) keep working
            record.args = tuple(redact(a, self.secrets) if isinstance(a, str) else a for a in record.args)
        message = record.getMessage()
        clean = redact(message, self.secrets)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secrets)
        if clean != message:
            record.msg, record.args = clean, None
        return True


# Loggers whose records do not reach the root handlers: uvicorn configures its own handlers (propagate=False) when its
# Config is created, so the filter goes on those too, after that (bot.telegram.webhook.serve).
UVICORN_LOGGERS = ("uvicorn", "uvicorn.error", "uvicorn.access")


def install(settings, logger: logging.Logger | None = None, *, also: Iterable[str] = ()) -> RedactingFilter:
    """Attach the filter to every handler of `logger` (the root logger by default) and of the loggers named in
    `also` (and to those loggers themselves, for a handler added later), once each."""
    filt = RedactingFilter(secrets_of(settings))
    targets = [logger or logging.getLogger(), *(logging.getLogger(name) for name in also)]
    for target in targets:
        for filterer in [*target.handlers, *([target] if target is not targets[0] else [])]:
            for old in [f for f in filterer.filters if isinstance(f, RedactingFilter)]:
                filterer.removeFilter(old)
            filterer.addFilter(filt)
    return filt
