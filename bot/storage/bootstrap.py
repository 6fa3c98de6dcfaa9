"""Opening the database: `open_store(settings)` is what the bot calls (as `bot.storage.open_store`).

 It opens the database at LURECHECK_DATABASE_URL, checks that it is
migrated (migrating it when asked with LURECHECK_DB_UPGRADE=1, and always for the embedded SQLite file), seeds the
content from warnings/ when the database has none, and checks that the HMAC key is the one the database was written
with.
"""
from __future__ import annotations

import logging

from sqlalchemy import select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError

from bot.config import Settings
from bot.storage.db import (
    StorageError,
    current_revision,
    engine_for,
    head_revision,
    sqlite_path,
    upgrade,
    write,
)
from bot.storage.models import Meta
from bot.storage.secret import fingerprint, load_secret
from bot.storage.sql_store import SqlStore

log = logging.getLogger(__name__)


def safe_url(url: str) -> str:
    return make_url(url).render_as_string(hide_password=True)


def migrate(settings: Settings, seed: bool = True) -> tuple[str | None, str | None]:
    """Upgrade the database to the newest revision; returns (before, after)."""
    engine = engine_for(settings.database_url)
    before = current_revision(engine)
    after = upgrade(engine)
    if seed:
        seed_if_empty(engine, settings)
    return before, after


def seed_if_empty(engine, settings: Settings):
    """Import warnings/ when the database holds no content yet (the YAML is the seed). Returns the report or None."""
    from bot.answer.content import ContentError
    from bot.storage.content_db import has_content, import_directory
    from bot.storage.db import read_session

    with read_session(engine) as s:
        if has_content(s):
            return None
    try:
        report = write(engine, lambda s: None if has_content(s) else import_directory(s, settings.content_dir))
    except ContentError as e:
        log.error("content in %s is invalid, not imported: %d problem(s)", settings.content_dir, len(e.problems))
        return None
    except IntegrityError:  # another replica seeded it at the same moment
        return None
    if report is not None:
        log.info("content seeded from %s: %s", settings.content_dir, report.summary())
    return report


def _check_key(store: SqlStore) -> None:
    mine = fingerprint(store.secret)

    def txn(s):
        stored = s.scalar(select(Meta.value).where(Meta.name == "hmac_fingerprint"))
        if stored is None:
            s.add(Meta(name="hmac_fingerprint", value=mine))
            return mine
        return stored

    try:
        stored = write(store.engine, txn)
    except IntegrityError:
        stored = store.meta("hmac_fingerprint")
    if stored != mine:
        raise StorageError("this database was written with another HMAC key: set LURECHECK_HMAC_SECRET (or restore"
                           " the hmac.key file in the data directory) to the key it was written with; every replica"
                           " must use the same key")


def open_store(settings: Settings) -> SqlStore:
    """The bot's Store on the configured database, ready to use."""
    url = settings.database_url
    engine = engine_for(url)
    rev, head = current_revision(engine), head_revision()
    embedded = make_url(url).get_backend_name() == "sqlite"
    if rev != head:
        if not (settings.db_auto_upgrade or embedded):
            raise StorageError(f"the database {safe_url(url)} is at revision {rev or 'none (empty)'}, this version"
                               f" needs {head}: run `lurecheck db upgrade` (or start with LURECHECK_DB_UPGRADE=1)")
        upgrade(engine)
        log.info("database migrated from %s to %s", rev or "empty", head)
    if settings.db_auto_upgrade or embedded:
        seed_if_empty(engine, settings)
    store = SqlStore(engine, load_secret(settings.hmac_secret, settings.data_dir), settings.admin_ids)
    _check_key(store)
    if embedded and sqlite_path(url) is None:
        log.warning("the database is SQLite in memory: nothing is kept after this process ends")
    return store
