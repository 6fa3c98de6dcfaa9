"""The web dashboard for NGO staff and admins (docs/dashboard.md): a face, like the Telegram handlers and the CLI.

Served by `lurecheck serve` under /dashboard (bot/telegram/webhook.py mounts `create_dashboard`); opened as a
Telegram Mini App (initData) or in a browser with a one-time login link (`login_link`, `lurecheck dashboard-link`).
"""
from __future__ import annotations

import os

from bot.dashboard import auth

DEFAULT_URL = "http://127.0.0.1:8080/dashboard"


def public_url() -> str:
    """Where users reach the dashboard: LURECHECK_DASHBOARD_URL (e.g. https://bot.example.org/dashboard)."""
    return (os.environ.get("LURECHECK_DASHBOARD_URL") or DEFAULT_URL).rstrip("/")


def login_link(store, user_id: int, base_url: str | None = None, now: float | None = None) -> str:
    """A one-time login link for `user_id` (signed, 10 minutes, single use). The role is checked at login."""
    token = auth.link_token(auth.derive_key(store.secret), int(user_id), now)
    return f"{(base_url or public_url()).rstrip('/')}/login?t={token}"


def webapp_url(base_url: str | None = None) -> str:
    """The Mini App's address (Telegram opens it with the signed initData in the URL fragment)."""
    return f"{(base_url or public_url()).rstrip('/')}/app"


def create_dashboard(store, bot_token: str | None, checker=None):
    from bot.dashboard.app import create_dashboard as create

    return create(store, bot_token, checker)
