"""Alembic migrations on SQLite and PostgreSQL: from empty, from the previous revision, down and up, and in sync
with the models; the `lurecheck db upgrade` command; the migration files ship in the package."""
from __future__ import annotations

import fnmatch
import subprocess
import sys
import tomllib
from datetime import UTC, datetime
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import MetaData, insert, inspect, text

from bot.config import PROJECT_ROOT
from bot.storage.db import MIGRATIONS, current_revision, downgrade, head_revision, make_engine, revisions, upgrade
from bot.storage.models import Base
from bot.storage.sql_store import SqlStore
from bot.store import user_hash
from tests.integration.storage.conftest import SECRET
from tests.integration.storage.helpers import verdict

EXE = Path(sys.executable).with_name("lurecheck")


def test_there_are_at_least_two_revisions_in_one_line():
    revs = revisions()
    assert len(revs) >= 2 and revs[-1] == head_revision()


def test_upgrade_from_empty_matches_the_models(backend):
    engine = make_engine(backend.new_url())
    try:
        assert current_revision(engine) is None
        assert upgrade(engine) == head_revision()
        with engine.connect() as conn:
            diff = compare_metadata(MigrationContext.configure(conn, opts={"compare_type": True}), Base.metadata)
        assert diff == [], f"models and migrations differ: {diff}"
        assert upgrade(engine) == head_revision()  # idempotent
    finally:
        engine.dispose()


def test_upgrade_from_the_previous_revision_keeps_the_data(backend):
    """Data written by the code of revision 0002 (tables as they were then) survives the upgrade to the head; the
    registry (0003) then hashes the old contacts and drops the value of those seen only in unconsented checks."""
    engine = make_engine(backend.new_url())
    try:
        assert upgrade(engine, "0002") == "0002"
        old = MetaData()
        old.reflect(engine)
        t = old.tables
        now = datetime.now(UTC).replace(tzinfo=None)
        with engine.begin() as c:
            def row(table, **values):
                return c.execute(insert(t[table]).values(**values)).inserted_primary_key[0]

            seeker = row("users", user_hash=user_hash(SECRET, 42), language="vi", role="user", created=now,
                         last_seen=now)
            ngo = row("users", user_hash=user_hash(SECRET, 43), role="ngo", created=now, last_seen=now)
            base = {"created": now, "score": 0.9, "lang": "vi", "reasons": ["HIGH_PAY_EASY_WORK"]}
            cid = row("checks", user_id=seeker, level="high_risk", text_hash="a" * 64, **base)
            kept = row("checks", user_id=ngo, level="high_risk", text_hash="b" * 64, text="ad 0912345678", **base)
            seen = {"first_seen": now, "last_seen": now, "seen_count": 1, "report_count": 0}
            private = row("contacts", kind="phone", value="+85512345678", **seen)
            public = row("contacts", kind="phone", value="+84912345678", **seen)
            row("check_contacts", check_id=cid, contact_id=private)
            row("check_contacts", check_id=kept, contact_id=public)
        assert upgrade(engine) == head_revision()
        store = SqlStore(engine, SECRET)
        assert store.get_check(cid).level == "high_risk" and store.user_language(42) == "vi"
        with engine.connect() as conn:
            assert conn.execute(text("select version from content_version where id = 1")).scalar() == 0
        assert store.contact_stats("phone", "+85512345678") == (1, 0)  # found by its hash...
        with engine.connect() as conn:
            values = set(conn.execute(text("select value from contacts")).scalars())
        assert values == {None, "+84912345678"}  # ...its value gone: only a job-seeker's unconsented check had it
        assert store.add_report(cid, 42, "ad 012 345 678") is not None
        assert store.contact_stats("phone", "+85512345678") == (1, 1)
    finally:
        engine.dispose()


def test_downgrade_to_base_and_up_again(backend):
    engine = make_engine(backend.new_url())
    try:
        upgrade(engine)
        assert downgrade(engine, revisions()[-2]) == revisions()[-2]
        assert downgrade(engine, "base") is None
        assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
        assert upgrade(engine) == head_revision()
    finally:
        engine.dispose()


def test_db_upgrade_command(backend, tmp_path):
    url = backend.new_url()
    env = {"LURECHECK_DATABASE_URL": url, "LURECHECK_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    cmd = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "bot.cli"]
    r = subprocess.run([*cmd, "db", "upgrade"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0, r.stderr
    assert f"empty -> {head_revision()}" in r.stdout
    r = subprocess.run([*cmd, "db", "status"], capture_output=True, text=True, env=env, timeout=120)
    assert r.returncode == 0 and "content version: 1" in r.stdout, r.stdout + r.stderr
    engine = make_engine(url)
    try:
        assert current_revision(engine) == head_revision()
        with engine.connect() as conn:  # the empty database was seeded from warnings/
            assert conn.execute(text("select count(*) from hotlines")).scalar() >= 15
    finally:
        engine.dispose()


def test_unreachable_database_is_one_clear_line(tmp_path):
    env = {"LURECHECK_DATABASE_URL": "postgresql+psycopg://nobody@127.0.0.1:1/none",
           "LURECHECK_DATA_DIR": str(tmp_path), "PATH": "/usr/bin:/bin"}
    cmd = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "bot.cli"]
    r = subprocess.run([*cmd, "db", "upgrade"], capture_output=True, text=True, env=env, timeout=60)
    assert r.returncode == 2 and "cannot use the database" in r.stderr and "Traceback" not in r.stderr


def test_migration_files_ship_in_the_package():
    """`lurecheck db upgrade` must work from an installed wheel: pyproject's package data covers every file."""
    conf = tomllib.loads((PROJECT_ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
    assert "bot.storage" in conf["packages"]
    patterns = conf["package-data"]["bot.storage"]
    base = PROJECT_ROOT / "bot" / "storage"
    files = [p.relative_to(base).as_posix() for p in MIGRATIONS.rglob("*") if p.is_file()
             and "__pycache__" not in p.parts]
    assert any(f.startswith("migrations/versions/") for f in files) and "env.py" in [Path(f).name for f in files]
    for f in files:
        assert any(fnmatch.fnmatch(f, pat) for pat in patterns), f"{f} would be left out of the package"


def test_timestamps_are_utc_on_every_backend(store):
    cid = store.record_check(7, verdict())
    created = store.get_check(cid).created
    assert created.tzinfo is not None and abs((datetime.now(UTC) - created).total_seconds()) < 60


def test_help_of_the_storage_commands():
    cmd = [str(EXE)] if EXE.exists() else [sys.executable, "-m", "bot.cli"]
    for args in (["db"], ["db", "upgrade"], ["db", "purge"], ["db", "status"], ["content", "import"],
                 ["content", "export"], ["admin", "grant"], ["admin", "revoke"]):
        r = subprocess.run([*cmd, *args, "--help"], capture_output=True, text=True, timeout=60)
        assert r.returncode == 0 and "usage: lurecheck" in r.stdout, args
