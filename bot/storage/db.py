"""Engines, transactions and migrations.

SQLite (the embedded default) gets foreign keys, WAL and a busy timeout, and every write transaction starts with
BEGIN IMMEDIATE so that two writers queue instead of failing. PostgreSQL (several replicas) gets pre-ping and a
retry of the whole transaction on a deadlock or serialization failure, so a concurrent writer loses nothing.
"""
from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

log = logging.getLogger(__name__)
MIGRATIONS = Path(__file__).resolve().parent / "migrations"
T = TypeVar("T")

_engines: dict[str, Engine] = {}
_engines_lock = threading.Lock()


class StorageError(RuntimeError):
    """The database cannot be used as it is (not migrated, wrong key...): the message says what to do."""


def sqlite_path(url: str) -> Path | None:
    """The file of a SQLite URL, None for other databases and for in-memory SQLite."""
    u = make_url(url)
    if u.get_backend_name() != "sqlite" or not u.database or u.database == ":memory:":
        return None
    return Path(u.database)


def make_engine(url: str) -> Engine:
    """A new engine for any SQLAlchemy URL (`postgresql://` means psycopg 3).

    `hide_parameters`: a statement's parameters (ad texts, user hashes) never appear in an exception's text, so
    neither in a logged traceback."""
    u = make_url(url)
    if u.drivername in ("postgresql", "postgres"):
        u = u.set(drivername="postgresql+psycopg")
    if u.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(u, connect_args={"timeout": 30}, hide_parameters=True)

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_conn, _record):
            dbapi_conn.isolation_level = None  # SQLAlchemy emits BEGIN itself (below)
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute("PRAGMA busy_timeout=30000")
            if path is not None:
                cur.execute("PRAGMA journal_mode=WAL")
            cur.close()

        @event.listens_for(engine, "begin")
        def _on_begin(conn):
            conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get("write") else "BEGIN")

        return engine
    args = {"connect_timeout": 10} if u.get_backend_name() == "postgresql" else {}
    return create_engine(u, pool_pre_ping=True, connect_args=args, hide_parameters=True)


def engine_for(url: str) -> Engine:
    """One shared engine (and connection pool) per URL in this process."""
    with _engines_lock:
        engine = _engines.get(url)
        if engine is None:
            engine = _engines[url] = make_engine(url)
        return engine


def dispose_engines() -> None:
    with _engines_lock:
        for engine in _engines.values():
            engine.dispose()
        _engines.clear()


_RETRY_CODES = {"40P01", "40001"}  # PostgreSQL: deadlock detected, serialization failure


def _retryable(e: DBAPIError) -> bool:
    code = getattr(e.orig, "sqlstate", None) or getattr(e.orig, "pgcode", None)
    if code in _RETRY_CODES:
        return True
    return isinstance(e, OperationalError) and "database is locked" in str(e.orig)


class DriverError(Exception):
    """What stands for the database driver's own exception in a scrubbed DBAPIError: its class, SQLSTATE and the
    constraint it names, never its message (PostgreSQL's DETAIL quotes the values: a user hash, an ad text)."""

    def __init__(self, name: str, sqlstate: str | None, constraint: str | None):
        self.sqlstate = sqlstate
        text = name + (f" (SQLSTATE {sqlstate})" if sqlstate else "") + (f" on {constraint}" if constraint else "")
        super().__init__(text)


def scrubbed(e: DBAPIError) -> DBAPIError:
    """The same kind of DBAPIError, with the statement but without parameters or the driver's message. An
    OperationalError (connection lost, database locked, server down) keeps its message: it quotes no values, and it
    says what to fix."""
    if isinstance(e, OperationalError):
        return e
    orig = e.orig
    code = getattr(orig, "sqlstate", None) or getattr(orig, "pgcode", None)
    constraint = getattr(getattr(orig, "diag", None), "constraint_name", None)
    if orig is not None and getattr(orig, "sqlite_errorname", None):
        code = code or orig.sqlite_errorname
    clean = type(e)(e.statement, None, DriverError(type(orig).__name__, code, constraint), hide_parameters=True,
                    connection_invalidated=e.connection_invalidated)
    return clean


@contextmanager
def read_session(engine: Engine) -> Iterator[Session]:
    try:
        with Session(engine, expire_on_commit=False) as s, s.begin():
            yield s
    except DBAPIError as e:
        clean = scrubbed(e)
        if clean is e:
            raise
        raise clean from None


def write(engine: Engine, fn: Callable[[Session], T], attempts: int = 5) -> T:
    """Run fn(session) in one write transaction; retry it whole on a deadlock or a busy database."""
    bind = engine.execution_options(write=True)
    for attempt in range(1, attempts + 1):
        try:
            with Session(bind, expire_on_commit=False) as s, s.begin():
                return fn(s)
        except DBAPIError as e:
            if attempt == attempts or not _retryable(e):
                clean = scrubbed(e)
                if clean is e:
                    raise
                raise clean from None  # a traceback without the driver's message (it quotes values)
            log.debug("write transaction retried after %s", type(e.orig).__name__)
            time.sleep(0.02 * attempt)
    raise AssertionError("unreachable")


# ---------------------------------------------------------------- migrations
def alembic_config(engine: Engine | None, connection=None):
    from alembic.config import Config  # alembic is imported only when migrations run (the CLI stays fast)

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(None)).get_current_head()


def revisions() -> list[str]:
    """All revisions, oldest first."""
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config(None))
    return [r.revision for r in reversed(list(script.walk_revisions()))]


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> str | None:
    """Migrate the database to `revision` (default: the newest); returns the revision it is at."""
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(alembic_config(engine, conn), revision)
    return current_revision(engine)


def downgrade(engine: Engine, revision: str) -> str | None:
    from alembic import command

    with engine.begin() as conn:
        command.downgrade(alembic_config(engine, conn), revision)
    return current_revision(engine)


def dialect_insert(session: Session):
    """The dialect's INSERT with ON CONFLICT support (PostgreSQL, SQLite), or None for other databases."""
    name = session.get_bind().dialect.name
    if name == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
        return insert
    if name == "sqlite":
        from sqlalchemy.dialects.sqlite import insert
        return insert
    return None
