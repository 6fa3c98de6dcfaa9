"""Secrets never reach a log line: the bot token, the webhook secret, the HMAC key and the database password are
replaced by "[redacted]" in every record, whatever library logged it (an HTTP client's URL holds the token, a driver's
error may hold a connection string). Installed by bot.telegram.app.configure_logging on the root handlers.
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
        message = record.getMessage()
        clean = redact(message, self.secrets)
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text, self.secrets)
        if clean != message:
            record.msg, record.args = clean, None
        return True


def install(settings, logger: logging.Logger | None = None) -> RedactingFilter:
    """Attach the filter to every handler of `logger` (the root logger by default), once."""
    logger = logger or logging.getLogger()
    filt = RedactingFilter(secrets_of(settings))
    for handler in logger.handlers:
        for old in [f for f in handler.filters if isinstance(f, RedactingFilter)]:
            handler.removeFilter(old)
        handler.addFilter(filt)
    return filt
