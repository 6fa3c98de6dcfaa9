"""`lurecheck db upgrade|purge|status`, `lurecheck content import|export`, `lurecheck admin grant|revoke`.

Registered by bot/cli/commands.py's build_parser with add_commands(); heavy imports happen only when a command runs.
"""
from __future__ import annotations

import sys
from pathlib import Path


def env_settings():
    from bot.config import Settings

    return Settings.from_env()


def fail(msg: str) -> int:
    print(f"lurecheck: {msg}", file=sys.stderr)
    return 2


def guarded(fn):
    """Turn storage and connection errors into one clear line and exit status 2."""
    def run(args) -> int:
        from sqlalchemy.exc import OperationalError, SQLAlchemyError

        from bot.storage.bootstrap import safe_url
        from bot.storage.db import StorageError

        try:
            return fn(args)
        except StorageError as e:
            return fail(str(e))
        except OperationalError as e:
            return fail(f"cannot use the database {safe_url(env_settings().database_url)}: {str(e.orig).strip()}")
        except SQLAlchemyError as e:
            return fail(f"database error: {type(e).__name__}: {e}")
    return run


@guarded
def _db_upgrade(args) -> int:
    from bot.storage.bootstrap import migrate, safe_url

    settings = env_settings()
    before, after = migrate(settings, seed=not args.no_seed)
    print(f"{safe_url(settings.database_url)}: {before or 'empty'} -> {after}")
    return 0


@guarded
def _db_purge(args) -> int:
    from bot.storage.bootstrap import open_store

    settings = env_settings()
    days = args.days if args.days is not None else settings.retention_days
    if days < 1:
        return fail("--days must be at least 1")
    r = open_store(settings).purge(days)
    print(f"purged what is older than {days} days: {r.checks} checks, {r.reports} rejected reports, "
          f"{r.users} inactive users, {r.pending} expired previews")
    return 0


@guarded
def _db_status(args) -> int:
    from bot.storage.bootstrap import safe_url
    from bot.storage.content_db import content_version
    from bot.storage.db import current_revision, engine_for, head_revision, read_session

    settings = env_settings()
    engine = engine_for(settings.database_url)
    rev, head = current_revision(engine), head_revision()
    print(f"database: {safe_url(settings.database_url)}")
    print(f"revision: {rev or 'none (empty)'} (this version needs {head})")
    if rev == head:
        from bot.storage.bootstrap import open_store

        for name, n in open_store(settings).counts().items():
            print(f"{name}: {n}")
        with read_session(engine) as s:
            print(f"content version: {content_version(s)}")
    return 0 if rev == head else 1


@guarded
def _content_import(args) -> int:
    from bot.answer.content import ContentError
    from bot.storage.bootstrap import open_store
    from bot.storage.content_db import import_directory

    settings = env_settings()
    directory = Path(args.dir) if args.dir else settings.content_dir
    store = open_store(settings)
    try:
        report = store.write(lambda s: import_directory(s, directory, force=args.force))
    except ContentError as e:
        for p in e.problems:
            print(p, file=sys.stderr)
        print(f"{len(e.problems)} problem(s) in {directory}: nothing imported", file=sys.stderr)
        return 1
    print(f"{directory}: {report.summary()}")
    return 0


@guarded
def _content_export(args) -> int:
    from bot.storage.bootstrap import open_store
    from bot.storage.content_db import export_content

    store = open_store(env_settings())
    with store.read() as s:
        files = export_content(s, Path(args.dir))
    for f in files:
        print(f)
    return 0


@guarded
def _admin_role(args) -> int:
    from bot import admin
    from bot.storage.bootstrap import open_store

    store = open_store(env_settings())
    try:
        if args.action == "grant":
            admin.grant(store, admin.OPERATOR, args.user_id, args.role)
        else:
            admin.revoke(store, admin.OPERATOR, args.user_id)
    except admin.AdminError as e:
        return fail(str(e))
    print(f"user {args.user_id}: role {store.user_role(int(args.user_id))}")
    return 0


def add_commands(sub, content_sub) -> None:
    """Add `db` and `admin` to the top-level subparsers, `import` and `export` to `content`'s."""
    c = sub.add_parser("db", help="the database: migrate, purge old checks, status")
    dsub = c.add_subparsers(dest="action", required=True, metavar="ACTION")
    d = dsub.add_parser("upgrade", help="migrate LURECHECK_DATABASE_URL to this version (and seed empty content)")
    d.add_argument("--no-seed", action="store_true", help="do not import warnings/ into a database without content")
    d.set_defaults(func=_db_upgrade)
    d = dsub.add_parser("purge", help="delete checks older than the retention period (LURECHECK_RETENTION_DAYS)")
    d.add_argument("--days", type=int, help="retention in days (default: LURECHECK_RETENTION_DAYS, else 90)")
    d.set_defaults(func=_db_purge)
    d = dsub.add_parser("status", help="revision, row counts and content version")
    d.set_defaults(func=_db_status)

    i = content_sub.add_parser("import", help="load warnings/ into the database (idempotent; changes become versions)")
    i.add_argument("--dir", help="content directory (default: LURECHECK_CONTENT_DIR, else the project's warnings/)")
    i.add_argument("--force", action="store_true",
                   help="the YAML wins even where an admin edited the database since the last import")
    i.set_defaults(func=_content_import)
    e = content_sub.add_parser("export", help="write the database's current content as YAML (hotlines.yaml, messages/)")
    e.add_argument("dir", help="folder to write into (created if needed)")
    e.set_defaults(func=_content_export)

    c = sub.add_parser("admin", help="roles, for bootstrapping the first admins (Telegram's /grant does the rest)")
    asub = c.add_subparsers(dest="action", required=True, metavar="ACTION")
    g = asub.add_parser("grant", help="give a Telegram user the ngo or admin role")
    g.add_argument("user_id", help="the Telegram user id (a number)")
    g.add_argument("role", choices=("ngo", "admin"))
    g.set_defaults(func=_admin_role)
    r = asub.add_parser("revoke", help="make a Telegram user a plain user again")
    r.add_argument("user_id", help="the Telegram user id (a number)")
    r.set_defaults(func=_admin_role)
