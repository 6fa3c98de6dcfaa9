"""The content the bot shows, live from the database: every replica sees an admin's edit on its next request.

Per request the source reads one integer (content_version, a primary-key lookup) and reloads the whole content only
when it changed. Without a usable database (no file yet, not migrated, nothing imported, server down) it answers
None and the caller uses the warnings/ YAML; a database that fails is retried after RETRY_AFTER seconds, and a
replica that already loaded content keeps showing it meanwhile.
"""
from __future__ import annotations

import logging
import threading
import time

from sqlalchemy import Engine, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError

from bot.answer.content import Content
from bot.config import Settings
from bot.storage.content_db import load_from_db
from bot.storage.db import engine_for, read_session, sqlite_path
from bot.storage.models import ContentVersion

log = logging.getLogger(__name__)
RETRY_AFTER = 30.0


class DbContentSource:
    def __init__(self, engine: Engine):
        self.engine = engine
        self.version: int | None = None
        self.content: Content | None = None
        self.reloads = 0
        self._retry_at = 0.0
        self._failing = False
        self._lock = threading.Lock()

    def get(self) -> Content | None:
        if time.monotonic() < self._retry_at:
            return self.content
        try:
            with self.engine.connect() as conn:
                version = conn.execute(select(ContentVersion.version).where(ContentVersion.id == 1)).scalar()
            if not version:
                return None  # migrated, but nothing imported yet
            if version != self.version:
                with self._lock:
                    if version != self.version:
                        with read_session(self.engine) as s:
                            content = load_from_db(s)
                        if not content.hotlines and not content.warnings:
                            return None
                        self.content, self.version = content, version
                        self.reloads += 1
                        log.debug("content reloaded from the database (version %s)", version)
            self._failing = False
            return self.content
        except SQLAlchemyError as e:
            self._retry_at = time.monotonic() + RETRY_AFTER
            (log.debug if self._failing else log.warning)(
                "content: the database cannot be read (%s); showing %s", type(e).__name__,
                "the last content loaded" if self.content else "the warnings/ YAML")
            self._failing = True
            return self.content


_sources: dict[str, DbContentSource] = {}
_sources_lock = threading.Lock()


def source_for(url: str) -> DbContentSource:
    with _sources_lock:
        src = _sources.get(url)
        if src is None:
            src = _sources[url] = DbContentSource(engine_for(url))
        return src


def database_content(settings: Settings | None = None) -> Content | None:
    """The live content of the configured database, or None when there is none to use (then: YAML)."""
    settings = settings or Settings.from_env()
    url = settings.database_url
    try:
        u = make_url(url)
    except Exception:  # a malformed URL: the store reports it; content falls back to YAML
        return None
    if u.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is None or not path.exists():
            return None  # no database file yet (or in-memory): never create one just to read content
    return source_for(url).get()


def reset() -> None:
    """Forget every source (tests)."""
    with _sources_lock:
        _sources.clear()
