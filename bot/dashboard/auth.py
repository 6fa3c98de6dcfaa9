"""Who is at the dashboard: Telegram Mini App initData, one-time login links, the session cookie and CSRF tokens.

Plain functions, no Telegram library and no web framework: the routes (bot/dashboard/app.py) call them.

- initData (https://core.telegram.org/bots/webapps#validating-data-received-via-the-mini-app): the data-check-string
  is every field but `hash`, as `key=value` lines sorted by key; secret_key = HMAC_SHA256(key="WebAppData",
  msg=bot_token); the hash is hex(HMAC_SHA256(secret_key, data_check_string)). Refused when `auth_date` is more than
  an hour old (or in the future).
- Links, sessions and CSRF tokens are signed with a key derived from the store's HMAC key (the one every replica
  shares, never in the database): a link is `payload.signature`, payload = base64url(JSON {u, n, e}); its nonce is
  spent in the database (bot/storage/login_nonces.py), so a link works once, on whichever replica.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import time
from dataclasses import dataclass
from urllib.parse import parse_qsl

INIT_DATA_MAX_AGE = 3600  # seconds: auth_date no older than one hour
LINK_TTL = 600  # a login link expires after 10 minutes
SESSION_TTL = 8 * 3600  # a browser session opened by a link
CLOCK_SKEW = 60  # seconds a Telegram timestamp may be ahead of our clock


class AuthError(Exception):
    """Refused: a forged, expired, reused or malformed credential. The message is for logs, never for users."""


def derive_key(store_secret: bytes) -> bytes:
    return hmac.new(store_secret, b"lurecheck-dashboard-v1", hashlib.sha256).digest()


# ---------------------------------------------------------------- Telegram Mini App initData
@dataclass(frozen=True)
class WebAppUser:
    user_id: int
    language_code: str | None
    auth_date: int


def sign_init_data(fields: dict[str, str], bot_token: str) -> str:
    """The initData query string Telegram would send for `fields` (for tests and the docs' screenshots)."""
    check = "\n".join(f"{k}={v}" for k, v in sorted(fields.items()))
    secret = hmac.new(b"WebAppData", bot_token.encode(), hashlib.sha256).digest()
    digest = hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()
    from urllib.parse import urlencode

    return urlencode({**fields, "hash": digest})


def validate_init_data(init_data: str, bot_token: str, now: float | None = None,
                       max_age: int = INIT_DATA_MAX_AGE) -> WebAppUser:
    """The user of a Mini App's initData, or AuthError."""
    if not init_data or not bot_token or len(init_data) > 8192:
        raise AuthError("no initData")
    try:
        pairs = parse_qsl(init_data, keep_blank_values=True, strict_parsing=True)
    except ValueError:
        raise AuthError("initData is not a query string") from None
    fields = dict(pairs)
    if len(fields) != len(pairs):
        raise AuthError("a field appears twice")
    given = fields.pop("hash", "")
    check = "\n".join(f"{k}={v}" for k, v in sorted(fields.items()))
    secret = hmac.new(b"WebAppData", bot_token.encode(), hashlib.sha256).digest()
    expected = hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()
    if not hmac.compare_digest(given.encode(), expected.encode()):
        raise AuthError("bad initData signature")
    try:
        auth_date = int(fields.get("auth_date", ""))
        user = json.loads(fields.get("user", ""))
        user_id = int(user["id"])
    except (ValueError, TypeError, KeyError):
        raise AuthError("initData without auth_date or user") from None
    now = time.time() if now is None else now
    if auth_date > now + CLOCK_SKEW or now - auth_date > max_age:
        raise AuthError("initData expired")
    if user_id <= 0:
        raise AuthError("bad user id")
    lang = user.get("language_code")
    return WebAppUser(user_id, lang if isinstance(lang, str) else None, auth_date)


# ---------------------------------------------------------------- signed tokens
def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def sign(key: bytes, purpose: str, payload: dict) -> str:
    body = _b64(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode())
    mac = hmac.new(key, f"{purpose}.{body}".encode(), hashlib.sha256).digest()
    return f"{body}.{_b64(mac)}"


def unsign(key: bytes, purpose: str, token: str, now: float | None = None) -> dict:
    """The payload of a token signed for `purpose`, unexpired; else AuthError."""
    try:
        body, mac = (token or "").split(".")
        expected = hmac.new(key, f"{purpose}.{body}".encode(), hashlib.sha256).digest()
        if not hmac.compare_digest(_unb64(mac), expected):
            raise AuthError("bad signature")
        payload = json.loads(_unb64(body))
        expires = float(payload["e"])
    except AuthError:
        raise
    except (ValueError, KeyError, TypeError):
        raise AuthError("malformed token") from None
    if (time.time() if now is None else now) > expires:
        raise AuthError("expired")
    return payload


def link_token(key: bytes, user_id: int, now: float | None = None, ttl: int = LINK_TTL) -> str:
    """A one-time login token for `user_id`: signed, expires after `ttl` seconds, its nonce spent at login."""
    now = time.time() if now is None else now
    return sign(key, "link", {"u": int(user_id), "n": secrets.token_urlsafe(16), "e": int(now + ttl)})


@dataclass(frozen=True)
class Session:
    user_id: int
    sid: str
    expires: int
    via: str  # link | webapp


def session_token(key: bytes, user_id: int, expires: float, via: str) -> str:
    return sign(key, "session", {"u": int(user_id), "s": secrets.token_urlsafe(16), "e": int(expires), "v": via})


def read_session(key: bytes, token: str | None, now: float | None = None) -> Session | None:
    if not token:
        return None
    try:
        p = unsign(key, "session", token, now)
        return Session(int(p["u"]), str(p["s"]), int(p["e"]), str(p.get("v", "link")))
    except (AuthError, KeyError, TypeError, ValueError):
        return None


def csrf_token(key: bytes, sid: str) -> str:
    """The CSRF token of a session: bound to it, so a token of another session (or none) is refused."""
    return _b64(hmac.new(key, f"csrf.{sid}".encode(), hashlib.sha256).digest())


def csrf_ok(key: bytes, sid: str, given: str | None) -> bool:
    return bool(given) and hmac.compare_digest(csrf_token(key, sid).encode(), str(given).encode())
