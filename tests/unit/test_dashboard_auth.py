"""The dashboard's credentials (bot/dashboard/auth.py): Telegram Mini App initData, signed links, sessions, CSRF."""
from __future__ import annotations

import json
import time

import pytest

from bot.dashboard import auth

TOKEN = "123456:unit-token"
KEY = auth.derive_key(b"unit-secret-0123456789")


def _data(uid=7, age=0, token=TOKEN, **extra):
    user = json.dumps({"id": uid, "language_code": "km"})
    return auth.sign_init_data({"auth_date": str(int(time.time()) - age), "user": user, **extra}, token)


def test_a_signed_init_data_gives_its_user():
    u = auth.validate_init_data(_data(), TOKEN)
    assert u.user_id == 7 and u.language_code == "km"


def test_the_documented_algorithm():
    """secret_key = HMAC_SHA256("WebAppData", token); hash = hex HMAC_SHA256(secret_key, sorted key=value lines)."""
    import hashlib
    import hmac
    from urllib.parse import urlencode

    fields = {"user": '{"id":42}', "auth_date": str(int(time.time())), "query_id": "q"}
    check = "\n".join(f"{k}={fields[k]}" for k in sorted(fields))
    secret = hmac.new(b"WebAppData", TOKEN.encode(), hashlib.sha256).digest()
    digest = hmac.new(secret, check.encode(), hashlib.sha256).hexdigest()
    assert auth.validate_init_data(urlencode({**fields, "hash": digest}), TOKEN).user_id == 42


@pytest.mark.parametrize("bad", [
    lambda: _data().replace("%22id%22%3A+7", "%22id%22%3A+8"),  # a field changed after signing
    lambda: _data(token="654321:other"),  # another bot's token
    lambda: _data(age=3601),  # older than an hour
    lambda: _data(age=-3600),  # from the future
    lambda: _data().split("&hash=")[0],  # no hash
    lambda: _data() + "&hash=00",  # a field twice
    lambda: "",
    lambda: "%%%not a query",
])
def test_bad_init_data_is_refused(bad):
    with pytest.raises(auth.AuthError):
        auth.validate_init_data(bad(), TOKEN)


def test_link_tokens_expire_and_are_bound_to_their_purpose():
    token = auth.link_token(KEY, 5)
    assert auth.unsign(KEY, "link", token)["u"] == 5
    with pytest.raises(auth.AuthError):
        auth.unsign(KEY, "session", token)  # a link is not a session
    with pytest.raises(auth.AuthError):
        auth.unsign(KEY, "link", auth.link_token(KEY, 5, now=time.time() - 601))
    with pytest.raises(auth.AuthError):
        auth.unsign(auth.derive_key(b"another key"), "link", token)


def test_sessions_and_csrf_tokens():
    s = auth.read_session(KEY, auth.session_token(KEY, 9, time.time() + 60, "link"))
    assert s and s.user_id == 9
    assert auth.read_session(KEY, auth.session_token(KEY, 9, time.time() - 1, "link")) is None
    assert auth.csrf_ok(KEY, s.sid, auth.csrf_token(KEY, s.sid))
    assert not auth.csrf_ok(KEY, s.sid, None) and not auth.csrf_ok(KEY, s.sid, auth.csrf_token(KEY, "other"))


def test_a_link_nonce_is_spent_once(tmp_path):
    from bot.storage.db import make_engine, upgrade
    from bot.storage.login_nonces import claim

    engine = make_engine(f"sqlite:///{tmp_path / 'n.sqlite3'}")
    upgrade(engine)
    exp = int(time.time()) + 600
    assert claim(engine, "abc", exp) and not claim(engine, "abc", exp)
    assert claim(engine, "def", exp)
    engine.dispose()


def test_a_link_nonce_is_spent_once_on_postgresql():
    import os
    import uuid

    import sqlalchemy as sa

    from bot.storage.db import make_engine, upgrade
    from bot.storage.login_nonces import claim

    url = os.environ.get("LURECHECK_TEST_POSTGRES_URL")
    if not url:
        pytest.skip("LURECHECK_TEST_POSTGRES_URL is not set")
    name = f"dash_nonce_{uuid.uuid4().hex[:8]}"
    server = sa.create_engine(url, isolation_level="AUTOCOMMIT")
    with server.connect() as c:
        c.execute(sa.text(f"CREATE DATABASE {name}"))
    engine = make_engine(sa.make_url(url).set(database=name))
    try:
        upgrade(engine)
        exp = int(time.time()) + 600
        assert claim(engine, "abc", exp) and not claim(engine, "abc", exp) and claim(engine, "def", exp)
    finally:
        engine.dispose()
        with server.connect() as c:
            c.execute(sa.text(f"DROP DATABASE {name}"))
        server.dispose()


def test_every_dashboard_string_is_translated_in_vi_ko_km():
    from bot.dashboard.i18n import strings

    missing = [(msgid, lang) for msgid, tr in strings().items() for lang in ("vi", "ko", "km") if not tr.get(lang)]
    assert not missing, missing
