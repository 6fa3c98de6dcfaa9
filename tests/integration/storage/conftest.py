"""Storage fixtures: every storage test runs on SQLite (a temporary file) AND on PostgreSQL.

PostgreSQL: LURECHECK_TEST_POSTGRES_URL (default postgresql+psycopg://root@127.0.0.1:5432/test). Each test session
works in schemas of its own (lc_test_<random>), created here and dropped at the end, so tests never touch other
data and leave nothing behind.

Mandatory in CI: .ci/run sets LURECHECK_TEST_POSTGRES_URL, and with the variable set an unreachable server FAILS
every PostgreSQL test. A plain `make test` on a machine without PostgreSQL (the variable unset, nothing answering
at the default address) skips the PostgreSQL half with one line in the summary; the SQLite half always runs.
"""
from __future__ import annotations

import os
import secrets as pysecrets
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from urllib.parse import quote

import pytest
from sqlalchemy import Engine, create_engine, delete, text

from bot.answer.content import Content, load_content
from bot.config import PROJECT_ROOT, Settings
from bot.storage import content_db
from bot.storage.db import dispose_engines, make_engine, upgrade, write
from bot.storage.models import Base, ContentVersion
from bot.storage.sql_store import SqlStore

PG_DEFAULT = "postgresql+psycopg://root@127.0.0.1:5432/test"
ADMIN = 1001  # an admin by configuration (LURECHECK_ADMIN_IDS)
SECRET = b"test-secret-0123456789abcdef"
WARNINGS = PROJECT_ROOT / "warnings"


def pg_url() -> str:
    return os.environ.get("LURECHECK_TEST_POSTGRES_URL") or PG_DEFAULT


def with_schema(url: str, schema: str) -> str:
    sep = "&" if "?" in url else "?"
    return f"{url}{sep}options={quote(f'-csearch_path={schema}')}"


class PgSchemas:
    """Creates schemas on the test server and drops every one of them at the end of the session."""

    def __init__(self, url: str):
        self.url = url
        self.names: list[str] = []
        try:
            self.admin = make_engine(url)
            with self.admin.connect() as c:
                c.execute(text("select 1"))
        except Exception as e:  # noqa: BLE001 - any failure to reach the server is the same failure
            pytest.fail(f"PostgreSQL is not reachable at {url} ({type(e).__name__}: {e}). The storage tests need it:"
                        " start it, or unset LURECHECK_TEST_POSTGRES_URL to skip them.", pytrace=False)

    def new(self) -> str:
        name = f"lc_test_{pysecrets.token_hex(5)}"
        with self.admin.begin() as c:
            c.execute(text(f'create schema "{name}"'))
        self.names.append(name)
        return with_schema(self.url, name)

    def drop_all(self) -> None:
        dispose_engines()
        with self.admin.begin() as c:
            for name in self.names:
                c.execute(text(f'drop schema if exists "{name}" cascade'))
        self.admin.dispose()


_skipped_pg: list[str] = []


def _default_server_answers() -> bool:
    try:
        engine = create_engine(PG_DEFAULT, connect_args={"connect_timeout": 3})
        with engine.connect():
            pass
        engine.dispose()
        return True
    except Exception:  # noqa: BLE001 - any failure to reach it is the same answer
        return False


def pytest_collection_modifyitems(config, items):
    """Without LURECHECK_TEST_POSTGRES_URL and with nothing at the default address: leave the PostgreSQL half out
    (one line in the summary, below); with the variable set, never (an unreachable server fails them)."""
    here = str(Path(__file__).parent)
    pg = [i for i in items if str(i.path).startswith(here) and "[postgresql" in i.nodeid]
    if not pg or os.environ.get("LURECHECK_TEST_POSTGRES_URL") or _default_server_answers():
        return
    _skipped_pg.extend(i.nodeid for i in pg)
    config.hook.pytest_deselected(items=pg)
    items[:] = [i for i in items if i not in pg]


def pytest_terminal_summary(terminalreporter):
    if _skipped_pg:
        terminalreporter.write_line(
            f"storage: {len(_skipped_pg)} PostgreSQL tests skipped: nothing answers at {PG_DEFAULT} and "
            "LURECHECK_TEST_POSTGRES_URL is unset (CI sets it, and fails if the server cannot be reached)",
            yellow=True)


@pytest.fixture(scope="session")
def pg_schemas() -> Iterator[PgSchemas]:
    schemas = PgSchemas(pg_url())
    yield schemas
    schemas.drop_all()


@dataclass
class Backend:
    """Makes empty databases of one kind: `new_url()` gives the URL of a fresh, unmigrated database."""

    name: str
    tmp: Path
    pg: PgSchemas | None = None
    _n: int = 0

    def new_url(self) -> str:
        if self.name == "postgresql":
            return self.pg.new()
        self._n += 1
        return f"sqlite:///{self.tmp / f'db{self._n}.sqlite3'}"


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def backend(request, tmp_path_factory) -> Backend:
    pg = request.getfixturevalue("pg_schemas") if request.param == "postgresql" else None
    return Backend(request.param, tmp_path_factory.mktemp(f"db-{request.param}"), pg)


@pytest.fixture(scope="session")
def migrated(backend: Backend) -> Iterator[tuple[str, Engine]]:
    """One migrated database per backend for the session; `store` empties it before each test."""
    url = backend.new_url()
    engine = make_engine(url)
    upgrade(engine)
    yield url, engine
    engine.dispose()


def _empty(engine: Engine) -> None:
    def txn(s):
        if s.get_bind().dialect.name == "postgresql":
            names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
            s.execute(text(f"truncate {names} restart identity cascade"))
        else:
            for t in reversed(Base.metadata.sorted_tables):
                s.execute(delete(t))
        s.add(ContentVersion(id=1, version=0))

    write(engine, txn)


@pytest.fixture
def store(migrated) -> SqlStore:
    """An empty, migrated database (SQLite or PostgreSQL) behind the SQL store; user ADMIN is a config admin."""
    _url, engine = migrated
    _empty(engine)
    return SqlStore(engine, SECRET, frozenset({ADMIN}))


@pytest.fixture
def db_url(migrated, store) -> str:
    """The URL of the (emptied) test database, for code that opens it by URL (settings, content source)."""
    return migrated[0]


@pytest.fixture(scope="session")
def project_content() -> Content:
    return load_content(WARNINGS)


def small_content(full: Content) -> Content:
    """A few real hotlines and warnings: fast to import, enough for the admin tests."""
    hotlines = {"vn-mofa-citizen-protection-1", "vn-111-anti-trafficking", "vn-dolab-licensed-lookup",
                "kr-mofa-consular-call-center", "kh-117-police"}
    warnings = {"vn-gov-sms-111", "kr-mofa-verify-company", "intl-ohchr-victims-not-criminals"}
    return Content(hotlines=[h for h in full.hotlines if h.id in hotlines],
                   warnings=[w for w in full.warnings if w.key in warnings])


@pytest.fixture
def content_store(store, project_content) -> SqlStore:
    """The store with a few real hotlines and warnings imported."""
    store.write(lambda s: content_db.import_content(s, small_content(project_content)))
    return store


@pytest.fixture
def settings_for(tmp_path):
    """Settings pointing at a database URL, with a data dir of the test's own."""
    def make(url: str, **kw) -> Settings:
        base = Settings(telegram_token=None, telegram_api_base_url="http://127.0.0.1:9/bot", data_dir=tmp_path,
                        content_dir=WARNINGS, database_url=url, admin_ids=frozenset({ADMIN}))
        return replace(base, **kw)
    return make
