"""Storage: SQLAlchemy models, Alembic migrations (shipped in migrations/ inside this package), the SQL Store,
warning and hotline content in the database, and the HMAC key.

    from bot.storage import open_store
    store = open_store(Settings.from_env())   # a bot.store.Store (SqlStore), migrated and ready

Names are loaded on first use, so that `import bot.cli.db` (every `lurecheck` run) stays fast.
"""
from __future__ import annotations

from importlib import import_module

_NAMES = {
    "open_store": "bot.storage.bootstrap",
    "migrate": "bot.storage.bootstrap",
    "seed_if_empty": "bot.storage.bootstrap",
    "SqlStore": "bot.storage.sql_store",
    "PurgeResult": "bot.storage.sql_store",
    "StorageError": "bot.storage.db",
}
__all__ = sorted(_NAMES)


def __getattr__(name: str):
    if name in _NAMES:
        return getattr(import_module(_NAMES[name]), name)
    raise AttributeError(f"module 'bot.storage' has no attribute {name!r}")
